/**
 * The rating an inspection gave a business or a service: "was given a food hygiene rating of zero", "a fire
 * safety rating of 2", "an inspection rating of one". The figure is an inspector's finding about what was found
 * there, which a reader can check with the inspector, not a count of anything named after it; "a rating of" alone
 * (a critic's, a bond's) is left out. Pure, token indices.
 */
import type { Token } from '../types';
import { lowerCase } from './token-fold';

/** Words that make a rating an inspector's: "food hygiene rating", "fire safety rating", "inspection rating". */
const INSPECTED = new Set(['hygiene', 'inspection', 'safety', 'sanitation', 'cleanliness']);

/**
 * The index of the first word of an inspection's rating right before the figure at token `qi` ("food" of "food
 * hygiene rating of zero", "hygiene" of "hygiene rating of 1"), or -1.
 */
export function inspectionRatingBefore(toks: readonly Token[], qi: number): number {
  if (qi < 3 || lowerCase(toks[qi - 1]) !== 'of' || lowerCase(toks[qi - 2]) !== 'rating' || !INSPECTED.has(lowerCase(toks[qi - 3]))) return -1;
  // ("food hygiene", "fire safety": one word before says of what)
  const w = toks[qi - 4];
  return w !== undefined && w.kind === 'word' && /^\p{Ll}+$/u.test(w.text) && (lowerCase(w) === 'food' || lowerCase(w) === 'fire') ? qi - 4 : qi - 3;
}
