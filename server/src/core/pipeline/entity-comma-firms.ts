/**
 * A firm named after three or more partners (pure, token indices): "Dorsey, Kalb & Marr", "Tarn, Vell, Osk &
 * Rue". The run of capitalised words stops at the comma, so the first surnames were found as names of their
 * own ("Dorsey" a person or a firm, "Kalb & Marr" the firm): a one-word name, a comma, then a name holding "&"
 * is one organisation. A place before the comma is where it happens ("In Karvo, Dell & Marr opened") and a
 * citation after the name is its authors ("(Dorsey, Kalb & Marr, 2010)"): both are left alone.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { isPlaceName } from '../model/lexicon';
import { citedAt } from './entity-author-pairs';

/** A partner's name: a capital, then lower case ("IBF, WBO & IBA" is a list of acronyms, not a firm). */
const SURNAME = /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u;

/** Whether candidate c holds "&" between two of its words. */
function holdsAmpersand(tokens: readonly Token[], c: Candidate): boolean {
  for (let k = c.first + 1; k < c.last; k++) if (tokens[k].text === '&') return true;
  return false;
}

/** The one-word candidate, not a place, that ends at token `last` (-1 when none). */
function partnerEndingAt(tokens: readonly Token[], cands: readonly Candidate[], last: number): number {
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (c.last !== last) continue;
    if (c.first !== last || c.type === null || c.type === 'LOC' || c.role !== null || !SURNAME.test(tokens[last].text)) return -1;
    return isPlaceName(tokens[last].text.toLowerCase()) ? -1 : i;
  }
  return -1;
}

/**
 * Joins each "A, B & C" into one ORG candidate: the name holding "&" takes the partners before it, which
 * are left untyped (dropped with the other untyped candidates).
 */
export function joinCommaPartners(tokens: readonly Token[], cands: Candidate[]): void {
  for (const c of cands) {
    if (c.type === null || !SURNAME.test(tokens[c.first].text) || !holdsAmpersand(tokens, c) || citedAt(tokens, c.last)) continue;
    let first = c.first;
    for (;;) {
      const comma = tokens[first - 1];
      if (first < 2 || comma.text !== ',' || comma.sentence !== tokens[first].sentence) break;
      const p = partnerEndingAt(tokens, cands, first - 2);
      if (p < 0) break;
      cands[p].type = null;
      first = cands[p].first;
    }
    if (first === c.first) continue;
    c.first = first;
    c.type = 'ORG';
  }
}
