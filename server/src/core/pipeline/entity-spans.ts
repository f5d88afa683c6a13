/**
 * Span repairs on typed candidates (pure, token indices): a road named by its number takes the
 * number ("Highway 61", "Route 9", "Interstate 80"), which the capitalised-run scan leaves out.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { lowerCase } from './token-fold';
import { isKnownGivenName } from '../model/gender';

export const ROAD_HEADS = new Set(['highway', 'route', 'interstate', 'motorway', 'freeway']);
const ROAD_NUMBER = /^\d{1,4}[A-Za-z]?$/;

export function withRoadNumbers(tokens: readonly Token[], cands: Candidate[]): void {
  for (const c of cands) {
    if (c.type !== 'LOC' || !ROAD_HEADS.has(lowerCase(tokens[c.last]))) continue;
    const n = tokens[c.last + 1];
    if (n && n.sentence === tokens[c.last].sentence && n.start === tokens[c.last].end + 1 && ROAD_NUMBER.test(n.text)) c.last++;
  }
}

/** Letters after a person's name for an honour, a rank at the bar or a seat: "Nadia Orrel KC", "Tom Brisk OBE". */
export const POST_NOMINALS: ReadonlySet<string> = new Set(['KC', 'QC', 'SC', 'MP', 'MSP', 'MEP', 'MBE', 'OBE', 'CBE', 'KBE', 'DBE', 'GBE', 'PhD', 'FRS', 'JP']);

/**
 * A person's name ends before its post-nominal letters, so "Ms Orrel" later joins "Nadia Orrel KC". A known
 * given name, a surname and the letters are a person whatever the chunk was typed ("Ivo Dane QC" no firm).
 */
export function withoutPostNominals(tokens: readonly Token[], cands: Candidate[]): void {
  for (const c of cands) {
    if (c.type !== 'PERSON') {
      if (c.type === null || c.role !== null || c.last !== c.first + 2 || !POST_NOMINALS.has(tokens[c.last].text) || !isKnownGivenName(tokens[c.first].text)) continue;
      c.type = 'PERSON';
    }
    const last = c.last;
    while (c.last - c.first >= 2 && POST_NOMINALS.has(tokens[c.last].text) && tokens[c.last - 1].kind === 'word') c.last--;
    if (c.last !== last) c.info = undefined; // what was known of the longer chunk (its shared name) is not this one's
  }
}
