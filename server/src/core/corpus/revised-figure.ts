/**
 * A figure its sentence says was revised away ("the share was revised to 52.9%, down from 54.2%": 54.2%;
 * "corrected the toll from 41"): a claim that states that figure is what the passage revises, so
 * corroborate.ts shows the passage as conflicting with it (the contract has no relation "revises", and a
 * reader of the hover sees the revising sentence). A change over time with no word of revising ("fell to
 * 5.2%, down from 5.6% a year earlier") states two true levels and is none. Pure, general English.
 */

/** Words of a sentence that say a figure was revised (its lower-case content words). */
const REVISING = new Set(['revised', 'revise', 'revises', 'revising', 'revision', 'revisions', 'corrected', 'restated', 'amended']);

/** "from" (after "down", "up", a verb or nothing) right before a figure: the level it left. */
const FROM_BEFORE = /\bfrom\s+(?:an?\s+|the\s+)?(?:initial\s+|earlier\s+|original\s+|previous\s+)?(?:estimate\s+of\s+|figure\s+of\s+)?$/i;

/**
 * Is the figure at `start` of `text` the old one of a revision its sentence (words `terms`) states?
 * Gated on a revising word of the sentence, so most claims never look at their text.
 */
export function isRevisedFigure(terms: readonly string[], text: string, start: number): boolean {
  if (!terms.some((w) => REVISING.has(w))) return false;
  return FROM_BEFORE.test(text.slice(Math.max(0, start - 48), start));
}
