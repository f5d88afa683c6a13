/**
 * A name in a disease's or condition's eponym ("Parkinson's disease", "Alzheimer's disease", "Crohn's disease",
 * "Hodgkin's lymphoma", "Bell's palsy") names no person or body in the story: the illness an obituary or a profile
 * mentions. The one-word name before "'s" and such a term's noun is no entity, nor is the same word before "'s"
 * elsewhere in the document ("his Parkinson's worsened"). Pure, token indices.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { lowerToken } from './token-fold';

const TERM_NOUNS: ReadonlySet<string> = new Set(['disease', 'syndrome', 'lymphoma', 'palsy', 'sarcoma', 'disorder', 'dementia']);
const POSSESSIVE = new Set(["'s", '’s']);

/**
 * Words that may follow the term: a clause's or phrase's little words. Another lower-case word makes the noun a
 * modifier of a place's or body's thing ("Velby's disease rate rose"), no eponym.
 */
const AFTER_TERM: ReadonlySet<string> = new Set(['and', 'or', 'in', 'at', 'for', 'since', 'who', 'which', 'that', 'was', 'is', 'had', 'has', 'when', 'after', 'before', 'until', 'but']);

/** Is the one-word candidate `c` followed by "'s" (and, when `term`, then a disease's noun ending its phrase)? */
function beforePossessive(tokens: readonly Token[], c: Candidate, term: boolean): boolean {
  if (c.first !== c.last || !POSSESSIVE.has(tokens[c.last + 1]?.text ?? '')) return false;
  if (!term) return true;
  const n = tokens[c.last + 2], after = tokens[c.last + 3];
  if (n === undefined || !TERM_NOUNS.has(lowerToken(n))) return false;
  return after === undefined || after.sentence !== n.sentence || after.kind !== 'word' || AFTER_TERM.has(after.text);
}

export function dropEponymTerms(tokens: readonly Token[], cands: Candidate[]): void {
  let words: Set<string> | null = null;
  for (const c of cands) {
    if (c.type === null || c.role !== null || !beforePossessive(tokens, c, true)) continue;
    c.type = null;
    (words ??= new Set()).add(tokens[c.first].text);
  }
  if (!words) return;
  for (const c of cands) if (c.type !== null && c.role === null && words.has(tokens[c.first].text) && beforePossessive(tokens, c, false)) c.type = null;
}
