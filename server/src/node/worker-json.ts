/**
 * What an analysis worker replies with for one analysis: the two JSON texts an index cache line
 * holds (cached-analysis.ts), written without a replacer. The main thread parses only the head's
 * join keys at arrival (the rest of the head when the flush first reads it: cached-analysis.ts
 * restoreUnread), the claim part when the claims are first read, and
 * keeps the detail (blocks, sentences, mentions, quotes, attributions; detail-codec.ts) as bytes until
 * a feature first reads it, as a warm start does; a cold index so parses and keeps far fewer
 * objects, and the index cache is later written from those bytes without writing them again.
 *
 * A replacer calls back into JavaScript for every value written (10,000 articles: ~1.3 s of the
 * workers' CPU to write their replies, ~0.75 s without). Only a claim's quantity bounds can be
 * non-finite (every other number of an analysis is an offset, an index or a count); they are made
 * strings, as analysisToJson writes them, on the analysis itself: call this only on an analysis
 * that is dropped after. Sentence terms are kept for claim sentences only, as the corpus keeps them.
 *
 * Tried and dropped: the heads as UTF-8 in the transferred detail buffer (no CPU gained, and each
 * batch's buffer, alive while any of its details is unread, then kept the heads too: +60 MB RSS
 * after a cold index of 10,000 articles); encoding each detail once into a scratch buffer instead
 * of counting its bytes first (~0.05 CPU-s per 10,000 articles). Measured and not tried further:
 * a claim sentence's terms as one space-joined string (the join cost what JSON.stringify saved);
 * strings sliced from a text with characters beyond Latin-1 are two-byte and make the whole JSON
 * two-byte, but one-byte copies of them stringified only ~13% faster, before paying for the copies.
 */
import type { DocumentAnalysis } from '../core/types';
import { cacheParts, type CacheParts } from './cached-analysis';

export function consumeToParts(a: DocumentAnalysis): CacheParts {
  // Not withClaimTermsOnly(a) first: the claim part writes the terms of claim sentences only, and the
  // head no sentence terms, so its copy of the analysis changed nothing written.
  for (const c of a.claims) {
    const q = c.quantity as unknown as Record<string, unknown>;
    if (typeof q.low === 'number' && !Number.isFinite(q.low)) q.low = String(q.low);
    if (typeof q.high === 'number' && !Number.isFinite(q.high)) q.high = String(q.high);
  }
  return cacheParts(a, true);
}
