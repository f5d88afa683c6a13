/**
 * An analysis as the index cache stores it: two JSON texts. The *head* holds what the corpus-wide
 * views read of every document at start-up (entities and their join keys, claims, the terms of
 * claim sentences, each claim's entity locals, each quote's speaker local); the *detail* holds the rest (blocks, sentences,
 * mentions, quotes, attributions), which only per-document features and the quote variants (built
 * on first request) read. Both are written compactly (head-codec.ts, detail-codec.ts: ~2.4 and
 * ~1.6 KB per article, where plain JSON took ~5.6 and ~6.3).
 *
 * A restored analysis parses its head at once and keeps its detail as UTF-8 bytes (off the heap)
 * until one of those five fields is first read; then all five become plain fields. Claims, the
 * sentence terms and the claims' entity locals are a third text, the *claim part* (index cache
 * format 8), kept the same way until one of them is first read (all three are parsed then, and
 * stay accessors of the parsed fields): the claim pool reads them only
 * after indexing (10,000 articles: about half of the heads' text; main-thread CPU of a warm start
 * 1.52 → 1.15 s, medians of 5 alternating runs). So a warm start
 * builds half the objects (parsing them and their garbage collection were most of its time), and
 * a document nobody looks at never builds them. The restored object has the same enumerable
 * fields, in the same order, as the analysis that was stored (JSON.stringify, spread and deep
 * equality see the same thing); what it keeps besides is under symbols, never enumerable.
 */
import type { Claim, DocumentAnalysis, LocalEntity } from '../core/types';
import { CLAIM_LOCALS, allClaimEntityLocals } from '../core/corpus/claim-entities';
import { CLAIM_TERMS_ONLY } from '../core/corpus/corpus';
import { ENTITY_COUNT } from '../core/corpus/entity-index';
import { QUOTE_SPEAKERS, QUOTE_STATEMENTS, speakerLocalsOf } from '../core/corpus/quote-speakers';
import { decodeClaims, decodeEntities, encodeClaims, encodeEntities } from './head-codec';
import { QUOTE_LIST, decodeDetail, detailListBytes, detailQuoteStatements, encodeDetail, quoteListStatements } from './detail-codec';
import { restoreNonFinite } from './analysis-json';

/** Quotes are detail too: only per-document features and quote variants read them, never indexing. */
const DETAIL = ['blocks', 'sentences', 'mentions', 'quotes', 'attributions'] as const;
const IS_DETAIL = new Set<string>(DETAIL);
/** The fields of an analysis in the order the pipeline writes them. */
const ORDER = ['length', 'blocks', 'sentences', 'mentions', 'entities', 'quotes', 'attributions', 'claims', 'sentenceTerms', 'joinKeys'];
/** Head fields that are not analysis fields. */
const HEAD_ONLY = new Set(['quoteSpeakers', 'detailBytes', 'claimBytes']);
const RAW = Symbol('detail bytes');
/** The claim part's JSON (bytes from the index cache, text from a worker) until the claims are first read; then its fields (ClaimFields). */
const RAW_CLAIMS = Symbol('claim part');

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
    try {
      // Only the quotes' list parsed (detail-codec.ts detailListBytes), else the whole detail.
      const at = detailListBytes(raw, QUOTE_LIST);
      read = at === null ? detailQuoteStatements(JSON.parse(raw.toString('utf8')))
        : quoteListStatements(JSON.parse(raw.toString('utf8', at[0], at[1])));
    } catch { /* materialise reports it */ }
  }
  return read ?? (this.quotes as DocumentAnalysis['quotes']).map((q) => (q.kind === 'scare' ? null : q.text));
}

/** The claim part's fields once parsed: kept under RAW_CLAIMS in place of its text. */
class ClaimFields {
  constructor(public claims: DocumentAnalysis['claims'], public sentenceTerms: string[][], public locals: unknown) {}
}

/**
 * The claim part's fields, parsed from the kept claim part `[claims, sentence count, [sentence,
 * terms][], claim entity locals]` when first asked for (non-finite bounds restored). The accessors
 * stay and read them from here: turning three accessors into plain fields (Object.defineProperty)
 * cost ~a third of the parse again on the main thread of a cold start (a profile: ~115 of ~450 ms).
 */
