/**
 * A relative named by a given name alone in apposition to a word of kin ("Holt's husband, Per, handles the
 * accounts", "my grandmother, Sigrid.", "their daughter, Mia, and two grandchildren") is a person (pure, token
 * indices). Profiles and obituaries name family this way, and a given name that is also an ordinary word or
 * a firm's ("Per", "Hanne") was typed as an organisation or a place. The one-word name right after "his",
 * "her", "their", "my", "our" or a possessive's "'s", a word of kin and a comma, and before a comma, a full stop,
 * a semicolon or "and", is retyped PERSON, and so are its other one-word mentions typed ORG or LOC.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { lowerToken } from './token-fold';

const KIN: ReadonlySet<string> = new Set(`husband wife widow widower partner son daughter father mother brother sister
  grandson granddaughter grandmother grandfather grandma grandpa nephew niece uncle aunt cousin stepson stepdaughter
  stepfather stepmother fiance fiancee fiancé fiancée`.split(/\s+/));
const OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'my', 'our', "'s", '’s']);
const ENDS: ReadonlySet<string> = new Set([',', '.', ';', 'and']);

/** Is the one-word candidate `c` in apposition to an owned word of kin? */
function kinApposition(tokens: readonly Token[], c: Candidate): boolean {
  if (c.first !== c.last || c.first < 3 || tokens[c.first - 1].text !== ',') return false;
  const kin = tokens[c.first - 2], owner = tokens[c.first - 3], end = tokens[c.last + 1];
  if (kin.sentence !== tokens[c.first].sentence || !KIN.has(lowerToken(kin)) || !OWNERS.has(lowerToken(owner))) return false;
  return end === undefined || ENDS.has(end.text) || end.sentence !== tokens[c.last].sentence;
}

/** Retypes PERSON each one-word ORG or LOC name in apposition to an owned word of kin, and its other one-word mentions. */
export function relativesByKinApposition(tokens: readonly Token[], cands: Candidate[]): void {
  let words: Set<string> | null = null;
  for (const c of cands) {
    if ((c.type !== 'ORG' && c.type !== 'LOC') || c.role !== null || !kinApposition(tokens, c)) continue;
    c.type = 'PERSON';
    (words ??= new Set()).add(tokens[c.first].text);
  }
  if (!words) return;
  for (const c of cands) if ((c.type === 'ORG' || c.type === 'LOC') && c.role === null && c.first === c.last && words.has(tokens[c.first].text)) c.type = 'PERSON';
}
