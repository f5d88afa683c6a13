/**
 * A broadcaster's station is an organisation (pure, token indices): "BBC Radio Harlow", "Coast FM",
 * "Marlow TV" name a station even where the words after "Radio" name a town or read as a person. A
 * chunk whose later word is "Radio", "TV", "FM" or "Television" is retyped ORG; one that opens with
 * such a word ("Radio Harlow") only when it was typed a place. A venue named after a station keeps
 * its type ("Radio Quay Hall": its last word heads a place's name).
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { LOC_HEADS } from '../model/words';
import { lowerToken } from './token-fold';

export const STATION_WORDS: ReadonlySet<string> = new Set(['Radio', 'TV', 'FM', 'Television']);

function isStation(tokens: readonly Token[], c: Candidate): boolean {
  if (c.last === c.first || LOC_HEADS.has(lowerToken(tokens[c.last]))) return false;
  if (STATION_WORDS.has(tokens[c.first].text)) return c.type === 'LOC';
  for (let k = c.first + 1; k <= c.last; k++) if (STATION_WORDS.has(tokens[k].text)) return true;
  return false;
}

/** Retypes as ORG every PERSON or LOC mention of a name that some mention shows to be a station's. */
export function stationsAsOrgs(tokens: readonly Token[], cands: Candidate[]): void {
  let stations: Set<string> | null = null;
  for (const c of cands) {
    if ((c.type === 'PERSON' || c.type === 'LOC') && c.role === null && c.info && isStation(tokens, c)) (stations ??= new Set()).add(c.info.key);
  }
  if (!stations) return;
  for (const c of cands) if ((c.type === 'PERSON' || c.type === 'LOC') && c.role === null && c.info && stations.has(c.info.key)) c.type = 'ORG';
}
