/**
 * "Players reported bugs in more than 12,000 reviews", "Residents complained about noise in 400 emails": a
 * figure after "in" that counts the writings an unnamed crowd reported through counts the crowd's own reports;
 * the crowd did not count them, so its verb vouches for nothing (the count is left unsourced, not vague).
 * A named speaker ("The regulator found errors in 400 complaints") and a crowd's figure of something else
 * ("Players reported more than 12,000 bugs") are left as they were. Pure.
 */
import type { Attribution, Claim } from '../types';

/** Writings a crowd reports through (lemmas, as `Claim.counted` holds them). */
const OWN_WRITINGS = new Set(['review', 'complaint', 'post', 'comment', 'message', 'tweet', 'email', 'e-mail', 'letter', 'submission']);
/** The preposition of the writings right before the figure ("in", "across", "through"). */
const IN_BEFORE = /\b(?:in|across|through|via)\s+$/i;

/** Does `c` count the writings the vague crowd of `a` reported through? */
export function countsOwnReports(text: string, c: Claim, a: Attribution): boolean {
  if (!a.vague || a.speaker === null || a.speaker.local !== null || a.speaker.end > c.start) return false;
  return OWN_WRITINGS.has(c.counted) && IN_BEFORE.test(text.slice(Math.max(0, c.quantity.start - 10), c.quantity.start));
}
