// "The Kestrels came back from 19 points down", "rallied from 12 behind": a deficit a side overcame is a margin in
// play, told like a score, and no claim (docs/rules.md: a record of play). Only after "from", with "down" or
// "behind" after the figure or its unit of play.
import type { Claim } from '../types';
import { letterBeforeSpaces } from './spaces-around';

/** "from " right before the figure. */
const FROM_BEFORE = /(?:^|\s)from\s+$/i;
/** The figure's unit of play (perhaps) and "down"/"behind" after it. */
const DOWN_AFTER = /^\s+(?:(?:points?|goals?|runs?|strokes?|shots?|games?|sets?|lengths?)\s+)?(?:down|behind)\b/i;

/** Is claim `c` a deficit a side came back from ("came back from 19 points down")? */
export function marginDown(text: string, c: Claim): boolean {
  const q = c.quantity;
  // `q.start < 1` first: charCodeAt(-1) threw away this function's optimised code (out of bounds).
  if (q.unit !== 'count' || q.start < 1 || text.charCodeAt(q.start - 1) !== 32) return false;
  // (cheap gate: the "m" of "from" before the spaces)
  if (letterBeforeSpaces(text, q.start, Math.max(0, q.start - 6)) !== 109) return false;
  return FROM_BEFORE.test(text.slice(Math.max(0, q.start - 6), q.start)) && DOWN_AFTER.test(text.slice(q.end, q.end + 24));
}
