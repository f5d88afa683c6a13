/**
 * Each token's text in lower case, computed once per document into a plain array. The quote and
 * attribution stages and the sentence terms read it by token index: cheaper than lower-casing the
 * same token again in each of them, or caching it on the token (a property added to every token
 * changes its shape, which slows every later stage that reads tokens).
 */
import type { Token } from '../types';

export function lowerTexts(tokens: readonly Token[]): string[] {
  const out = new Array<string>(tokens.length);
  for (let k = 0; k < tokens.length; k++) out[k] = lowerCaseOf(tokens[k].text);
  return out;
}

/**
 * `s.toLowerCase()`, without the call for the most common case: a word of ASCII letters with no
 * capital, which is its own lower case. (toLowerCase on a piece of a text holding any non-ASCII
 * character, as most news does with its curly quotes, goes through the slower Unicode path.)
 */
function lowerCaseOf(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return s.toLowerCase();
  }
  return s;
}
