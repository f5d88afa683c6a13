/**
 * The two ends of a route after "between" ("four flights a day between Gorsby and Tell", "the ferry between
 * Arlo and Penmarr", "the border between Ostland and Varn") are places (pure, token indices): people and firms
 * are not what flights, roads and borders run between. A route's noun must stand at most four words before
 * "between", in its sentence ("talks between Vell and Ortiz" are left alone).
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { tokenAt } from './token-at';
import { retypeAsPlaces } from './entity-retype';

/** Nouns for what runs between two places. */
const ROUTE_NOUNS: ReadonlySet<string> = new Set(`flight flights route routes road roads rail railway railways line
  lines ferry ferries border borders frontier train trains bus buses coach coaches service services link links
  motorway highway corridor pipeline crossing crossings journey journeys trip trips drive distance connection
  connections shuttle tunnel bridge`.split(/\s+/));

/** Whether a route's noun stands at most four words before the "between" at b, in its sentence. */
function routeBefore(tokens: readonly Token[], b: number): boolean {
  const s = tokens[b].sentence;
  for (let k = b - 1; k >= b - 4 && k >= 0; k--) {
    const t = tokens[k];
    if (t.sentence !== s || t.kind !== 'word') return false;
    if (ROUTE_NOUNS.has(t.text)) return true;
  }
  return false;
}

/** Retypes LOC the one-word ends of "ROUTE … between A and B" that the model took for people or firms. */
export function routeEndsAsPlaces(tokens: readonly Token[], cands: Candidate[]): void {
  retypeAsPlaces(tokens, cands, (c, i) => {
    const p = tokenAt(tokens, c.first - 1);
    if (p?.text === 'between') return routeBefore(tokens, c.first - 1);
    if (p?.text !== 'and' && p?.text !== '&') return false;
    // the second end: "between A and B", A being the candidate before
    const a = cands[i - 1];
    return a !== undefined && a.last === c.first - 2 && tokenAt(tokens, a.first - 1)?.text === 'between' && routeBefore(tokens, a.first - 1);
  });
}
