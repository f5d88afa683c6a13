/** A capital opening a word, told by its code for ASCII (s35: the pattern ran on every token a reader looked at). Pure. */

const CAPITAL = /^\p{Lu}/u;

/** Does `s` open with a capital letter (/^\p{Lu}/u)? */
export function capitalFirst(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : CAPITAL.test(s);
}
