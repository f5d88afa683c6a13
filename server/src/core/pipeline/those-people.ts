// "4 percent of those on the drug", "12 of those who took the placebo", "30 percent of those surveyed", "7% of those without cover":
// "those" after "of" with a phrase that says who they are counts people; the pronoun is no counted noun.
import type { Token } from '../types';
import { lowerCase } from './token-fold';

/** Words after "those" that describe people: a relative pronoun, a preposition of state, a participle. */
const PEOPLE_AFTER = new Set(['who', 'on', 'with', 'without', 'in', 'aged', 'under', 'over', 'taking', 'given', 'receiving', 'living', 'working']);

/** True when toks[j] is "those" right after "of" and the next word says who they are. */
export function thoseArePeople(toks: readonly Token[], j: number): boolean {
  const t = toks[j];
  if (t === undefined || lowerCase(t) !== 'those' || toks[j - 1] === undefined || lowerCase(toks[j - 1]) !== 'of') return false;
  const n = toks[j + 1];
  if (n === undefined || n.kind !== 'word') return false;
  const w = lowerCase(n);
  // ("those surveyed", "those infected", "those polled": a past participle right after the pronoun)
  return PEOPLE_AFTER.has(w) || (/^\p{Ll}+ed$/u.test(n.text) && w !== 'need' && w !== 'used');
}
