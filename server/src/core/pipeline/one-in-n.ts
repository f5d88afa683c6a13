/**
 * A rate written as "one in five" ("One in five voters backed the plan", "nearly one in four homes",
 * "fewer than six in ten pupils"): the figure after "in" is no count of voters or homes, the pair is a
 * share (20%, about 25%, under 60%).
 */
import type { Quantity } from '../types';
import { approximated } from './quantities';

/** "[approximation] one in " (or "1 in ", "six in ") right before the figure, at the end of the text before it. */
const ONE_IN_BEFORE = /(?:^|[^\p{L}\p{N}-])(?:(nearly|almost|about|around|roughly|approximately|some|at least|more than|over|less than|under|fewer than|close to|just under|just over)\s+)?(one|two|three|four|five|six|seven|eight|nine|\d{1,2})\s+in\s+$/iu;
const PART_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/**
 * The share that "one in <q>" gives, as a percent quantity spanning from "one" (or its approximation)
 * to the figure, or null when no "one in" stands right before `q` or `q` is no plain count of two or more.
 */
export function oneInN(text: string, q: Quantity, sentenceStart: number): Quantity | null {
  if (q.unit !== 'count' || q.approx || q.low !== q.high || q.high < 2 || q.high > 1_000_000) return null;
  // the cheap test first: most figures do not follow "in "
  if (q.start - 3 < sentenceStart || text.charCodeAt(q.start - 1) !== 32 || text.charCodeAt(q.start - 2) !== 110 || text.charCodeAt(q.start - 3) !== 105) return null;
  const before = text.slice(Math.max(sentenceStart, q.start - 40), q.start);
  const m = ONE_IN_BEFORE.exec(before);
  if (!m) return null;
  const start = q.start - before.length + m.index + (m[0].length - m[0].trimStart().length) + (/^[^\p{L}\p{N}]/u.test(m[0].trimStart()) ? 1 : 0);
  const w = m[2].toLowerCase();
  const part = /^\d/.test(w) ? Number(w) : PART_WORDS.indexOf(w) + 1;
  if (part < 1 || part >= q.high) return null;
  const v = Math.round(1000 * part / q.high) / 10;
  const approx = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
  const { low, high, lowOpen, highOpen } = approximated(approx, v, v, 100);
  return { start, end: q.end, text: text.slice(start, q.end), low: Math.round(low * 10) / 10, high: Math.round(high * 10) / 10, lowOpen, highOpen, approx: approx !== '', unit: 'percent' };
}
