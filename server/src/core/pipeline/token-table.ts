/**
 * Per-document tables over the tokens, built in one pass for the quote and attribution stages and
 * the sentence terms: each token's text in lower case, and where each sentence's tokens begin.
 * Reading them by index is cheaper than lower-casing the same token again in each stage, caching it
 * on the token (a property added to every token changes its shape, which slows every later stage
 * that reads tokens), or walking the tokens to find a sentence's bounds.
 */
import type { Token } from '../types';

export interface TokenTable {
  /** Each token's text in lower case, by token index. */
  lower: string[];
  /**
   * The index of the first token of each sentence, and one more entry holding the token count:
   * sentence i has tokens sentenceStart[i] .. sentenceStart[i + 1] - 1 (none when they are equal).
   */
  sentenceStart: Int32Array;
}

export function tokenTable(tokens: readonly Token[], sentenceCount: number): TokenTable {
  const lower = new Array<string>(tokens.length);
  const sentenceStart = new Int32Array(sentenceCount + 1);
  let s = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    lower[k] = lowerCaseOf(t.text);
    while (s <= t.sentence) sentenceStart[s++] = k;
  }
  while (s <= sentenceCount) sentenceStart[s++] = tokens.length;
  return { lower, sentenceStart };
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
