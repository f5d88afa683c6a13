/**
 * An analysis as the index cache stores it: two JSON texts. The *head* holds what the corpus-wide
 * views read of every document at start-up (entities and their join keys, claims, the terms of
 * claim sentences, each claim's entity locals, each quote's speaker local); the *detail* holds the rest (blocks, sentences,
 * mentions, quotes, attributions), which only per-document features and the quote variants (built
 * on first request) read. Both are written compactly (head-codec.ts, detail-codec.ts: ~2.4 and
 * ~1.6 KB per article, where plain JSON took ~5.6 and ~6.3).
 *
 * A restored analysis parses its head at once and keeps its detail as UTF-8 bytes (off the heap)
 * until one of those five fields is first read; then all five become plain fields. So a warm start
 * builds half the objects (parsing them and their garbage collection were most of its time), and
 * a document nobody looks at never builds them. The restored object has the same enumerable
 * fields, in the same order, as the analysis that was stored (JSON.stringify, spread and deep
 * equality see the same thing); what it keeps besides is under symbols, never enumerable.
 */
import type { DocumentAnalysis } from '../core/types';
import { CLAIM_LOCALS, allClaimEntityLocals } from '../core/corpus/claim-entities';
import { QUOTE_SPEAKERS, QUOTE_STATEMENTS, quoteSpeakerLocals } from '../core/corpus/quote-speakers';
import { decodeClaims, decodeEntities, encodeClaims, encodeEntities } from './head-codec';
import { decodeDetail, detailQuoteStatements, encodeDetail } from './detail-codec';

/** Quotes are detail too: only per-document features and quote variants read them, never indexing. */
const DETAIL = ['blocks', 'sentences', 'mentions', 'quotes', 'attributions'] as const;
const IS_DETAIL = new Set<string>(DETAIL);
/** The fields of an analysis in the order the pipeline writes them. */
const ORDER = ['length', 'blocks', 'sentences', 'mentions', 'entities', 'quotes', 'attributions', 'claims', 'sentenceTerms', 'joinKeys'];
/** Head fields that are not analysis fields. */
const HEAD_ONLY = new Set(['sentenceCount', 'terms', 'claimLocals', 'quoteSpeakers', 'detailBytes']);
const RAW = Symbol('detail bytes');

type Lazy = Record<string | symbol, unknown>;

const keepNonFinite = (_key: string, v: unknown): unknown => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v);

/** Replaces the detail accessors by plain fields parsed from the kept bytes. */
function materialise(a: Lazy): void {
  const raw = a[RAW] as Buffer | undefined;
  if (raw === undefined) return;
  let d: Record<string, unknown>;
  try {
    d = decodeDetail(JSON.parse(raw.toString('utf8'))) as unknown as Record<string, unknown>;
  } catch (e) {
    throw new Error(`index cache: a stored analysis is damaged (${(e as Error).message})`);
  }
  a[RAW] = undefined;
  for (const k of DETAIL) Object.defineProperty(a, k, { value: d[k], writable: true, enumerable: true, configurable: true });
}

/**
 * The quotes' statements of a restored analysis: read from the kept bytes while the detail is not
 * built (parsed and dropped, so the detail stays off the heap), else from its quotes.
 */
function statements(this: Lazy): (string | null)[] {
  const raw = this[RAW] as Buffer | undefined;
  let read: (string | null)[] | null = null;
  if (raw !== undefined) {
    try { read = detailQuoteStatements(JSON.parse(raw.toString('utf8'))); } catch { /* materialise reports it */ }
  }
  return read ?? (this.quotes as DocumentAnalysis['quotes']).map((q) => (q.kind === 'scare' ? null : q.text));
}

/** One accessor per detail field, shared by every restored analysis. */
const ACCESSORS: Record<string, PropertyDescriptor> = Object.fromEntries(DETAIL.map((k) => [k, {
  get(this: Lazy) { materialise(this); return this[k]; },
  set(this: Lazy, v: unknown) { materialise(this); this[k] = v; },
  enumerable: true,
  configurable: true,
}]));

