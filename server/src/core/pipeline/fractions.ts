/**
 * Shares given as a fraction in words ("about a third of the fleet", "prices fell by half",
 * "two-thirds of the staff"), as a percent quantity, so they become claims like "33%" would.
 * A fraction counts only as a share of something ("… of the …") or as the size of a change
 * ("by a quarter", "in half"); "a quarter of an hour" and "a third time" are not shares.
 */
import type { Quantity } from '../types';
import { approximated } from './quantities';

const PARTS: Record<string, number> = { half: 50, halves: 50, third: 100 / 3, thirds: 100 / 3, quarter: 25, quarters: 25, fifth: 20, fifths: 20, tenth: 10, tenths: 10 };
const COUNTS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, nine: 9 };
const APPROX = String.raw`nearly|almost|about|around|roughly|approximately|some|at least|more than|over|less than|under|fewer than|close to|just under|just over`;
/** [approximation] (a|one|two…)[ -](part) | half, then the context that makes it a share. */
const FRACTION = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])(?:(${APPROX})\s+)?(?:(a|one|two|three|four|nine)[\s-]+(halves|half|thirds|third|quarters|quarter|fifths|fifth|tenths|tenth)|(half))(?=\s+of\s+(?!an?\s+(?:hour|minute|second|day|week|month|year|decade|century|mile|kilometre|kilometer|inch|cup|point)s?\b)\S|[\s,.;:]*(?:$|[,.;:]|\s+(?:since|from|in|on|last|this|over|after|compared|as|and|but)\b)|\s+(?:are|were)\s)`,
  'giu',
);
const NONE: Quantity[] = [];
/** Before a "half" that is a period of time: "the second half of the year". */
const PERIOD_HALF_BEFORE = /\b(?:first|second|latter|last|final|opening|closing|early|later)\s+$/i;

/** "are"/"were" after a share that is the subject of its sentence ("Half are children"). */
const AUX_AFTER = /^\s+(?:are|were)\s/i;

/** Before a change's size: "fell by a third", "cut in half", "grew by nearly half". */
const CHANGE_BEFORE = /\b(?:by|in)\s+$/i;

/**
 * Fractions that are shares or changes in the sentence [sStart, sEnd) of `text`, as percent
 * quantities. `wordSeen`: whether the figure scan of the sentence met a fraction word
 * (quantities.ts `fractionWordSeen`); without one the sentence is not searched.
 */
export function fractionsIn(text: string, sStart: number, sEnd: number, sentence: string, wordSeen: boolean): Quantity[] {
  if (!wordSeen) return NONE;
  const out: Quantity[] = [];
  FRACTION.lastIndex = 0;
  for (let m = FRACTION.exec(sentence); m; m = FRACTION.exec(sentence)) {
    const rest = sentence.slice(m.index + m[0].length);
    const share = /^\s+of\s/i.test(rest);
    // ("Nearly half are children": a share opening its sentence, of the people the sentence before counted)
    const subject = !share && m.index === 0 && AUX_AFTER.test(rest);
    if (!share && !subject && !CHANGE_BEFORE.test(sentence.slice(Math.max(0, m.index - 4), m.index))) continue;
    if (!share && !subject && AUX_AFTER.test(rest)) continue;
    // "half" alone as a change needs "by"/"in" before it; as a share, "of" after it ("half of the villages").
    const part = (m[3] ?? m[4]).toLowerCase();
    const count = m[2] ? COUNTS[m[2].toLowerCase()] : 1;
    // "a halves", "three half": a count that does not fit its part is no fraction.
    if (m[2] && (count > 1) !== /s$/.test(part) && part !== 'half') continue;
    if (part === 'half' && count > 1) continue;
    // "the second half of the year", "the first half of the match": a period, not a share.
    if (part === 'half' && !m[2] && PERIOD_HALF_BEFORE.test(sentence.slice(Math.max(0, m.index - 12), m.index))) continue;
    const v = Math.round(count * PARTS[part] * 10) / 10;
    if (v > 100) continue;
    const approx = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const { low, high, lowOpen, highOpen } = approximated(approx, v, v, 100);
    const start = sStart + m.index;
    out.push({ start, end: start + m[0].length, text: m[0], low: tenth(low), high: tenth(high), lowOpen, highOpen, approx: approx !== '', unit: 'percent' });
  }
  return out;
}

/** Rounded to a tenth of a percent: "about a third" is 30–36.6%, not 29.97–36.63. */
function tenth(x: number): number {
  return Math.round(x * 10) / 10;
}
