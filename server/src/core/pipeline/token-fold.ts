/**
 * The folded and the lower-case form of a token: the lower case is kept on the token, what is worked
 * out once per distinct word (its fold, its word class) on the word's lexeme (text/intern.ts), which
 * the token keeps once looked up (a property read is several times cheaper than a lookup).
 */
import type { Token } from '../types';
import { fold, isPlainAscii } from '../text/normalize';
import { isCommonWord } from '../model/lexicon';
import { type Lexeme, lexemeOf, lowerOf } from '../text/intern';

type FoldedToken = Token & { lower?: string; lex?: Lexeme };

/** `Lexeme.bits`: an answer's bit, and the bit saying it is known. */
export const B_COMMON_KNOWN = 1, B_COMMON = 2;
/** entity-nonnames.ts: a lone letter or an interjection ("B", "Hmm"); an acronym of ordinary English or a plural one ("CEO", "XRTs"). */
export const B_NOT_NAME_KNOWN = 4, B_NOT_NAME = 8, B_PLAIN_ACRONYM_KNOWN = 16, B_PLAIN_ACRONYM = 32;
/** entity-pass-gates.ts: its gates of the word are known; the gates themselves, from this bit on. */
export const B_GATES_KNOWN = 64, GATES_SHIFT = 7;

/**
 * Gives a token the cached fields at once and in one order, before any is filled (tokenize creates
 * every token with them). Added one by one as each was first asked for, they gave the tokens of a
 * document many hidden classes, and every stage reading a token's text or kind paid for it.
 */
export function prepareTokenCache(token: Token): void {
  const t = token as FoldedToken;
  if ('lex' in t) return;
  t.lower = undefined;
  t.lex = undefined;
}

/** The lexeme of a token's text, looked up on first ask and kept on the token. */
export function lexOf(token: Token): Lexeme {
  const t = token as FoldedToken;
  return t.lex ?? (t.lex = lexemeOf(t.text));
}

/**
 * The folded form of a token: its text when that is folded already (a character test; most words
 * are), else the fold kept on its lexeme.
 */
export function lowerToken(token: Token): string {
  const t = token as FoldedToken;
  const lex = t.lex;
  if (lex !== undefined) return lex.folded ?? foldedOf(lex);
  return isFoldedAlready(t.text) ? t.text : foldedOf(lexOf(t));
}

/**
 * `isCommonWord` of a token's fold, kept on its lexeme (`B_COMMON`): the entity stage asks it of
 * the same words many times, and a bit read costs less than hashing the word for the answer cache.
 */
export function isCommonToken(token: Token): boolean {
  const lex = lexOf(token);
  let b = lex.bits;
  if ((b & B_COMMON_KNOWN) === 0) lex.bits = b = b | B_COMMON_KNOWN | (isCommonWord(foldedOf(lex)) ? B_COMMON : 0);
  return (b & B_COMMON) !== 0;
}

/**
 * An answer fixed by a token's text alone (`answer` of it), kept on its lexeme as the bits `known` and `yes`:
 * worked out once per distinct word instead of once per mention.
 */
export function lexemeAnswer(token: Token, known: number, yes: number, answer: (w: string) => boolean): boolean {
  const lex = lexOf(token);
  let b = lex.bits;
  if ((b & known) === 0) lex.bits = b = b | known | (answer(lex.text) ? yes : 0);
  return (b & yes) !== 0;
}

/**
 * `fold` of a lexeme's text, kept on the lexeme. A plain ASCII word's fold is its lower case, which a
 * word token's lexeme holds already (tokenize): no lookup in fold's memo, no miss worked out and
 * stored there (9.3k of 13.5k `foldUncached` calls per 1,000 docs came this way).
 */
export function foldedOf(lex: Lexeme): string {
  let f = lex.folded;
  if (f === undefined) lex.folded = f = isFoldedAlready(lex.text) ? lex.text : isPlainAscii(lex.text) ? lowerOf(lex) : fold(lex.text);
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
