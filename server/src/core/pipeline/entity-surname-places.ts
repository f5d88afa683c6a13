/**
 * A place's name that is the surname of a person the document names in full (pure, token indices):
 * "Valda Corran … Corran said", where the lexicon knows "Corran" as a town. Alone, such a mention is
 * the person when it does what a subject does: a verb or an auxiliary follows it ("Corran claims",
 * "Corran was born", "Corran also said") or a possessive ("Corran's father"), and no place-only
 * preposition stands before it ("flew to Corran", "born in Corran" stay places). Countries and
 * regions stay places: a person's "surname" that is one is a misreading more often than a namesake.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { tokenAt } from './token-at';
import { lowerToken } from './token-fold';
import { CUE_VERBS, LOC_PREPOSITIONS } from '../model/words';
import { lexicon, WORLD_REGIONS } from '../model/lexicon';

/** Words after a subject that make it one: auxiliaries and adverbs that stand before a verb. */
const SUBJECT_AFTER = new Set('has had is was will would can could did does should must might also later then says claims'.split(' '));
/** Prepositions after which a name is a place or an organisation, not a person acting. */
const NOT_PERSON_BEFORE = new Set(['of', 'from', 'to', 'into', 'across', 'via', 'outside', 'inside', 'around', 'towards', 'toward']);

function actsAsSubject(tokens: readonly Token[], k: number): boolean {
  const n = tokenAt(tokens, k + 1);
  if (!n || n.sentence !== tokens[k].sentence) return false;
  if (n.kind === 'punct') return n.text === "'s" || n.text === '’s';
  if (n.kind !== 'word') return false;
  const w = n.text;
  if (SUBJECT_AFTER.has(w) || CUE_VERBS.has(w)) return true;
  return w.length > 4 && w.endsWith('ed') && w === w.toLowerCase();
}

/** Retypes as PERSON the one-word LOC mentions (no role) that are a full-named person's surname and act as a subject. */
export function surnamesOverPlaces(tokens: readonly Token[], cands: Candidate[]): void {
  let surnames: Set<string> | null | undefined; // the full names' surnames, gathered at the first one-word place (most documents have none)
  for (const c of cands) {
    if (c.type !== 'LOC' || c.first !== c.last || c.role !== null || c.titleCase) continue;
    if (surnames === undefined) surnames = fullNameSurnames(tokens, cands);
    if (surnames === null) return;
    const l = lowerToken(tokens[c.first]);
    if (!surnames.has(l) || lexicon.countries.has(l) || lexicon.regions.has(l) || WORLD_REGIONS.has(l)) continue; // "Egypt's operators", "Europe experienced"
    const p = tokenAt(tokens, c.first - 1);
    const pw = p && p.kind === 'word' && p.sentence === tokens[c.first].sentence ? lowerToken(p) : '';
    if (LOC_PREPOSITIONS.has(pw) || NOT_PERSON_BEFORE.has(pw)) continue;
    if (actsAsSubject(tokens, c.first)) c.type = 'PERSON';
  }
}

/** The last words of the PERSON names of two words or more, folded; null when there are none. */
function fullNameSurnames(tokens: readonly Token[], cands: readonly Candidate[]): Set<string> | null {
  let surnames: Set<string> | null = null;
  for (const c of cands) {
    if (c.type === 'PERSON' && c.last > c.first && tokens[c.last].kind === 'word') (surnames ??= new Set()).add(lowerToken(tokens[c.last]));
  }
  return surnames;
}
