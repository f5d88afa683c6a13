/**
 * Two surnames joined by "&" that the document calls a person: no one person's name holds an ampersand.
 * Cited as a reference ("(Tarrow & Quillen, 2010)", "as Tarrow & Quillen [7] showed") they are two people,
 * split into one mention per surname (pure, token indices); the same surname alone elsewhere in the
 * document ("Tarrow and Quillen found", typed before the pair was known to be people) is a person too,
 * unless it is a known place. Anywhere else, the news sense is a firm named after its founders
 * ("Harlow & Penn said", "shares of Dunmore & Vesk"): one organisation.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { isPlaceName } from '../model/lexicon';
import { isYear } from './entity-citations';
import { tokenAt } from './token-at';

const SURNAME = /^\p{Lu}[\p{L}'’-]*$/u;

function ampersandPerson(tokens: readonly Token[], c: Candidate): boolean {
  return c.type === 'PERSON' && c.role === null && c.last - c.first === 2 && tokens[c.first + 1].text === '&'
    && SURNAME.test(tokens[c.first].text) && SURNAME.test(tokens[c.last].text);
}

/** A reference follows token `last`: ", 2010", " 2014)", " (2004)" or " [7]". */
export function citedAt(tokens: readonly Token[], last: number): boolean {
  const a = tokenAt(tokens, last + 1), b = tokenAt(tokens, last + 2), c = tokenAt(tokens, last + 3);
  if (!a) return false;
  if (isYear(a)) return b?.text === ')' || b?.text === ';';
  if (a.text === ',' || a.text === '(') return isYear(b);
  return a.text === '[' && b?.kind === 'number' && c?.text === ']';
}

function authorPair(tokens: readonly Token[], c: Candidate): boolean {
  return ampersandPerson(tokens, c) && citedAt(tokens, c.last);
}

/**
 * `cands` with each cited "A & B" person split into "A" and "B", and every other "A & B" person typed
 * ORG (the same array when no pair is cited).
 */
export function splitAuthorPairs(tokens: readonly Token[], cands: Candidate[]): Candidate[] {
  let any = false;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (!ampersandPerson(tokens, c)) continue;
    if (citedAt(tokens, c.last)) any = true; else c.type = 'ORG';
  }
  if (!any) return cands;
  const index = new Array<number>(cands.length).fill(-1);
  const out: Candidate[] = [];
  const surnames = new Set<string>();
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    index[i] = out.length;
    if (!authorPair(tokens, c)) { out.push(c); continue; }
    // Same fields in the same order as the entity stage's own candidates (one hidden class).
    out.push({ first: c.first, last: c.first, role: null, type: 'PERSON', acronymOf: -1, titleCase: c.titleCase, shouting: c.shouting, info: undefined });
    out.push({ first: c.last, last: c.last, role: null, type: 'PERSON', acronymOf: -1, titleCase: c.titleCase, shouting: c.shouting, info: undefined });
    surnames.add(tokens[c.first].text).add(tokens[c.last].text);
  }
  for (const c of out) {
    if ((c.type === 'LOC' || c.type === 'ORG') && c.first === c.last && c.role === null && surnames.has(tokens[c.first].text)
      && !isPlaceName(tokens[c.first].text.toLowerCase())) c.type = 'PERSON';
  }
  for (const c of out) if (c.acronymOf >= 0) c.acronymOf = index[c.acronymOf];
  return out;
}
