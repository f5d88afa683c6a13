/**
 * A bare figure that is the earlier level a claim is compared with, in the same sentence (pure): "keeps 1,340
 * cats, up from 860 in 2020", "sold 2,870 vans, down from 3,460", "148 singers, compared with 96". The noun
 * is left out because the claim before it just named it.
 */
import type { Token } from '../types';
import { lowerToken } from './token-fold';

const DIRECTIONS: ReadonlySet<string> = new Set(['up', 'down']);

/** `qi` is the figure's first token, `prevEnd` where the claim before it ends. */
export function levelComparedBefore(toks: readonly Token[], qi: number, prevEnd: number): boolean {
  if (qi < 2 || toks[qi - 2].start < prevEnd) return false;
  const w1 = lowerToken(toks[qi - 1]), w2 = lowerToken(toks[qi - 2]);
  // "up from 860", "down from 3,460"
  if (w1 === 'from') return DIRECTIONS.has(w2);
  // "compared with 1,900", "compared to 1,900"
  if (w1 === 'with' || w1 === 'to') return w2 === 'compared';
  return false;
}
