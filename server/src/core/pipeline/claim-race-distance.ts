/**
 * "broke the 5,000m world record", "won the women's 10,000 metres", "the 400m hurdles title": a distance
 * that names a race is the race's name, as an id is; it is no statistic (pure). Only a length (a figure
 * ending in "m"/"km" or followed by a length's word) after "men's"/"women's" or before a race's word. A
 * sum ("£5,000m") and a length measured ("the track is 450 metres long") stay claims.
 */
import type { Claim } from '../types';
import { letterAfterSpaces } from './spaces-around';

/** A length's word right after the figure, when the figure's text does not hold it. */
const UNIT_AFTER = /^\s*(?:m|km|metres?|meters?|kilometres?|kilometers?|miles?|yards?)\b/i;
/** The figure's text ends in a glued length: "5,000m", "10km" (read as millions by the scale "m"). */
const GLUED_LENGTH = /\d\s?k?m$/i;
/** Right before: whose race it is. */
const RACE_BEFORE = /\b(?:men|women|boys|girls)['’]s?\s+$/i;
/** Right after the length: a race's word. */
const RACE_AFTER = /^\s*(?:(?:world|national|championship|european|area|meeting|course|olympic|games)\s+)?(?:record|final|finals|race|heats?|hurdles|freestyle|backstroke|breaststroke|butterfly|medley|relay|steeplechase|title|sprint|walk)\b/i;

/** Does claim `c` name a race by its distance? */
export function raceDistance(text: string, c: Claim): boolean {
  const q = c.quantity;
  const c0 = q.text.charCodeAt(0);
  if (q.unit === 'money' || c0 < 48 || c0 > 57) return false;
  // (cheap gates: a glued length ends in "m"; a length's word after the figure opens with "m", "k" or "y")
  const glued = (q.text.charCodeAt(q.text.length - 1) | 0x20) === 109 && GLUED_LENGTH.test(q.text);
  if (!glued) {
    const u = letterAfterSpaces(text, q.end, q.end + 48);
    if (u !== 109 && u !== 107 && u !== 121) return false;
  }
  let after = text.slice(q.end, q.end + 48);
  if (!glued) {
    const unit = UNIT_AFTER.exec(after);
    if (unit === null) return false;
    after = after.slice(unit[0].length);
  }
  return RACE_AFTER.test(after) || RACE_BEFORE.test(text.slice(Math.max(0, q.start - 10), q.start));
}
