/**
 * Names opened by a first initial ("N. Vessova", "the teacher N. Vessova", "met J. Pellam"): the initial is
 * part of the person's name, and a name so written is a person's (the model, which rarely saw a lone
 * capital and a dot open a name, typed some of them bodies or places). Not a list's lettered option that is
 * its whole sentence ("B. Corvane" on a line of its own), nor a street's compass letter after a house
 * number ("42 W. Tessaly Ave"), nor "I". Pure, token indices.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { LOC_HEADS, ORG_HEADS } from '../model/words';
import { lowerToken } from './token-fold';

/** Does the capital letter at token i, with its dot at i + 1, open a person's name as its first initial? */
export function leadingInitial(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i], name = tokens[i + 2];
  // (a space after the dot: "M.Sc" is a degree)
  if (t.text === 'I' || name === undefined || name.start === tokens[i + 1].end || !/^\p{Lu}\p{Ll}/u.test(name.text)) return false;
  const prev = i > 0 && tokens[i - 1].sentence === t.sentence ? tokens[i - 1] : undefined;
  if (prev === undefined) return tokens[i + 3] !== undefined && tokens[i + 3].sentence === t.sentence; // not an option alone on its line
  return !/^\d/.test(prev.text); // "42 W. Tessaly Ave"
}

/** Types PERSON a candidate opened by an initial and its dot, then a name word, that ends in no body's or place's head. */
export function personsByInitial(tokens: readonly Token[], cands: Candidate[]): void {
  for (const c of cands) {
    if (c.type === 'PERSON' || c.last < c.first + 2 || tokens[c.first].text.length !== 1 || tokens[c.first + 1].text !== '.') continue;
    if (!/^\p{Lu}$/u.test(tokens[c.first].text) || tokens[c.first + 2].start === tokens[c.first + 1].end || !/^\p{Lu}\p{Ll}/u.test(tokens[c.first + 2].text)) continue;
    const head = lowerToken(tokens[c.last]);
    if (ORG_HEADS.has(head) || LOC_HEADS.has(head)) continue;
    c.type = 'PERSON';
  }
}
