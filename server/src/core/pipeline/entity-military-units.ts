/**
 * A military unit named by its ordinal ("the 4th Lancer Brigade", "the 2nd Battalion", "the 7th Fleet") is one
 * organisation with the ordinal: the capitalised-run scan starts after the digits, so the unit lost its number
 * and a lone "Fleet" or "Battalion" was dropped or kept as a bare head word. The candidate right after an
 * adjacent ordinal, of at most four words with a unit's word among them, takes the ordinal and is typed ORG.
 * Pure, token indices.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { tokenAt } from './token-at';

export const UNIT_WORDS = new Set(['Battalion', 'Brigade', 'Regiment', 'Fleet', 'Corps', 'Squadron', 'Army', 'Infantry', 'Division', 'Platoon', 'Flotilla']);

/** An ordinal's suffix: the tokenizer splits "4th" into the number "4" and the word "th". */
const SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);

export function unitsWithOrdinals(tokens: readonly Token[], cands: Candidate[]): void {
  for (const c of cands) {
    const o = tokenAt(tokens, c.first - 1), n = tokenAt(tokens, c.first - 2);
    if (o === undefined || n === undefined || !SUFFIXES.has(o.text) || n.kind !== 'number' || n.end !== o.start || n.text.length > 3) continue;
    if (o.sentence !== tokens[c.first].sentence || o.end + 1 !== tokens[c.first].start) continue;
    if (c.last - c.first > 3 || !hasUnitWord(tokens, c)) continue;
    c.first -= 2;
    c.type = 'ORG';
    c.info = undefined; // what was known of the shorter chunk is not this one's
  }
}

function hasUnitWord(tokens: readonly Token[], c: Candidate): boolean {
  for (let k = c.first; k <= c.last; k++) if (UNIT_WORDS.has(tokens[k].text)) return true;
  return false;
}