/**
 * The two JSON texts of a cache line for this analysis (a restored one not yet read gives back its
 * bytes). `finite`: the caller made every number of `a` finite (worker-json.ts writes non-finite
 * bounds as strings on the analysis itself), so the texts are written without a replacer, which
 * calls back into JavaScript for every value.
 */
export function cacheParts(a: DocumentAnalysis, finite = false): { head: string; detail: string } {
  const lazy = a as unknown as Lazy;
  const raw = lazy[RAW] as Buffer | undefined;
  const replacer = finite ? undefined : keepNonFinite;
  const detail = raw !== undefined ? raw.toString('utf8')
    : JSON.stringify(encodeDetail(a), replacer); // flat arrays, not objects (detail-codec.ts)
  const head: Record<string, unknown> = {};
  for (const k of Object.keys(a)) if (!IS_DETAIL.has(k) && k !== 'sentenceTerms') head[k] = lazy[k];
  // Tuples, not objects (head-codec.ts): most of a head's text and of the objects a start parses.
  head.entities = encodeEntities(a.entities);
  head.claims = encodeClaims(a.claims);
  const terms: [number, string[]][] = [];
  a.sentenceTerms.forEach((t, i) => { if (t.length) terms.push([i, t]); });
  head.sentenceCount = a.sentenceTerms.length;
  head.terms = terms;
  head.claimLocals = (lazy[CLAIM_LOCALS] as number[][] | undefined) ?? allClaimEntityLocals(a);
  // What an entity hover reads of every article naming the entity, while the quotes stay in the detail.
  head.quoteSpeakers = quoteSpeakerLocals(a);
  head.detailBytes = Buffer.byteLength(detail);
  return { head: JSON.stringify(head, replacer), detail };
}

const NO_TERMS = Object.freeze([]) as unknown as string[];

/**
 * The analysis from a cache line's head (JSON text) and detail (its bytes, copied: they are kept).
 * Throws when the head does not parse or the detail is not as long as the head says.
 */
export function restoreAnalysis(headJson: string, detail: Buffer): DocumentAnalysis {
  const h = JSON.parse(headJson) as Record<string, unknown>;
  if (h === null || typeof h !== 'object' || h.detailBytes !== detail.length) throw new Error('cut off');
  if (!Array.isArray(h.entities) || !Array.isArray(h.claims)) throw new Error('no entities or claims');
  const a: Lazy = {};
  for (const k of ORDER) {
    if (IS_DETAIL.has(k)) Object.defineProperty(a, k, ACCESSORS[k]);
    else if (k === 'sentenceTerms') {
      const st = new Array<string[]>(h.sentenceCount as number).fill(NO_TERMS);
      for (const [i, t] of h.terms as [number, string[]][]) st[i] = t;
      a.sentenceTerms = st;
    } else if (k === 'entities') a.entities = decodeEntities(h.entities as never);
    else if (k === 'claims') a.claims = decodeClaims(h.claims as never);
    else if (k in h) a[k] = h[k];
  }
  for (const k of Object.keys(h)) if (!(k in a) && !HEAD_ONLY.has(k)) a[k] = h[k];
  Object.defineProperty(a, RAW, { value: detail, writable: true, configurable: true });
  Object.defineProperty(a, CLAIM_LOCALS, { value: h.claimLocals, writable: true, configurable: true });
  if (!Array.isArray(h.quoteSpeakers)) throw new Error('no quote speakers');
  Object.defineProperty(a, QUOTE_SPEAKERS, { value: h.quoteSpeakers, writable: true, configurable: true });
  Object.defineProperty(a, QUOTE_STATEMENTS, { value: statements, writable: true, configurable: true });
  return a as unknown as DocumentAnalysis;
}
