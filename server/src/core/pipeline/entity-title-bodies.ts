/**
 * The name written right before a title that heads another person's name ("Velmont CEO Ana Reis",
 * "Marlow County Sheriff Tom Reyes") is the body or place the title belongs to, never a person (pure).
 * Typed PERSON there, it becomes a place before a place's head word or when the lexicon knows the place,
 * else an organisation. Left alone: words that are all ordinary ones (a rank the title lists miss,
 * "Emeritus Professor …", or a brand, "Apple CEO …", which no rule here tells apart), and a lone known
 * given name (a person whose surname reads as a title: "Larry King Live").
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { isPlaceName } from '../model/lexicon';
import { LOC_HEADS } from '../model/words';
import { isKnownGivenName } from '../model/gender';
import { isCommonToken, lowerToken } from './token-fold';

export function titleBodies(tokens: readonly Token[], cands: Candidate[]): void {
  for (let i = 0; i + 1 < cands.length; i++) {
    const c = cands[i], next = cands[i + 1];
    // The role of the name after the title starts with the body's first word: "Velmont CEO".
    if (c.type !== 'PERSON' || c.role !== null || !next.role || next.type !== 'PERSON' || next.role.start !== tokens[c.first].start) continue;
    const single = c.first === c.last, l = lowerToken(tokens[c.first]);
    if (single && isKnownGivenName(l) && !isPlaceName(l)) continue;
    let plain = true;
    for (let k = c.first; k <= c.last && plain; k++) plain = tokens[k].kind !== 'word' || isCommonToken(tokens[k]);
    const after = tokens[c.last + 1];
    if (plain) continue;
    c.type = (after && after.kind === 'word' && LOC_HEADS.has(lowerToken(after))) || (single && isPlaceName(l)) ? 'LOC' : 'ORG';
  }
}
