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

  /** Ranked passages of other articles for one claim of a document. */
  corroborations(doc: string, claimIndex: number, limit = 5): Candidate[] {
    const pool = this.claims();
    const target = pool.find((c) => c.doc === doc && c.claim === this.docs.get(doc)?.analysis.claims[claimIndex]);
    return target ? rankCandidates(target, pool, limit) : [];
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
          pool.push({ doc: id, claim, terms: a.sentenceTerms[claim.sentence], entities: [...ents] });
        }
      }
      this.claimPool = pool;
    }
    return this.claimPool;
  }

  private invalidate(): void {
    this.resolution = null;
    this.claimPool = null;
  }
}
