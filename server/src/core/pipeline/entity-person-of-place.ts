/**
 * A person's full name, "of", then what they stand for: "Senator Ilse Varga of Norland", "Attorney General
 * Ada Roe of Carrow". The place (or body) after "of" is its own entity and never a person: the model read
 * such an unknown one-word place beside a person's name as a surname, and its later mentions went with it.
 * Pure, token indices.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { ORG_HEADS } from '../model/words';
import { lowerToken } from './token-fold';

/** A word that opens with a capital letter (A–Z or any other upper-case letter). */
function capital(t: Token): boolean {
  return t.kind === 'word' && /^\p{Lu}/u.test(t.text);
}

/**
 * In a titled person's run rest..b (the title's head word let the run take "of"): the "of" after a name of
 * two or more words when only capitalised words follow it ("Ilse Varga of Norland"); else -1.
 */
export function nameThenOf(tokens: readonly Token[], rest: number, b: number): number {
  for (let k = rest + 2; k < b; k++) {
    if (tokens[k].text !== 'of') continue;
    for (let j = k + 1; j <= b; j++) if (!capital(tokens[j])) return -1;
    return k;
  }
  return -1;
}

/**
 * Retypes a name typed PERSON right after "of" and a person named in two or more words ("Paula Kestrel
 * of Ardenne") as the place they come from; a name ending in an organisation's head word is left to its own rules.
 */
export function placesAfterPersonOf(tokens: readonly Token[], cands: Candidate[]): void {
  for (let i = 1; i < cands.length; i++) {
    const c = cands[i], p = cands[i - 1];
    if (c.type !== 'PERSON' || p.type !== 'PERSON' || p.last !== c.first - 2 || p.last === p.first) continue;
    const of = tokens[c.first - 1];
    if (of.text !== 'of' || of.sentence !== tokens[c.first].sentence || ORG_HEADS.has(lowerToken(tokens[c.last]))) continue;
    c.type = 'LOC';
  }
}
