/**
 * The corpus-wide claim pool, kept up to date by delta, with an inverted index for ranking.
 *
 * corroborate.ts scores a candidate only when it shares a match key with the target claim
 * (`matchKeys`: measure, counted class, percent, money, superlative). So ranking scores only the
 * claims of other documents found under the target's keys instead of the whole pool, in corpus
 * order, and gives exactly what `rankCandidates` gives over the whole pool (a unit test compares
 * both on random corpora). Rankings are cached per claim and dropped only for claims that share a
 * key with a changed claim; a document's own claims are never its candidates.
 */
import { makeScorable, matchKeys, rankScorable, type Candidate, type ClaimRef, type Scorable } from './corroborate';

export class ClaimIndex {
  private readonly byDoc = new Map<string, ClaimRef[]>();
  private readonly position = new Map<ClaimRef, number>();
  /** match key → document → that document's claims under the key */
  private readonly postings = new Map<string, Map<string, Scorable[]>>();
  /** Each claim made ready for scoring (its match keys among what it holds). */
  private readonly scored = new Map<ClaimRef, Scorable>();
  /** Rankings computed since they were last invalidated, capped at `depth` candidates. */
  private readonly rankings = new Map<ClaimRef, Candidate[]>();
  /** match key → the claims whose cached ranking looked under it */
  private readonly rankedUnder = new Map<string, Set<ClaimRef>>();
  /** Rankings carried over to the unchanged claims of edited documents (for tests). */
  carried = 0;
  /** Candidates scored by the last ranking (for benchmarks). */
  lastScored = 0;

  constructor(private readonly orderOf: (doc: string) => number, private readonly depth: number) {}

  /** A claim's place in corpus order (document order, then its place in the document). */
  private readonly corpusOrder = (r: ClaimRef): number => this.orderOf(r.doc) * 2 ** 20 + this.position.get(r)!;

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
    // A new document while nothing is ranked (every document of a start): no ranking to keep or drop.
    if (old.length === 0 && this.rankings.size === 0) { if (refs) this.insert(doc, refs); return; }
    // A document's own claims are never its candidates, so an edited document's unchanged claims
    // keep their rankings (typing in one sentence re-ranks that sentence's claims only).
    const kept = new Map<string, Candidate[]>();
    for (const r of old) {
      const ranked = this.rankings.get(r);
      if (ranked) kept.set(signature(r), ranked);
    }
    const touched = new Set<string>();
    for (const r of old) {
      this.forget(r);
      for (const k of this.scored.get(r)!.keys) touched.add(k);
      this.position.delete(r);
      this.scored.delete(r);
    }
    for (const k of touched) {
      const m = this.postings.get(k);
      if (m) { m.delete(doc); if (!m.size) this.postings.delete(k); }
    }
    if (refs) {
      this.insert(doc, refs, touched);
      if (kept.size) {
        for (const r of refs) {
          const ranked = kept.get(signature(r));
          if (ranked) { this.remember(r, ranked); this.carried++; }
        }
      }
    } else this.byDoc.delete(doc);
    // Another document's ranking can change only if it looked under a key this document's claims had or have.
    for (const k of touched) {
      for (const t of [...this.rankedUnder.get(k) ?? []]) if (t.doc !== doc) this.forget(t);
    }
  }

  /** Adds a document's claims to the pool and the postings (`touched`: gets the keys they are under). */
  private insert(doc: string, refs: ClaimRef[], touched?: Set<string>): void {
    this.byDoc.set(doc, refs);
    refs.forEach((r, i) => {
      this.position.set(r, i);
      const sc = makeScorable(r);
      this.scored.set(r, sc);
      for (const k of sc.keys) {
        touched?.add(k);
        let m = this.postings.get(k);
        if (!m) this.postings.set(k, (m = new Map()));
        let list = m.get(doc);
        if (!list) m.set(doc, (list = []));
        list.push(sc);
      }
    });
  }

  /** The ranked candidates of one claim, computed once until a change could affect them. */
  rank(target: ClaimRef): Candidate[] {
    let ranked = this.rankings.get(target);
    if (ranked) return ranked;
    // The claims under each of the target's keys, each once (a claim under two of them is taken
    // under the first); ties are ranked in corpus order, so the pool needs no sorting.
    const t = this.scored.get(target) ?? makeScorable(target);
    const keys = t.keys;
    const pool: Scorable[] = [];
    keys.forEach((k, i) => {
      for (const [d, list] of this.postings.get(k) ?? []) {
        if (d === target.doc) continue;
        for (const sc of list) if (i === 0 || !sc.keys.some((k2) => { const j = keys.indexOf(k2); return j >= 0 && j < i; })) pool.push(sc);
      }
    });
    this.lastScored = pool.length;
    ranked = rankScorable(t, pool, this.depth, this.corpusOrder);
    this.remember(target, ranked);
    return ranked;
  }

  private remember(target: ClaimRef, ranked: Candidate[]): void {
    this.rankings.set(target, ranked);
    for (const k of this.scored.get(target)?.keys ?? matchKeys(target.claim)) {
      let s = this.rankedUnder.get(k);
      if (!s) this.rankedUnder.set(k, (s = new Set()));
      s.add(target);
    }
  }

  private forget(target: ClaimRef): void {
    if (!this.rankings.delete(target)) return;
    for (const k of this.scored.get(target)?.keys ?? matchKeys(target.claim)) {
      const s = this.rankedUnder.get(k);
      if (s) { s.delete(target); if (!s.size) this.rankedUnder.delete(k); }
    }
  }
}

/** What a claim's ranking can depend on: everything but its position in the document. */
function signature(r: ClaimRef): string {
  return JSON.stringify([r.claim, r.terms, r.entities, r.subjects, r.firms, r.orgs], (key, value) => (POSITIONAL.has(key) ? undefined : value));
}
const POSITIONAL = new Set(['start', 'end', 'sentence', 'local']);
