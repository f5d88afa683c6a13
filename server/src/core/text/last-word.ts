import { isLetter, isSpace } from './char-class';

/**
 * The letters that end `s` before an optional dot and trailing space, or '' (what
 * /(\p{L}+)\.?\s*$/u captures, read backwards from the end instead of tried at every position).
 */
export function lastWord(s: string): string {
  let e = s.length;
  while (e > 0 && isSpace(s.charCodeAt(e - 1))) e--;
  if (e > 0 && s.charCodeAt(e - 1) === 46) e--;
  let b = e;
  while (b > 0) {
    const c = s.charCodeAt(b - 1);
    const pair = c >= 0xdc00 && c <= 0xdfff && b >= 2 && s.charCodeAt(b - 2) >= 0xd800 && s.charCodeAt(b - 2) <= 0xdbff;
    if (!isLetter(pair ? s.codePointAt(b - 2)! : c)) break;
    b -= pair ? 2 : 1;
  }
  return s.slice(b, e);
}
