/**
 * The token pattern, run by hand over the text. It finds exactly the matches of
 *
 *   /(?:\p{Lu}\.){2,}|\d+(?:[.,:]\d+)*|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’\-‐][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu
 *
 * — in order: dotted abbreviations (U.S., U.N.), numbers (1,234.5  3:40), words with inner
 * apostrophes or hyphens (Ji-hoon, O'Brien, don't), any other single code point — but without a
 * match object per token, which made the pattern the costliest part of tokenizing.
 * test/unit/token-scan.test.ts holds it to the pattern.
 */

import { DIGIT, LETTER, LU, MARK, NUMBER, SPACE, classOf } from '../text/char-class';

/** The code point at `i` (a lone surrogate stands for itself). */
function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

const width = (cp: number) => (cp >= 0x10000 ? 2 : 1);
const isDigit = (c: number) => c >= 48 && c <= 57;

/** Index of the first token at or after `from` and before `to`, or `to` when there is none. */
export function nextTokenStart(text: string, from: number, to: number): number {
  for (let i = from; i < to;) {
    const c = text.charCodeAt(i);
    if (c === 32) { // a space, most often the only character between tokens
      i++;
      continue;
    }
    const cp = codePointAt(text, i);
    const cls = classOf(cp);
    // Only space and numerals other than 0–9 ("²", "½") start no token.
    if (!(cls & SPACE) && !((cls & NUMBER) && !(cls & DIGIT))) return i;
    i += width(cp);
  }
  return to;
}

/**
 * Whether the token `tokenEnd` last found is its own lower case (no A–Z, nothing beyond ASCII), so
 * tokenize can keep its text as its lower case without a second pass over its characters.
 */
let ownLower = false;
export const lastTokenIsOwnLower = (): boolean => ownLower;

/**
 * Whether the token `tokenEnd` last found is made of ASCII letters only, or of runs of them joined by
 * apostrophes or hyphens (`lastTokenIsJoined`): no digit, nothing beyond ASCII between the joiners.
 * tokenize then tells whether its sentence may hold a figure from the starts of its runs alone.
 */
let plain = false;
let joined = false;
export const lastTokenIsPlain = (): boolean => plain;
export const lastTokenIsJoined = (): boolean => joined;

/** End of the word part that starts at `i`: letters, marks and numerals. */
function wordRun(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    // a–z, most of a word's characters, without the class table
    if (c >= 97 && c <= 122) {
      i++;
      continue;
    }
    if (c < 128) {
      // ASCII: no surrogate to join, one unit wide.
      const cls = classOf(c);
      if (!(cls & (LETTER | MARK | NUMBER))) break;
      // (an ASCII character that goes on a word and is not a–z is A–Z or a digit)
      if (cls & LU) ownLower = false;
      else plain = false;
      i++;
      continue;
    }
    const cp = codePointAt(text, i);
    if (!(classOf(cp) & (LETTER | MARK | NUMBER))) break;
    ownLower = false;
    plain = false;
    i += width(cp);
  }
  return i;
}

const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 45 || c === 0x2010; // ' ’ - ‐

/** End of the token that starts at `i` (a start `nextTokenStart` found). */
export function tokenEnd(text: string, i: number): number {
  const cp = codePointAt(text, i);
  const cls = classOf(cp);
  plain = false;
  joined = false;
  if (cls & LU) {
    // "U.S.", "E.U.": two or more capitals each followed by a dot.
    let j = i, pairs = 0;
    for (;;) {
      const c = codePointAt(text, j);
      if (j >= text.length || !(classOf(c) & LU) || text.charCodeAt(j + width(c)) !== 46) break;
      j += width(c) + 1;
      pairs++;
    }
    if (pairs >= 2) {
      ownLower = false;
      return j;
    }
  }
  if (cls & DIGIT) {
    ownLower = true;
    let j = i + 1;
    while (isDigit(text.charCodeAt(j))) j++;
    for (;;) {
      const c = text.charCodeAt(j);
      if (!((c === 46 || c === 44 || c === 58) && isDigit(text.charCodeAt(j + 1)))) break;
      j += 2;
      while (isDigit(text.charCodeAt(j))) j++;
    }
    return j;
  }
  if (cls & (LETTER | MARK)) {
    ownLower = cp < 128 && !(cls & LU);
    plain = cp < 128;
    let j = wordRun(text, i + width(cp));
    while (j + 1 < text.length && isJoiner(text.charCodeAt(j)) && classOf(codePointAt(text, j + 1)) & (LETTER | MARK | NUMBER)) {
      if (text.charCodeAt(j) >= 128) ownLower = false;
      joined = true;
      j = wordRun(text, j + 1);
    }
    return j;
  }
  ownLower = cp < 128 && !(cls & LU);
  return i + width(cp);
}
