/**
 * The folded and the lower-case form of a token, computed once per token and kept on the token
 * (a property read is several times cheaper than a lookup); what is worked out once per distinct
 * word is kept on the word's lexeme (text/intern.ts).
 */
import type { Token } from '../types';
import { fold } from '../text/normalize';
import { type Lexeme, lexemeOf } from '../text/intern';

type FoldedToken = Token & { folded?: string; lower?: string; lex?: Lexeme };

/** `Lexeme.bits`: an answer's bit, and the bit saying it is known. */
export const B_COMMON_KNOWN = 1, B_COMMON = 2;

/**
 * Gives a token the cached fields at once and in one order, before any is filled (tokenize creates
 * every token with them). Added one by one as each was first asked for, they gave the tokens of a
 * document many hidden classes, and every stage reading a token's text or kind paid for it.
 */
export function prepareTokenCache(token: Token): void {
  const t = token as FoldedToken;
  if ('folded' in t) return;
  t.folded = undefined;
  t.lower = undefined;
  t.lex = undefined;
}

/** The lexeme of a token's text, looked up on first ask and kept on the token. */
export function lexOf(token: Token): Lexeme {
  const t = token as FoldedToken;
  return t.lex ?? (t.lex = lexemeOf(t.text));
}

export function lowerToken(t: Token): string {
  let f = (t as FoldedToken).folded;
  if (f === undefined) (t as FoldedToken).folded = f = isFoldedAlready(t.text) ? t.text : foldedOf(lexOf(t));
  return f;
}

/** `fold` of a lexeme's text, kept on the lexeme. */
export function foldedOf(lex: Lexeme): string {
  let f = lex.folded;
  if (f === undefined) lex.folded = f = isFoldedAlready(lex.text) ? lex.text : fold(lex.text);
  return f;
}

/**
 * Is a word its own fold: plain lower-case ASCII letters (with digits, apostrophes and hyphens)?
 * Most words of an article are, and a character test costs less than hashing the word for the
 * fold cache.
 */
function isFoldedAlready(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 45)) return false;
  }
  return true;
}

/** The plain `toLowerCase()` of a token's text, computed once per token and kept on it like `folded`. */
export function lowerCase(t: Token): string {
  let l = (t as FoldedToken).lower;
  if (l === undefined) (t as FoldedToken).lower = l = t.text.toLowerCase();
  return l;
}
