/**
 * A councillor's party and ward in brackets after the name (pure, token indices): "Cllr Ada Venn (Lab,
 * Eastgate) said". The ward is a place (an electoral division of the borough), never a body; the party's
 * abbreviation ("Lab", "Lib Dem") names no person.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { tokenAt } from './token-at';

/** Short party labels used in such brackets (the words as written). */
export const PARTY_LABELS: ReadonlySet<string> = new Set(['Lab', 'Con', 'LD', 'Lib', 'Dem', 'SNP', 'Ind', 'Green', 'Grn', 'Reform', 'Plaid', 'PC', 'UKIP', 'DUP', 'SDLP', 'UUP', 'SF', 'Alliance']);

/** The index of the "(" when tokens from..to (inclusive) are one to two party labels right after it; else -1. */
function partyOpen(tokens: readonly Token[], from: number, to: number): number {
  if (to < from || to - from > 1) return -1;
  for (let k = from; k <= to; k++) if (!PARTY_LABELS.has(tokens[k].text)) return -1;
  return tokenAt(tokens, from - 1)?.text === '(' ? from - 1 : -1;
}

/** Words that join two wards in one bracket ("(Lab, Eastgate and Rook Hill)"). */
const WARD_JOINS: ReadonlySet<string> = new Set(['and', '&', ',']);

/** Types the ward LOC and drops the party's label in "(Lab, Eastgate)" after a capitalised name. */
export function wardsInBrackets(tokens: readonly Token[], cands: Candidate[]): void {
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (c.type === null || c.first < 4 || tokens[c.first - 1].text !== ',') continue;
    // the ward: "(Lab, Eastgate)"; the comma's left holds one or two party labels after "("
    const open = partyOpen(tokens, tokens[c.first - 2].text === 'Dem' ? c.first - 3 : c.first - 2, c.first - 2);
    if (open <= 0 || !/^\p{Lu}/u.test(tokens[open - 1].text)) continue;
    // two wards or more: "(Lab, Eastgate and Rook Hill)"
    let j = i;
    while (j + 1 < cands.length && cands[j + 1].first === cands[j].last + 2 && WARD_JOINS.has(tokens[cands[j].last + 1].text)) j++;
    if (tokenAt(tokens, cands[j].last + 1)?.text !== ')') continue;
    for (let k = i; k <= j; k++) if (cands[k].type !== null) cands[k].type = 'LOC';
  }
  for (const c of cands) {
    if (c.type === null || c.first < 2 || tokenAt(tokens, c.last + 1)?.text !== ',') continue;
    // the party: "(Lib Dem, Eastgate)"
    if (partyOpen(tokens, c.first, c.last) > 0 && /^\p{Lu}/u.test(tokens[c.first - 2].text)) c.type = null;
  }
}
