/**
 * The set of articles and what is known about them. Each document's analysis is cached by
 * version; setting one document re-analyses that document alone. Corpus-wide views (entity
 * resolution, the claim pool) are updated by delta from the cached per-document results: a change
 * re-clusters only the entity components it touches (entity-index.ts) and re-ranks only the claims
 * it could affect (claim-index.ts), on the next query.
 */
import type { DocumentAnalysis } from '../types';
import { analyzeText } from '../pipeline/index';
import type { GlobalEntity, Resolution } from './resolve';
import type { Candidate, ClaimRef } from './corroborate';
import { groupMove, moveClauseStart, movedQuantity, pointsBack } from './move-subject';
import { bareMoveOf } from './move-direction';
import { isMove } from '../model/measures';
import { ENTITY_COUNT, EntityIndex } from './entity-index';
import type { EntitySnapshot } from './entity-snapshot';
import { entityKeyStrings } from './join-keys';
import { ClaimIndex } from './claim-index';
import { claimEntityLocals, firstMentionFrom } from './claim-entities';
import { NO_SUBJECTS, isClaimSubject } from './same-subject';
import { QuoteVariantIndex, type QuoteVariant } from './quote-variants';
import { quoteSpeakerLocals } from './quote-speakers';
import { isRevisedFigure } from './revised-figure';

const MAX_CANDIDATES = 10;

export interface DocEntry {
  id: string;
  version: number | string;
  text: string;
  /** Sentence terms are kept for sentences that hold a claim only (see withClaimTermsOnly). */
  analysis: DocumentAnalysis;
  /** Set when the analysis failed: the document then has an empty analysis, and the others are unaffected. */
  error?: string;
}

/** The per-document analysis; a Corpus can be given another one (tests inject a failing analyzer). */
export type Analyzer = (text: string) => DocumentAnalysis;

export class Corpus {
  private readonly docs = new Map<string, DocEntry>();
  /** Position of each document in corpus order (kept on update, like a Map's keys). */
  private readonly order = new Map<string, number>();
  private seq = 0;
  private readonly resolution = new EntityIndex();
  private readonly claimIndex = new ClaimIndex((doc) => this.order.get(doc) ?? Infinity, MAX_CANDIDATES);
  private readonly variantIndex = new QuoteVariantIndex();
  /** Documents set or deleted since the variant index last saw them. */
  private readonly quotesChanged = new Set<string>();
  /** How many times a document was analysed (for tests and benchmarks of incrementality). */
  analyses = 0;

  constructor(private readonly analyze: Analyzer = analyzeText) {}

  /** Adds or updates a document; re-analyses only when the version or text changed. */
  set(id: string, text: string, version: number | string): DocEntry {
    const old = this.docs.get(id);
    if (old && old.version === version && old.text === text) return old;
    if (old && old.text === text) { old.version = version; return old; }
    this.analyses++;
    let analysis: DocumentAnalysis, error: string | undefined;
    try {
      analysis = this.analyze(text);
      analysis.joinKeys ??= entityKeyStrings(analysis.entities);
    } catch (e) {
      // One document's failure must not take the others down: record it and keep an empty analysis.
      analysis = emptyAnalysis(text.length);
      error = `analysis failed: ${String((e as Error)?.message ?? e).split('\n')[0]}`;
    }
    return this.setAnalyzed(id, text, version, analysis, error);
  }

  /**
   * Adds or updates a document with an analysis computed earlier for this exact text (e.g. loaded
   * from a persisted cache): nothing is re-analysed.
   */
  setAnalyzed(id: string, text: string, version: number | string, analysis: DocumentAnalysis, error?: string): DocEntry {
    const entry: DocEntry = { id, version, text, analysis: withClaimTermsOnly(analysis) };
    if (error !== undefined) entry.error = error;
    if (!this.order.has(id)) this.order.set(id, this.seq++);
    this.docs.set(id, entry);
    this.quotesChanged.add(id);
    const count = (analysis as { [ENTITY_COUNT]?: number })[ENTITY_COUNT];
    if (count === undefined) this.resolution.set(id, analysis.entities, analysis.joinKeys);
    else this.resolution.setUnread(id, analysis, count, analysis.joinKeys);
    return entry;
  }

  delete(id: string): boolean {
    const had = this.docs.delete(id);
    if (had) {
      this.order.delete(id);
      this.quotesChanged.add(id);
      this.resolution.delete(id);
    }
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
    this.resolution.flush();
    return this.resolution;
  }

  entityOf(doc: string, local: number): GlobalEntity | undefined {
    return this.resolution.of(doc, local);
  }

  /**
   * Ranked passages of other articles for one claim of a document. Diagnostics, hovers and code
   * actions all ask for these, so each ranking is computed once until a change could affect it.
   */
  corroborations(doc: string, claimIndex: number, limit = 5): Candidate[] {
    this.syncClaims();
    const target = this.claimIndex.of(doc)?.[claimIndex];
    return target ? this.claimIndex.rank(target).slice(0, limit) : [];
  }

