/**
 * A one-word name that takes a plural verb is a side, a team, not a person (pure, token indices): British news
 * writes "Harlow have lost three in a row", "Denby are top of the table", where a person "has" and "is". The
 * name must open its clause (the sentence's start, after a conjunction or a comma), so that "fans in Harlow have"
 * (whose subject is "fans") is left alone; a name in a list ("Ames and Kell have") is two people.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { lowerToken } from './token-fold';
import { isKnownGivenName } from '../model/gender';
import { isCommonWord } from '../model/lexicon';

const PLURAL_VERBS: ReadonlySet<string> = new Set(['have', 'are', 'were']);

/** Words after which a name opens a clause. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['but', 'while', 'whereas', 'as', 'since', 'because', 'although', 'though',
  'when', 'after', 'before', 'that', 'if', 'so', 'yet', 'now', '"', '“', '(', ':', ';', '—', '–']);

const DAY_OR_MONTH = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Does the name at token `i` open its clause? */
function opensClause(tokens: readonly Token[], i: number): boolean {
  const p = i > 0 ? tokens[i - 1] : undefined;
  if (p === undefined || p.sentence !== tokens[i].sentence) return true;
  if (p.text === ',') {
    const q = i > 1 ? tokens[i - 2] : undefined;
    // "Last season, Harlow have", "On Saturday, Harlow have": not "Ames, Kell have".
    return q !== undefined && q.kind === 'word' && (q.text === q.text.toLowerCase() || DAY_OR_MONTH.test(q.text));
  }
  return CLAUSE_OPENERS.has(p.text) || CLAUSE_OPENERS.has(lowerToken(p));
}

/** Retypes as ORG (or types, where the model abstained) every one-word PERSON or LOC mention of a name that some mention shows taking a plural verb. */
export function sidesByPluralVerb(tokens: readonly Token[], cands: Candidate[]): void {
  let sides: Set<string> | null = null;
  for (const c of cands) {
    if (c.first !== c.last || c.role !== null || !c.info || (c.type !== 'PERSON' && c.type !== 'LOC' && c.type !== null)) continue;
    const v = c.last + 1 < tokens.length ? tokens[c.last + 1] : undefined;
    if (v === undefined || !PLURAL_VERBS.has(v.text) || v.sentence !== tokens[c.last].sentence) continue;
    const w = tokens[c.first].text;
    // "Rock-men were", "the Stonemen have": a plural noun or a compound, not a town's side.
    if (w.endsWith('s') || w.endsWith('men') || w.includes('-') || isKnownGivenName(w) || !opensClause(tokens, c.first)) continue;
    // A name the model left untyped ("Harlow have won" opening an article): only a word no dictionary holds.
    if (c.type === null && (isCommonWord(c.info.key) || w === w.toUpperCase())) continue;
    (sides ??= new Set()).add(c.info.key);
  }
  if (!sides) return;
  // Not a surname the document gives a person in full ("Ada Kell … Kell were").
  for (const c of cands) if (c.type === 'PERSON' && c.last > c.first) sides.delete(lowerToken(tokens[c.last]));
  for (const c of cands) if (c.first === c.last && c.role === null && c.info && c.type !== 'ORG' && c.type !== 'NORP' && sides.has(c.info.key)) c.type = 'ORG';
}
