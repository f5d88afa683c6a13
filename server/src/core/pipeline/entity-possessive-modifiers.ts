/**
 * A one-word name between a possessive determiner and a lower-case noun ("its Kessling plant", "their Sorrel
 * line", "our Tavrin range") modifies that noun: a person is never "its Kessling". Before a noun for a site
 * ("plant", "factory", "works") or a built place ("mine", "bridge") the name is the site's place; before any
 * other noun it names a product or a line, which the contract has no type for: no entity rather than a wrong
 * person. Only a PERSON the model
 * guessed (no role, no title), and only after "its"/"their"/"our", which a person's name never follows. Pure,
 * token indices.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { tokenAt } from './token-at';
import { retypeAsPlaces } from './entity-retype';
import { STRUCTURE_NOUNS } from './entity-structure-nouns';

/** Determiners a person's bare name never follows; a noun's possessive ending ("the studio's Velby office") too. */
const OWNERS: ReadonlySet<string> = new Set(['its', 'their', 'our', 'Its', 'Their', 'Our', "'s", '’s']);
/**
 * Nouns for a site a place's name stands before ("its Kessling plant"); the built places of
 * entity-structure-nouns.ts too ("our Korval quarry"), which that pass reads after "the", "its" and "their".
 */
const SITE_NOUNS: ReadonlySet<string> = new Set([...`plant plants factory factories works site sites facility facilities depot
  warehouse mill refinery smelter yard shipyard campus hub office offices branch branches studio studios`.split(/\s+/), ...STRUCTURE_NOUNS]);

/** The lower-case word right after the one-word name at k (one space on, same sentence), if an owner stands right before it. */
function ownedNoun(tokens: readonly Token[], k: number): string | null {
  const p = tokenAt(tokens, k - 1);
  if (!p || !OWNERS.has(p.text) || p.sentence !== tokens[k].sentence) return null;
  const n = tokenAt(tokens, k + 1);
  if (!n || n.kind !== 'word' || n.sentence !== tokens[k].sentence || n.start !== tokens[k].end + 1) return null;
  const c = n.text.charCodeAt(0);
  return c >= 97 && c <= 122 ? n.text : null;
}

/**
 * Retypes LOC such a name before a site noun (a name typed ORG too: "its Velby office" is the firm's, in Velby);
 * drops a PERSON before any other lower-case noun after "its"/"their"/"our" ("Ada's Sorrel line" is left alone).
 */
export function possessiveModifiers(tokens: readonly Token[], cands: Candidate[]): void {
  const isOwned = (c: Candidate): boolean => c.type === 'PERSON' && c.role === null && c.first === c.last;
  retypeAsPlaces(tokens, cands, (c) => (c.type === 'PERSON' || c.type === 'ORG') && c.role === null && c.first === c.last && SITE_NOUNS.has(ownedNoun(tokens, c.first) ?? ''));
  for (const c of cands) if (isOwned(c) && ownedNoun(tokens, c.first) !== null && tokens[c.first - 1].text.length > 2) c.type = null;
}
