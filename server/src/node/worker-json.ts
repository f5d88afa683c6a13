/**
 * The analysis text an analysis worker replies with: the same JSON as analysisToJson writes
 * (analysis-json.ts), without a replacer. A replacer calls back into JavaScript for every value
 * written (10,000 articles: ~1.3 s of the workers' CPU to write their replies, ~0.75 s without).
 * Only a claim's quantity bounds can be non-finite (every other number of an analysis is an offset,
 * an index or a count); they are made strings, as analysisToJson writes them, on the analysis
 * itself: call this only on an analysis that is dropped after.
 */
import type { DocumentAnalysis } from '../core/types';

export function consumeToJson(a: DocumentAnalysis): string {
  for (const c of a.claims) {
    const q = c.quantity as unknown as Record<string, unknown>;
    if (typeof q.low === 'number' && !Number.isFinite(q.low)) q.low = String(q.low);
    if (typeof q.high === 'number' && !Number.isFinite(q.high)) q.high = String(q.high);
  }
  return JSON.stringify(a);
}
