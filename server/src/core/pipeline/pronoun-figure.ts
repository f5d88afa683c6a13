/**
 * A bare figure whose subject is a plural pronoun right before its verb of reaching or change:
 * "Orders reached 900 crates last spring; this spring they will top 1,200." The figure counts what
 * the claim just before it counts: 05-claims asks only when the figure counts nothing of its own and
 * that claim, a count, is in the same sentence or the one before. "It" is left out: it names a firm
 * or a place as often as a count.
 */
import type { Token } from '../types';
import { lowerCase } from './token-fold';
import { CHANGE_TO, REACH } from './risen-count';

/** Verbs that take the figure directly, besides those of a count's subject (`REACH`): "will exceed 1,200". */
const REACH_MORE = new Set(['exceed', 'exceeds', 'top', 'surpass', 'surpasses', 'surpassed', 'pass', 'passes']);
/** Words that may stand between the pronoun and its verb: "they will", "they are expected to", "they could easily". */
const BETWEEN = new Set(['will', 'would', 'could', 'may', 'might', 'should', 'must', 'is', 'are', 'was', 'were', 'have', 'has', 'had', 'be', 'been',
  'likely', 'expected', 'set', 'to', 'now', 'already', 'still', 'soon', 'easily', 'probably', 'again', 'not']);
const PLURAL_PRONOUNS = new Set(['they', 'these', 'those']);

/** Index of the verb before the figure at token `qi` when a plural pronoun is its subject ("they will exceed 1,200"), else -1. */
export function pronounSubjectVerb(toks: readonly Token[], qi: number): number {
  let v = qi - 1;
  if (toks[v] === undefined) return -1;
  const w = lowerCase(toks[v]);
  if (w === 'to') {
    v--;
    if (toks[v] === undefined || !CHANGE_TO.has(lowerCase(toks[v]))) return -1;
  } else if (!REACH.has(w) && !REACH_MORE.has(w)) return -1;
  let s = v - 1;
  while (s >= 0 && s >= v - 4 && toks[s].kind === 'word' && BETWEEN.has(lowerCase(toks[s]))) s--;
  return s >= 0 && toks[s].kind === 'word' && PLURAL_PRONOUNS.has(lowerCase(toks[s])) ? v : -1;
}
