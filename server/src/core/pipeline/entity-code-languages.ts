/**
 * A language a program is written in (pure, token indices): "the app is written in Kestro", "coded in Marl",
 * "programmed in Vell". The model read the one-word name after "in" as a place; after a verb of writing code it
 * is a language or a tool, which the contract has no type for. A known place stays one ("a letter written in
 * Brussels"), and "written" alone needs the word to be no place the lexicon knows.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { tokenAt } from './token-at';
import { lowerToken } from './token-fold';
import { isPlaceName } from '../model/lexicon';

/** Verbs of writing code, before "in" and the language. */
export const CODE_VERBS: ReadonlySet<string> = new Set(['written', 'rewritten', 'coded', 'programmed', 'scripted', 'recoded']);

/** Leaves untyped each one-word LOC candidate (no role) right after "CODE_VERB in", in its sentence, that is no known place. */
export function dropCodeLanguages(tokens: readonly Token[], cands: Candidate[]): void {
  for (const c of cands) {
    if (c.type !== 'LOC' || c.first !== c.last || c.role !== null) continue;
    const inWord = tokenAt(tokens, c.first - 1), verb = tokenAt(tokens, c.first - 2);
    if (inWord?.text !== 'in' || verb === undefined || verb.sentence !== tokens[c.first].sentence || !CODE_VERBS.has(verb.text)) continue;
    if (!isPlaceName(lowerToken(tokens[c.first]))) c.type = null;
  }
}
