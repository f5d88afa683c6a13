/**
 * Ranks passages of other articles that back or contradict a claim: same measure (what happened),
 * same kind of counted thing, compatible figures, shared entities and time frame, lexical
 * similarity; sourced passages first on ties.
 *
 * Only claims that share a key (measure, counted class, money, superlative) can match, so a
 * `CandidateIndex` over those keys ranks a claim without scanning the whole pool; `rankCandidates`
 * scans and gives the same answer.
 */
import type { Claim } from '../types';
import { compatible } from '../pipeline/quantities';
import { countedClass, countedMatch, isHumanClass, timeKey } from '../model/measures';

export type Relation = 'supports' | 'conflicts' | 'related';

export interface ClaimRef {
  doc: string;
  claim: Claim;
  /** Content words of the claim's sentence. */
  terms: readonly string[];
  /** Corpus-wide entity ids named in the claim's sentence. */
  entities: readonly string[];
}

export interface Candidate {
  doc: string;
  claim: Claim;
  score: number;
  relation: Relation;
}

const DIMENSIONS = new Set(['length', 'mass', 'volume', 'area']);

/** The index keys of a claim: two claims can only corroborate each other when they share one. */
export function matchKeys(c: Claim): string[] {
  if (c.kind === 'superlative') return ['superlative'];
  if (c.quantity.unit === 'money') return ['money'];
  const keys: string[] = [];
  if (c.measure) keys.push('m:' + c.measure);
  // Shares of one figure ("1% of revenue", "a 1% levy") can state the same term under other nouns.
  if (c.quantity.unit === 'percent') keys.push('percent');
  const cls = countedClass(c.counted);
  keys.push('c:' + (isHumanClass(cls) ? 'people' : cls));
  return keys;
}

/** The figure a quantity stands for: its midpoint, or its one finite bound for an open range ("at least 3"). */
function pointOf(q: Claim['quantity']): number | null {
  const lo = Number.isFinite(q.low) ? q.low : null, hi = Number.isFinite(q.high) ? q.high : null;
  return lo !== null && hi !== null ? (lo + hi) / 2 : lo ?? hi;
}

/**
 * 1 for equal figures, falling towards 0 as they diverge. An open range counts as its bound, so
 * "at least three" is closer to three than to thirty; 0.5 when a figure is unknown.
 */
function closeness(a: Claim, b: Claim): number {
  const mx = pointOf(a.quantity), my = pointOf(b.quantity);
  if (mx === null || my === null) return 0.5;
  return 1 - Math.min(1, Math.abs(mx - my) / Math.max(mx, my, 1));
}

/** Scores one passage of another article against the target; null when it is no candidate. */
export function scoreCandidate(target: ClaimRef, c: ClaimRef, targetTerms: ReadonlySet<string> = new Set(target.terms),
  targetNear: ReadonlySet<string> = new Set(target.claim.near ?? [])): Candidate | null {
  if (c.doc === target.doc) return null;
  const a = target.claim, b = c.claim;
  const ka = matchKeys(a), kb = matchKeys(b);
  if (!ka.some((k) => kb.includes(k))) return null;
  const ta = timeKey(a.timeframe), tb = timeKey(b.timeframe);
  const sameTime = ta !== null && ta === tb;
  const otherTime = ta !== null && tb !== null && ta !== tb;
  const shared = c.entities.filter((e) => target.entities.includes(e)).length;
  let score = 0.2 * jaccard(targetTerms, c.terms) + 0.15 * jaccard(targetNear, b.near ?? []) + 0.05 * Math.min(2, shared) + (sameTime ? 0.05 : 0) + (b.sourced === 'yes' ? 0.05 : 0);
  let relation: Relation = 'related';

  if (a.kind === 'superlative' || b.kind === 'superlative') {
    // Two superlatives about the same span of time ("since the war began") back each other.
    score += 0.3 + (sameTime ? 0.15 : 0) + 0.1 * jaccard(targetTerms, c.terms);
    if (sameTime) relation = 'supports';
  } else {
    const sameMeasure = a.measure !== '' && a.measure === b.measure;
    const money = a.quantity.unit === 'money' && b.quantity.unit === 'money';
    const percent = a.quantity.unit === 'percent' && b.quantity.unit === 'percent';
    const counted = money ? 1 : countedMatch(a.counted, b.counted);
    const sameUnit = a.quantity.unit === b.quantity.unit;
    const figures = a.kind !== 'proportion' && b.kind !== 'proportion';
    const fits = sameUnit && (!figures || compatible(a.quantity, b.quantity));
    if (sameMeasure) score += 0.3;
    score += 0.2 * counted;
    if (sameMeasure && counted > 0) score += fits ? 0.1 + 0.2 * (figures ? closeness(a, b) : 0.5) * counted : 0.05 * counted;
    else if (money && fits) score += 0.1 + 0.1 * closeness(a, b); // the same amount under other words
    else if (percent && fits && closeness(a, b) > 0.95) score += 0.15; // the same share under other nouns
    // The same things counted under another verb ("90 firefighters fought" / "80 firefighters were
    // sent"): a fitting figure ranks above one that does not.
    else if (counted === 1 && fits && figures) score += 0.05 + 0.1 * closeness(a, b);
    if (sameMeasure && counted === 1) {
      if (fits) relation = 'supports';
      // Figures of one measure that cannot both be true: unless they cover different periods, or
      // are amounts and sizes, which often describe different things.
      else if (sameUnit && figures && !otherTime && !money && !DIMENSIONS.has(a.measure)) relation = 'conflicts';
    } else if (money && fits && closeness(a, b) > 0.95) relation = 'supports';
    if (otherTime) score -= 0.05;
  }
  if (score < 0.15) return null;
  return { doc: c.doc, claim: b, score: Math.round(score * 1000) / 1000, relation };
}

