/**
 * "15 or 20 headline ideas", "two or three people", "5 or 6 percent": two figures joined by "or",
 * the smaller first, are one rough range, like "15 to 20". The first figure alone counts nothing
 * (its noun comes after the second), so the claim had begun at the second figure and lost the first.
 */
import type { Quantity } from '../types';

/** Exactly one " or " between the figures: "15, or 20" restates, "15 or so" is no range. */
const OR_BETWEEN = /^ or $/;

/**
 * The range from `first` to `second` when they are joined by " or " and rise (a count first, or the
 * same unit: "15 or 20%", "$5 or $6"); else null. `text` is the document, offsets are UTF-16.
 */
export function orRange(text: string, first: Quantity | undefined, second: Quantity): Quantity | null {
  if (first === undefined || first.end >= second.start || second.start - first.end > 4) return null;
  if (first.unit !== 'count' && first.unit !== second.unit) return null;
  if (!(first.high < second.low) || !OR_BETWEEN.test(text.slice(first.end, second.start))) return null;
  return {
    start: first.start, end: second.end, text: text.slice(first.start, second.end),
    low: first.low, high: second.high, lowOpen: first.lowOpen, highOpen: second.highOpen,
    // approximate as "15 to 20" is: by the second figure ("about 10 or 12" keeps its wider low; "only three or
    // four kinds" stays the small exact count that sorts, as "four kinds" was)
    approx: second.approx, unit: second.unit,
  };
}
