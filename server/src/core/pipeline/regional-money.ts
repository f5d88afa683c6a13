/**
 * Sums in the currencies of South Asian, African, Gulf and Levantine news, which the figure pattern of quantities.ts
 * reads as bare counts or not at all: a sign before the figure ("Rs 4,500 crore", "Rs. 1,20,000",
 * "₹900", "KSh 300 million", "Shs 2bn", "₦40 billion", "Dh 350", "SR 2 million", "₪85 million", "₺1,200") and letters
 * glued to a figure ("Dh4 billion", "Dhs350" in dirhams) or to a scaled one ("R1.2bn" in rand, "N2.5 billion" in
 * naira, "SR1.2 billion" and "QR5bn" in riyals). The Indian scales after a figure ("12 lakh farmers", "Rs 4.5
 * crore") multiply it. The signs of East and Southeast Asian news are read the same way: "Rp 12 trillion"
 * and "Rp4.5 trillion" (rupiah), "RM1.2 billion" and "RM 500" (ringgit), "₱2.5 billion" and
 * "₩3 trillion", and the peso's glued "P" with a scale, hyphened or not ("P340-million", "P1.8 billion"). Pure.
 */
import type { Quantity } from '../types';

/** A currency's letters or sign right before a figure (what is before the figure, up to it). */
const SIGN_BEFORE = /(?:^|[^\p{L}\p{N}])(?:Rs\.?|INR|KShs?|Kshs?|Shs?|TSh|USh|GH₵|Rp\.?|RM|Dhs?|SR|QR|[₹₦₵₱₩₪₺]|S\/\.?|Ps\.?|(COP|PEN))\s?$/u;
/** A scale in a figure's text ("2 trillion", "4.5m"): what makes "COP" or "PEN" before it a currency's code. */
const SCALED = /\d\s?(?:m|bn|million|billion|trillion)$/i;
/**
 * Letters glued to a figure with a scale after it ("R1.2bn", "N2.5 billion", "P340-million", "SR1.2 billion"), or a sign
 * with none ("Rs4,500", "KSh300", "Dh4", "$A2.3 billion", "RM1.52", "Rp4.5 trillion"); "b" is a billion there ("RM1.2b").
 */
const GLUED = /(?<![\p{L}\p{N}$€£¥.,-])(?:(Rs\.?|KShs?|Kshs?|Shs?|TSh|USh|Dhs?|\$(?:A|NZ)|Rp|RM)|(SR|QR|[RNP]))(\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d\d)+,\d{3}|\d+(?:\.\d+)?)(\s?(?:m|bn|b)|[\s-](?:million|billion|trillion|crore|lakh))?(?![\p{L}\p{N}]|[.,]\d)/gu;
/** A sentence that may hold such a glued sum: one native search rules out the others. */
const GLUED_SEEN = /(?:Rs|Sh|Rp|RM|Dhs?|[RNAP])\.?\d/;
/** An Indian scale after a figure: " lakh", " crore", " lakh crore" (a hundred thousand, ten million, a trillion). */
const INDIAN_SCALE = /^ (?:(lakh) (crore)|(lakhs?|crores?))\b/i;
const INDIAN_VALUES: Record<string, number> = { lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7 };
const SCALE_VALUES: Record<string, number> = { m: 1e6, bn: 1e9, b: 1e9, million: 1e6, billion: 1e9, trillion: 1e12, crore: 1e7, lakh: 1e5 };

const NONE: Quantity[] = [];

