/**
 * Amounts with a unit glued to the digits: "120mm of rain", "winds of up to 90mph", "40cm of snow".
 * The figure pattern of quantities.ts reads a figure with a letter glued on as no figure; here the
 * figure is read up to its digits (with the approximation before it: "up to 90"), so the unit is the
 * word after it as it is in "120 mm". A length or mass only with "of" after its unit or before its figure ("58km north of"
 * is a distance, which the figure pattern's filters would read for "58 km"; "Rainfall of 120mm fell"), a speed anywhere; a size
 * before a noun ("a 5km race") is none, as with a space. "140km/h" is a speed (its "km" is read on to the
 * "/h", see perHourEnd), and so is a unit of power or energy ("48.3GW", "12TWh"); not "m" (a glued "m" is millions). Pure.
 */
import type { Quantity } from '../types';
import { quantityMatchesAt, toQuantity } from './quantities';

/** Digits with a unit glued on, no letter, digit or slash after it. */
const GLUED = /(?<![\p{L}\p{N}$€£¥.,-])(?:\d{1,3}(?:,\d{3})+|\d{1,6}(?:\.\d{1,2})?)(?=(?:mm|cm|km\/h|km|kg|mph|kph|[kMGT]Wh?)(?![\p{L}\p{N}/]))/gu;
/**
 * A range joined by a hyphen before one of the units, glued on or after a space: "20-25mph", "3–4 cm of
 * snow" (the figure pattern joins two figures by a hyphen only before a share, so that "2-1" stays a score).
 */
const GLUED_RANGE = /(?<![\p{L}\p{N}$€£¥.,-])(\d{1,4}(?:\.\d{1,2})?)[-–](\d{1,4}(?:\.\d{1,2})?)(?=\s?(?:mm|cm|km\/h|km|kg|mph|kph|[kMGT]Wh?)(?![\p{L}\p{N}/]))/gu;
/** A digit with one of the units glued on, or a range's hyphen: sentences without either are not searched. */
const GLUED_SEEN = /\d(?:mm|cm|km\/h|km|kg|mph|kph|[kMGT]Wh?)(?![\p{L}\p{N}/])|\d[-–]\d/u;
/** The unit, then a noun it sizes ("a 5km race", "a 12kg parcel"): not a word that goes on with the amount ("40cm of snow"). */
const NOUN_AFTER = /^\p{Ll}+\s(?!(?:of|from|to|in|into|on|at|by|and|or|per|away|long|wide|high|tall|deep|thick|an?|the)\b)\p{Ll}/u;
/** An article, and at most one adjective, right before the figure ("a 5km", "the new 12kg"). */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:a|an|the)\s+(?:\p{Ll}+\s+)?$/iu;
/**
 * A unit of speed ("winds of up to 90mph", "gusts reached 90mph"), or of power or energy ("demand peaked at
 * 48.3GW", "produced 9GWh"), a claim without "of" after it, as with a space ("48.3 GW").
 */
const SPEED = /^(?:mph|kph|km\/h|[kMGT]Wh?)/;
/** " of " after the unit: the amount of something ("120mm of rain", "12kg of resin"), not a distance or a size ("58km north of"). */
const OF_AFTER = /^\p{Ll}+\s+of\s/u;
/**
 * " of " before the figure (perhaps with an approximation): the amount of what the noun before it names
 * ("Rainfall of 120mm fell", "a total of about 40cm"), as "120 mm" is after a space.
 */
const OF_BEFORE = /\p{L}\s+of\s+(?:(?:up to|about|around|some|nearly|almost|more than|over|at least)\s+)?$/u;
/** How far back an approximation before the figure may start ("approximately ", "as many as "). */
const APPROX_REACH = 20;

const NONE: Quantity[] = [];

/** The glued amounts of the sentence [sStart, …) whose text is `sentence`, each as the figure before its unit. */
export function gluedMeasures(sStart: number, sentence: string): Quantity[] {
  if (!GLUED_SEEN.test(sentence)) return NONE;
  let out: Quantity[] | null = null;
  GLUED.lastIndex = 0;
  for (let m = GLUED.exec(sentence); m; m = GLUED.exec(sentence)) {
    const end = m.index + m[0].length;
    const after = sentence.slice(end, end + 24);
    if (!SPEED.test(after) && !OF_AFTER.test(after) && !OF_BEFORE.test(sentence.slice(Math.max(0, m.index - 30), m.index))) continue;
    // "a 5km race": a size that describes the thing, as "a 5 km race" is (extent.ts sizeModifier)
    if (NOUN_AFTER.test(after) && ARTICLE_BEFORE.test(sentence.slice(Math.max(0, m.index - 30), m.index))) continue;
    // The figure pattern on the sentence cut right after the digits, so the glued unit no longer stops it.
    const found = quantityMatchesAt(sentence.slice(0, end), Math.max(0, m.index - APPROX_REACH)).find((x) => x.index! + x[0].length === end);
    const q = found ? toQuantity(found, sStart) : null;
    if (q && q.unit === 'count') (out ??= []).push(q);
  }
  GLUED_RANGE.lastIndex = 0;
  for (let m = GLUED_RANGE.exec(sentence); m; m = GLUED_RANGE.exec(sentence)) {
    const low = Number(m[1]), high = Number(m[2]), end = m.index + m[0].length;
    const after = sentence.slice(end, end + 24).trimStart();
    if (!(high > low) || !SPEED.test(after) && !OF_AFTER.test(after)) continue;
    const start = sStart + m.index;
    (out ??= []).push({ start, end: start + m[0].length, text: m[0], low, high, lowOpen: false, highOpen: false, approx: false, unit: 'count' });
  }
  if (out && out.length > 1) out.sort((a, b) => a.start - b.start);
  return out ?? NONE;
}

/** "/h" right after a "km" ending at `unitEnd` ("120 km/h", "140km/h"): where the speed unit ends, or -1. */
export function perHourEnd(text: string, unitEnd: number): number {
  return perLetterEnd(text, unitEnd, 104);
}

/** "/t" right after a "g" ending at `unitEnd` ("3.1 g/t gold", an ore's grade in grams per tonne): where the grade's unit ends, or -1. */
export function perTonneEnd(text: string, unitEnd: number): number {
  return perLetterEnd(text, unitEnd, 116);
}

/** A slash and the one letter `letter` (a character code) right at `unitEnd`, no letter or digit after: where they end, or -1. */
function perLetterEnd(text: string, unitEnd: number, letter: number): number {
  return text.charCodeAt(unitEnd) === 47 && text.charCodeAt(unitEnd + 1) === letter && !/[\p{L}\p{N}]/u.test(text.charAt(unitEnd + 2)) ? unitEnd + 2 : -1;
}
