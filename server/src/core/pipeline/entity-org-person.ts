/**
 * An organisation's name run straight into its officer's name with no comma between: "the chairman of
 * Orrin Holdings Paul Dace", "a vice president at Kestrel Motors Lena Voss", "Director of Harbour Group
 * Ilse Varga". News writes a role, its body and the holder in one capitalised run; the body ends at its
 * head word and a known given name opens the person's name. Without the split the whole run was one
 * mention (a person named after a firm, or a firm with a person's name), and the quote it said went
 * to that.
 */
import type { Token } from '../types';
import { lowerToken } from './token-fold';
import { LOC_HEADS, ORG_HEADS } from '../model/words';
import { lexicon } from '../model/lexicon';

/** A word written as a name: a capital, then lower-case letters ("Paul", "Dace", "O'Neill"). */
const TITLE_WORD = /^\p{Lu}[\p{Ll}'’-]+$/u;

/**
 * The index of the organisation's head word when run a..b is a body of two or more words ending in a
 * head word ("Holdings", "Motors", "LLC") and then a person's name of two or three words led by a known
 * given name; else -1. No word of the name is a body's or a place's head word ("Orrin Holdings Paul
 * Dace", not "Orrin Group Grace Centre").
 */
export function personAfterOrgHead(tokens: readonly Token[], a: number, b: number): number {
  if (b - a < 3) return -1;
  for (let k = Math.max(a + 1, b - 3); k <= b - 2; k++) {
    if (!ORG_HEADS.has(lowerToken(tokens[k])) || !lexicon.firstNames.has(lowerToken(tokens[k + 1]))) continue;
    if (personName(tokens, k + 1, b)) return k;
  }
  return -1;
}

function personName(tokens: readonly Token[], p: number, b: number): boolean {
  for (let j = p; j <= b; j++) {
    const t = tokens[j];
    if (t.kind !== 'word' || !TITLE_WORD.test(t.text)) return false;
    const l = lowerToken(t);
    // Surnames are often ordinary words ("Paul Dace", "Tomas Reed"); head words end a body or place instead.
    if (ORG_HEADS.has(l) || LOC_HEADS.has(l)) return false;
  }
  return true;
}
