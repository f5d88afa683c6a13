/**
 * Two surnames joined by "&" that the document calls a person ("(Tarrow & Quillen, 2010)", "as Tarrow &
 * Quillen [7] showed") are two people: no one person's name holds an ampersand, so the joined chunk is
 * split into one mention per surname (pure, token indices). A body of that shape keeps its one mention
 * because it is typed ORG ("Barnes & Noble"). The same surname alone elsewhere in the document ("Tarrow and
 * Quillen found", typed before the pair was known to be people) is a person too, unless it is a known place.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { isPlaceName } from '../model/lexicon';

const SURNAME = /^\p{Lu}[\p{L}'’-]*$/u;

function authorPair(tokens: readonly Token[], c: Candidate): boolean {
  return c.type === 'PERSON' && c.role === null && c.last - c.first === 2 && tokens[c.first + 1].text === '&'
    && SURNAME.test(tokens[c.first].text) && SURNAME.test(tokens[c.last].text);
}

/** `cands` with each "A & B" person split into "A" and "B" (the same array when there is none). */
export function splitAuthorPairs(tokens: readonly Token[], cands: Candidate[]): Candidate[] {
  let any = false;
  for (let i = 0; i < cands.length; i++) if (authorPair(tokens, cands[i])) { any = true; break; }
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
