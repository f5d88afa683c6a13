/**
 * "The Tasker family said they were relieved": a one-word name between "the" and "family" is the family's
 * surname, a person's name (it joins "Ida Tasker"), never a body or a place. Read per mention, after the model,
 * so the other mentions of the name keep their own evidence ("the Velcaro crime family", a gang's, is left alone).
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { tokenAt } from './token-at';
import { memberNounAfter } from './entity-member-nouns';

export const FAMILY: ReadonlySet<string> = new Set(['family']);

/** Retypes PERSON a one-word ORG or LOC name (no role) in "the X family". */
export function familiesAsPersons(tokens: readonly Token[], cands: Candidate[]): void {
  for (const c of cands) {
    if (c.first !== c.last || c.role !== null || (c.type !== 'ORG' && c.type !== 'LOC')) continue;
    const p = tokenAt(tokens, c.first - 1);
    if (p !== undefined && (p.text === 'the' || p.text === 'The') && p.sentence === tokens[c.first].sentence
      && memberNounAfter(tokens, c.last, FAMILY)) c.type = 'PERSON';
  }
}
