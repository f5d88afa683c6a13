/**
 * Name keys of a chunk of plain words built from its words' lexemes: a novel name is a new
 * combination of known words, so keying it by the whole name (`nameKey`'s memo) missed, folded and
 * looked each word up again in a cache of 50k words. Here each word's parts are read off the lexeme
 * the token already holds, and the whole name is keyed by joining them.
 *
 * Only for chunks whose tokens are words (ASCII letters, `PLAIN_WORDS`) one space apart: their name's
 * fold is the chunk's key and its words are the tokens, so the keys equal `nameKey` of the name.
 */
import type { Token } from '../types';
import type { Lexeme } from '../text/intern';
import { givenKeyOf, letterKeyUncached, skeletonUncached, surnameKeyUncached } from '../text/normalize';
import { foldedOf, lexOf, lowerToken } from './token-fold';
import { FAMILY_FIRST } from '../text/family-first-names';

const skeletonOf = (lex: Lexeme): string => (lex.skeleton ??= skeletonUncached(lex.text, foldedOf(lex)));
/** A given name keys by its consonants (`givenKeyOf`). */
const givenOf = (lex: Lexeme): string => {
  if (lex.given === undefined) {
    lex.given = givenKeyOf(lex.text, skeletonOf(lex));
  }
  return lex.given;
};
const surnameOf = (lex: Lexeme): string => (lex.surname ??= surnameKeyUncached(lex.text, foldedOf(lex)));
const lettersOf = (lex: Lexeme): string => (lex.letters ??= letterKeyUncached(lex.text, foldedOf(lex)));

/** Does the chunk consist of words only, one space apart (then its name is their texts joined by spaces)? */
export function wordsOnly(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    if (tokens[k].kind !== 'word' || (k > first && tokens[k].start - tokens[k - 1].end !== 1)) return false;
  }
  return true;
}

/** A word that `nameKey` leaves out of a name's parts. */
const isThe = (t: Token): boolean => lowerToken(t) === 'the';

/**
 * `nameKey(name, person)` of the chunk's name, for a chunk of `wordsOnly` whose name is `PLAIN_WORDS`
 * (the caller checks both).
 */
export function chunkNameKey(tokens: readonly Token[], first: number, last: number, person: boolean): string {
  let n = 0, lastPart = -1;
  for (let k = first; k <= last; k++) if (!isThe(tokens[k])) { n++; lastPart = k; }
  let key = '';
  if (person && n === 2) {
    let k1 = first;
    while (isThe(tokens[k1])) k1++;
    // "Tang Weiling": a family name written first (normalize.ts `nameKeyUncached`).
    if (FAMILY_FIRST.has(lowerToken(tokens[k1])) && !FAMILY_FIRST.has(lowerToken(tokens[lastPart]))) return surnameOf(lexOf(tokens[lastPart])) + surnameOf(lexOf(tokens[k1]));
  }
  if (person && n >= 2) {
    // Given names by their consonants, a middle initial left out ("Anna K Brill" is "Anna Brill"), the surname in full.
    let i = 0;
    for (let k = first; k < lastPart; k++) {
      const t = tokens[k];
      if (isThe(t)) continue;
      if (i++ > 0 && t.text.length === 1) continue;
      key += givenOf(lexOf(t));
    }
    return key + surnameOf(lexOf(tokens[lastPart]));
  }
  for (let k = first; k <= last; k++) if (!isThe(tokens[k])) key += skeletonOf(lexOf(tokens[k]));
  return key;
}

/**
 * `entityNameKey(name, person)` of the chunk's name (same terms as `chunkNameKey`): a name of one
 * word besides 'the' that is no person's is keyed by that word's letters.
 */
export function chunkEntityNameKey(tokens: readonly Token[], first: number, last: number, person: boolean): string {
  if (person) return chunkNameKey(tokens, first, last, true);
  let only = -1;
  for (let k = first; k <= last; k++) {
    if (isThe(tokens[k])) continue;
    if (only >= 0) return chunkNameKey(tokens, first, last, false);
    only = k;
  }
  return only < 0 ? '' : lettersOf(lexOf(tokens[only]));
}

/** `nameKey` of one word of a chunk: its skeleton, none for 'the'. */
export function wordNameKey(t: Token): string {
  return isThe(t) ? '' : skeletonOf(lexOf(t));
}
