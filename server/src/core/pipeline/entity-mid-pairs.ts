/**
 * Two-word names that open with an ordinary word ("Royal Quay", "Silver Lantern", "Golden Harrow"), as the
 * article writes them mid-sentence (pure, token indices). At a sentence start the run split drops an
 * opening ordinary word as capitalised by position only, which leaves the second word alone ("Lantern said
 * …", typed PERSON); when the same article writes the pair capitalised mid-sentence ("shares of Silver
 * Lantern fell"), its first word is part of the name there too.
 */
import type { Token } from '../types';
import { lowerToken } from './token-fold';

/** The key of the pair of words at k and k + 1: both folded, joined by a space. */
export function pairKey(tokens: readonly Token[], k: number): string {
  return lowerToken(tokens[k]) + ' ' + lowerToken(tokens[k + 1]);
}

/**
 * Whether the capitalised word at k (not at a sentence start, not after another capitalised word) opens a
 * pair with the capitalised word right after it, in its sentence and one space on.
 */
export function opensMidPair(tokens: readonly Token[], cap: Uint8Array, k: number): boolean {
  if (k + 1 >= tokens.length) return false; // never read past the end: that deopts findCandidates (out of bounds)
  const n = tokens[k + 1];
  return cap[k + 1] === 1 && n.sentence === tokens[k].sentence && n.start - tokens[k].end === 1
    && !(k > 0 && cap[k - 1] === 1);
}
