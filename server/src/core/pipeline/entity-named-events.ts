/**
 * Named wars and revolts ("the Velmar War", "the Second Orsk War", "the Kessen Uprising") are events, no
 * person, body or place: the model read the capitalised words as a body's name. A name of two or more
 * words ending in the event word, with no role; "Ministry of War" ends in its body's words only when
 * "War" is last, so a name whose first word heads an institution is kept. Pure, token indices.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { INSTITUTION_HEADS } from '../model/words';
import { lowerToken } from './token-fold';

export const EVENT_WORDS = new Set(['War', 'Wars', 'Revolution', 'Uprising']);

export function dropNamedEvents(tokens: readonly Token[], cands: Candidate[]): void {
  for (const c of cands) {
    if (c.type === null || c.role !== null || c.last === c.first || !EVENT_WORDS.has(tokens[c.last].text)) continue;
    if (!INSTITUTION_HEADS.has(lowerToken(tokens[c.first]))) c.type = null;
  }
}
