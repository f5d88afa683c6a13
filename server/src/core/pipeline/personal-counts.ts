// Small counts that describe rather than report: what a speaker tells of their own life or work
// in the first or second person outside quotation marks ("she sold me two books", "I wrote four
// stories", "you face one of two choices"), and a thing picked out as one of a few ("the plant is
// one of two that make the van", "any two cities"). Pure: text and claims in, a yes/no out.
import type { Claim } from '../types';

/**
 * First- and second-person words ("I", "me", "my", "we", "us", "our", "you", "your"). Lower-case
 * "us" only: "US" is a country. "I" only as a capital letter standing alone or before an
 * apostrophe ("I've"); a letter or digit on either side makes it part of a name or number.
 */
const PERSONAL = /(?<![\p{L}\p{N}.-])(?:I|[Mm]e|[Mm]y|[Ww]e|us|[Oo]urs?|[Yy]ou|[Yy]ours?)(?![\p{L}\p{N}-])/u;

/**
 * "one of two plants", "one of three choices", "any two cities": the figure says which set a thing
 * belongs to, it counts nothing that happened.
 */
const PICKED_OUT_BEFORE = /(?:\bone of|\bany)\s+$/i;

/** "3 times larger than us": a multiplier compares, it is a figure whoever speaks. */
const TIMES_AFTER = /^\s*times\b/i;

/** A small exact count with no measure (nothing happened to what it counts: no deaths, arrests, sales). */
function smallPlainCount(c: Claim, measureNames: ReadonlySet<string>): boolean {
  const q = c.quantity;
  return q.unit === 'count' && !q.approx && q.high <= 10 && !measureNames.has(c.measure);
}

/**
 * Is the claim a small count in a sentence told in the first or second person (an interview, a
 * memoir) or one that picks a thing out of a few? `sentence` is the claim's sentence text.
 * Real figures keep their claim: a measure ("two of our reporters were arrested"), a larger or
 * approximate number ("we have over 50 staff", "about six of us").
 */
export function describingSmallCount(text: string, sentence: string, c: Claim, measureNames: ReadonlySet<string>): boolean {
  if (!smallPlainCount(c, measureNames) || TIMES_AFTER.test(text.slice(c.quantity.end, c.quantity.end + 8))) return false;
  if (PICKED_OUT_BEFORE.test(text.slice(Math.max(0, c.quantity.start - 12), c.quantity.start))) return true;
  return PERSONAL.test(sentence);
}
