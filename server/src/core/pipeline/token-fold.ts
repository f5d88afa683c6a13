/**
 * The folded lower-case form of a token (text/normalize.ts `fold`), computed once per token and
 * kept on the token itself: a property read is several times cheaper than a WeakMap lookup, and
 * the entity stage asks for it many times per token.
 */
import type { Token } from '../types';
import { fold } from '../text/normalize';

type FoldedToken = Token & { folded?: string; lower?: string };

export function lowerToken(t: Token): string {
  let f = (t as FoldedToken).folded;
  if (f === undefined) (t as FoldedToken).folded = f = fold(t.text);
  return f;
}

/** The plain `toLowerCase()` of a token's text, computed once per token and kept on it like `folded`. */
export function lowerCase(t: Token): string {
  let l = (t as FoldedToken).lower;
  if (l === undefined) (t as FoldedToken).lower = l = t.text.toLowerCase();
  return l;
}
