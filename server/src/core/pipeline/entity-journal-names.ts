/**
 * A journal's or newspaper's name of two or more words that ends in a word papers are named by ("The Kelby Lancet",
 * "Orrin Journal", "Marle Gazette") is an organisation, also where the model typed it a place or a person
 * ("published in The Kelby Lancet on Monday"). Words that are also surnames ("Post", "Press", "Standard") are not
 * among them. Pure, token indices.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { lowerToken } from './token-fold';

/** Last words of a journal's or paper's name that are no one's surname and no place's head. */
export const JOURNAL_HEADS: ReadonlySet<string> = new Set(`lancet journal gazette review times herald tribune chronicle courier
  ledger dispatch examiner telegraph bulletin proceedings`.split(/\s+/));

/** Retypes ORG a LOC or PERSON of two or more words that ends in a journal's head word. */
export function journalNames(tokens: readonly Token[], cands: Candidate[]): void {
  for (const c of cands) {
    if ((c.type !== 'LOC' && c.type !== 'PERSON') || c.first === c.last || c.role !== null) continue;
    const last = tokens[c.last];
    if (last.kind === 'word' && JOURNAL_HEADS.has(lowerToken(last)) && last.text !== last.text.toLowerCase()) c.type = 'ORG';
  }
}
