/**
 * Sums in pence or cents: "shares fell 12p to 412p", "diesel rose 9c a litre", "26 cents per share",
 * "a stamp costs 85 pence". The figure pattern of quantities.ts reads "12p" as no figure and "26
 * cents" as a count of cents; here both become money. A letter glued to digits is a sum only where
 * the words around it are those of a price ("rose 9c", "99c a litre", "from 40p"), not a label
 * ("Figure 3c", "Route 5p"). Pure.
 */
import type { Quantity } from '../types';

/** Digits with "p" or "c" glued on, no letter or digit after it: "12p", "412.5p", "1,245p", "99c". */
const GLUED = /(?<![\p{L}\p{N}$€£¥.,-])(\d{1,3}(?:,\d{3})+|\d{1,5}(?:\.\d{1,2})?)([pc])(?![\p{L}\p{N}]|[.,]\d)/gu;
/** A lower-case word after it that is no price's ("1080p video", "720p screens"): a word other than these. */
const NOUN_AFTER = /^\s+(?!(?:a|an|per|each|apiece|to|from|on|in|at|for|and|or|but|after|before|last|this|yesterday|today|with|while|as|when|since|compared|against|versus|than|higher|lower|up|down|earlier|later)\b)\p{Ll}/u;
/** A digit with "p" or "c" glued on: sentences without one are not searched. */
const GLUED_SEEN = /\d[pc](?![\p{L}\p{N}])/gu;
/** Words before a price in pence or cents ("fell 12p", "to 412p", "costs 85p", "only 99c"). */
const PRICE_BEFORE = /(?:^|[\s(])(?:rose|rise|rising|risen|fell|fall|falling|fallen|jumped|dropped|climbed|slipped|gained|lost|added|shed|slid|eased|up|down|by|to|from|at|cost|costs|costing|charge|charged|charges|pay|paid|pays|priced|only|just|extra|another|further|of|about|around|nearly|almost|some|over|under)\s+$/i;
/** What follows a price ("99c a litre", "40p per loaf", "12p each", "12p, or 3%"). */
const PRICE_AFTER = /^(?:\s+(?:a|an|per|each|apiece)\b|,\s+or\s)/i;
/** A currency subunit named after a counted figure: " cents", " pence". */
const NAMED_AFTER = /^\s(?:cents?|pence)\b/i;

const NONE: Quantity[] = [];

/**
 * Sums in the sentence [sStart, …) whose text is `sentence` written as digits glued to "p" or "c", as money
 * quantities; `firstDigit`, where its first digit stands, if known: no sum starts before it.
 */
export function gluedSubunits(sStart: number, sentence: string, firstDigit = 0): Quantity[] {
  GLUED_SEEN.lastIndex = firstDigit;
  if (!GLUED_SEEN.test(sentence)) return NONE;
  let out: Quantity[] | null = null;
  GLUED.lastIndex = 0;
  for (let m = GLUED.exec(sentence); m; m = GLUED.exec(sentence)) {
    const before = sentence.slice(Math.max(0, m.index - 16), m.index);
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (NOUN_AFTER.test(after) || !PRICE_BEFORE.test(before) && !PRICE_AFTER.test(after)) continue;
    const start = sStart + m.index, value = Number(m[1].replace(/,/g, ''));
    (out ??= []).push({ start, end: start + m[0].length, text: m[0], low: value, high: value, lowOpen: false, highOpen: false, approx: false, unit: 'money' });
  }
  return out ?? NONE;
}

/** A count followed by " cents" or " pence" ("26 cents per share") as the sum it is, the subunit's name included; null otherwise. */
export function namedSubunit(text: string, q: Quantity): Quantity | null {
  if (q.unit !== 'count') return null;
  const after = NAMED_AFTER.exec(text.slice(q.end, q.end + 7));
  if (!after) return null;
  return asMoney(q, text, q.end + after[0].length);
}

/** The figure `q` as a sum, its text read on to `end` ("26 cents"; "3 lakh" before "rupees" stays as it is). */
export function asMoney(q: Quantity, text: string, end = q.end): Quantity {
  return { start: q.start, end, text: text.slice(q.start, end), low: q.low, high: q.high, lowOpen: q.lowOpen, highOpen: q.highOpen, approx: q.approx, unit: 'money' };
}
