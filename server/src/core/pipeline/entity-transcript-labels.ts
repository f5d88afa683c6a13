/**
 * A transcript's turn label in capitals ("SOLBERG: We will not give up.") names the speaker by surname: the one
 * word in capitals that opens its paragraph before a colon is a person when a person named in full in the document
 * has it as surname ("Rhea Solberg"), whatever the model made of a word in capitals (an acronym, dropped). Labels of
 * no one named ("HOST:", "PRESENTER:") are left alone. Pure, token indices.
 */
import type { Block, Token } from '../types';
import type { Candidate } from './03-entities';
import { tokenAt } from './token-at';
import { isAllCaps } from './02-tokens';
import { lowerToken } from './token-fold';

/** Whether the one word at k opens its block and a colon follows it right away. */
function labelAt(tokens: readonly Token[], blocks: readonly Block[], sentenceBlock: readonly number[], k: number): boolean {
  const colon = tokenAt(tokens, k + 1);
  if (colon?.text !== ':' || colon.start !== tokens[k].end) return false;
  return blocks[sentenceBlock[tokens[k].sentence]].start === tokens[k].start;
}

/** Types PERSON each dropped one-word capitals label whose word is the surname of a person named in full here. */
export function transcriptLabels(tokens: readonly Token[], blocks: readonly Block[], sentenceBlock: readonly number[], cands: Candidate[]): void {
  let surnames: Set<string> | undefined;
  for (const c of cands) {
    if (c.type !== null || c.first !== c.last || c.role !== null || tokens[c.first].text.length < 3 || !isAllCaps(tokens[c.first])) continue;
    if (!labelAt(tokens, blocks, sentenceBlock, c.first)) continue;
    if (!surnames) {
      surnames = new Set();
      for (const p of cands) if (p.type === 'PERSON' && p.last > p.first) surnames.add(lowerToken(tokens[p.last]));
    }
    if (surnames.has(lowerToken(tokens[c.first]))) c.type = 'PERSON';
  }
}