  /** Every claim of the corpus with its sentence's terms and entities, in corpus order. */
  claimRefs(): ClaimRef[] {
    this.syncClaims();
    return this.claimIndex.all();
  }

  /**
   * Looks up the same statement in other articles (quote-variants.ts): `(doc, quote index)` → variants.
   * Brings the index up to date first (only documents whose analysis changed); valid until the next change.
   */
  quoteVariants(): (doc: string, quote: number, limit?: number) => QuoteVariant[] {
    this.syncVariants();
    const res = this.entities();
    // Speaker locals from the head (quote-speakers.ts), so candidates' details stay unbuilt.
    const speaker = (doc: string, qi: number) => {
      const a = this.docs.get(doc)?.analysis;
      const local = a ? quoteSpeakerLocals(a)[qi] ?? -1 : -1;
      return local >= 0 ? res.of(doc, local)?.id ?? null : null;
    };
    return (doc, quote, limit) => this.variantIndex.variantsOf(doc, quote, speaker, limit);
  }

  /**
   * Indexes up to `limit` documents' quotes for `quoteVariants` (call while idle, e.g. after a
   * workspace was indexed, so the first quote hover does not index every quote of the corpus);
   * true when the index is up to date. Results do not change.
   */
  prepareQuoteVariants(limit: number): boolean {
    return this.syncVariants(Math.max(1, limit));
  }

  /** Brings (up to `limit` documents of) the quote variant index up to date; true when it is. */
  private syncVariants(limit = Infinity): boolean {
    let n = 0;
    for (const id of this.quotesChanged) {
      if (n++ === limit) return false;
      this.quotesChanged.delete(id);
      this.variantIndex.update(id, this.docs.get(id)?.analysis);
    }
    return true;
  }

  /**
   * While held, cross-article views are not updated: queries see their state as of the last update
   * (documents added since have no corpus-wide entities or candidates yet). For bulk loading, where
   * updating after every document would redo work many times; releasing does not update by itself.
   */
  holdCrossArticle(hold: boolean): void {
    this.resolution.held = hold;
  }

  /** True while cross-article views are held (the workspace is being indexed). */
  get crossArticleHeld(): boolean {
    return this.resolution.held;
  }

  /**
   * The corpus-wide entities as plain data (entity-snapshot.ts), when they are those of one
   * from-scratch resolution of the current documents (as after indexing a workspace); else null.
   */
  entitySnapshot(): EntitySnapshot | null {
    this.resolution.flush();
    return this.resolution.snapshot();
  }

  /**
   * The corpus-wide entities a from-scratch resolution of the current documents gives, as plain
   * data, also after edits updated them by delta (then resolved again aside: costs a resolution).
   * Null while cross-article views are held.
   */
  freshEntitySnapshot(): EntitySnapshot | null {
    return this.resolution.freshSnapshot();
  }

  /**
   * Takes the corpus-wide entities from a snapshot instead of resolving them, when nothing has
   * been resolved yet and the snapshot was taken of exactly these documents (ids and entity
   * counts are checked here; the caller vouches that their analyses are the same, e.g. by hash).
   * Returns false, changing nothing, when it does not fit. Edits then update by delta as usual.
   */
  installEntitySnapshot(s: EntitySnapshot): boolean {
    return this.resolution.installSnapshot(s);
  }

  /**
   * While held: indexes one document's join keys now rather than at the end of the hold (call
   * while the main thread would idle, e.g. waiting for analysis workers). Results do not change.
   */
  prepareHeld(id: string): void {
    if (this.resolution.held) this.resolution.postNow(id);
  }

  /**
   * Does now what a start from a snapshot left for later (indexing the join keys that only edits
   * need), so the first edit does not wait for it. Call when idle; results do not change.
   */
  prepareEdits(): void {
    this.resolution.prepareEdits();
  }

  /** Local entities re-clustered by the last entity-resolution update (for benchmarks). */
  get lastResolutionWork(): number {
    return this.resolution.lastFlushSize;
  }

  /**
   * Brings up to `limit` documents of the claim pool up to date (call while idle, e.g. after a
   * workspace was indexed, so the first request does not build the whole pool); true when it is
   * up to date, or when it leaves the rest to the next query: while held, and after changes the
   * entities are not yet updated for (the entity update is left to the query too, as without this
   * call: updating earlier can give other entity ids). Results do not change.
   */
  prepareClaims(limit: number): boolean {
    if (this.resolution.held || !this.resolution.settled) return true;
    return this.syncClaims(Math.max(1, limit));
  }

  /** Documents taken as changed whose claims are not yet in the pool (left by `prepareClaims`). */
  private claimBacklog = new Set<string>();

  /** Brings (up to `limit` documents of) the claim pool up to date with the documents whose claims or entity ids changed. */
  private syncClaims(limit = Infinity): boolean {
    if (this.resolution.held) return true;
    const changed = this.resolution.takeChanged();
    let queue = this.claimBacklog;
    if (queue.size === 0) queue = changed;
    else for (const id of changed) queue.add(id);
    this.claimBacklog = queue;
    let n = 0;
    for (const id of queue) {
      if (n++ === limit) return false;
      queue.delete(id);
      const d = this.docs.get(id);
      this.claimIndex.update(id, d ? this.claimRefsOf(id, d.analysis, d.text) : null);
    }
    return true;
  }

