/**
 * A side named "Team" and a country's, a sponsor's or a person's name ("Team Ostvald won the stage", "Team Norland
 * rebuilt its robot") is a team, an organisation, with "Team" in its name: the name alone was read as the
 * place or the person it is named after, and the capitalised "Team" was cut as an ordinary word. Only a name
 * right after "Team" in the same sentence, with "Team" capitalised; a name that takes in "Team" already and was
 * typed as a person or place is retyped. Pure, token indices.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { tokenAt } from './token-at';

export function teamsNamedTeam(tokens: readonly Token[], cands: Candidate[]): void {
  for (const c of cands) {
    if (c.type !== 'PERSON' && c.type !== 'LOC') continue;
    const first = tokens[c.first];
    if (first.text === 'Team') {
      if (c.first < c.last) { c.type = 'ORG'; c.info = undefined; }
      continue;
    }
    const team = tokenAt(tokens, c.first - 1);
    if (team === undefined || team.text !== 'Team' || team.sentence !== first.sentence || team.end + 1 !== first.start) continue;
    if (cands.some((o) => o !== c && o.first <= c.first - 1 && o.last >= c.first - 1)) continue; // "Team" of another name
    c.first--;
    c.type = 'ORG';
    c.info = undefined;
  }
}
