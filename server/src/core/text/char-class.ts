/** Character classes of code points (`\p{Lu}`, `\p{L}`, `\p{M}`, `\p{N}`, `\s`, 0–9) from a table, for hand-run scans. */

/** Class flags of a code point. */
export const LU = 1, LETTER = 2, MARK = 4, NUMBER = 8, SPACE = 16, DIGIT = 32;
const KNOWN = 128;
/** Classes of the code points of the Basic Multilingual Plane, filled in as they are met. */
const BMP = new Uint8Array(0x10000);

function classify(cp: number): number {
  const s = String.fromCodePoint(cp);
  return (/\p{Lu}/u.test(s) ? LU : 0) | (/\p{L}/u.test(s) ? LETTER : 0) | (/\p{M}/u.test(s) ? MARK : 0)
    | (/\p{N}/u.test(s) ? NUMBER : 0) | (/\s/u.test(s) ? SPACE : 0) | (cp >= 48 && cp <= 57 ? DIGIT : 0);
}

/** The class flags of a code point, as the Unicode property escapes of a pattern read it. */
export function classOf(cp: number): number {
  if (cp >= 0x10000) return classify(cp);
  let c = BMP[cp];
  if (c === 0) BMP[cp] = c = classify(cp) | KNOWN;
  return c;
}
for (let cp = 0; cp < 128; cp++) classOf(cp);

/** Is the code point a letter (`\p{L}`)? */
export const isLetter = (cp: number): boolean => (classOf(cp) & LETTER) !== 0;
/** Is the UTF-16 unit white space as a pattern's `\s` reads it? */
export const isSpace = (c: number): boolean => (classOf(c) & SPACE) !== 0;

