/**
 * The line an index's scale draws, told to read its figures: "A reading below 50 signals contraction", "a score
 * above 100 indicates optimism", "any reading under 40 means a slowdown". The level is how the scale is read,
 * not a measured figure a fact-checker would source (as a rule's threshold is not: see rule-levels.ts). Pure.
 */
import type { Claim } from '../types';

/** A reading's noun and a side of the line right before the figure: "a reading below", "scores above". */
const READING_BEFORE = /\b(?:readings?|scores?|figures?|values?|levels?|prints?)\s+(?:(?:of|at)\s+)?(?:below|above|under|over)\s+$/i;
/** A verb of meaning right after the figure: "signals", "indicates", "points to", "is seen as". */
const MEANING_AFTER = /^\s+(?:signals?|signif(?:y|ies)|indicates?|means?|denotes?|suggests?|shows?|reflects?|points?\s+to|(?:is|are)\s+(?:seen|read|taken)\s+as)\b/i;

/** A side of the line that opens the figure's own text ("under 40"). */
const SIDE_LEAD = /^(?:below|above|under|over)\s+/i;

/** Is the claim the line a scale's readings are read against ("a reading below 50 signals contraction")? */
export function readingThreshold(text: string, c: Claim): boolean {
  // (the side may open the figure's text: "under 40"; cheap gate: a space, then "w", "e" or "r" before the figure)
  const f = c.quantity.text.charCodeAt(0);
  const side = f > 57 && sideInitial(f | 0x20, c.quantity.text.charCodeAt(1) | 0x20) ? SIDE_LEAD.exec(c.quantity.text) : null;
  const q = c.quantity.start + (side ? side[0].length : 0);
  // `q < 2` first: charCodeAt before the text's start threw away this function's optimised code (out of bounds).
  if (q < 2 || text.charCodeAt(q - 1) !== 32) return false;
  const last = text.charCodeAt(q - 2) | 32;
  if (last !== 119 && last !== 101 && last !== 114) return false;
  // (and the letter before it: "below", "above", "under"/"over")
  const prev = q < 3 ? -1 : text.charCodeAt(q - 3) | 32;
  if (prev !== (last === 119 ? 111 : last === 101 ? 118 : 101)) return false;
  return READING_BEFORE.test(text.slice(Math.max(0, q - 40), q)) && MEANING_AFTER.test(text.slice(c.quantity.end, c.quantity.end + 30));
}

/** Are `c` and `d` (lower case) the first two letters of a side SIDE_LEAD reads: below, above, under, over? */
function sideInitial(c: number, d: number): boolean {
  return c === 98 ? d === 101 : c === 97 ? d === 98 : c === 117 ? d === 110 : c === 111 && d === 118;
}
