/**
 * A one-word name used as the modifier of a noun for a built place ("the Halvin bridge", "the Millbrook estate",
 * "the Tarrow dam", "the Korval border crossing") names that place (pure, token indices): the model took such unknown words for a person or a
 * body. Not when the document names a person with the word as surname: "the Tasker estate" after "Ida Tasker"
 * is what she left, and "the Vell bridge" may be named for her. A body's possessive stands for "the" too ("its
 * Gildmoor mine", "their Korval quarry"); a person's ("his Tasker estate") does not, as it may be his family's.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { tokenAt } from './token-at';
import { retypeAsPlaces } from './entity-retype';

/** Lower-case nouns for a built place or a piece of land a name stands before (a housing estate too). */
export const STRUCTURE_NOUNS: ReadonlySet<string> = new Set(`bridge tunnel dam road estate reservoir canal motorway highway
  bypass viaduct pier quay causeway roundabout flyover mine quarry oilfield gasfield border crossing checkpoint`.split(/\s+/));

/**
 * Whether the one-word name at k stands between "the" and a structure noun, one space on, in its sentence; or is
 * one of two such names joined by "and" ("the Korval and Dessa border posts").
 */
function beforeStructureNoun(tokens: readonly Token[], k: number): boolean {
  const p = tokenAt(tokens, k - 1);
  // every reading has "the" or "and" right before the name: asked first, as most names have neither
  if (!p || (!theBefore(p) && p.text !== 'and')) return false;
  const n = tokenAt(tokens, k + 1);
  if (!n || n.kind !== 'word' || n.sentence !== tokens[k].sentence || p.sentence !== tokens[k].sentence) return false;
  if (n.text === 'and') return theBefore(p) && capitalised(tokenAt(tokens, k + 2)) && nounAfter(tokens, k + 2);
  if (p.text === 'and') return capitalised(tokenAt(tokens, k - 2)) && theBefore(tokenAt(tokens, k - 3)) && nounAfter(tokens, k);
  return theBefore(p) && nounAfter(tokens, k);
}

/** "the" or a body's possessive ("its Gildmoor mine", "their Korval quarry"). */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'The', 'its', 'Its', 'their', 'Their']);
const theBefore = (t: Token | undefined): boolean => !!t && DETERMINERS.has(t.text);
const capitalised = (t: Token | undefined): boolean => !!t && t.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(t.text);

/** Is the word after k a structure noun, one space on, in k's sentence? */
function nounAfter(tokens: readonly Token[], k: number): boolean {
  const n = tokenAt(tokens, k + 1);
  return !!n && n.kind === 'word' && STRUCTURE_NOUNS.has(n.text) && n.start === tokens[k].end + 1 && n.sentence === tokens[k].sentence;
}

/** Retypes LOC a one-word PERSON or ORG name (no role) before a structure noun, and its other one-word PERSON/ORG mentions. */
export function structuresAsPlaces(tokens: readonly Token[], cands: Candidate[]): void {
  retypeAsPlaces(tokens, cands, (c) => beforeStructureNoun(tokens, c.first));
}
