/**
 * The local entities named inside each claim's sentence: what the claim pool links a claim to
 * (through their corpus-wide entities). Computed from the sentences and mentions; an analysis
 * restored from the index cache carries them precomputed (`CLAIM_LOCALS`), so that building the
 * claim pool needs neither its sentences nor its mentions, which it then parses only when asked.
 */
import type { DocumentAnalysis } from '../types';

/** Where an analysis may carry its claims' entity locals (not an own enumerable key: never serialised). */
export const CLAIM_LOCALS = Symbol.for('source-annotator.claimLocals');

type WithLocals = DocumentAnalysis & { [CLAIM_LOCALS]?: readonly (readonly number[])[] };

/**
 * For claim `i`: the distinct `local` of the mentions that lie inside its sentence, in order of
 * first mention. Mapping them to corpus-wide entities in this order gives the same first-seen
 * order as mapping every mention.
 */
export function claimEntityLocals(a: DocumentAnalysis, i: number): readonly number[] {
  const given = (a as WithLocals)[CLAIM_LOCALS];
  if (given) return given[i];
  const s = a.sentences[a.claims[i].sentence];
  const out: number[] = [];
  const mentions = a.mentions;
  // Mentions are sorted by start: begin at the sentence (a scan of all of them per claim was quadratic).
  for (let k = firstMentionFrom(mentions, s.start); k < mentions.length && mentions[k].start < s.end; k++) {
    const m = mentions[k];
    if (m.end > s.end || out.includes(m.local)) continue;
    out.push(m.local);
  }
  return out;
}

/** Every claim's entity locals (what the index cache stores with an analysis). */
export function allClaimEntityLocals(a: DocumentAnalysis): number[][] {
  return a.claims.map((_, i) => [...claimEntityLocals(a, i)]);
}

export function firstMentionFrom(mentions: readonly { start: number }[], offset: number): number {
  let lo = 0, hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start >= offset) hi = mid; else lo = mid + 1;
  }
  return lo;
}
