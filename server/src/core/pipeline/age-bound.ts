/**
 * "Some 70% of members are under 40", "a third of drivers were aged over 65": an age bound after the
 * group a share counts says which of them; it belongs to the claim. The claim had stopped at the
 * comparison word ("… are under"), or before the verb when that word was read as no predicate. Pure.
 */

/** The bound right after the claim's end, when the claim stops at "under"/"over"/"aged" (the words read as its predicate). */
const AFTER_WORD = /^\s+(?:(?:under|over|below|above)\s+)?\d{1,3}(?:\s+years(?:\s+old|\s+of\s+age)?)?(?:\s+or\s+(?:over|under|older|younger|above|below))?/;
/** A comparison word or "aged" ending the claim. */
const WORD_END = /\b(?:under|over|below|above|aged)$/;
/** The bound after the claim's group, a form of "be" first: "are over 60", "were aged under 25". */
const AFTER_GROUP = /^\s+(?:are|were|is|was)(?:\s+aged)?\s+(?:under|over|below|above|aged)\s+\d{1,3}(?:\s+years(?:\s+old|\s+of\s+age)?)?(?:\s+or\s+(?:over|under|older|younger|above|below))?/;
/** What may follow the bound: the clause ends, no unit, share or further figure. */
const BOUND_ENDS = /^(?:\s*(?:[.,;:!?)]|$)|\s+(?:and|or|but|in|at|on|while|who|which|compared|across|nationally)\b)/;

/** The end of an age bound that follows the claim ending at `end`, or -1. */
export function ageBoundEnd(text: string, claimStart: number, end: number): number {
  const tail = text.slice(end, end + 56);
  const m = WORD_END.test(text.slice(Math.max(claimStart, end - 6), end)) ? AFTER_WORD.exec(tail) : AFTER_GROUP.exec(tail);
  if (m === null || !BOUND_ENDS.test(tail.slice(m[0].length))) return -1;
  return end + m[0].length;
}
