/**
 * A political party or movement named before the lower-case noun ("the ruling National Renewal party",
 * "Kostin's Civic Dawn movement", "the Green party"): the name is an organisation's, never a person's or
 * a place's. Pure, token indices. Not after a given name ("the Anna party" is somebody's party) nor a
 * known place ("the Texas party" is a party in Texas, left to the place).
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { isPlaceName, lexicon } from '../model/lexicon';
import { lowerToken } from './token-fold';
import { tokenAt } from './token-at';
import { retypeAsOrganisations } from './entity-retype';

export const BODY_NOUNS: ReadonlySet<string> = new Set(['party', 'movement']);

function partyName(tokens: readonly Token[], c: Candidate): boolean {
  const last = tokens[c.last], noun = tokenAt(tokens, c.last + 1);
  if (noun === undefined || noun.sentence !== last.sentence || noun.start !== last.end + 1 || !BODY_NOUNS.has(noun.text)) return false;
  const first = lowerToken(tokens[c.first]);
  return !lexicon.firstNames.has(first) && !isPlaceName(c.info?.key ?? first);
}

/** Retypes as ORG a name before "party" or "movement", and its other PERSON mentions. */
export function partiesByNoun(tokens: readonly Token[], cands: Candidate[]): void {
  retypeAsOrganisations(cands, (c) => partyName(tokens, c));
}
