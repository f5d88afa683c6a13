/**
 * "172 initially reported", "90 first announced", "300 previously estimated": an adverb of when a figure was
 * given, right after the figure and before the verb of giving it, says nothing of what is counted (pure).
 */
import type { Token } from '../types';
import { lowerCase } from './token-fold';

const WHEN_GIVEN = new Set(['initially', 'originally', 'previously', 'first', 'earlier', 'officially', 'provisionally']);
const GIVEN = new Set(['reported', 'announced', 'estimated', 'stated', 'given', 'thought', 'feared', 'believed', 'said', 'recorded', 'counted', 'published', 'released']);

/**
 * Is token `j` such an adverb, followed by a verb of giving the figure? (Not when a plural follows the verb: in
 * "12 first reported cases" the adverb and verb qualify the cases.)
 */
export function reportingAdverb(toks: readonly Token[], j: number): boolean {
  const t = toks[j];
  if (t === undefined || !WHEN_GIVEN.has(lowerCase(t)) || toks[j + 1] === undefined || !GIVEN.has(lowerCase(toks[j + 1]))) return false;
  const after = toks[j + 2];
  return after === undefined || !/^\p{Ll}+s$/u.test(after.text);
}
