/**
 * A company's legal form ends its name: "Norvane Motors LLC Karl Dremmer" written in one capitalised
 * run (a role phrase's "the chairman of Norvane Motors LLC Karl Dremmer said") is the firm and then a
 * person, not one name. Only the unambiguous forms split: "Co" opens a county ("Co Durham"),
 * "Limited" and "Corporation" open ordinary names ("Corporation Street", "Limited Edition").
 */
import type { Token } from '../types';
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
