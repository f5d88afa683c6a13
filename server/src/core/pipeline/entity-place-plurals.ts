/**
 * Place names that end in a plural place word (pure, token indices): "Palm Springs", "Sherman Oaks",
 * "Cedar Falls", "Pine Heights". No firm or person is named by a capitalised word and such a plural,
 * yet the model typed these ORG or PERSON and, at a sentence start, the run split dropped an ordinary
 * first word ("Palm Springs officials said" kept only "Springs"). Plurals that are also common family
 * names ("Banks", "Woods", "Wells") leave a person alone: "Tiger Woods" is a golfer. After "the" the name is
 * a team's ("the Oakland Oaks").
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { LOC_HEADS, ORG_HEADS } from '../model/words';
import { lowerToken } from './token-fold';
import { PLACE_PLURALS } from './entity-teams';

/** Place plurals that are family names too. */
const SURNAME_PLURALS: ReadonlySet<string> = new Set(['banks', 'woods', 'wells', 'mills', 'fields', 'sands', 'groves',
  'meadows', 'downs', 'keys', 'moors', 'shores', 'lakes', 'marshes', 'rocks', 'towers']);

/** PLACE_PLURALS and the plural place heads, one set: one lookup per tail instead of two. */
export const PLURAL_PLACE_WORDS: ReadonlySet<string> = new Set([...PLACE_PLURALS, ...[...LOC_HEADS].filter((w) => w.endsWith('s'))]);

/** A plural that ends place names: PLACE_PLURALS and the plural place heads ("Falls", "Hills", "Heights"). */
export function placePlural(l: string): boolean {
  return PLURAL_PLACE_WORDS.has(l);
}

/** Retypes as LOC a name of two or three words ending in a place plural that the model took for an ORG or PERSON. */
export function placesByPlural(tokens: readonly Token[], cands: Candidate[]): void {
  for (const c of cands) {
    if (c.role !== null || (c.type !== 'ORG' && c.type !== 'PERSON') || c.last === c.first || c.last - c.first > 2) continue;
    const tail = lowerToken(tokens[c.last]);
    if (!placePlural(tail) || (c.type === 'PERSON' && SURNAME_PLURALS.has(tail))) continue;
    // "the Oakland Oaks": a team by its nickname; a town's name takes no article.
    const before = c.first > 0 ? tokens[c.first - 1] : undefined;
    if (before !== undefined && lowerToken(before) === 'the') continue;
    let orgHead = false;
    for (let k = c.first; k < c.last; k++) if (ORG_HEADS.has(lowerToken(tokens[k]))) orgHead = true;
    if (!orgHead) c.type = 'LOC';
  }
}
