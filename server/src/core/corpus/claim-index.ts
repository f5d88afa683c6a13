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

type Kind = 'measure' | 'counted' | 'term' | 'entity';

/** Calls fn for each feature of a claim except its counted noun (handled through CountedMatcher). */
function eachFeature(r: ClaimRef, fn: (kind: Kind, key: string) => void): void {
  if (r.claim.measure) fn('measure', r.claim.measure);
  for (const t of r.terms) fn('term', t);
  for (const e of r.entities) fn('entity', e);
}

class Postings {
  private readonly maps = { measure: new Map<string, Set<ClaimRef>>(), counted: new Map<string, Set<ClaimRef>>(), term: new Map<string, Set<ClaimRef>>(), entity: new Map<string, Set<ClaimRef>>() };
  get(kind: Kind, key: string): Set<ClaimRef> | undefined {
    return this.maps[kind].get(key);
  }
  add(kind: Kind, key: string, r: ClaimRef): void {
    const m = this.maps[kind];
    let s = m.get(key);
    if (!s) m.set(key, (s = new Set()));
    s.add(r);
  }
  remove(kind: Kind, key: string, r: ClaimRef): void {
    const m = this.maps[kind];
    const s = m.get(key);
    if (s) { s.delete(r); if (!s.size) m.delete(key); }
  }
}

export class ClaimIndex {
  private readonly byDoc = new Map<string, ClaimRef[]>();
  private readonly position = new Map<ClaimRef, number>();
  private readonly postings = new Postings();
  private readonly counted = new CountedMatcher();
  /** Rankings computed since they were last invalidated, capped at `depth` candidates. */
  private readonly rankings = new Map<ClaimRef, Candidate[]>();
  /** Rankings carried over to the unchanged claims of edited documents (for tests). */
  carried = 0;
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
    // A document's own claims are never its candidates, so an edited document's unchanged claims
    // keep their rankings (typing in one sentence re-ranks that sentence's claims only).
    const kept = new Map<string, Candidate[]>();
    for (const r of old) {
      const ranked = this.rankings.get(r);
      if (ranked) kept.set(signature(r), ranked);
    }
    const touched = { measure: new Set<string>(), counted: new Set<string>(), term: new Set<string>(), entity: new Set<string>() };
    for (const r of old) {
      this.rankings.delete(r);
      this.position.delete(r);
      eachFeature(r, (kind, key) => { touched[kind].add(key); this.postings.remove(kind, key, r); });
      touched.counted.add(r.claim.counted);
      this.postings.remove('counted', r.claim.counted, r);
    }
    if (refs) {
      this.byDoc.set(doc, refs);
      refs.forEach((r, i) => {
        this.position.set(r, i);
        eachFeature(r, (kind, key) => { touched[kind].add(key); this.postings.add(kind, key, r); });
        touched.counted.add(r.claim.counted);
        this.postings.add('counted', r.claim.counted, r);
        this.counted.add(r.claim.counted);
        const ranked = kept.get(signature(r));
        if (ranked) { this.rankings.set(r, ranked); this.carried++; }
      });
    } else this.byDoc.delete(doc);
    if (!this.rankings.size || (!old.length && !refs?.length)) return;
    for (const t of [...this.rankings.keys()]) {
      if (t.doc === doc) continue;
      let hit = false;
      eachFeature(t, (kind, key) => { hit ||= touched[kind].has(key); });
      if (hit || this.counted.matches(t.claim.counted).some((c) => touched.counted.has(c))) this.rankings.delete(t);
    }
  }

  /** The ranked candidates of one claim, computed once until a change could affect them. */
  rank(target: ClaimRef): Candidate[] {
    let ranked = this.rankings.get(target);
    if (ranked) return ranked;
    const pool = new Set<ClaimRef>();
    const collect = (kind: Kind, key: string) => { for (const r of this.postings.get(kind, key) ?? []) if (r.doc !== target.doc) pool.add(r); };
    eachFeature(target, collect);
    for (const c of this.counted.matches(target.claim.counted)) collect('counted', c);
    const list = [...pool];
    const rank = list.map((r) => this.orderOf(r.doc) * 2 ** 20 + this.position.get(r)!);
    const ordered = list.map((_, i) => i).sort((a, b) => rank[a] - rank[b]).map((i) => list[i]);
    this.lastScored = ordered.length;
    ranked = rankCandidates(target, ordered, this.depth);
    this.rankings.set(target, ranked);
    return ranked;
  }
}

/** What a claim's ranking can depend on: everything but its position in the document. */
function signature(r: ClaimRef): string {
  return JSON.stringify([r.claim, r.terms, r.entities], (key, value) => (POSITIONAL.has(key) ? undefined : value));
}
const POSITIONAL = new Set(['start', 'end', 'sentence', 'local']);

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
