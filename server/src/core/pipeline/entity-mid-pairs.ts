/**
 * Two-word names that open with an ordinary word ("Royal Quay", "Silver Lantern", "Golden Harrow"), as the
 * article writes them mid-sentence (pure, token indices). At a sentence start the run split drops an
 * opening ordinary word as capitalised by position only, which leaves the second word alone ("Lantern said
 * …", typed PERSON); when the same article writes the pair capitalised mid-sentence ("shares of Silver
 * Lantern fell"), its first word is part of the name there too.
 */
import type { EntityType, Token } from '../types';
import { lowerToken } from './token-fold';
import { personAct } from './entity-person-acts';

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

/** Words within three after a name that say a person is meant ("Wild Pack said he …" is no band). */
const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'his', 'her', 'him']);

function personNear(tokens: readonly Token[], c: { first: number; last: number }): boolean {
  for (let k = c.last + 1; k <= c.last + 3 && k < tokens.length && tokens[k].sentence === tokens[c.last].sentence; k++) {
    if (PERSON_PRONOUNS.has(lowerToken(tokens[k]))) return true;
  }
  return personAct(tokens, c.last);
}

/**
 * A pair of two ordinary words, neither a given name ("Wild Pack", "Silver Lantern"), that the article writes
 * mid-sentence and again at a sentence start or in a title-case line, where `opensMidPair`'s rule keeps it
 * whole: the model reads a person into two capitalised words before "said", but a person is rarely named
 * by two plain words. Such a pair typed PERSON without strong evidence, a title before it or a person's
 * pronoun or act after it, is a body (a band, a firm, a venue) in all its mentions.
 * `weak(i)`: candidate i has no strong or certain evidence and no title; `plain(k)`: the word at k is an
 * ordinary word and no known name; `opens(i)`: candidate i starts a sentence or stands in a title-case line.
 */
export function plainPairsNotPersons(tokens: readonly Token[], cands: { first: number; last: number; type: EntityType | null }[], keys: readonly string[],
  weak: (i: number) => boolean, plain: (k: number) => boolean, opens: (i: number) => boolean): void {
  let at: Set<string> | undefined;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (c.type === 'PERSON' && c.last === c.first + 1 && opens(i) && weak(i) && plain(c.first) && plain(c.last)) (at ??= new Set()).add(keys[i]);
  }
  if (!at) return;
  let mid: Set<string> | undefined;
  for (let i = 0; i < cands.length; i++) if (at.has(keys[i]) && !opens(i)) (mid ??= new Set()).add(keys[i]);
  if (!mid) return;
  for (let i = 0; i < cands.length; i++) if (mid.has(keys[i]) && (!weak(i) || personNear(tokens, cands[i]))) mid.delete(keys[i]);
  for (let i = 0; i < cands.length; i++) if (cands[i].type === 'PERSON' && mid.has(keys[i])) cands[i].type = 'ORG';
}
