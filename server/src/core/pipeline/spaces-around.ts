/**
 * Exact cheap first checks for the readers whose pattern ends in "word\s+$" before a figure or opens with
 * "^\s+word" after it: the character next to the run of spaces must be the word's last (or first) letter,
 * so the slice and the pattern run only where they could match (s35: ~330 ns a never-firing call). Pure.
 */

/** Is `c` a character a regular expression's `\s` matches (ECMAScript WhiteSpace or LineTerminator)? */
export function isRegexSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The character (with 0x20 set: an ASCII letter's lower case) before the run of spaces that ends at `at`, or -1
 * when no space ends there or the run reaches back to `lo`.
 */
export function letterBeforeSpaces(text: string, at: number, lo: number): number {
  const i = spacesFrom(text, at, lo);
  return i < 0 ? -1 : text.charCodeAt(i - 1) | 0x20;
}

/** Where the run of spaces that ends at `at` starts, or -1 when no space ends there or the run reaches back to `lo`. */
export function spacesFrom(text: string, at: number, lo: number): number {
  let i = at;
  while (i > lo && isRegexSpace(text.charCodeAt(i - 1))) i--;
  return i === at || i <= lo ? -1 : i;
}

/** The character (with 0x20 set) after the run of spaces (perhaps none) that starts at `at`, or -1 at `hi` or the text's end. */
export function letterAfterSpaces(text: string, at: number, hi: number): number {
  const end = hi < text.length ? hi : text.length;
  let i = at;
  while (i < end && isRegexSpace(text.charCodeAt(i))) i++;
  return i < end ? text.charCodeAt(i) | 0x20 : -1;
}

/** Does `s` hold a character `\s` matches (/\s/.test(s), by character codes)? */
export function hasRegexSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isRegexSpace(s.charCodeAt(i))) return true;
  return false;
}
