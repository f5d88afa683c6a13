/**
 * A bare figure in a clause coordinated with a claim before it, in the same sentence, counts what that claim
 * counts (pure): "needs 640 homes a year, but only 410 were completed", "received 880 applications and approved
 * 610". The noun is left out because it was just said; the figure is the clause's subject before a form of "be"
 * or "have", or its object at the clause's end.
 */
import type { Token } from '../types';
import { lowerToken } from './token-fold';

const COORDINATORS: ReadonlySet<string> = new Set(['but', 'and', 'while', 'whereas', 'yet']);
const SUBJECT_AUX: ReadonlySet<string> = new Set(['were', 'was', 'had', 'have', 'has', 'are', 'is']);
const CLAUSE_END: ReadonlySet<string> = new Set(['.', ',', ';', '!', '?']);

/**
 * `qi` is the figure's first token, `k` the token right after it, `prevEnd` where the claim before it ends. True
 * when a coordinator stands within three words before the figure (after that claim) and the figure is followed
 * by a form of "be"/"have" or ends its clause right after a verb in the past ("approved 610.").
 */
export function elidedCount(toks: readonly Token[], qi: number, k: number, prevEnd: number): boolean {
  const next = toks[k];
  if (next === undefined) return false;
  const subject = next.kind === 'word' && SUBJECT_AUX.has(lowerToken(next));
  const object = CLAUSE_END.has(next.text) && qi > 0 && /^\p{Ll}+ed$/u.test(toks[qi - 1].text);
  if (!subject && !object) return false;
  for (let b = qi - 1; b >= 0 && b >= qi - 3 && toks[b].start >= prevEnd; b--) {
    if (toks[b].kind === 'word' && COORDINATORS.has(lowerToken(toks[b]))) return true;
  }
  return false;
}

/** Verbs by which a place holds people or things: "now holds 11,000", "housed 900". */
const HOLDING: ReadonlySet<string> = new Set(['holds', 'held', 'houses', 'housed', 'shelters', 'sheltered', 'hosts', 'hosted', 'accommodates', 'accommodated']);

/**
 * "The camp was built for 5,000 people. It now holds nearly 11,000.": a bare figure after a verb of holding that
 * ends its clause counts what the claim just before counted (the caller checks that claim is in this sentence or
 * the one before). `qi` is the figure's first token, `k` the token right after it.
 */
export function heldElided(toks: readonly Token[], qi: number, k: number): boolean {
  const next = toks[k];
  return qi > 0 && (next === undefined || CLAUSE_END.has(next.text)) && HOLDING.has(lowerToken(toks[qi - 1]));
}
