/**
 * Per-document tables over the tokens, built in one pass: each token's text in lower case, where
 * each sentence's tokens begin, each sentence's content words (the analysis's sentenceTerms), and
 * the tokens whose lower-case text is in a watched word list (the words that can open an
 * attribution). One pass reads each token and its text once, while they are in the cache; the
 * quote and attribution stages then read the tables by index instead of lower-casing the same
 * token again or walking the tokens for a sentence's bounds.
 */
import type { Token } from '../types';
import { FUNCTION_WORDS } from '../model/words';
import { WordFlags } from './word-flags';
import { WordShapes } from './word-shapes';

export interface TokenTable {
  /** Each token's text in lower case, by token index. */
  lower: string[];
  /**
   * The index of the first token of each sentence, and one more entry holding the token count:
   * sentence i has tokens sentenceStart[i] .. sentenceStart[i + 1] - 1 (none when they are equal).
   */
  sentenceStart: Int32Array;
  /** The content words of each sentence: lower case, longer than two letters, no function words. */
  terms: string[][];
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

/** Flags of a word in the table of {@link flagsFor}: a function word, a watched word. */
const F_FUNCTION = 1, F_WATCHED = 2;

/**
 * One table for the two lists each token is asked about (the function words, the watched words),
 * so a token costs one lookup instead of two (word-flags.ts). Built once per watched list.
 */
const FLAGS = new WeakMap<WordList, WordFlags>();

function flagsFor(watch: WordList): WordFlags {
  let f = FLAGS.get(watch);
  if (f === undefined) {
    const entries: [string, number][] = [];
    for (const w of FUNCTION_WORDS) entries.push([w, F_FUNCTION]);
    for (const w of watch.list()) entries.push([w, F_WATCHED]);
    f = new WordFlags(entries);
    FLAGS.set(watch, f);
    if (entries.every(([w]) => STARTS_WITH_LETTER.test(w))) WORDS_ONLY.add(watch);
    if ([...watch.list()].every((w) => w.length > 2)) LONG_ONLY.add(watch);
  }
  return f;
}

const STARTS_WITH_LETTER = /^\p{L}/u;
/**
 * The watched lists whose table (with the function words) holds only words that start with a letter:
 * no punctuation or number token, which starts with none, is in it, and tokenTable asks only the
 * word tokens (~1 in 5 tokens asked less).
 */
const WORDS_ONLY = new WeakSet<WordList>();
/**
 * The watched lists of words longer than two characters: a token of one or two characters (a
 * third of the words: "of", "to", "a") is no term whatever its flags, so it is not looked up.
 */
const LONG_ONLY = new WeakSet<WordList>();

/** A token with token-fold.ts's cached lower case (a field every token has from tokenize on). */
type CachedToken = Token & { lower?: string };

export function tokenTable(tokens: readonly Token[], sentenceCount: number, watch: WordList): TokenTable {
  const lower = new Array<string>(tokens.length);
  const sentenceStart = new Int32Array(sentenceCount + 1);
  const terms: string[][] = new Array(sentenceCount);
  const watched: number[] = [];
  const flags = flagsFor(watch);
  const wordsOnly = WORDS_ONLY.has(watch);
  const shortAsked = !LONG_ONLY.has(watch);
  let s = 0;
  // The content words of sentence `cur`, copied out at their count when its last token is passed: one
  // exact array a sentence instead of one pushed into and regrown (s22: ~3 KB a document).
  const words: string[] = [];
  let cur = 0, n = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as CachedToken;
    // The entity stage may have lower-cased the token already (token-fold.ts `lowerCase`); what is
    // worked out here is kept there too, for the claim stage's later asks.
    let l = t.lower;
    if (l === undefined) t.lower = l = lowerCaseOf(t.text);
    lower[k] = l;
    if (s <= t.sentence) {
      while (s <= t.sentence) sentenceStart[s++] = k;
      if (t.sentence > cur) {
        termsUpTo(terms, cur, t.sentence, words, n);
        cur = t.sentence;
        n = 0;
      }
    }
    const long = l.length > 2;
    const f = (!long && !shortAsked) || (wordsOnly && t.kind !== 'word') ? 0 : flags.get(l);
    // (the length first: it rules out punctuation and short words cheaply)
    if (long && t.kind !== 'punct' && (f & F_FUNCTION) === 0) words[n++] = l;
    if ((f & F_WATCHED) !== 0) watched.push(k);
  }
  while (s <= sentenceCount) sentenceStart[s++] = tokens.length;
  termsUpTo(terms, cur, sentenceCount, words, n);
  return { lower, sentenceStart, terms, watched };
}

/** Sets the terms of sentences `cur` (the first `n` of `words`) to `to` - 1 (none: they have no tokens). */
function termsUpTo(terms: string[][], cur: number, to: number, words: string[], n: number): void {
  if (cur < to) terms[cur] = n > 0 ? words.slice(0, n) : [];
  for (let j = cur + 1; j < to; j++) terms[j] = [];
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
