/**
 * "cut 3,000 jobs, or 12% of its workforce": a percentage after ", or" that names the whole it is a
 * share of ("of its workforce", "of the total") is a second figure to check, not the first one in
 * other terms. A per-share sum ("$3 billion, or $2 a share") or the same change as a percentage
 * ("fell $1.20, or 2 percent, to …") still restates the claim before it.
 */
import type { Claim } from '../types';

/** The share's "of" right after the percentage, then a word that opens the whole ("of its workforce", "of the 40 boats"). */
const OF_WHOLE = /^\s+of\s+[\p{L}\p{N}]/u;

/** Is claim `c` a share of a named whole restating the count or sum of `last`? */
export function shareOfWhole(text: string, last: Claim, c: Claim): boolean {
  if (c.quantity.unit !== 'percent' || last.quantity.unit === 'percent') return false;
  return OF_WHOLE.test(text.slice(c.quantity.end, c.quantity.end + 24));
}
