/**
 * "rose by 48,000 to 1.32 million", "fell by 0.3 to 4.1%": after a verb of change and "by", the
 * figure pattern reads "48,000 to 1.32 million" as a range, but the first figure is the change and
 * the second the new level. Split when the level is far beyond the change (over three times):
 * "rose by 2 to 3 percent" stays a range (how much it rose, not yet known exactly).
 */
import type { Quantity } from '../types';
import { parseNumber } from './quantities';

/** A range written "X to Y" (no "from", no "between"). */
const TO_RANGE = /^([^\s].*?)\s+to\s+(\S.*)$/;
/** The verb before "by" (lower-case past form or a change verb): "rose by", "widened by", "grew by". */
const VERB_BY = /\b(\p{Ll}+)\s+by\s+$/u;
export const CHANGE_VERBS = new Set(['rose', 'fell', 'grew', 'rise', 'rises', 'falls', 'grows', 'climbed', 'jumped', 'dropped', 'declined', 'increased', 'decreased', 'widened', 'narrowed', 'shrank', 'slid', 'gained', 'eased', 'slowed', 'surged', 'soared', 'slumped', 'plunged', 'edged', 'risen', 'fallen', 'grown']);

/** The change and the level of a "by X to Y" range, or null when `q` is no such range. */
export function splitChangeRange(text: string, q: Quantity, sentenceStart: number): [Quantity, Quantity] | null {
  // (cheap facts first: a range with a high end over three times its low, not approximated)
  if (q.approx || !(q.high > 3 * q.low) || q.low <= 0) return null;
  const m = TO_RANGE.exec(q.text);
  if (m === null) return null;
  const v = VERB_BY.exec(text.slice(Math.max(sentenceStart, q.start - 24), q.start));
  if (v === null || !CHANGE_VERBS.has(v[1])) return null;
  const a = parseNumber(m[1]), b = parseNumber(m[2].replace(/\s?(?:%|percent|per cent)$/i, ''));
  if (!Number.isFinite(a) || !Number.isFinite(b)) return null;
  const secondStart = q.start + q.text.length - m[2].length;
  return [
    { start: q.start, end: q.start + m[1].length, text: m[1], low: a, high: a, lowOpen: false, highOpen: false, approx: false, unit: q.unit },
    { start: secondStart, end: q.end, text: m[2], low: b, high: b, lowOpen: false, highOpen: false, approx: false, unit: q.unit },
  ];
}
