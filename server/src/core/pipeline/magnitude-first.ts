// A quake's magnitude written with the scale's word first: "a magnitude-6.1 tremor", "a magnitude 5.8
// quake". The figure pattern of quantities.ts takes no figure after a hyphen, so the hyphened reading is
// found here; either way the scale's word before the figure belongs to the claim, as in "a 6.1-magnitude
// tremor". Pure.
import type { Quantity } from '../types';

/**
 * "magnitude-6.1 tremor": the scale's word, a hyphen, a reading of one or two digits and a decimal part,
 * and the shock it measures (without the shock, "measuring magnitude-5.9 shook …" counts no noun after it).
 */
const HYPHENED = /\b[Mm]agnitude[-‐](\d{1,2}(?:\.\d{1,2})?)(?=\s+(?:(?:earth)?quakes?|tremors?|aftershocks?|shocks?|temblors?)\b)/giu;
/** The scale's word and a space or hyphen, right before a figure. */
const SCALE_BEFORE = /^[Mm]agnitude[-‐ ]$/;

const NONE: Quantity[] = [];

/**
 * Readings after "magnitude-" in the sentence [sStart, …) whose text is `sentence`, as counts; `firstDigit`,
 * where its first digit stands, if known: a reading's "agnitude-" ends no earlier than right before it.
 */
export function hyphenedMagnitudes(sStart: number, sentence: string, firstDigit = 0): Quantity[] {
  if (!sentence.includes('agnitude', firstDigit > 9 ? firstDigit - 9 : 0)) return NONE;
  let out: Quantity[] | null = null;
  HYPHENED.lastIndex = 0;
  for (let m = HYPHENED.exec(sentence); m; m = HYPHENED.exec(sentence)) {
    const at = m.index + m[0].length - m[1].length, start = sStart + at, value = Number(m[1]);
    (out ??= []).push({ start, end: start + m[1].length, text: m[1], low: value, high: value, lowOpen: false, highOpen: false, approx: false, unit: 'count' });
  }
  return out ?? NONE;
}

/** Where "magnitude" starts when it stands right before the figure at `start` ("magnitude 6.1", "magnitude-6.1"), else -1. */
export function scaleWordBefore(text: string, start: number): number {
  if (start === 0) return -1; // (a read before the text deoptimised this function at its first figure opening a text, s28)
  const c = text.charCodeAt(start - 1);
  if (c !== 32 && c !== 45 && c !== 0x2010) return -1;
  // (the scale word's last letter and first, M or m, before the slice: most figures follow a space but no "magnitude")
  if (start < 10 || text.charCodeAt(start - 2) !== 101 || (text.charCodeAt(start - 10) | 0x20) !== 109) return -1;
  return SCALE_BEFORE.test(text.slice(start - 10, start)) ? start - 10 : -1;
}
