/**
 * Per-document tables over the tokens, built in one pass: each token's text in lower case, where
 * each sentence's tokens begin, and the tokens whose lower-case text is in a watched word list (the
 * words that can open an attribution). One pass reads each token and its text once, while they are
 * in the cache; the quote and attribution stages then read the tables by index instead of
 * lower-casing the same token again or walking the tokens for a sentence's bounds. The content
 * words of the sentences that hold a claim (the analysis's sentenceTerms) are read from the
 * tables once the claims are known (`claimSentenceTerms`).
 */
import type { Token } from '../types';
import { FUNCTION_WORDS } from '../model/words';
import { WordShapes } from './word-shapes';

export interface TokenTable {
  /** Each token's text in lower case, by token index. */
  lower: string[];
  /**
   * The index of the first token of each sentence, and one more entry holding the token count:
   * sentence i has tokens sentenceStart[i] .. sentenceStart[i + 1] - 1 (none when they are equal).
   */
  sentenceStart: Int32Array;
  /** The indices of the tokens whose lower case is in the watched list, in order. */
  watched: number[];
}

/** A word list with its shapes, for a membership test that rules out most words without hashing. */
export class WordList {
  private readonly shapes: WordShapes;
  constructor(private readonly words: { has(word: string): boolean } & Iterable<string>) {
    this.shapes = new WordShapes(words);
  }
  /** The words of the list, for building a combined table over several lists. */
  list(): Iterable<string> {
    return this.words;
  }
  has(word: string): boolean {
    return this.shapes.may(word) && this.words.has(word);
  }
}

/**
 * The watched lists whose words all start with a letter: no punctuation or number token, which starts
 * with none, is in it, and tokenTable asks only the word tokens (~1 in 5 tokens asked less).
 */
const WORDS_ONLY = new WeakMap<WordList, boolean>();

function wordsOnly(watch: WordList): boolean {
  let w = WORDS_ONLY.get(watch);
  if (w === undefined) WORDS_ONLY.set(watch, (w = [...watch.list()].every((x) => /^\p{L}/u.test(x))));
  return w;
}

/** A token with token-fold.ts's cached lower case (a field every token has from tokenize on). */
type CachedToken = Token & { lower?: string };

export function tokenTable(tokens: readonly Token[], sentenceCount: number, watch: WordList): TokenTable {
  const lower = new Array<string>(tokens.length);
  const sentenceStart = new Int32Array(sentenceCount + 1);
  const watched: number[] = [];
  const lettersOnly = wordsOnly(watch);
  let s = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as CachedToken;
    // The entity stage may have lower-cased the token already (token-fold.ts `lowerCase`); what is
    // worked out here is kept there too, for the claim stage's later asks.
    let l = t.lower;
    if (l === undefined) t.lower = l = lowerCaseOf(t.text);
    lower[k] = l;
    while (s <= t.sentence) sentenceStart[s++] = k;
    if ((!lettersOnly || t.kind === 'word') && watch.has(l)) watched.push(k);
  }
  while (s <= sentenceCount) sentenceStart[s++] = tokens.length;
  return { lower, sentenceStart, watched };
}

/** One shared list for the sentences that hold no claim (nothing reads their terms). */
const NO_TERMS = Object.freeze([]) as unknown as string[];

/**
 * The content words of each sentence that holds one of `claims` (lower case, longer than two
 * characters, no punctuation, no function words), from the token table; every other sentence gets
 * one shared empty list. Only claim sentences' terms are read (corpus.ts `withClaimTermsOnly`
 * dropped the others): worked out for all, they cost a function-word lookup per token.
 */
export function claimSentenceTerms(tokens: readonly Token[], table: TokenTable, sentenceCount: number, claims: readonly { sentence: number }[]): string[][] {
  const terms = new Array<string[]>(sentenceCount).fill(NO_TERMS);
  const { lower, sentenceStart } = table;
  for (const c of claims) {
    const si = c.sentence;
    if (terms[si] !== NO_TERMS) continue;
    const words: string[] = [];
    for (let k = sentenceStart[si]; k < sentenceStart[si + 1]; k++) {
      const l = lower[k];
      if (l.length > 2 && tokens[k].kind !== 'punct' && !FUNCTION_WORDS.has(l)) words.push(l);
    }
    terms[si] = words.length > 0 ? words : NO_TERMS;
  }
  return terms;
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
