/**
 * The name written right before a title that heads another person's name ("Velmont CEO Ana Reis",
 * "Marlow County Sheriff Tom Reyes") is the body or place the title belongs to, never a person (pure).
 * Typed PERSON there, it becomes a place before a place's head word or when the lexicon knows the place,
 * else an organisation. Left alone: words that are all ordinary ones (a rank the title lists miss,
 * "Emeritus Professor …", or a brand, "Apple CEO …", which no rule here tells apart), and a lone known
 * given name (a person whose surname reads as a title: "Larry King Live"). One word before an office only a
 * place has ("Kelmar Mayor …", "Varrel Governor …") is a town (`townBeforeOffice`, asked where types are pooled).
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

/** Titles only a town, city or state has: "Kelmar Mayor Ana Reis", "Ostby Deputy Mayor …", "Varrel Governor …". */
const PLACE_OFFICES: ReadonlySet<string> = new Set(['mayor', 'governor', 'premier', 'alderman', 'councillor', 'councilman', 'councilwoman', 'selectman']);

/**
 * Whether candidate `i` is one word no list holds as ordinary or as a given name, right before a place's office
 * that heads the next candidate's name: "Kelmar Mayor Jonas Berg" (at a sentence start the model drops "Kelmar").
 */
export function townBeforeOffice(tokens: readonly Token[], cands: readonly Candidate[], i: number): boolean {
  const c = cands[i], next = cands[i + 1];
  if (c.first !== c.last || c.role !== null || !next?.role || next.role.start !== tokens[c.first].start) return false;
  const t = tokens[c.first];
  return placeOfficeAfter(tokens, c.last) && !isCommonToken(t) && !isKnownGivenName(lowerToken(t));
}

/** Whether the title after word `last` (one word, or "Deputy"/"Lord" and one) is a place's office. */
function placeOfficeAfter(tokens: readonly Token[], last: number): boolean {
  let t = tokens[last + 1];
  if (t && t.kind === 'word' && (t.text === 'Deputy' || t.text === 'Lord')) t = tokens[last + 2];
  return t !== undefined && t.kind === 'word' && PLACE_OFFICES.has(lowerToken(t));
}
