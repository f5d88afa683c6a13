/**
 * The folded lower-case form of a token (text/normalize.ts `fold`), computed once per token and
 * kept on the token itself: a property read is several times cheaper than a WeakMap lookup, and
 * the entity stage asks for it many times per token.
 */
import type { Token } from '../types';
import { fold } from '../text/normalize';

type FoldedToken = Token & { folded?: string; lower?: string };

/**
 * Gives a token the cached fields at once and in one order, before any is filled (the entity
 * stage's first scan does it for every token of a document). Added one by one as each was first
 * asked for, they gave the tokens of a document many hidden classes, and every stage reading a
 * token's text or kind paid for it.
 */
export function prepareTokenCache(token: Token): void {
  const t = token as FoldedToken;
  if ('folded' in t) return;
  t.folded = undefined;
  t.lower = undefined;
}

export function lowerToken(t: Token): string {
  let f = (t as FoldedToken).folded;
  if (f === undefined) (t as FoldedToken).folded = f = isFoldedAlready(t.text) ? t.text : fold(t.text);
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
