/**
 * A stage race named "Tour of" a place ("the Tour of Varnholt", "Tour of Kessmere riders") is an event, and an
 * event is no entity (docs/rules.md, Entities; entity-named-events.ts): the run stops at "of", so "Tour" was typed
 * as a body and the place after it as a person. Both are dropped: the "Tour" chunk and the one- or two-word name
 * right after its "of" (also where a sentence start left "Tour" out). A lower-case "tour of the plant" holds no capital and is never asked. Pure, token indices.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { tokenAt } from './token-at';

export const TOUR_WORDS: readonly string[] = ['Tour'];

export function dropTourNames(tokens: readonly Token[], cands: Candidate[]): void {
  for (let i = 0; i < cands.length; i++) {
    const n = cands[i];
    if (n.first < 2 || n.last > n.first + 1 || n.role !== null || tokens[n.first - 1].text !== 'of' || tokens[n.first - 2].text !== 'Tour'
      || tokens[n.first - 2].sentence !== tokens[n.first].sentence) continue;
    n.type = null;
    const c = i > 0 ? cands[i - 1] : undefined; // "Tour" itself, when it is a candidate (not at a sentence start)
    if (c !== undefined && c.last === n.first - 2 && c.role === null) c.type = null;
  }
}
