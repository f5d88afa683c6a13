/**
 * Temperatures written with the scale's letter: "46C", "44.2C", "46°C", "40 °C", "115F". The figure
 * pattern of quantities.ts reads "46C" as no figure and "46°C" as a count of nothing; here each is a
 * count of degrees, as "43 degrees" is. A letter glued to digits is a temperature only where the
 * word before it is one that leads to a reading ("reached 46C", "highs of 44C", "to 115F"), not a
 * label ("Room 46C", "seat 12F"); with the degree sign it always is. Pure.
 */
import type { Quantity } from '../types';

/** Digits with "C" or "F", or a degree sign and "C" or "F", after them: "46C", "44.2C", "46°C", "40 °C". */
const TEMPERATURE = /(?<![\p{L}\p{N}$€£¥.,-])(\d{1,3}(?:\.\d)?)(\s?°\s?[CF]|[CF])(?![\p{L}\p{N}]|[.,]\d)/gu;
/** A digit with "C", "F" or "°C", "°F" right after it: sentences without one are not searched. */
const SEEN = /\d\s?°|\d[CF](?![A-Za-z0-9])/; // (no Unicode flag: the quicker search; TEMPERATURE asks the rest)
/** Words before a reading ("reached 46C", "highs of 44C", "a sweltering 41C", "between 40C and 45C"). */
const READING_BEFORE = /(?:^|[\s(])(?:reached|reach|reaches|reaching|hit|hits|hitting|topped|tops|topping|exceeded|exceeds|exceeding|passed|touched|touching|peaked at|soared to|climbed to|rose to|fell to|dropped to|surpassed|above|below|beyond|over|under|to|of|at|around|about|nearly|almost|near|some|and|or|than|from|between|sweltering|scorching|record|blistering|searing|was|were|is|be|been)\s+$/i;

const NONE: Quantity[] = [];

/** Temperatures in the sentence [sStart, …) whose text is `sentence`, as counts (`isTemperature` tells them). */
export function temperaturesIn(sStart: number, sentence: string): Quantity[] {
  if (!SEEN.test(sentence)) return NONE;
  let out: Quantity[] | null = null;
  TEMPERATURE.lastIndex = 0;
  for (let m = TEMPERATURE.exec(sentence); m; m = TEMPERATURE.exec(sentence)) {
    if (m[2].length === 1 && !READING_BEFORE.test(sentence.slice(Math.max(0, m.index - 16), m.index))) continue;
    const start = sStart + m.index, value = Number(m[1]);
    (out ??= []).push({ start, end: start + m[0].length, text: m[0], low: value, high: value, lowOpen: false, highOpen: false, approx: false, unit: 'count' });
  }
  return out ?? NONE;
}

/** Is this count a temperature of `temperaturesIn` ("46C", "46°C"): its text ends in the scale's letter? */
export function isTemperature(q: Quantity): boolean {
  const c = q.text.charCodeAt(q.text.length - 1);
  return q.unit === 'count' && (c === 67 || c === 70) && q.text.charCodeAt(0) >= 48 && q.text.charCodeAt(0) <= 57;
}