  /** Sets what a one-subject move's clause names as moving (move-subject.ts): its entities, or the firm its possessive points back to. */
  private readMover(id: string, a: DocumentAnalysis, text: string, start: number, ref: ClaimRef): void {
    const from = moveClauseStart(text, start), clause = text.slice(from, start);
    const movers: string[] = [];
    for (let k = firstMentionFrom(a.mentions, from); k < a.mentions.length && a.mentions[k].start < start; k++) {
      const m = a.mentions[k];
      if (m.furniture) continue;
      const g = this.resolution.of(id, m.local);
      if (g && !movers.includes(g.id)) movers.push(g.id);
    }
    if (!movers.length && pointsBack(clause)) {
      const local = lastOrgBefore(a, a.sentences.findIndex((s) => s.end > from), from);
      const g = local >= 0 ? this.resolution.of(id, local) : undefined;
      if (g) movers.push(g.id);
    }
    if (movers.length) ref.clauseMovers = movers.slice(); // its exact length (see claimRefsOf)
    const moved = movedQuantity(clause);
    if (moved) ref.moved = moved;
  }

  private claimRefsOf(id: string, a: DocumentAnalysis, text: string): ClaimRef[] {
    return a.claims.map((claim, i) => {
      const ents = new Set<string>();
      let subjects: string[] | null = null, firms: string[] | null = null, orgs: string[] | null = null;
      for (const local of claimEntityLocals(a, i)) {
        const g = this.resolution.of(id, local);
        if (g) ents.add(g.id);
        if (g?.type === 'ORG' && !orgs?.includes(g.id)) (orgs ??= []).push(g.id);
        if (g && isClaimSubject(a, claim, local) && !subjects?.includes(g.id)) {
          (subjects ??= []).push(g.id);
          if (g.type === 'ORG') (firms ??= []).push(g.id);
        }
      }
      // The pool keeps these lists as long as the claim: copies of their exact length, as a list
      // grown by push keeps room for 17 entries (~2.6 MB of the pool at 3,000 articles).
      const ref: ClaimRef = { doc: id, claim, terms: a.sentenceTerms[claim.sentence], entities: [...ents], subjects: subjects?.slice() ?? NO_SUBJECTS, firms: firms?.slice() ?? NO_SUBJECTS, orgs: orgs?.slice() ?? NO_SUBJECTS };
      if (isRevisedFigure(ref.terms, text, claim.quantity.start)) ref.revisedAway = true;
      if (claim.quantity.unit !== 'percent') return ref;
      const move = isMove(claim.measure) ? '' : bareMoveOf(text, claim.quantity.start, claim.quantity.end);
      if (move) ref.move = move;
      if (!move && !isMove(claim.measure)) return ref;
      if (groupMove(text, claim.start)) ref.group = true;
      else this.readMover(id, a, text, claim.start, ref);
      return ref;
    });
  }
}

/** The firm named last before `end`, in the sentence of `sentence` or the one before it: what "its shares" point back to. */
function lastOrgBefore(a: DocumentAnalysis, sentence: number, end: number): number {
  const from = a.sentences[Math.max(0, sentence - 1)].start;
  for (let k = a.mentions.length - 1; k >= 0; k--) {
    const m = a.mentions[k];
    if (m.start >= end) continue;
    if (m.start < from) break;
    if (m.type === 'ORG' && !m.furniture) return m.local;
  }
  return -1;
}

const NO_TERMS = Object.freeze([]) as unknown as string[];

/**
 * Marks an analysis whose sentence terms are known to be those of claim sentences only (one restored
 * from the index cache, which stores no others): `withClaimTermsOnly` keeps it as it is without
 * reading its claims, which such an analysis parses only when first read (after indexing).
 */
export const CLAIM_TERMS_ONLY = Symbol.for('source-annotator.claimTermsOnly');

/**
 * The analysis as the corpus keeps it: only the terms of sentences that hold a claim (all that
 * corpus-wide views read; every other sentence gets one shared empty list). Sentence terms were
 * a quarter of a kept analysis's weight and of the persisted index. The caller's object is not changed.
 */
export function withClaimTermsOnly(a: DocumentAnalysis): DocumentAnalysis {
  if ((a as { [CLAIM_TERMS_ONLY]?: boolean })[CLAIM_TERMS_ONLY]) return a;
  const used = new Set(a.claims.map((c) => c.sentence));
  if (a.sentenceTerms.every((t, i) => used.has(i) || t.length === 0)) return a;
  return { ...a, sentenceTerms: a.sentenceTerms.map((t, i) => (used.has(i) ? t : NO_TERMS)) };
}

function emptyAnalysis(length: number): DocumentAnalysis {
  return { length, blocks: [], sentences: [], mentions: [], entities: [], quotes: [], attributions: [], claims: [], sentenceTerms: [] };
}
