/**
 * "Of the 40 ferries, 6 sank", "Of its 12 depots, three were closed", "Of the victims, 12 were children":
 * the whole is named first, in a fronted "of" phrase, and the part's figure after the comma has its verb
 * at once. The part counts the whole's noun, and its claim runs from "Of" (the whole's own figure falls
 * inside it). Before, the part took its verb for what it counted ("6 sank" counting "sank") or, after an
 * auxiliary, counted nothing and was lost.
 */
import type { Token } from '../types';
import { lowerCase } from './token-fold';

/** What opens the whole after "of": "the", "its", "these" … */
const WHOLE_OPENERS = new Set(['the', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your']);
/** The most tokens from "of" to the comma: "Of the 40 new ferries" is six. */
const MAX_WHOLE = 8;

/**
 * For the figure whose first token is `qi` in a sentence's tokens (`toks` starts at the sentence): the
 * indices of the fronted "of" and of the whole's noun (the last word before the comma), or null. The
 * "of" must open the sentence or follow punctuation ("But of the 40 …" is not taken), and the noun
 * must be a lower-case word ("Of the 40 ferries", not "Of the 40 in Marlow").
 */
export function frontedWhole(toks: readonly Token[], qi: number): { of: number; noun: number } | null {
  if (qi < 4 || toks[qi - 1].text !== ',') return null;
  const noun = qi - 2;
  if (toks[noun].kind !== 'word' || !/^\p{Ll}+$/u.test(toks[noun].text)) return null;
  for (let b = noun - 1; b >= 0 && noun - b < MAX_WHOLE; b--) {
    const t = toks[b];
    if (t.kind === 'punct' && t.text !== '-') return null;
    if (lowerCase(t) !== 'of') continue;
    if (b > 0 && toks[b - 1].kind !== 'punct') return null;
    return WHOLE_OPENERS.has(lowerCase(toks[b + 1])) && b + 1 < noun ? { of: b, noun } : null;
  }
  return null;
}
