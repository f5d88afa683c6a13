/**
 * A class or category named by a letter before the noun it sorts (pure, token indices): "Class A drugs",
 * "a Class B drug", "a Category C prison", "Grade B offences". The capitalised label word (with or
 * without its letter) names no person or body, though alone it was typed as one ("Class B" a person,
 * "Class" an organisation once the lone letter was dropped).
 *
 * Only with a lower-case word right after the letter: a letter that ends the phrase ("in Group C", "the
 * Class of 2019") may be a sports group or a body, which the corpora annotate; "Band" with its letter alone
 * ("a Band D home", "in Band D") is a council-tax band whatever follows.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { tokenAt } from './token-at';
import { lowerToken } from './token-fold';

export const LABEL_WORDS = new Set(['class', 'category', 'grade', 'tier', 'band']);

/** Is the token a lone capital letter, or a short Roman numeral ("A", "C", "II")? */
function letterLabel(t: Token | undefined): boolean {
  return t !== undefined && t.text.length <= 3 && /^(?:[A-Z]|I{1,3}|IV|V)$/.test(t.text);
}

/** Drops "Class"/"Class B" before a letter and a lower-case noun ("Class A drugs"). */
export function dropClassLabels(tokens: readonly Token[], cands: Candidate[]): void {
  for (const c of cands) {
    if (c.type === null || c.last > c.first + 1 || c.role !== null) continue;
    const w = tokens[c.first];
    const c0 = w.text.charCodeAt(0) | 0x20; // c, g, t, b open every label word
    if (w.text.length < 4 || w.text.length > 8 || (c0 !== 99 && c0 !== 103 && c0 !== 116 && c0 !== 98) || !LABEL_WORDS.has(lowerToken(w))) continue;
    const letter = tokenAt(tokens, c.first + 1), next = tokenAt(tokens, c.first + 2);
    if (!letterLabel(letter) || letter!.start !== w.end + 1 || (c.last > c.first && c.last !== c.first + 1)) continue;
    // "Band D" alone is still a council-tax band ("in Band D."): no sports group or body is called "Band X".
    if ((next === undefined || next.sentence !== w.sentence || next.start !== letter!.end + 1 || !/^[a-z]/.test(next.text)) && lowerToken(w) !== 'band') continue;
    c.type = null;
  }
}
