/**
 * A county's executive (pure, token indices): "Brinmoor County Executive Dana Holt", "the Brinmoor County
 * Executive, Dana Holt". "Executive" after "County" is an office's title, not a body's head: the name is the
 * county's, a place; the model took the whole run for an organisation ("Executive" heads "the Scottish Executive").
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';

/** Cuts "Executive" off each ORG candidate of three or more words ending in "County Executive", and types the rest LOC. */
export function countyExecutives(tokens: readonly Token[], cands: Candidate[]): void {
  for (const c of cands) {
    if (c.type !== 'ORG' || c.role !== null || c.last - c.first < 2) continue;
    if (tokens[c.last].text !== 'Executive' || tokens[c.last - 1].text !== 'County') continue;
    c.last--;
    c.type = 'LOC';
    c.info = undefined; // worked out again for the shorter name when resolved
  }
}
