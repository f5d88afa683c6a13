/**
 * A one-word name the model typed ORG right before a noun only a place's people are ("Norvaya troops crossed",
 * "Talmere farmers protest", "Ostwick villagers") is that place: a firm or a club has staff, workers and fans,
 * not troops, farmers or voters; a name typed PERSON is a place before "troops" only (a candidate has voters,
 * a crime family soldiers), and no name the document writes after "Mr." or before "family" changes. Its other one-word ORG or PERSON mentions in the document follow, unless a longer name
 * opens with the word ("Talmere Foods" there is a firm, and its short name may be too). Nouns a firm has as
 * well ("officials", "scientists", "engineers") decide nothing and are left out. Pure, token indices.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { memberNounAfter } from './entity-member-nouns';
import { personalNames } from './entity-state-nouns';
import { untypedUnknownOpener } from './entity-unknown-openers';

const NATION_PEOPLE: ReadonlySet<string> = new Set(['troops', 'soldiers', 'villagers', 'residents', 'voters', 'citizens', 'farmers',
  'fishermen', 'taxpayers', 'pensioners', 'townspeople', 'inhabitants']);

/** A person has voters and farmers ("Kessel voters"), not troops: a name typed PERSON turns a place only before these. */
const ARMED: ReadonlySet<string> = new Set(['troops']); // a crime family has soldiers

export function placesBeforeTheirPeople(tokens: readonly Token[], cands: Candidate[]): void {
  let names: Set<string> | null = null;
  let untyped: Candidate[] | null = null; // untyped openers taken as ORG, untyped again unless made places
  for (const c of cands) {
    if (c.first !== c.last || c.role !== null) continue;
    if ((c.type === 'ORG' && memberNounAfter(tokens, c.last, NATION_PEOPLE)) || (c.type === 'PERSON' && memberNounAfter(tokens, c.last, ARMED))) {
      (names ??= new Set()).add(tokens[c.first].text);
    } else if (c.type === null && memberNounAfter(tokens, c.last, NATION_PEOPLE) && untypedUnknownOpener(tokens, c)) {
      c.type = 'ORG'; // taken as a name typed ORG: retyped LOC below unless the document writes it as a person's or firm's
      (untyped ??= []).push(c);
      (names ??= new Set()).add(tokens[c.first].text);
    }
  }
  if (names === null) return;
  for (const n of personalNames(tokens, cands)) names.delete(n); // "Mr. Kessel", "the Kessel family"
  for (const c of cands) {
    if (c.first === c.last) continue;
    if (c.type === 'ORG' && names.has(tokens[c.first].text)) names.delete(tokens[c.first].text);
    if (c.type === 'PERSON') for (let k = c.first; k <= c.last; k++) names.delete(tokens[k].text); // "Ada Velmont": a surname
  }
  for (const c of cands) {
    if ((c.type === 'ORG' || c.type === 'PERSON') && c.first === c.last && names.has(tokens[c.first].text)) { c.type = 'LOC'; c.info = undefined; }
  }
  if (untyped !== null) for (const c of untyped) if (c.type === 'ORG') c.type = null;
}
