/**
 * A time phrase right after a figure is no verb of what the figure counts: "a rise to $55 next
 * month", "12 stores last year". Checked only where a predicate word is about to be taken.
 */
import type { Token } from '../types';
import { lowerCase } from './token-fold';

const RELATIVE = new Set(['next', 'last', 'this', 'coming', 'previous', 'following']);
const PERIODS = new Set(['week', 'weekend', 'month', 'year', 'quarter', 'season', 'spring', 'summer', 'autumn', 'fall', 'winter', 'decade', 'century', 'term', 'day', 'night', 'morning', 'evening', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Does token `j` open a relative time phrase ("next month", "last year", "this week")? */
export function opensTimePhrase(toks: readonly Token[], j: number): boolean {
  const t = toks[j];
  const n = toks[j + 1];
  return t !== undefined && n !== undefined && RELATIVE.has(lowerCase(t)) && PERIODS.has(lowerCase(n));
}
