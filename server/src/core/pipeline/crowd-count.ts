/**
 * "Police estimated the crowd at 35,000", "a crowd of more than 20,000", "the audience numbered 4,000":
 * a bare figure after a noun of people gathered counts those people (it says how many turned out).
 */
import type { Token } from '../types';
import { lowerCase } from './token-fold';

/** Nouns of people gathered in one place. */
const CROWD_NOUNS = new Set(['crowd', 'crowds', 'audience', 'attendance', 'gathering']);
/** The word right before the figure that ties it to the noun: "at", "of", "numbered", "to". */
const LINK_WORDS = new Set(['at', 'of', 'numbered', 'numbering', 'to', 'exceeded', 'topped', 'reached']);

/**
 * The index of the crowd noun in the five words before the bare figure at `qi`, when the word right
 * before the figure links the two ("crowd at", "crowd of", "crowd numbered"); else -1.
 */
export function crowdBefore(toks: readonly Token[], qi: number): number {
  const link = toks[qi - 1];
  if (link === undefined || !LINK_WORDS.has(lowerCase(link))) return -1;
  for (let b = qi - 1; b >= Math.max(0, qi - 6); b--) {
    if (toks[b].kind !== 'word') return -1;
    if (CROWD_NOUNS.has(lowerCase(toks[b]))) return b;
  }
  return -1;
}
