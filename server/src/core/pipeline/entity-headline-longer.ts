/**
 * A Title Case headline cuts a name short where its next word reads as an ordinary headline word
 * ("Marlow Arena Crowd Cheers Tessel Cup Win" left "Marlow" a person and "Tessel" alone), while the body
 * writes the name in full mid-sentence ("filled Marlow Arena", "lifted the Tessel Cup"). A headline's
 * candidate followed, word for word and in no other candidate, by the rest of a longer name the body
 * gives outside any title-case line takes that name's words and type (pure, token indices).
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { lowerToken } from './token-fold';

/** Grows headline candidates to the body's longer names; their chunk facts are worked out again. */
export function headlineNamesGrown(tokens: readonly Token[], cands: Candidate[]): void {
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (!c.titleCase || c.type === null || c.role !== null) continue;
    // Cheap facts first: a word right after it, in no candidate (most headline names have none).
    const limit = i + 1 < cands.length ? cands[i + 1].first : tokens.length; // the next candidate's words stay its own
    const next = c.last + 1 < limit ? tokens[c.last + 1] : undefined;
    if (next === undefined || next.kind !== 'word' || next.start !== tokens[c.last].end + 1) continue;
    const f = lowerToken(tokens[c.first]);
    let best: Candidate | null = null;
    for (const b of cands) {
      const n = b.last - b.first;
      if (b.titleCase || b.type === null || n <= c.last - c.first || c.first + n >= limit || (best !== null && n <= best.last - best.first)) continue;
      if (lowerToken(tokens[b.first]) === f && continues(tokens, c, b)) best = b;
    }
    if (best === null) continue;
    c.last = c.first + (best.last - best.first);
    c.type = best.type;
    c.info = undefined; // worked out again for the longer name when resolved
  }
}

/** The body name `b` is `c`'s words and then the words right after `c`, one space apart, in `c`'s sentence. */
function continues(tokens: readonly Token[], c: Candidate, b: Candidate): boolean {
  const sentence = tokens[c.first].sentence;
  for (let k = 0; k <= b.last - b.first; k++) {
    const h = tokens[c.first + k], w = tokens[b.first + k];
    if (h.kind !== 'word' || h.sentence !== sentence || lowerToken(h) !== lowerToken(w)) return false;
    if (k > 0 && h.start !== tokens[c.first + k - 1].end + 1) return false;
  }
  return true;
}