function claimFields(a: Lazy): ClaimFields {
  const raw = a[RAW_CLAIMS] as Buffer | string | ClaimFields;
  if (raw instanceof ClaimFields) return raw;
  let fields: ClaimFields;
  try {
    const p = JSON.parse(typeof raw === 'string' ? raw : raw.toString('utf8')) as [never, number, [number, string[]][], unknown];
    if (!Array.isArray(p) || !Array.isArray(p[0]) || !Array.isArray(p[2]) || !Array.isArray(p[3])) throw new Error('no claims');
    const st = new Array<string[]>(p[1]).fill(NO_TERMS);
    for (const [i, t] of p[2]) st[i] = t;
    fields = new ClaimFields(decodeClaims(p[0]), st, p[3]);
  } catch (e) {
    throw new Error(`index cache: a stored analysis is damaged (${(e as Error).message})`);
  }
  a[RAW_CLAIMS] = fields;
  restoreNonFinite(fields as unknown as DocumentAnalysis);
  return fields;
}

/** True when the claim part of a restored analysis was parsed (always for any other analysis). */
export function claimsParsed(a: DocumentAnalysis): boolean {
  const raw = (a as unknown as Lazy)[RAW_CLAIMS];
  return raw === undefined || raw instanceof ClaimFields;
}

/** Accessors for the claim part's fields (claims, sentence terms, claim entity locals), shared by every restored analysis. */
const CLAIM_ACCESSORS: Record<string | symbol, PropertyDescriptor> = Object.fromEntries(([['claims', 'claims'], ['sentenceTerms', 'sentenceTerms'], [CLAIM_LOCALS, 'locals']] as [string | symbol, keyof ClaimFields][]).map(([k, f]) => [k, {
  get(this: Lazy) { return claimFields(this)[f]; },
  set(this: Lazy, v: never) { claimFields(this)[f] = v; },
  enumerable: typeof k === 'string',
  configurable: true,
}]));

/**
 * True when the analysis has claims (read or still kept as text), without parsing them: what a
 * start checks of every cached analysis before the claims are first needed, after indexing.
 */
