// A model's number after "new" or "latest": "their new 848 aircraft", "its latest 315 phone". A count
// stands before such adjectives ("their 300 new aircraft"); after them, bare digits that are not a round
// figure name a model or series, and count nothing. Pure.
import type { Quantity } from '../types';

/** A determiner, then an adjective of novelty, right before the figure. */
const NEW_BEFORE = /\b(?:their|its|his|her|our|the|a)\s+(?:new|latest|upcoming|flagship|forthcoming|next-generation)\s+$/i;

/** Is the count `q` (3 or 4 plain digits, not ending in 0) a model number after "their new", "the latest"? */
export function modelAfterNew(text: string, q: Quantity, sentenceStart: number): boolean {
  const n = q.text.length;
  if (n < 3 || n > 4 || q.unit !== 'count' || q.approx || q.text.charCodeAt(n - 1) === 48 || !/^\d+$/.test(q.text)) return false;
  return NEW_BEFORE.test(text.slice(Math.max(sentenceStart, q.start - 30), q.start));
}
