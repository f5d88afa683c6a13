/**
 * Span repairs on typed candidates (pure, token indices): a road named by its number takes the
 * number ("Highway 61", "Route 9", "Interstate 80"), which the capitalised-run scan leaves out.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { lowerCase } from './token-fold';

const ROAD_HEADS = new Set(['highway', 'route', 'interstate', 'motorway', 'freeway']);
const ROAD_NUMBER = /^\d{1,4}[A-Za-z]?$/;

export function withRoadNumbers(tokens: readonly Token[], cands: Candidate[]): void {
  for (const c of cands) {
    if (c.type !== 'LOC' || !ROAD_HEADS.has(lowerCase(tokens[c.last]))) continue;
    const n = tokens[c.last + 1];
    if (n && n.sentence === tokens[c.last].sentence && n.start === tokens[c.last].end + 1 && ROAD_NUMBER.test(n.text)) c.last++;
  }
}
