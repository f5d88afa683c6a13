/**
 * A one-word name the model typed ORG right before a noun only a place's people are ("Norvaya troops crossed",
 * "Talmere farmers protest", "Ostwick villagers") is that place: a firm or a club has staff, workers and fans,
 * not troops, farmers or voters. Its other one-word ORG mentions in the document follow, unless a longer name
 * opens with the word ("Talmere Foods" there is a firm, and its short name may be too). Nouns a firm has as
 * well ("officials", "scientists", "engineers") decide nothing and are left out. Pure, token indices.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { memberNounAfter } from './entity-member-nouns';

const NATION_PEOPLE: ReadonlySet<string> = new Set(['troops', 'soldiers', 'villagers', 'residents', 'voters', 'citizens', 'farmers',
  'fishermen', 'taxpayers', 'pensioners', 'townspeople', 'inhabitants']);

export function placesBeforeTheirPeople(tokens: readonly Token[], cands: Candidate[]): void {
  let names: Set<string> | null = null;
  for (const c of cands) {
    if (c.type === 'ORG' && c.first === c.last && c.role === null && memberNounAfter(tokens, c.last, NATION_PEOPLE)) (names ??= new Set()).add(tokens[c.first].text);
  }
  if (names === null) return;
  for (const c of cands) if (c.first !== c.last && c.type === 'ORG' && names.has(tokens[c.first].text)) names.delete(tokens[c.first].text);
  for (const c of cands) {
    if (c.type === 'ORG' && c.first === c.last && names.has(tokens[c.first].text)) { c.type = 'LOC'; c.info = undefined; }
  }
}
