/**
 * A chunk led by a word that holds a digit is no person's name (pure, token indices): "VX-401", "the KR-7
 * drone", "the AK-9 Rifles", "IE6". Such codes name products, models, roads or forms; a person's name
 * has no figures in its words. A chunk the model typed PERSON for its shape is dropped (a product is
 * none of the types); other types are left alone ("I-44 West" is a road, "A380" a product typed with its maker).
 * A code after a word is left to the rules for designations ("Terminal B2", "Route A4").
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { isCurrencyCode } from './quantities';

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

/**
 * A currency's letters written before a figure: "Rs" (rupees), "KSh", "Shs", "TSh", "USh" (shillings), "Rp" (rupiah),
 * "RM" (ringgit), "Dh", "Dhs" (dirhams), "SR", "QR" (riyals).
 */
const SIGN_WORD = /^(?:Rs|KShs?|Kshs?|Shs?|TSh|USh|Rp|RM|Dhs?|SR|QR)$/;
/**
 * Those letters glued to the figure ("KSh300", "Rs4,500", "RM1", "Rp4", "Dh4bn"), or a rand's, naira's, peso's, riyal's or
 * dollar's letters glued to it ("R850m", "R1", "N2", "P340-million", "SR1", "A2").
 */
const GLUED_SIGN = /^(?:(?:Rs|KShs?|Kshs?|Shs?|TSh|USh|Rp|RM|Dhs?)\d[\d,.]*(?:m|bn)?|(SR|QR|[RNAP])\d+(m|bn|-(?:million|billion|trillion))?)$/;
/** Codes that are also English words, a currency's before a figure only with a scale after it ("COP 2 trillion", not "COP 28"). */
const WORD_CODES: ReadonlySet<string> = new Set(['COP', 'PEN']);
/** The scales after a figure that make "R1.2bn" or "N2.5 billion" a sum. */
const SCALE_WORDS = new Set(['m', 'bn', 'million', 'billion', 'trillion']);
/** A country's letters before a dollar sign ("US$760 million", "HK$6.2 billion", "NT$", "S$"). */
const DOLLAR_LETTERS = new Set(['US', 'HK', 'NT', 'NZ', 'S', 'SG', 'A', 'AU', 'C', 'CA']);

/**
 * Drops (type null) each one-word candidate that is a currency's letters before a figure: "Rs 4,500
 * crore", "Rs. 1,20,000", "KSh 300 million", "KSh300", "R1.2bn", "N2.5 billion", "$A2.3 billion", "RM1.2
 * billion", "Rp 12 trillion", "P340-million", "Dh4bn", "SR1.2 billion", an ISO code before a figure ("VND15 trillion",
 * "SGD 40m", "NIS 85 million", "EGP 25 billion", "ARS 12 trillion"; "COP 2 trillion" with its scale), or a country's letters glued to a dollar sign ("HK$6.2 billion",
 * "US$760 million"). A lone letter glued to digits ("R2", "N1", "A2", "P5" roads, grades or rooms; "SR1" a model) is a
 * sum only with a scale after it or, for "A", a dollar sign before it.
 */
export function dropCurrencySigns(tokens: readonly Token[], cands: Candidate[]): void {
  for (const c of cands) {
    if (c.type === null || c.first !== c.last) continue;
    const w = tokens[c.first].text;
    // (a digit after three letters, or a figure after them, before any lookup: most words have neither)
    if (w.length > 3 && w.length < 12 && isAllDigits(w, 3) && isCurrencyCode(w.slice(0, 3))) {
      c.type = null;
      continue;
    }
    if (w.length === 3 && figureAfter(tokens, c.first + 1) && (isCurrencyCode(w) || WORD_CODES.has(w) && scaledAfter(tokens, c.first + 2))) {
      c.type = null;
      continue;
    }
    const f = w.charCodeAt(0);
    // (the letters that start one: A, C, D, H, K, N, P, Q, R, S, T, U)
    if (w.length > 13 || !(f === 65 || f === 67 || f === 68 || f === 72 || f === 75 || f === 78 || f === 80 || f === 81 || f === 82 || f === 83 || f === 84 || f === 85)) continue;
    if (SIGN_WORD.test(w)) {
      if (figureAfter(tokens, c.first + 1)) c.type = null;
      continue;
    }
    if (DOLLAR_LETTERS.has(w)) {
      if (dollarAfter(tokens, c.first)) c.type = null;
      continue;
    }
    const g = GLUED_SIGN.exec(w);
    if (g === null) continue;
    if (g[1] === undefined || g[2] !== undefined || scaledAfter(tokens, c.first + 1) || g[1] === 'A' && c.first > 0 && tokens[c.first - 1].text === '$') c.type = null;
  }
}

/** Are the characters of `w` from `from` on all ASCII digits ("SGD15": the "15")? */
function isAllDigits(w: string, from: number): boolean {
  for (let i = from; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Is the word at `i` glued to a dollar sign with a figure after it ("US$760")? */
function dollarAfter(tokens: readonly Token[], i: number): boolean {
  const d = tokens[i + 1] as Token | undefined;
  const n = tokens[i + 2] as Token | undefined;
  return d !== undefined && n !== undefined && d.text === '$' && d.start === tokens[i].end && n.kind === 'number';
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
