/**
 * The corpus-wide claim pool, kept up to date by delta, with an inverted index for ranking.
 *
 * A candidate can only reach the ranking threshold of corroborate.ts if it shares something with
 * the target claim: the measure, a compatible counted noun, a content word of the sentence or a
 * corpus-wide entity (timeframe and sourcing alone score too little). So ranking scores only the
 * claims found under the target's features instead of the whole pool, in corpus order so that ties
 * break exactly as a full scan would; a unit test compares both on random corpora. Rankings are
 * cached per claim and dropped only for claims that share a feature with a changed claim.
 */
import type { Claim } from '../types';
import { rankCandidates, type Candidate, type ClaimRef } from './corroborate';

const featuresOf = (r: ClaimRef): string[] => [
  ...(r.claim.measure ? ['m:' + r.claim.measure] : []),
  ...r.terms.map((t) => 't:' + t),
  ...r.entities.map((e) => 'e:' + e),
];

export class ClaimIndex {
  private readonly byDoc = new Map<string, ClaimRef[]>();
  private readonly position = new Map<ClaimRef, number>();
  private readonly postings = new Map<string, Set<ClaimRef>>();
  private readonly counted = new CountedMatcher();
  /** Rankings computed since they were last invalidated, capped at `depth` candidates. */
  private readonly rankings = new Map<ClaimRef, Candidate[]>();
  /** Candidates scored by the last ranking (for benchmarks). */
  lastScored = 0;

  constructor(private readonly orderOf: (doc: string) => number, private readonly depth: number) {}

  of(doc: string): readonly ClaimRef[] | undefined {
    return this.byDoc.get(doc);
  }

  /** All claims in corpus order. */
  all(): ClaimRef[] {
    return [...this.byDoc.keys()].sort((a, b) => this.orderOf(a) - this.orderOf(b)).flatMap((d) => this.byDoc.get(d)!);
  }

  /** Replaces a document's claims (`null`: the document is gone). */
  update(doc: string, refs: ClaimRef[] | null): void {
    const old = this.byDoc.get(doc) ?? [];
    const touched = new Set<string>();
    const touchedCounted = new Set<string>();
    for (const r of old) {
      this.rankings.delete(r);
      this.position.delete(r);
      this.post(r, touched, touchedCounted, false);
    }
    if (refs) {
      this.byDoc.set(doc, refs);
      refs.forEach((r, i) => { this.position.set(r, i); this.post(r, touched, touchedCounted, true); });
    } else this.byDoc.delete(doc);
    if (!this.rankings.size || (!touched.size && !touchedCounted.size)) return;
    for (const t of [...this.rankings.keys()]) {
      if (featuresOf(t).some((f) => touched.has(f)) || this.counted.matches(t.claim.counted).some((c) => touchedCounted.has(c))) {
        this.rankings.delete(t);
      }
    }
  }

  private post(r: ClaimRef, touched: Set<string>, touchedCounted: Set<string>, add: boolean): void {
    const keys = featuresOf(r);
    keys.push('c:' + r.claim.counted);
    if (add) this.counted.add(r.claim.counted);
    touchedCounted.add(r.claim.counted);
    for (const k of keys) {
      touched.add(k);
      let s = this.postings.get(k);
      if (add) {
        if (!s) this.postings.set(k, (s = new Set()));
        s.add(r);
      } else if (s) {
        s.delete(r);
        if (!s.size) this.postings.delete(k);
      }
    }
  }

  /** The ranked candidates of one claim, computed once until a change could affect them. */
  rank(target: ClaimRef): Candidate[] {
    let ranked = this.rankings.get(target);
    if (ranked) return ranked;
    const pool = new Set<ClaimRef>();
    const collect = (key: string) => { for (const r of this.postings.get(key) ?? []) if (r.doc !== target.doc) pool.add(r); };
    for (const f of featuresOf(target)) collect(f);
    for (const c of this.counted.matches(target.claim.counted)) collect('c:' + c);
    const ordered = [...pool].sort((a, b) => this.orderOf(a.doc) - this.orderOf(b.doc) || this.position.get(a)! - this.position.get(b)!);
    this.lastScored = ordered.length;
    ranked = rankCandidates(target, ordered, this.depth);
    this.rankings.set(target, ranked);
    return ranked;
  }
}

/**
 * Which counted nouns the ranking treats as the same thing ("civilians" and "people", an implicit
 * count and "residents"). Asked of `rankCandidates` itself with claims that share nothing but the
 * counted noun, so this index never disagrees with corroborate.ts's grouping.
 */
class CountedMatcher {
  private readonly known = new Set<string>();
  private matchesOf = new Map<string, string[]>();

  add(counted: string): void {
    if (this.known.has(counted)) return;
    this.known.add(counted);
    this.matchesOf = new Map();
  }

  matches(counted: string): string[] {
    let m = this.matchesOf.get(counted);
    if (!m) {
      const pool = [...this.known].map((c) => probe('\u0000b', c));
      m = rankCandidates(probe('\u0000a', counted), pool, Infinity).map((k) => k.claim.counted);
      if (!m.includes(counted)) m.push(counted);
      this.matchesOf.set(counted, m);
    }
    return m;
  }
}

function probe(doc: string, counted: string): ClaimRef {
  const quantity = { start: 0, end: 0, text: '', low: 1, high: 1, lowOpen: false, highOpen: false, approx: false, unit: 'count' as const };
  const claim = { start: 0, end: 0, text: '', quantity, counted, measure: '', timeframe: null, sentence: 0, sourced: 'no' as const, source: null, sourceCue: null } as Claim;
  return { doc, claim, terms: [], entities: [] };
}
