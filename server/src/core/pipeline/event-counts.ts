/**
 * How often something happened within a time frame ("shelled the port 14 times this week", "hit
 * 12 times on Tuesday", "struck twice in a week"): a count of events that a fact-checker can
 * check, where "three times" alone is only how often.
 */
import type { Quantity } from '../types';

/** A time frame right after "times"/"twice": "this week", "since March", "on Tuesday", "in a month", "in 24 hours", "overnight". */
const FRAME = String.raw`(?:this|last|since|during|overnight|yesterday|within|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+same\s+day)|in\s+(?:a|one|two|three|\d+|the\s+(?:past|last|same))|over\s+the\s+(?:past|last))\b`;

/** "times" then a time frame, after a figure: "14 times this week", "12 times on Tuesday". */
export const TIMES_IN_FRAME = new RegExp(String.raw`^\s+times\s+${FRAME}`, 'i');

/** "twice" then a time frame. */
const TWICE_IN_FRAME = new RegExp(String.raw`(?<![\p{L}\p{N}-])twice(?=\s+${FRAME})`, 'giu');

const NONE: Quantity[] = [];

/** Is a quantity the "twice" of an event count (`twiceInFrame`)? Its tokens after it count nothing, so what it counts is times. */
export const isTwice = (q: Quantity) => q.text.length === 5 && q.text.toLowerCase() === 'twice';

/**
 * Where "wice" next stands in `text` at or after `from` (`text.length` for nowhere), given `known`, the
 * answer for an earlier `from` (-1 at first): one search of the document serves its sentences in turn,
 * in place of one per sentence (per 1,000 cold docs 35,656 sentences searched, 43 holding it).
 */
export function nextWice(text: string, from: number, known: number): number {
  if (known >= from) return known;
  const i = text.indexOf('wice', from);
  return i < 0 ? text.length : i;
}

/**
 * "twice" followed by a time frame in the sentence [sStart, …) of `text` whose text is `sentence`,
 * as count quantities of 2. Sentences without "wice" are not searched.
 */
export function twiceInFrame(sStart: number, sentence: string): Quantity[] {
  if (!sentence.includes('wice')) return NONE;
  let out: Quantity[] | null = null;
  TWICE_IN_FRAME.lastIndex = 0;
  for (let m = TWICE_IN_FRAME.exec(sentence); m; m = TWICE_IN_FRAME.exec(sentence)) {
    const start = sStart + m.index;
    (out ??= []).push({ start, end: start + 5, text: m[0], low: 2, high: 2, lowOpen: false, highOpen: false, approx: false, unit: 'count' });
  }
  return out ?? NONE;
}
