/**
 * Ranks passages of other articles that back or contradict a claim: same measure, compatible
 * figures, shared entities and time frame, lexical similarity; sourced passages first.
 */
import type { Claim } from '../types';
import { compatible } from '../pipeline/quantities';

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

const GROUPS: Record<string, string> = {
  person: 'people', people: 'people', civilian: 'people', resident: 'people', other: 'people', inhabitant: 'people',
  villager: 'people', passenger: 'people', victim: 'people', worker: 'people', individual: 'people',
  child: 'child', kid: 'child', minor: 'child', boy: 'child', girl: 'child',
  soldier: 'soldier', troop: 'soldier', fighter: 'soldier', militant: 'soldier', rebel: 'soldier',
};
const group = (counted: string) => GROUPS[counted] ?? counted;
/** "140 injured", "others hurt", "dozens of whom": the count is of people, left implicit. */
const IMPLICIT = new Set(['', 'other', 'whom', 'them', 'wounded', 'injured', 'dead', 'killed', 'missing', 'people', 'person']);
function sameThing(a: string, b: string): boolean {
  if (group(a) === group(b)) return true;
  const human = (x: string) => IMPLICIT.has(x) || group(x) === 'people' || group(x) === 'child';
  return (IMPLICIT.has(a) && human(b)) || (IMPLICIT.has(b) && human(a));
}

/** 1 for equal point figures, falling towards 0 as they diverge; 0.5 when either is an open range. */
function closeness(a: Claim, b: Claim): number {
  const x = a.quantity, y = b.quantity;
  if (!Number.isFinite(x.high) || !Number.isFinite(y.high)) return 0.5;
  const mx = (x.low + x.high) / 2, my = (y.low + y.high) / 2;
  return 1 - Math.min(1, Math.abs(mx - my) / Math.max(mx, my, 1));
}

export function rankCandidates(target: ClaimRef, pool: Iterable<ClaimRef>, limit = 5): Candidate[] {
  const out: Candidate[] = [];
  const targetTerms = termSet(target.terms);
  for (const c of pool) {
    if (c.doc === target.doc) continue;
    const a = target.claim, b = c.claim;
    const sameMeasure = a.measure !== '' && a.measure === b.measure;
    const sameCounted = sameThing(a.counted, b.counted);
    const sameUnit = a.quantity.unit === b.quantity.unit;
    const fits = sameUnit && compatible(a.quantity, b.quantity);
    let score = 0;
    if (sameMeasure) score += 0.3;
    if (sameCounted) score += 0.2;
    if (sameMeasure && sameCounted) score += fits ? 0.1 + 0.05 * closeness(a, b) : 0.05;
    score += 0.2 * sentenceSimilarity(target.terms, targetTerms, c.terms);
    const shared = c.entities.filter((e) => target.entities.includes(e)).length;
    score += 0.05 * Math.min(2, shared);
    if (a.timeframe && a.timeframe === b.timeframe) score += 0.05;
    if (b.sourced === 'yes') score += 0.05;
    if (score < 0.15) continue;
    const relation: Relation = sameMeasure && sameCounted
      ? fits ? 'supports' : sameUnit && !(a.timeframe && b.timeframe && a.timeframe !== b.timeframe) ? 'conflicts' : 'related'
      : 'related';
    out.push({ doc: c.doc, claim: b, score: Math.round(score * 1000) / 1000, relation });
  }
  out.sort((x, y) => y.score - x.score || (x.claim.sourced === 'yes' ? -1 : 1));
  return out.slice(0, limit);
}

/**
 * The set of a sentence's terms, built once per sentence: claims of one sentence share its terms,
 * and rebuilding the set per claim and candidate was quadratic in a long sentence of figures.
 */
const termSets = new WeakMap<readonly string[], ReadonlySet<string>>();
function termSet(terms: readonly string[]): ReadonlySet<string> {
  let s = termSets.get(terms);
  if (!s) termSets.set(terms, (s = new Set(terms)));
  return s;
}

/** Jaccard similarity of two sentences' terms, computed once per pair of sentences. */
const similarities = new WeakMap<readonly string[], WeakMap<readonly string[], number>>();
function sentenceSimilarity(a: readonly string[], aSet: ReadonlySet<string>, b: readonly string[]): number {
  let row = similarities.get(a);
  if (!row) similarities.set(a, (row = new WeakMap()));
  let v = row.get(b);
  if (v === undefined) row.set(b, (v = jaccard(aSet, b)));
  return v;
}

function jaccard(a: ReadonlySet<string>, b: readonly string[]): number {
  if (a.size === 0 || b.length === 0) return 0;
  const bs = termSet(b);
  let inter = 0;
  for (const x of bs) if (a.has(x)) inter++;
  return inter / (a.size + bs.size - inter);
}
