/**
 * Public alerts and warnings named by a word before the notice word ("an Amber Alert was issued", "a Silver
 * Alert", "the Red Warning") are no person, body or place: the model read the two capitalised words as a
 * given name and a surname ("Amber" is a given name) or as a body. A run of two words only: a longer one
 * ending in the notice word may be a body's ("Coastal Flood Warning" stays to the rules; "Tsunami Warning
 * Centre" ends in its head). Pure, token indices.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';

export const NOTICE_WORDS = new Set(['Alert', 'Alerts', 'Warning', 'Warnings', 'Advisory']);

/** One word written as a name: a capital, then lower-case letters. */
const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;

export function dropAlerts(tokens: readonly Token[], cands: Candidate[]): void {
  for (const c of cands) {
    if (c.type === null || c.role !== null || c.last !== c.first + 1) continue;
    if (NOTICE_WORDS.has(tokens[c.last].text) && NAME_WORD.test(tokens[c.first].text)) c.type = null;
  }
}
