/**
 * A street whose last word is also an everyday word or a surname ("Heron Way", "Sable Drive", "Ivy
 * Close", "Mill Row"): a place when the text puts it where streets stand, after "on", "at", "off" or
 * "along" ("the plant on Heron Way") or after a house number ("14 Sable Drive"). Elsewhere such a run may be a
 * person ("Dana Way") or no name at all, so these words are no place heads of their own.
 */
import type { Token } from '../types';
import { lowerToken } from './token-fold';

const STREET_WORDS: ReadonlySet<string> = new Set(['way', 'drive', 'close', 'grove', 'walk', 'row', 'mews', 'gardens']);
const STREET_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'at', 'off', 'along']);

/** Whether a (lower-case) word ends streets ("way", "drive"). */
export const isStreetWord = (w: string): boolean => STREET_WORDS.has(w);

/** Whether the run first..last (two words or more) is a street by its last word and the word before it. */
export function streetByContext(tokens: readonly Token[], first: number, last: number): boolean {
  if (last <= first || !STREET_WORDS.has(lowerToken(tokens[last])) || first === 0) return false;
  const before = tokens[first - 1];
  if (before.sentence !== tokens[first].sentence) return false;
  if (before.kind === 'number') return /^\d{1,4}[a-z]?$/.test(before.text);
  return before.kind === 'word' && STREET_PREPOSITIONS.has(before.text);
}

/** A street's own heads, which end a street's name ("Mill Street", "Harlan Road"). */
const STREET_HEADS: ReadonlySet<string> = new Set(['street', 'road', 'avenue', 'lane', 'boulevard', 'drive', 'way', 'row', 'terrace', 'crescent', 'close', 'quay']);

/**
 * Whether one to three capitalised words from token k, on one line, end in a street's head ("on Mill Street"): a
 * business named before "on" and its street is two names ("the Golden Wok on Mill Street"), as a person's is.
 */
export function streetFrom(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < k + 3 && j < tokens.length; j++) {
    const t = tokens[j];
    if (t.kind !== 'word' || t.sentence !== tokens[k].sentence || !/^\p{Lu}/u.test(t.text)) return false;
    if (j > k && STREET_HEADS.has(lowerToken(t))) return true;
  }
  return false;
}
