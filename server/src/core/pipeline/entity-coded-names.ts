/**
 * A chunk led by a word that holds a digit is no person's name (pure, token indices): "VX-401", "the KR-7
 * drone", "the AK-9 Rifles", "IE6". Such codes name products, models, roads or forms; a person's name
 * has no figures in its words. A chunk the model typed PERSON for its shape is dropped (a product is
 * none of the types); other types are left alone ("I-44 West" is a road, "A380" a product typed with its maker).
 * A code after a word is left to the rules for designations ("Terminal B2", "Route A4").
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { CURRENCY_CODES } from '../model/currency';

/** Does the word hold an ASCII digit? */
export function hasDigit(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Drops (type null) each PERSON candidate whose first token is a word that holds a digit. */
export function dropCodedPersons(tokens: readonly Token[], cands: Candidate[]): void {
  for (const c of cands) {
    if (c.type === 'PERSON' && tokens[c.first].kind === 'word' && hasDigit(tokens[c.first].text)) c.type = null;
  }
}

/** A registry's identifier: capitals, then two or more groups of digits ("CVE-2026-41877", "GHSA-2025-0142", "EU-2024-117"). */
const REGISTRY_ID = /^\p{Lu}{2,}(?:-\d+){2,}$/u;

/**
 * Drops (type null) each one-word candidate that is a registry's identifier ("CVE-2026-41877"): a number in a
 * catalogue of flaws, cases or filings names no body, place or person, and two such numbers sharing their
 * letters are not one entity.
 */
export function dropRegistryIds(tokens: readonly Token[], cands: Candidate[]): void {
  for (const c of cands) {
    if (c.type === null || c.first !== c.last) continue;
    const w = tokens[c.first].text;
    if (w.length > 7 && w.charCodeAt(w.length - 1) <= 57 && hasDigit(w) && REGISTRY_ID.test(w)) c.type = null;
  }
}

/** Nouns after which a code is a batch's or a lot's number: "lot L2204", "batch numbers K17 to K23". */
const LOT_NOUNS: ReadonlySet<string> = new Set(['lot', 'lots', 'batch', 'batches', 'number', 'numbers', 'code', 'codes']);

/** Words that join a code to the one before it in a range or a list ("K17 to K23", "K17 and K23"). */
const CODE_JOINS: ReadonlySet<string> = new Set(['to', 'and', 'or', ',', '-', '–']);

/**
 * Drops (type null) each one-word code (a word that holds a digit) that follows a noun of lots or batches
 * ("lot numbers L2204", "batch B7"), or a dropped code and a word of a range or list ("L2204 to L2217"): a
 * lot number names no body, place or person, whatever type the model gave it.
 */
export function dropLotCodes(tokens: readonly Token[], cands: Candidate[]): void {
  let dropped = -9;
  for (const c of cands) {
    if (c.type === null || c.first !== c.last || c.first < 1 || tokens[c.first].kind !== 'word' || !hasDigit(tokens[c.first].text)) continue;
    const b = tokens[c.first - 1];
    if (b.sentence !== tokens[c.first].sentence) continue;
    if (LOT_NOUNS.has(b.text.toLowerCase()) || (c.first - 2 === dropped && CODE_JOINS.has(b.text))) {
      c.type = null;
      dropped = c.first;
    }
  }
}

/** A currency's letters written before a figure: "Rs" (rupees), "KSh", "Shs", "TSh", "USh" (shillings), "Dh", "Dhs" (dirhams), "SR", "QR" (riyals). */
const SIGN_WORD = /^(?:Rs|KShs?|Kshs?|Shs?|TSh|USh|Dhs?|SR|QR)$/;
/**
 * Those letters glued to the figure ("KSh300", "Rs4,500", "Dh4bn"), or a rand's, naira's, riyal's or dollar's letters glued to it
 * ("R850m", "R1", "N2", "SR1", "A2").
 */
const GLUED_SIGN = /^(?:(?:Rs|KShs?|Kshs?|Shs?|TSh|USh|Dhs?)\d[\d,.]*(?:m|bn)?|(SR|QR|[RNA])\d+(m|bn)?)$/;
/** The ISO currency codes as written before a figure, in capitals ("USD", "DKK", "EGP"). */
const UPPER_CODES: ReadonlySet<string> = new Set(CURRENCY_CODES.map((c) => c.toUpperCase()));
/** The scales after a figure that make "R1.2bn" or "N2.5 billion" a sum. */
const SCALE_WORDS = new Set(['m', 'bn', 'million', 'billion', 'trillion']);

/**
 * Drops (type null) each one-word candidate that is a currency's letters before a figure: "Rs 4,500
 * crore", "Rs. 1,20,000", "KSh 300 million", "KSh300", "R1.2bn", "N2.5 billion", "$A2.3 billion", "Dh4bn",
 * "SR1.2 billion", and an ISO code ("DKK 2.1 billion", "NIS 85 million", "EGP 25 billion"). A
 * lone letter glued to digits ("R2", "N1", "A2" roads or grades) is a sum only with a scale after it
 * or, for "A", a dollar sign before it.
 */
export function dropCurrencySigns(tokens: readonly Token[], cands: Candidate[]): void {
  for (const c of cands) {
    if (c.type === null || c.first !== c.last) continue;
    const w = tokens[c.first].text;
    const f = w.charCodeAt(0);
    // an ISO code before a figure: "USD 40 million", "DKK 2.1 billion", "NIS 85 million"
    if (w.length === 3 && UPPER_CODES.has(w)) {
      if (figureAfter(tokens, c.first + 1)) c.type = null;
      continue;
    }
    // (the letters that start one: A, D, K, N, Q, R, S, T, U)
    if (w.length > 9 || !(f === 65 || f === 68 || f === 75 || f === 78 || f === 81 || f === 82 || f === 83 || f === 84 || f === 85)) continue;
    if (SIGN_WORD.test(w)) {
      if (figureAfter(tokens, c.first + 1)) c.type = null;
      continue;
    }
    const g = GLUED_SIGN.exec(w);
    if (g === null) continue;
    if (g[1] === undefined || g[2] !== undefined || scaledAfter(tokens, c.first + 1) || g[1] === 'A' && c.first > 0 && tokens[c.first - 1].text === '$') c.type = null;
  }
}

/** Is the token at `i` a number, or a full stop and then one ("Rs. 1,20,000")? */
function figureAfter(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token | undefined;
  if (t === undefined) return false;
  if (t.kind === 'number') return true;
  const u = tokens[i + 1] as Token | undefined;
  return t.text === '.' && u !== undefined && u.kind === 'number';
}

/** Does a scale follow the glued figure at `i`: "bn", " billion", or ".2bn", ".5 billion" (the decimal's digits between)? */
function scaledAfter(tokens: readonly Token[], i: number): boolean {
  let t = tokens[i] as Token | undefined;
  if (t !== undefined && t.text === '.' && tokens[i + 1]?.kind === 'number') {
    i += 2;
    t = tokens[i];
  }
  return t !== undefined && SCALE_WORDS.has(t.text);
}
