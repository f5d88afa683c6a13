/**
 * Claims in a headline. A headline never names its source (the body does), so its figures are
 * compared with other articles but never flagged as unsourced; the hover says so and points to the
 * body's passages that give the same figure.
 */
import type { Claim, DocumentAnalysis, Quantity } from '../types';

export function isHeadlineClaim(a: DocumentAnalysis, c: Claim): boolean {
  return a.blocks[a.sentences[c.sentence]?.block]?.kind === 'headline';
}

/** Same figure: same unit and the same bounds (a superlative's NaN bounds never match). */
function sameFigure(p: Quantity, q: Quantity): boolean {
  return p.unit === q.unit && p.low === q.low && p.high === q.high;
}

/** Indexes of the claims outside the headline that give the headline claim's figure, in text order. */
export function bodyClaimsWithFigure(a: DocumentAnalysis, ci: number): number[] {
  const c = a.claims[ci];
  const out: number[] = [];
  a.claims.forEach((b, bi) => { if (bi !== ci && sameFigure(b.quantity, c.quantity) && !isHeadlineClaim(a, b)) out.push(bi); });
  return out;
}