/** Sums in the sentence [sStart, …) whose text is `sentence` written with a currency's letters glued on ("R1.2bn", "Rs4,500"), as money. */
export function gluedRegionalSums(sStart: number, sentence: string): Quantity[] {
  if (!GLUED_SEEN.test(sentence)) return NONE;
  let out: Quantity[] | null = null;
  GLUED.lastIndex = 0;
  for (let m = GLUED.exec(sentence); m; m = GLUED.exec(sentence)) {
    // a lone letter ("R", "N") or "SR", "QR" is a sum's only with a scale: "R2", "N1" or "SR1" alone names a road, a grade or a model
    if (m[2] !== undefined && m[4] === undefined) continue;
    const scale = m[4] === undefined ? 1 : SCALE_VALUES[m[4].replace(/^[\s-]/, '').toLowerCase()];
    const value = Number(m[3].replace(/,/g, '')) * scale;
    const start = sStart + m.index;
    (out ??= []).push({ start, end: start + m[0].length, text: m[0], low: value, high: value, lowOpen: false, highOpen: false, approx: false, unit: 'money' });
  }
  return out ?? NONE;
}

/**
 * A figure with a currency's sign before it ("Rs 4,500", "KSh 300 million", "₹900") as the sum it is,
 * and a figure with an Indian scale after it ("4,500 crore", "12 lakh") at its value, the scale
 * included; null when neither is there (most figures: two character tests).
 */
export function regionalFigure(text: string, q: Quantity): Quantity | null {
  if (q.unit === 'percent') return null;
  const signed = q.unit === 'count' && signedBefore(text, q.start) && (!wordCodeBefore(text, q.start) || SCALED.test(q.text));
  const a = text.charCodeAt(q.end);
  const scale = a === 32 && ((text.charCodeAt(q.end + 1) | 0x20) === 108 || (text.charCodeAt(q.end + 1) | 0x20) === 99) ? INDIAN_SCALE.exec(text.slice(q.end, q.end + 12)) : null;
  if (!signed && scale === null) return null;
  const factor = scale === null ? 1 : scale[3] !== undefined ? INDIAN_VALUES[scale[3].toLowerCase()] : 1e12;
  const start = signed ? signStart(text, q.start) : q.start;
  const end = scale === null ? q.end : q.end + scale[0].length;
  return {
    start, end, text: text.slice(start, end), low: q.low * factor, high: q.high * factor,
    lowOpen: q.lowOpen, highOpen: q.highOpen, approx: q.approx, unit: signed || q.unit === 'money' ? 'money' : q.unit,
  };
}

/** Is there a currency's sign right before a figure at `at` ("Rs 600", "KSh 300", "Rs. 12", "₹900", "S/2.5")? Two character tests for most figures. */
export function signedBefore(text: string, at: number): boolean {
  const b = at > 0 ? text.charCodeAt(at - 1) : 0;
  // (a sign glued on, "S/" among them, or a space after "Rs", "KSh", "Shs", "Rs.", "INR", "Rp", "RM", "Dh", "SR", "S/", "COP", "PEN")
  return (b === 0x20b9 || b === 0x20a6 || b === 0x20b5 || b === 0x20b1 || b === 0x20a9 || b === 0x20aa || b === 0x20ba || b === 47
    || b === 32 && at > 1 && isSignEnd(text.charCodeAt(at - 2)))
    && SIGN_BEFORE.test(text.slice(Math.max(0, at - 6), at));
}

/** Is the sign before a figure at `at` a code that is also an English word ("COP", "PEN"), which needs a scale? */
function wordCodeBefore(text: string, at: number): boolean {
  return SIGN_BEFORE.exec(text.slice(Math.max(0, at - 6), at))?.[1] !== undefined;
}

/** The last character of a sign before a space: "s" (Rs, KShs, Dhs, Ps), "h" (KSh, Dh), "." (Rs.), "R" (INR, SR, QR), "p" (Rp), "M" (RM), "/" (S/), "P", "N" (COP, PEN). */
function isSignEnd(c: number): boolean {
  return c === 115 || c === 104 || c === 46 || c === 82 || c === 112 || c === 77 || c === 47 || c === 80 || c === 78;
}

/** Where the sign before a figure at `figure` starts (SIGN_BEFORE found one). */
function signStart(text: string, figure: number): number {
  let i = figure;
  if (text.charCodeAt(i - 1) === 32) i--;
  while (i > 0 && !/[\s(“"'‘]/.test(text[i - 1])) i--;
  return i;
}
