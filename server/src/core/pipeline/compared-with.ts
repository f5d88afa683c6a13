// "rose 40 percent compared with last year", "12,000 visitors, compared to 9,000": "compared with/to"
// after a figure opens what the figure is set against; it is neither what is counted nor what happened.
import type { Token } from '../types';
import { lowerCase } from './token-fold';

/** True when toks[j] is "compared" (or "comparing") and the next word is "with" or "to". */
export function comparedWith(toks: readonly Token[], j: number): boolean {
  const t = toks[j];
  if (t === undefined || t.text.length < 8 || !/^compar(?:ed|ing)$/i.test(t.text)) return false;
  const n = toks[j + 1];
  if (n === undefined) return false;
  const w = lowerCase(n);
  return w === 'with' || w === 'to';
}