function byRank(x: Candidate, y: Candidate): number {
  return y.score - x.score || (x.claim.sourced === 'yes' ? 0 : 1) - (y.claim.sourced === 'yes' ? 0 : 1)
    || (x.doc < y.doc ? -1 : x.doc > y.doc ? 1 : 0) || x.claim.start - y.claim.start;
}

/** Ranks every claim of the pool against the target (a full scan; see CandidateIndex). */
export function rankCandidates(target: ClaimRef, pool: Iterable<ClaimRef>, limit = 5): Candidate[] {
  const out: Candidate[] = [];
  const targetTerms = new Set(target.terms);
  const targetNear = new Set(target.claim.near ?? []);
  for (const c of pool) {
    const k = scoreCandidate(target, c, targetTerms, targetNear);
    if (k) out.push(k);
  }
  return out.sort(byRank).slice(0, limit);
}

/**
 * The claim pool indexed by match key, so ranking one claim scores only the claims that share a
 * key with it. Documents can be added and removed one at a time.
 */
export class CandidateIndex {
  private readonly byKey = new Map<string, ClaimRef[]>();
  private readonly byDoc = new Map<string, ClaimRef[]>();

  constructor(pool: Iterable<ClaimRef> = []) {
    for (const c of pool) this.add(c);
  }

  add(ref: ClaimRef): void {
    for (const k of matchKeys(ref.claim)) (this.byKey.get(k) ?? this.byKey.set(k, []).get(k)!).push(ref);
    (this.byDoc.get(ref.doc) ?? this.byDoc.set(ref.doc, []).get(ref.doc)!).push(ref);
  }

  /** Drops every claim of one document. */
  removeDoc(doc: string): void {
    const refs = this.byDoc.get(doc);
    if (!refs) return;
    this.byDoc.delete(doc);
    for (const ref of refs) for (const k of matchKeys(ref.claim)) {
      const list = this.byKey.get(k);
      if (!list) continue;
      const kept = list.filter((r) => r.doc !== doc);
      if (kept.length) this.byKey.set(k, kept); else this.byKey.delete(k);
    }
  }

  rank(target: ClaimRef, limit = 5): Candidate[] {
    const seen = new Set<ClaimRef>();
    for (const k of matchKeys(target.claim)) for (const r of this.byKey.get(k) ?? []) seen.add(r);
    return rankCandidates(target, seen, limit);
  }
}

/**
 * The distinct words of a term list, made once per list: every claim of a sentence shares its
 * sentence's list, and a long sentence full of figures was made a set again for each comparison.
 */
const termSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function jaccard(a: ReadonlySet<string>, b: readonly string[]): number {
  if (a.size === 0 || b.length === 0) return 0;
  let bs = termSets.get(b);
  if (!bs) termSets.set(b, (bs = new Set(b)));
  let inter = 0;
  for (const x of bs) if (a.has(x)) inter++;
  return inter / (a.size + bs.size - inter);
}
