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
  /** Set when the analysis failed: the document then has an empty analysis, and the others are unaffected. */
  error?: string;
}

/** The per-document analysis; a Corpus can be given another one (tests inject a failing analyzer). */
export type Analyzer = (text: string) => DocumentAnalysis;

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

  constructor(private readonly analyze: Analyzer = analyzeText) {}

  /** Adds or updates a document; re-analyses only when the version or text changed. */
  set(id: string, text: string, version: number | string): DocEntry {
    const old = this.docs.get(id);
    if (old && old.version === version && old.text === text) return old;
    if (old && old.text === text) { old.version = version; return old; }
    this.analyses++;
    let entry: DocEntry;
    try {
      entry = { id, version, text, analysis: this.analyze(text) };
    } catch (e) {
      // One document's failure must not take the others down: record it and keep an empty analysis.
      entry = { id, version, text, analysis: emptyAnalysis(text.length), error: `analysis failed: ${String((e as Error)?.message ?? e).split('\n')[0]}` };
    }
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

  /** Documents whose analysis failed, with the one-line reason. */
  failures(): { id: string; error: string }[] {
    return [...this.docs.values()].filter((d) => d.error).map((d) => ({ id: d.id, error: d.error! }));
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
    this.claims();
    const key = doc + '\u0000' + claimIndex;
    let ranked = this.rankings.get(key);
    if (!ranked) {
      const target = this.claimsByDoc.get(doc)?.[claimIndex];
      ranked = target ? rankCandidates(target, this.claimsOutside(doc), MAX_CANDIDATES) : [];
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
          // Mentions are sorted by start: begin at the sentence (a scan of all of them per claim was quadratic).
          for (let k = firstMentionFrom(a.mentions, s.start); k < a.mentions.length && a.mentions[k].start < s.end; k++) {
            const m = a.mentions[k];
            if (m.end > s.end) continue;
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

  /** The pool's claims of every document but `doc` (a long article is not compared with itself). */
  private *claimsOutside(doc: string): Iterable<ClaimRef> {
    for (const [id, refs] of this.claimsByDoc) if (id !== doc) yield* refs;
  }

  private invalidate(): void {
    this.resolution = null;
    this.claimPool = null;
    this.claimsByDoc = new Map();
    this.rankings = new Map();
  }
}

function firstMentionFrom(mentions: readonly { start: number }[], offset: number): number {
  let lo = 0, hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start >= offset) hi = mid; else lo = mid + 1;
  }
  return lo;
}

function emptyAnalysis(length: number): DocumentAnalysis {
  return { length, blocks: [], sentences: [], mentions: [], entities: [], quotes: [], attributions: [], claims: [], sentenceTerms: [] };
}
