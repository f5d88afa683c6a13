// The level a change ends at ("shares slid 14% to 3.20 crowns", "fell $2, or 3 percent, to $61 a
// barrel", "closed down 1.8 percent at 2,311", "gained 4% to a level of $9.10", "dropped 12% last year
// to 8.1 million cars") is part of the change's claim: what happened to the thing and where it left it.
// The level had been a claim of its own, a second flag beside the change for one reported move.
// Pure: offsets only.
import type { Claim } from '../types';

/** Words that say a figure moved (a price, an index, sales): one of them must stand in or just before the change's claim. */
export const CHANGE_WORDS = new Set([
  'rose', 'rise', 'rises', 'risen', 'rising', 'fell', 'fall', 'falls', 'fallen', 'falling', 'gained', 'gain', 'gains', 'lost', 'lose', 'loses',
  'slid', 'slide', 'slides', 'slipped', 'slip', 'slips', 'dropped', 'drop', 'drops', 'climbed', 'climb', 'climbs', 'jumped', 'jump', 'jumps',
  'increased', 'increase', 'increases', 'decreased', 'decrease', 'decreases', 'declined', 'decline', 'declines', 'shed', 'sheds', 'sank', 'sink',
  'sinks', 'tumbled', 'tumble', 'plunged', 'plunge', 'plunges', 'soared', 'soar', 'soars', 'surged', 'surge', 'surges', 'eased', 'ease', 'eases',
  'edged', 'added', 'adds', 'advanced', 'advances', 'retreated', 'slumped', 'rallied', 'dipped', 'dip', 'down', 'up', 'lower', 'higher',
]);

/**
 * Between the change and its level: an optional time frame ("last year"), a direction ("down"), then
 * "to" or "at", and optionally "a level of" / "a record high of" / "a new low of".
 */
const LEVEL_BETWEEN = /^,?(?:\s(?:last|this|a|the previous) (?:year|month|week|quarter|day|session))?,?\s(?:(?:down|up|lower|higher)\s)?(?:to|at)\s(?:(?:a|an) (?:(?:new|record|\d\d-week|\d-year|\w{3,8}-year) )?(?:level|low|high|close|peak|value) of\s)?$/;

/** A short bracket right after the level: its conversion into another currency or unit. */
const BRACKET_AFTER = /^\s?\([^()]{1,24}\)/;

/** The lower-case words of `s`. */
function words(s: string): string[] {
  return s.toLowerCase().split(/[^\p{L}]+/u);
}

/**
 * Is `c` the level the last claim's change ended at, in the same sentence? Then the last claim runs on
 * over it (returns true) and `c` is not a claim of its own. The change must be a share or a sum (or
 * points of an index), and a word of moving must stand in the claim or just before its figure.
 */
export function joinsChangeLevel(text: string, last: Claim | undefined, c: Claim, si: number): boolean {
  if (last === undefined || last.sentence !== si || c.start !== c.quantity.start || c.start < last.end || c.start - last.end > 40) return false;
  const q = last.quantity;
  if (q.unit !== 'percent' && q.unit !== 'money' && last.counted !== 'point') return false;
  if (!LEVEL_BETWEEN.test(text.slice(last.end, c.start))) return false;
  if (!words(text.slice(Math.max(0, q.start - 24), last.end)).some((w) => CHANGE_WORDS.has(w))) return false;
  // "to €2.70 ($3.10)": the level's conversion in brackets goes with it (insideConversion then drops its claim).
  const bracket = BRACKET_AFTER.exec(text.slice(c.end, c.end + 28));
  last.end = bracket !== null && /\d/.test(bracket[0]) ? c.end + bracket[0].length : c.end;
  last.text = text.slice(last.start, last.end);
  return true;
}
