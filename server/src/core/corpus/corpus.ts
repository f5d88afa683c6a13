/**
 * The set of articles and what is known about them. Each document's analysis is cached by
 * version; setting one document re-analyses that document alone. Corpus-wide views (entity
 * resolution, the claim pool) are derived lazily from the cached per-document results and
 * dropped when any document changes.
 */
import type { DocumentAnalysis, LocalEntity } from '../types';
import { analyzeText } from '../pipeline/index';
import { resolve, type GlobalEntity, type Resolution } from './resolve';
import { rankCandidates, type Candidate, type ClaimRef } from './corroborate';
import { QuoteVariantIndex, type QuoteVariant } from './quote-variants';

const MAX_CANDIDATES = 10;

export interface DocEntry {
  id: string;
  version: number | string;
  text: string;
  analysis: DocumentAnalysis;
}

export class Corpus {
  private readonly docs = new Map<string, DocEntry>();
  private resolution: Resolution | null = null;
  private claimPool: ClaimRef[] | null = null;
  /** The pool's claims of each document, in claim order. */
  private claimsByDoc = new Map<string, ClaimRef[]>();
  /** Rankings already computed since the last change: `${doc}\u0000${claim}` → candidates. */
  private rankings = new Map<string, Candidate[]>();
  private readonly variantIndex = new QuoteVariantIndex();
  /** How many times a document was analysed (for tests and benchmarks of incrementality). */
  analyses = 0;

  /** Adds or updates a document; re-analyses only when the version or text changed. */
  set(id: string, text: string, version: number | string): DocEntry {
    const old = this.docs.get(id);
    if (old && old.version === version && old.text === text) return old;
    if (old && old.text === text) { old.version = version; return old; }
    this.analyses++;
    const entry: DocEntry = { id, version, text, analysis: analyzeText(text) };
    this.docs.set(id, entry);
    this.invalidate();
    return entry;
  }

  delete(id: string): boolean {
    const had = this.docs.delete(id);
    if (had) this.invalidate();
    return had;
  }

  get(id: string): DocEntry | undefined {
    return this.docs.get(id);
  }

  has(id: string): boolean {
    return this.docs.has(id);
  }

  ids(): string[] {
    return [...this.docs.keys()];
  }

  get size(): number {
    return this.docs.size;
  }

  entities(): Resolution {
    if (!this.resolution) {
      const locals = new Map<string, readonly LocalEntity[]>();
      for (const [id, d] of this.docs) locals.set(id, d.analysis.entities);
      this.resolution = resolve(locals);
    }
    return this.resolution;
  }

  entityOf(doc: string, local: number): GlobalEntity | undefined {
    return this.entities().of(doc, local);
  }

  /**
   * Ranked passages of other articles for one claim of a document. Diagnostics, hovers and code
   * actions all ask for these, so each ranking is computed once per corpus state.
   */
  corroborations(doc: string, claimIndex: number, limit = 5): Candidate[] {
    const pool = this.claims();
    const key = doc + '\u0000' + claimIndex;
    let ranked = this.rankings.get(key);
    if (!ranked) {
      const target = this.claimsByDoc.get(doc)?.[claimIndex];
      ranked = target ? rankCandidates(target, pool, MAX_CANDIDATES) : [];
      this.rankings.set(key, ranked);
    }
    return ranked.slice(0, limit);
  }

  /**
   * Looks up the same statement in other articles (quote-variants.ts): `(doc, quote index)` → variants.
   * Brings the index up to date first (only documents whose analysis changed); valid until the next change.
   */
  quoteVariants(): (doc: string, quote: number, limit?: number) => QuoteVariant[] {
    this.variantIndex.sync([...this.docs].map(([id, d]) => [id, d.analysis]));
    const res = this.entities();
    const speaker = (doc: string, q: { speaker: { local: number | null } | null }) =>
      (q.speaker?.local != null ? res.of(doc, q.speaker.local)?.id ?? null : null);
    return (doc, quote, limit) => this.variantIndex.variantsOf(doc, quote, speaker, limit);
  }

  private claims(): ClaimRef[] {
    if (!this.claimPool) {
      const res = this.entities();
      const pool: ClaimRef[] = [];
      for (const [id, d] of this.docs) {
        const a = d.analysis;
        for (const claim of a.claims) {
          const s = a.sentences[claim.sentence];
          const ents = new Set<string>();
          for (const m of a.mentions) if (m.start >= s.start && m.end <= s.end) {
            const g = res.of(id, m.local);
            if (g) ents.add(g.id);
          }
          const ref = { doc: id, claim, terms: a.sentenceTerms[claim.sentence], entities: [...ents] };
          pool.push(ref);
          (this.claimsByDoc.get(id) ?? this.claimsByDoc.set(id, []).get(id)!).push(ref);
        }
      }
      this.claimPool = pool;
    }
    return this.claimPool;
  }

  private invalidate(): void {
    this.resolution = null;
    this.claimPool = null;
    this.claimsByDoc = new Map();
    this.rankings = new Map();
  }
}
