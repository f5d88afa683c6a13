/**
 * A company's legal form ends its name: "Norvane Motors LLC Karl Dremmer" written in one capitalised
 * run (a role phrase's "the chairman of Norvane Motors LLC Karl Dremmer said") is the firm and then a
 * person, not one name. Only the unambiguous forms split: "Co" opens a county ("Co Durham"),
 * "Limited" and "Corporation" open ordinary names ("Corporation Street", "Limited Edition").
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { lowerToken } from './token-fold';
import { LOC_HEADS, ORG_HEADS } from '../model/words';

const SPLITTING_FORMS: ReadonlySet<string> = new Set(['inc', 'ltd', 'llc', 'plc', 'corp', 'gmbh', 'incorporated']);

/**
 * Whether the run's word k (not its last, some name before it) is a legal form after which the run's
 * capitalised words are another name: a person or a title, not a head of the same body ("Acme Ltd
 * Group") or a place's ("… Inc Square").
 */
export function legalFormEnds(tokens: readonly Token[], k: number, b: number): boolean {
  if (k >= b || !SPLITTING_FORMS.has(lowerToken(tokens[k]))) return false;
  const next = lowerToken(tokens[k + 1]);
  return !SPLITTING_FORMS.has(next) && !ORG_HEADS.has(next) && !LOC_HEADS.has(next);
}

/** A word written as a name: a capital, then lower-case letters ("Jim", "Press"). */
const NAME_WORD = /^\p{Lu}[\p{Ll}'’-]+$/u;

/**
 * Whether run part a..b, split off after a legal form (`legalFormEnds`: "… Orrin Holdings LLC Jim
 * Press"), is the officer's name: two or three name-shaped words led by a known given name. A surname
 * that is also a head word ("Press", "Group") would otherwise type the name as a firm.
 */
export function personAfterLegalForm(tokens: readonly Token[], a: number, b: number, givenName: (t: Token) => boolean): boolean {
  if (a < 1 || b - a < 1 || b - a > 2) return false;
  let f = a - 1;
  if (tokens[f].text === '.' && f > 0 && tokens[f - 1].end === tokens[f].start) f--; // "Inc." before the name
  const form = tokens[f];
  if (form.sentence !== tokens[a].sentence || !SPLITTING_FORMS.has(lowerToken(form)) || !givenName(tokens[a])) return false;
  for (let k = a; k <= b; k++) if (tokens[k].kind !== 'word' || !NAME_WORD.test(tokens[k].text)) return false;
  return true;
}

/** Legal forms written after a comma: "Kestrel Systems, Inc.", "Brightwell, Ltd." (lower case). */
export const COMMA_FORMS: ReadonlySet<string> = new Set(['inc', 'ltd', 'llc', 'llp', 'plc', 'corp', 'gmbh', 'incorporated']);

/**
 * A legal form after a comma ends the name before it ("Kestrel Systems, Inc. today announced", "Brightwell, Ltd."):
 * the form is no name of its own (it was read as a one-word organisation) and the name before the comma is a
 * firm's, whatever its words look like (a surname's "Brightwell" no person).
 */
export function commaLegalForms(tokens: readonly Token[], cands: Candidate[]): void {
  for (let i = 1; i < cands.length; i++) {
    const c = cands[i], f = c.first;
    if (c.type === null || c.last !== f || f < 2 || tokens[f - 1].text !== ',' || !COMMA_FORMS.has(lowerToken(tokens[f]))) continue;
    const prev = cands[i - 1];
    // ("Tomas Brenner, Inc. magazine's editor": a person named in full is no firm's name)
    if (prev.type === null || prev.last !== f - 2 || prev.type === 'PERSON' && prev.last > prev.first) continue;
    prev.type = 'ORG';
    c.type = null;
  }
}
