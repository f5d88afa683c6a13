/**
 * A name joined by an ampersand that the model took for a place ("head of research at Strand & Kerr") is a
 * firm's (pure, token indices): partners' surnames joined by "&" name a bank, a broker or a law firm, and places
 * so written are few and known to the gazetteer (an island state so written keeps its type), or a corner of streets,
 * one of them named for a known place ("Corbel & Denver").
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { isPlaceName } from '../model/lexicon';
import { lowerToken } from './token-fold';

/** Retypes as ORG each LOC candidate with "&" between its words that is no known place. Ask only when the text holds "&". */
export function ampersandFirms(tokens: readonly Token[], cands: Candidate[]): void {
  for (const c of cands) {
    if (c.type !== 'LOC' || c.last - c.first < 2) continue;
    let amp = false, place = false;
    for (let i = c.first + 1; i < c.last; i++) if (tokens[i].text === '&') amp = true;
    if (!amp) continue;
    // ("the bus to Corbel & Denver": a corner of two streets, one named for a known place)
    for (let i = c.first; i <= c.last; i++) if (tokens[i].text !== '&' && isPlaceName(lowerToken(tokens[i]))) place = true;
    if (place) continue;
    let name = lowerToken(tokens[c.first]);
    for (let i = c.first + 1; i <= c.last; i++) name += ' ' + lowerToken(tokens[i]);
    if (!isPlaceName(name) && !isPlaceName(name.replace(' & ', ' and '))) c.type = 'ORG';
  }
}
