/**
 * An award's name runs on past "for" or "of" ("the Kellberg Prize for Education", "the Order of the Northern Star",
 * "the Medal for Bravery"): its head word ("Prize", "Award", "Medal", "Order", "Cross", "Trophy") before the
 * connector makes one name of the words around it, which the model split into a body and a field or a place
 * ("Kellberg Prize" and "Education"). Obituaries and profiles list such honours. Pure, token indices.
 */
import type { Token } from '../types';

const AWARD_HEADS: ReadonlySet<string> = new Set(['Prize', 'Award', 'Medal', 'Order', 'Cross', 'Trophy']);

/**
 * Is token `k` of a capitalised run from token `i` an award's head: after another capitalised word of the run
 * ("Kellberg Prize for", "Velby Cross for Gallantry"), or opening it right after "the" ("the Order of the Northern
 * Star")? A head opening a sentence with no "the" is an ordinary word ("Prize money for Velby rose").
 */
// (Only an order runs on past "of the": "the Lifetime Award of the Velby Society" names the award and its giver.)
export function awardHeadAt(tokens: readonly Token[], k: number, i: number): boolean {
  const t = tokens[k];
  if (t === undefined || !AWARD_HEADS.has(t.text)) return false;
  return k > i || tokens[k - 1]?.text === 'the' || tokens[k - 1]?.text === 'The';
}
