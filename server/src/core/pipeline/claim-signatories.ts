/**
 * "a statement by 14 aid groups", "a letter signed by 30 doctors": the figure counts who signed the text,
 * the number of those who speak, as "two officials said" does — no claim (pure). A petition's signatures
 * are its measure of support and stay a claim ("a petition signed by 40,000 residents").
 */
import type { Claim } from '../types';

/** A text's noun, perhaps a verb of signing or issuing, then "by"/"from", and a hedge, right before the figure. */
const SIGNED_TEXT_BEFORE = /\b(?:statement|letter|declaration|communiqu[eé])\s+(?:(?:jointly\s+)?(?:signed|issued|released|sent|written|backed)\s+)?(?:by|from)\s+(?:(?:some|about|around|nearly|almost|more\s+than|at\s+least|over)\s+)?$/i;

/** Does claim `c` count the signers of a statement or letter? */
export function signatoryCount(text: string, c: Claim): boolean {
  if (c.quantity.unit !== 'count') return false;
  const at = c.quantity.start;
  // (cheap gate: "by " or "from " right before the figure or its hedge)
  const before = text.slice(Math.max(0, at - 60), at);
  if (!before.includes('by ') && !before.includes('from ')) return false;
  return SIGNED_TEXT_BEFORE.test(before);
}
