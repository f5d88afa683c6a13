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
