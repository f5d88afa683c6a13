/**
 * A court case cited by its parties ("Okafor v. Dunmore", "Okafor v Dunmore", "the State v. Pell") is the
 * name of a case, not two people or a person and a place: both sides are dropped. A side that is a known
 * place is left alone, and so is its partner: "Tarrow v Velmar" on a sports page is a fixture between two
 * teams or countries, not a case. Only a lower-case "v" (with or without its dot) joins a case: "vs." is left
 * to sport. Pure, token indices.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { isPlaceName } from '../model/lexicon';
import { tokenAt } from './token-at';

/** The token after "v" / "v." at `k` (the joiner), or -1 when `k` starts no joiner. */
function afterJoiner(tokens: readonly Token[], k: number): number {
  const t = tokenAt(tokens, k);
  if (t === undefined || (t.text !== 'v' && t.text !== 'v.')) return -1;
  const dot = tokenAt(tokens, k + 1);
  return dot !== undefined && dot.text === '.' && t.text === 'v' && dot.start === t.end ? k + 2 : k + 1;
}

/** A candidate's words, lower-cased, as the lexicon's place names are keyed. */
function sideText(tokens: readonly Token[], c: Candidate): string {
  let s = tokens[c.first].text;
  for (let k = c.first + 1; k <= c.last; k++) s += ' ' + tokens[k].text;
  return s.toLowerCase();
}

export function dropCaseNames(tokens: readonly Token[], cands: Candidate[]): void {
  for (let i = 0; i + 1 < cands.length; i++) {
    const a = cands[i];
    if (a.type === null) continue;
    const from = afterJoiner(tokens, a.last + 1);
    if (from < 0) continue;
    let j = i + 1;
    while (j < cands.length && cands[j].first < from) j++;
    const b = cands[j];
    if (b === undefined || b.first !== from || tokens[from].sentence !== tokens[a.last].sentence) continue;
    if (isPlaceName(sideText(tokens, a)) || isPlaceName(sideText(tokens, b))) continue;
    a.type = null;
    b.type = null;
  }
}
