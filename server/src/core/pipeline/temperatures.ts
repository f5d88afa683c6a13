/**
 * Temperatures written with the scale's letter: "46C", "44.2C", "1.37C" (a warming in hundredths), "46°C",
 * "40 °C", "115F". The figure pattern of quantities.ts reads "46C" as no figure and "46°C" as a count of nothing; here each is a
 * count of degrees, as "43 degrees" is. A letter glued to digits is a temperature only where the
 * word before it is one that leads to a reading ("reached 46C", "highs of 44C", "to 115F", "warmed by 2.3C"), not a
 * label ("Room 46C", "seat 12F"); with the degree sign it always is. Pure.
 */
import type { Quantity } from '../types';

/**
 * Digits with "C" or "F", or a degree sign and "C" or "F", after them: "46C", "44.2C", "46°C", "40 °C";
 * with a first reading and a hyphen or "to" before them, a range with one scale ("10-15C", "30 to 34°C": group 1).
 */
const TEMPERATURE = /(?<![\p{L}\p{N}$€£¥.,-])(?:(\d{1,3}(?:\.\d{1,2})?)(?:[-–]| to ))?([-−]?\d{1,3}(?:\.\d{1,2})?)(\s?°\s?[CF]|[CF])(?![\p{L}\p{N}]|[.,]\d)/gu;
/** A second reading that closes a range after the first: "30C and 35C", "-2C to 4C", "30C-35C". */
const RANGE_END = /\s*(?:and|to|[-–])\s*([-−]?\d{1,3}(?:\.\d{1,2})?)(\s?°\s?[CF]|[CF])(?![\p{L}\p{N}]|[.,]\d)/uy;
/** A reading below zero in degrees, "-5 degrees", "−3 degrees" (the figure pattern takes no sign). */
const SIGNED_DEGREES = /(?<![\p{L}\p{N}.,-])[-−]\d{1,3}(?:\.\d)?(?=\s+degrees?\b)/gu;
/** A digit with "C", "F" or "°C", "°F" right after it: sentences without one are not searched. */
const SEEN = /\d\s?°|\d[CF](?![A-Za-z0-9])|[-−]\d+ degree/g; // (no Unicode flag: the quicker search; TEMPERATURE asks the rest)
/** Words before a reading ("reached 46C", "recorded 41C", "highs of 44C", "a sweltering 41C", "between 40C and 45C"). */
const READING_BEFORE = /(?:^|[\s(])(?:reached|reach|reaches|reaching|recorded|records|recording|registered|hit|hits|hitting|topped|tops|topping|exceeded|exceeds|exceeding|passed|touched|touching|peaked at|soared to|climbed to|rose to|fell to|dropped to|surpassed|above|below|beyond|over|under|to|of|at|around|about|nearly|almost|near|some|and|or|than|from|between|minus|by|sweltering|scorching|record|blistering|searing|was|were|is|be|been)\s+$/i;

const NONE: Quantity[] = [];

/**
 * Temperatures in the sentence [sStart, …) whose text is `sentence`, as counts (`isTemperature` tells them);
 * `firstDigit`, where its first digit stands, if known: SEEN finds nothing that starts before the sign before it.
 */
export function temperaturesIn(sStart: number, sentence: string, firstDigit = 0): Quantity[] {
  SEEN.lastIndex = firstDigit > 0 ? firstDigit - 1 : 0;
  if (!SEEN.test(sentence)) return NONE;
  let out: Quantity[] | null = null;
  TEMPERATURE.lastIndex = 0;
  for (let m = TEMPERATURE.exec(sentence); m; m = TEMPERATURE.exec(sentence)) {
    if (m[3].length === 1 && !READING_BEFORE.test(sentence.slice(Math.max(0, m.index - 16), m.index))) continue;
    const start = sStart + m.index;
    // "10-15C": one reading of a range, from the first figure to the second (not a score: the scale follows)
    if (m[1] !== undefined) {
      const low = Number(m[1]), high = signed(m[2]);
      if (high > low) (out ??= []).push({ start, end: start + m[0].length, text: m[0], low, high, lowOpen: false, highOpen: false, approx: false, unit: 'count' });
      continue;
    }
    const value = signed(m[2]);
    // "between 30C and 35C": one reading of a range, not two
    RANGE_END.lastIndex = m.index + m[0].length;
    const r = RANGE_END.exec(sentence);
    const high = r ? signed(r[1]) : value, len = m[0].length + (r ? r[0].length : 0);
    if (r && high > value) TEMPERATURE.lastIndex = RANGE_END.lastIndex;
    const ranged = r !== null && high > value;
    (out ??= []).push({ start, end: start + (ranged ? len : m[0].length), text: sentence.slice(m.index, m.index + (ranged ? len : m[0].length)), low: value, high: ranged ? high : value, lowOpen: false, highOpen: false, approx: false, unit: 'count' });
  }
  if (sentence.includes(' degree')) {
    SIGNED_DEGREES.lastIndex = 0;
    for (let m = SIGNED_DEGREES.exec(sentence); m; m = SIGNED_DEGREES.exec(sentence)) {
      const start = sStart + m.index, value = signed(m[0]);
      (out ??= []).push({ start, end: start + m[0].length, text: m[0], low: value, high: value, lowOpen: false, highOpen: false, approx: false, unit: 'count' });
    }
    if (out && out.length > 1) out.sort((a, b) => a.start - b.start);
  }
  return out ?? NONE;
}

/** The number of a reading, with a hyphen or a minus sign before it as below zero. */
function signed(s: string): number {
  return s.charCodeAt(0) === 0x2212 ? -Number(s.slice(1)) : Number(s);
}

/** Is this count a temperature of `temperaturesIn` ("46C", "46°C"): its text ends in the scale's letter? */
export function isTemperature(q: Quantity): boolean {
  const c = q.text.charCodeAt(q.text.length - 1);
  const c0 = q.text.charCodeAt(0);
  return q.unit === 'count' && (c === 67 || c === 70) && (c0 >= 48 && c0 <= 57 || c0 === 45 || c0 === 0x2212);
}

/** "minus 12 degrees", "minus 4C": the reading `q` with the word "minus" before it, below zero; else null. */
export function belowZero(text: string, q: Quantity, sentenceStart: number): Quantity | null {
  const at = q.start - 6;
  if (at < sentenceStart || !/^minus\s$/i.test(text.slice(at, q.start)) || at > sentenceStart && /[\p{L}\p{N}]/u.test(text[at - 1])) return null;
  return { ...q, start: at, text: text.slice(at, q.end), low: -q.high, high: -q.low };
}