export function hasClaims(a: DocumentAnalysis): boolean {
  return (a as unknown as Lazy)[RAW_CLAIMS] !== undefined || Array.isArray(a.claims);
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
export function cacheParts(a: DocumentAnalysis, finite = false): CacheParts {
  const lazy = a as unknown as Lazy;
  const raw = lazy[RAW] as Buffer | undefined, rawClaims = lazy[RAW_CLAIMS] as Buffer | string | ClaimFields | undefined;
  const replacer = finite ? undefined : keepNonFinite;
  const detail = raw !== undefined ? raw.toString('utf8')
    : JSON.stringify(encodeDetail(a), replacer); // flat arrays, not objects (detail-codec.ts)
  const claims = rawClaims !== undefined && !(rawClaims instanceof ClaimFields) ? rawClaims.toString() : claimPart(a, replacer);
  const head: Record<string, unknown> = {};
  // for-in: the own enumerable keys in Object.keys order (an analysis is plain data), without the array.
  for (const k in a) if (!IS_DETAIL.has(k) && !IN_CLAIM_PART.has(k)) head[k] = lazy[k];
  // Tuples, not objects (head-codec.ts): most of a head's text and of the objects a start parses.
  head.entities = encodeEntities(a.entities);
  // What an entity hover reads of every article naming the entity, while the quotes stay in the detail.
  head.quoteSpeakers = speakerLocalsOf(a);
  const detailBytes = Buffer.byteLength(detail);
  head.detailBytes = detailBytes;
  head.claimBytes = Buffer.byteLength(claims);
  // No replacer for the head: it holds names, types, offsets, indices and counts, never a non-finite
  // number (only a claim's bounds can be one, in the claim part); an index cache save's CPU for 2,000
  // restored analyses 54 → 37 ms JIT-cold, 33 → 18 ms warm.
  return { head: JSON.stringify(head), claims, detail, detailBytes };
}

/** A cache line's three texts, and the detail's length in UTF-8 bytes (what the head records). */
export interface CacheParts { head: string; claims: string; detail: string; detailBytes: number }

const IN_CLAIM_PART = new Set(['claims', 'sentenceTerms']);

/**
 * `[index, terms]` of each claim sentence with terms, by index: read at the claims' few sentences,
 * not by a set lookup at every sentence of the article.
 */
function claimSentenceTerms(a: DocumentAnalysis): [number, string[]][] {
  const at: number[] = [];
  for (const c of a.claims) at.push(c.sentence);
  at.sort((x, y) => x - y);
  const terms: [number, string[]][] = [], all = a.sentenceTerms;
  for (let k = 0; k < at.length; k++) {
    const i = at[k];
    if (k > 0 && i === at[k - 1]) continue;
    const t = Number.isInteger(i) && i >= 0 ? all[i] : undefined;
    if (t !== undefined && t.length) terms.push([i, t]);
  }
  return terms;
}

/**
 * The claim part's JSON: claims as tuples (head-codec.ts), the sentence count, the terms of claim
 * sentences only (all the corpus keeps, corpus.ts `withClaimTermsOnly`), each claim's entity locals.
 */
function claimPart(a: DocumentAnalysis, replacer: ((k: string, v: unknown) => unknown) | undefined): string {
  const terms = claimSentenceTerms(a);
  const locals = ((a as unknown as Lazy)[CLAIM_LOCALS] as number[][] | undefined) ?? allClaimEntityLocals(a);
  // A replacer calls back for every value: only used when a bound is non-finite (an index cache save
  // of 2,000 pool results with claims read, in-process CPU: 107 -> 97 ms JIT-cold, 56 -> 47 ms warm).
  const r = replacer && a.claims.some(nonFiniteBounds) ? replacer : undefined;
  return JSON.stringify([encodeClaims(a.claims), a.sentenceTerms.length, terms, locals], r);
}

/** A claim's quantity bounds are the only numbers of an analysis that can be non-finite (NaN, ±Infinity). */
const nonFiniteBounds = (c: Claim): boolean => !Number.isFinite(c.quantity.low) || !Number.isFinite(c.quantity.high);

const NO_TERMS = Object.freeze([]) as unknown as string[];

// Tried (s22): the object made by one Object.create(Object.prototype, descriptors) and its values then
// assigned, instead of a defineProperty per accessor and symbol: no faster (a micro-benchmark, 10,000 objects).
/**
 * The analysis from a cache line's head (JSON text) and detail (its bytes, copied: they are kept).
 * Throws when the head does not parse or the detail is not as long as the head says.
 */
export function restoreAnalysis(headJson: string, detail: Buffer, claims: Buffer | string): DocumentAnalysis {
  const h = JSON.parse(headJson) as Record<string, unknown>;
  if (h === null || typeof h !== 'object' || h.detailBytes !== detail.length
    || h.claimBytes !== (typeof claims === 'string' ? Buffer.byteLength(claims) : claims.length)) throw new Error('cut off');
  if (!Array.isArray(h.entities)) throw new Error('no entities');
  const a: Lazy = {};
  for (const k of ORDER) {
    if (IS_DETAIL.has(k)) Object.defineProperty(a, k, ACCESSORS[k]);
    else if (IN_CLAIM_PART.has(k)) Object.defineProperty(a, k, CLAIM_ACCESSORS[k]);
    else if (k === 'entities') a.entities = decodeEntities(h.entities as never);
    else if (k in h) a[k] = h[k];
  }
  for (const k of Object.keys(h)) if (!(k in a) && !HEAD_ONLY.has(k)) a[k] = h[k];
  Object.defineProperty(a, RAW, { value: detail, writable: true, configurable: true });
  Object.defineProperty(a, RAW_CLAIMS, { value: claims, writable: true, configurable: true });
  Object.defineProperty(a, CLAIM_LOCALS, CLAIM_ACCESSORS[CLAIM_LOCALS]);
  // Its sentence terms are those of claim sentences only (claimPart): the corpus keeps it as it is.
  Object.defineProperty(a, CLAIM_TERMS_ONLY, { value: true, configurable: true });
  if (!Array.isArray(h.quoteSpeakers)) throw new Error('no quote speakers');
  Object.defineProperty(a, QUOTE_SPEAKERS, { value: h.quoteSpeakers, writable: true, configurable: true });
  Object.defineProperty(a, QUOTE_STATEMENTS, { value: statements, writable: true, configurable: true });
  return a as unknown as DocumentAnalysis;
}

// ---- A worker's head, read when first needed

/** The head's JSON text (a worker's reply) until its entities are first read; then its fields (HeadFields). */
const RAW_HEAD = Symbol('head');

/** A worker head's fields once parsed: kept under RAW_HEAD in place of its text. */
class HeadFields {
  constructor(public length: number, public entities: LocalEntity[], public quoteSpeakers: number[]) {}
}

function headFields(a: Lazy): HeadFields {
  const raw = a[RAW_HEAD] as string | HeadFields;
  if (raw instanceof HeadFields) return raw;
  let fields: HeadFields;
  try {
    const h = JSON.parse(raw) as Record<string, unknown>;
    if (h === null || typeof h !== 'object' || !Array.isArray(h.entities) || !Array.isArray(h.quoteSpeakers)) throw new Error('no entities');
    fields = new HeadFields(h.length as number, decodeEntities(h.entities as never), h.quoteSpeakers as number[]);
  } catch (e) {
    throw new Error(`analysis reply unreadable: ${(e as Error).message}`);
  }
  a[RAW_HEAD] = fields;
  return fields;
}

/** Accessors for a worker head's fields, shared by every analysis restored by `restoreUnread`. */
const HEAD_ACCESSORS: Record<string | symbol, PropertyDescriptor> = Object.fromEntries(([['length', 'length'], ['entities', 'entities'], [QUOTE_SPEAKERS, 'quoteSpeakers']] as [string | symbol, keyof HeadFields][]).map(([k, f]) => [k, {
  get(this: Lazy) { return headFields(this)[f]; },
  set(this: Lazy, v: never) { headFields(this)[f] = v; },
  enumerable: typeof k === 'string',
  configurable: true,
}]));

/**
 * Where a worker's head (`cacheParts(a).head`) holds the JSON of `a.joinKeys`, when `a` has exactly
 * the fields a restored analysis is built with (`restoreUnread`); else null.
 */
export function joinKeysSpan(a: DocumentAnalysis, head: string): [number, number] | null {
  let i = 0;
  for (const k in a) if (k !== ORDER[i++]) return null;
  if (i !== ORDER.length || !Array.isArray(a.joinKeys)) return null;
  const from = head.indexOf(',"joinKeys":[');
  const to = from < 0 ? -1 : head.indexOf('],"quoteSpeakers":', from);
  return to < 0 ? null : [from + 12, to + 1];
}

/**
 * An analysis from a worker's reply that parses only its join keys (at `keys` in the head) now:
 * what a scan's main thread posts at once. Its length, entities and quote speakers are parsed from
 * the kept head when first read (the flush after the scan), the detail and claim part as
 * `restoreAnalysis` does. The head and the bytes come from one worker's `cacheParts`, so their
 * lengths are not checked again.
 */
export function restoreUnread(head: string, keys: [number, number], detail: Buffer, claims: string): DocumentAnalysis {
  const joinKeys = JSON.parse(head.slice(keys[0], keys[1])) as string[];
  if (!Array.isArray(joinKeys)) throw new Error('no join keys');
  const a: Lazy = {};
  for (const k of ORDER) {
    if (IS_DETAIL.has(k)) Object.defineProperty(a, k, ACCESSORS[k]);
    else if (IN_CLAIM_PART.has(k)) Object.defineProperty(a, k, CLAIM_ACCESSORS[k]);
    else if (k === 'joinKeys') a.joinKeys = joinKeys;
    else Object.defineProperty(a, k, HEAD_ACCESSORS[k]);
  }
  Object.defineProperty(a, RAW_HEAD, { value: head, writable: true, configurable: true });
  Object.defineProperty(a, RAW, { value: detail, writable: true, configurable: true });
  Object.defineProperty(a, RAW_CLAIMS, { value: claims, writable: true, configurable: true });
  Object.defineProperty(a, CLAIM_LOCALS, CLAIM_ACCESSORS[CLAIM_LOCALS]);
  Object.defineProperty(a, CLAIM_TERMS_ONLY, { value: true, configurable: true });
  Object.defineProperty(a, QUOTE_SPEAKERS, HEAD_ACCESSORS[QUOTE_SPEAKERS]);
  Object.defineProperty(a, QUOTE_STATEMENTS, { value: statements, writable: true, configurable: true });
  Object.defineProperty(a, ENTITY_COUNT, { value: joinKeys.length, configurable: true });
  return a as unknown as DocumentAnalysis;
}
