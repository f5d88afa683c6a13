/**
 * A chunk led by a word that holds a digit is no person's name (pure, token indices): "VX-401", "the KR-7
 * drone", "the AK-9 Rifles", "IE6". Such codes name products, models, roads or forms; a person's name
 * has no figures in its words. A chunk the model typed PERSON for its shape is dropped (a product is
 * none of the types); other types are left alone ("I-44 West" is a road, "A380" a product typed with its maker).
 * A code after a word is left to the rules for designations ("Terminal B2", "Route A4").
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';

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
