/**
 * Name keys of a chunk of plain words built from its words' lexemes: a novel name is a new
 * combination of known words, so keying it by the whole name (`nameKey`'s memo) missed, folded and
 * looked each word up again in a cache of 50k words. Here each word's parts are read off the lexeme
 * the token already holds (`lexemesKey`), and the whole name is keyed by joining them.
 *
 * Only for chunks whose tokens are words (ASCII letters, `PLAIN_WORDS`) one space apart: their name's
 * fold is the chunk's key and its words are the tokens, so the keys equal `nameKey` of the name.
 */
import type { Token } from '../types';
import { lexemesKey } from '../text/normalize';
import { lexOf } from './token-fold';

/** Does the chunk consist of words only, one space apart (then its name is their texts joined by spaces)? */
export function wordsOnly(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    if (tokens[k].kind !== 'word' || (k > first && tokens[k].start - tokens[k - 1].end !== 1)) return false;
  }
  return true;
}

/**
 * `nameKey(name, person)` of the chunk's name, for a chunk of `wordsOnly` whose name is `PLAIN_WORDS`
 * (the caller checks both).
 */
export function chunkNameKey(tokens: readonly Token[], first: number, last: number, person: boolean): string {
  const words = [];
  for (let k = first; k <= last; k++) words.push(lexOf(tokens[k]));
  return lexemesKey(words, person);
}

/** `nameKey` of one word of such a chunk: its skeleton, none for 'the'. */
export function wordNameKey(t: Token): string {
  return lexemesKey([lexOf(t)], false);
}
