/**
 * A hospital called by its town and "General" alone (pure, token indices): "taken to Bramwick General",
 * "staff at Ostley General". The scan ends the name before "General" (a rank before a name), leaving the town
 * typed a place. After a preposition of place, with no name after "General" (so not "General Ada Venn"), the
 * town and "General" are the hospital, an organisation as "Ostley General Hospital" is.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { tokenAt } from './token-at';
import { lowerToken } from './token-fold';

const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'at', 'from', 'in', 'outside', 'inside', 'near']);

/** Grows "Ostley" before a lone "General" into the hospital "Ostley General" (ORG). Ask only when the text holds "General". */
export function generalHospitals(tokens: readonly Token[], cands: Candidate[]): void {
  for (const c of cands) {
    if (c.type === null || c.role !== null || c.first === 0 || c.last - c.first > 1) continue;
    const g = tokenAt(tokens, c.last + 1);
    if (g === undefined || g.text !== 'General' || g.start !== tokens[c.last].end + 1 || g.sentence !== tokens[c.last].sentence) continue;
    const next = tokenAt(tokens, c.last + 2);
    if (next !== undefined && next.sentence === g.sentence && /^\p{Lu}/u.test(next.text)) continue; // "Ostley General Motors", "General Ada Venn"
    if (!PLACE_PREPOSITIONS.has(lowerToken(tokens[c.first - 1]))) continue;
    c.last++;
    c.type = 'ORG';
    c.info = undefined; // what was known of the shorter chunk (its shared name) is not this one's
  }
}
