/**
 * Each token's text in lower case, computed once per document into a plain array. The quote and
 * attribution stages and the sentence terms read it by token index: cheaper than lower-casing the
 * same token again in each of them, or caching it on the token (a property added to every token
 * changes its shape, which slows every later stage that reads tokens).
 */
import type { Token } from '../types';

export function lowerTexts(tokens: readonly Token[]): string[] {
  const out = new Array<string>(tokens.length);
  for (let k = 0; k < tokens.length; k++) out[k] = tokens[k].text.toLowerCase();
  return out;
}
