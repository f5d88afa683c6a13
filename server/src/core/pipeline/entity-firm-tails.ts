/**
 * Last words that end the names of firms but are no head words of their own ("Kestrel Mobile",
 * "Ostra Robotics", "Tarn Studios", "Dorrel Sports", "Vask Records"): read only as the last word of a
 * name of two or more words, since
 * alone or first they are ordinary words or places ("Mobile Bay", "Digital" in a headline). The model
 * typed such names PERSON (an unknown first word and a capitalised second read as given name and
 * surname), and at a sentence start the run split dropped the opening ordinary word.
 */
import type { Token } from '../types';
import { lowerToken } from './token-fold';
import { lexicon } from '../model/lexicon';

const FIRM_TAILS: ReadonlySet<string> = new Set(`mobile cellular digital robotics analytics dynamics studios
  entertainment sports gaming records pictures films productions networks publishing apparel interactive
  comics`.split(/\s+/));

/** Whether token `b` ends a firm's name of two or more words starting at `k` (k < b). */
export function firmTailAt(tokens: readonly Token[], k: number, b: number): boolean {
  return b > k && FIRM_TAILS.has(lowerToken(tokens[b]));
}

interface Typed { first: number; last: number; role: unknown; type: string | null }

/**
 * Retypes as ORG a PERSON mention of two or more words ending in a firm's tail, unless it opens with a
 * known given name ("Ada Digital" may be a person's stage name; "Kestrel Mobile" is a firm).
 */
export function firmsByTail(tokens: readonly Token[], cands: Typed[]): void {
  for (const c of cands) {
    if (c.type !== 'PERSON' || c.role !== null || !firmTailAt(tokens, c.first, c.last)) continue;
    if (lexicon.firstNames.has(lowerToken(tokens[c.first]))) continue;
    c.type = 'ORG';
  }
}
