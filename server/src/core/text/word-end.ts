/**
 * The word at the end of a piece of text, read backwards: patterns anchored only at the end
 * ("…\s*$") are tried from every position of the text before them.
 */
import { isLetter, isSpace } from './char-class';

/** Index where the white space (`\s`) at the end of `s` begins. */
function trimmedEnd(s: string): number {
  let e = s.length;
  while (e > 0 && isSpace(s.charCodeAt(e - 1))) e--;
  return e;
}

/**
 * The word `(\p{L}+)\.?\s*$` finds at the end of `s` ("in March. " → "March"), or '': read
 * backwards, since the pattern, anchored at the end only, was tried from every position.
 */
export function lastWord(s: string): string {
  let j = trimmedEnd(s);
  if (j > 0 && s.charCodeAt(j - 1) === 46) j--;
  let i = j;
  while (i > 0) {
    const c = s.charCodeAt(i - 1);
    if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
      const h = s.charCodeAt(i - 2);
      if (h >= 0xd800 && h <= 0xdbff) {
        if (!isLetter((h - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000)) break;
        i -= 2;
        continue;
      }
    }
    if (!isLetter(c)) break; // a lone surrogate is no letter
    i--;
  }
  return s.slice(i, j);
}

const isAsciiWordChar = (c: number) => (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122) || c === 95;

/** `/\baged?\s*$/i`: "age" or "aged" as a word at the end of `s`, before white space only. */
export function endsWithAge(s: string): boolean {
  const e = trimmedEnd(s);
  const at = e >= 1 && (s.charCodeAt(e - 1) | 0x20) === 100 ? e - 4 : e - 3; // "aged" or "age"
  if (at < 0 || (s.charCodeAt(at) | 0x20) !== 97 || (s.charCodeAt(at + 1) | 0x20) !== 103 || (s.charCodeAt(at + 2) | 0x20) !== 101) return false;
  return at === 0 || !isAsciiWordChar(s.charCodeAt(at - 1));
}
