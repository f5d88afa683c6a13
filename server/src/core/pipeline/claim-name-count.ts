// "Tamsin, who uses only one name, said …", "a farmer who goes by a single name": how many names a person
// uses is how they are called, no statistical claim. Only one or two names, after a verb of using or giving.
import type { Claim } from '../types';

/** A verb of using, going by or giving a name, perhaps with "only"/"just", right before the figure. */
const USES_BEFORE = /\b(?:uses?|used|using|goes by|go by|went by|going by|gave|gives?|giving|known by)\s+(?:only\s+|just\s+)?$/i;

/** Is claim `c` the one or two names a person uses ("who uses only one name")? */
export function usedNameCount(text: string, c: Claim): boolean {
  const q = c.quantity;
  if (c.counted !== 'name' || q.unit !== 'count' || q.high > 2) return false;
  return USES_BEFORE.test(text.slice(Math.max(0, q.start - 24), q.start));
}
