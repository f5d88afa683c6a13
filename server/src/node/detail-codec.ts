/**
 * The detail of a cache line (cached-analysis.ts: blocks, sentences, mentions, quotes,
 * attributions) as five flat arrays rather than JSON objects, as head-codec.ts does for the head:
 * no key is written or parsed, the few words an enumerated field can take are written as their
 * index, and flags are packed into one number. Each item takes a fixed number of slots, its
 * offsets written as the distance from the previous item's start and its length (short numbers:
 * an article's offsets run to thousands); a mention's text and a cue are written once per detail
 * and then as the index of that first writing (names recur). Decoding builds the same objects,
 * with the same keys in the same order, as the analysis that was encoded (JSON.stringify and deep
 * equality see no difference), and a recurring text is one string.
 *
 * An item of an unexpected shape (a field added to the core's types and not yet here) is written
 * in its list as the object itself and decoded as is; a list that is not an array of objects is
 * written as `{ raw: list }`. So the encoding never loses anything; only the saving.
 */
import type { Attribution, Block, BlockKind, DocumentAnalysis, Mention, Quote, QuoteKind, Sentence, Span, SpeakerRef } from '../core/types';
import { TYPES, decodeSource, encodeSource, type SourceTuple } from './head-codec';
import { hasKeys } from './object-shape';

const BLOCK_KINDS: readonly BlockKind[] = ['headline', 'byline', 'furniture', 'heading', 'body'];
const QUOTE_KINDS: readonly QuoteKind[] = ['direct', 'partial', 'scare'];

const BLOCK_KEYS = ['start', 'end', 'kind'], SENTENCE_KEYS = ['start', 'end', 'block'];
const MENTION_KEYS = ['start', 'end', 'text', 'type', 'local', 'furniture'];
const QUOTE_KEYS = ['start', 'end', 'text', 'kind', 'unclosed', 'cue', 'cueSpan', 'speaker'];
const ATTRIBUTION_KEYS = ['start', 'end', 'cue', 'speaker', 'vague'];
const SPAN_KEYS = ['start', 'end'];

type Slot = unknown;
type Raw = { raw: unknown };
export type DetailLists = Pick<DocumentAnalysis, 'blocks' | 'sentences' | 'mentions' | 'quotes' | 'attributions'>;

const isInt = (x: unknown): x is number => typeof x === 'number' && (x | 0) === x;

/** Strings written once per detail: the first time as themselves, after as the index of that first time. */
// Tried (s22): each entity's last mention text and index remembered, to skip this Map for repeated names: 0.99x (noise).
class Strings {
  private readonly seen = new Map<string, number>();
  /** The slot for `v`; a number cannot be told from an index, so it is refused (undefined), as is undefined. */
  slot(v: unknown): Slot | undefined {
    if (typeof v === 'number' || v === undefined) return undefined;
    if (typeof v !== 'string') return v;
    const k = this.seen.get(v);
    if (k !== undefined) return k;
    this.seen.set(v, this.seen.size);
    return v;
  }
}

const objectsOnly = (list: unknown): list is object[] =>
  Array.isArray(list) && list.every((x) => typeof x === 'object');

// ---- encoding: each list [dStart, length, ...fields] per item, or the item itself

/**
 * One list's slots: `write` pushes an item's slots (its start as `dStart`, the distance from the
 * previous written item's start) and says true, or refuses the item (false, nothing pushed), which
 * is then written as itself.
 */
function encodeList<T extends { start: number }>(list: readonly T[], write: (item: T, dStart: number, out: Slot[]) => boolean): Slot[] {
  const out: Slot[] = [];
  let prev = 0;
  for (const item of list) {
    if (!isInt(item.start) || !write(item, item.start - prev, out)) { out.push(item); continue; }
    prev = item.start;
  }
  return out;
}

const encodeBlocks = (list: readonly Block[]): Slot[] => encodeList(list, (b, d, out) => {
  const kind = BLOCK_KINDS.indexOf(b.kind);
  if (kind < 0 || !isInt(b.end) || !hasKeys(b, BLOCK_KEYS)) return false;
  out.push(d, b.end - b.start, kind);
  return true;
});

function encodeSentences(list: readonly Sentence[]): Slot[] {
  let prevBlock = 0;
  return encodeList(list, (s, d, out) => {
    if (!isInt(s.end) || !isInt(s.block) || !hasKeys(s, SENTENCE_KEYS)) return false;
    out.push(d, s.end - s.start, s.block - prevBlock);
    prevBlock = s.block;
    return true;
  });
}

const encodeMentions = (list: readonly Mention[], strings: Strings): Slot[] => encodeList(list, (m, d, out) => {
  const type = TYPES.indexOf(m.type);
  if (type < 0 || typeof m.text !== 'string' || typeof m.furniture !== 'boolean' || m.local === undefined || !isInt(m.end) || !hasKeys(m, MENTION_KEYS)) return false;
  out.push(d, m.end - m.start, strings.slot(m.text), type << 1 | +m.furniture, m.local);
  return true;
});

function encodeSpeaker(s: SpeakerRef | null): SourceTuple | 0 | null {
  return s === null ? 0 : typeof s === 'object' ? encodeSource(s) : null;
}

const encodeQuotes = (list: readonly Quote[], strings: Strings): Slot[] => encodeList(list, (q, d, out) => {
  const kind = QUOTE_KINDS.indexOf(q.kind), cs = q.cueSpan;
  const cueSpan = cs === null ? 0 : typeof cs === 'object' && isInt(cs.start) && isInt(cs.end) && hasKeys(cs, SPAN_KEYS) ? [cs.start, cs.end] : null;
  const speaker = encodeSpeaker(q.speaker);
  // The cue last: a refused item must not leave its string in the table (decoding would not).
  const cue = kind < 0 || cueSpan === null || speaker === null || q.text === undefined || typeof q.unclosed !== 'boolean'
    || !isInt(q.end) || !hasKeys(q, QUOTE_KEYS) ? undefined : strings.slot(q.cue);
  if (cue === undefined) return false;
  out.push(d, q.end - q.start, q.text, kind | +q.unclosed << 2, cue, cueSpan, speaker);
  return true;
});

const encodeAttributions = (list: readonly Attribution[], strings: Strings): Slot[] => encodeList(list, (a, d, out) => {
  const speaker = encodeSpeaker(a.speaker);
  const cue = speaker === null || typeof a.vague !== 'boolean' || !isInt(a.end) || !hasKeys(a, ATTRIBUTION_KEYS) ? undefined : strings.slot(a.cue);
  if (cue === undefined) return false;
  out.push(d, a.end - a.start, cue, speaker, +a.vague);
  return true;
});

/** The five detail lists, encoded (in this order: decoding reads the shared strings in the same order). */
export function encodeDetail(d: DetailLists): (Slot[] | Raw)[] {
  const strings = new Strings();
  const list = <T>(v: readonly T[], encode: (l: readonly T[]) => Slot[]): Slot[] | Raw => (objectsOnly(v) ? encode(v) : { raw: v });
  return [
    list(d.blocks, encodeBlocks),
    list(d.sentences, encodeSentences),
    list(d.mentions, (l) => encodeMentions(l, strings)),
    list(d.quotes, (l) => encodeQuotes(l, strings)),
    list(d.attributions, (l) => encodeAttributions(l, strings)),
  ];
}

// ---- decoding

/** A slot written by Strings: the string, the string at that index, or any other value as is. */
function readString(v: unknown, table: string[]): never {
  if (typeof v === 'number') return table[v] as never;
  if (typeof v === 'string') table.push(v);
  return v as never;
}

/**
 * One list from its slots: items of `width` slots (the first the start's distance from the previous
 * item's start), built by `item` from the start and the item's first slot, and items written as
 * themselves (objects).
 */
function decodeList<T>(r: Slot[], width: number, item: (start: number, i: number) => T): T[] {
  const out: T[] = [];
  let prev = 0;
  for (let i = 0; i < r.length;) {
    if (typeof r[i] === 'object') { out.push(r[i++] as T); continue; }
    const start = prev + (r[i] as number);
    out.push(item(start, i));
    prev = start;
    i += width;
  }
  return out;
}

const decodeBlocks = (r: Slot[]): Block[] => decodeList(r, 3, (start, i) => ({ start, end: start + (r[i + 1] as number), kind: BLOCK_KINDS[r[i + 2] as number] }));

function decodeSentences(r: Slot[]): Sentence[] {
  let prevBlock = 0;
  return decodeList(r, 3, (start, i) => {
    const block = prevBlock += r[i + 2] as number;
    return { start, end: start + (r[i + 1] as number), block };
  });
}

const decodeMentions = (r: Slot[], table: string[]): Mention[] => decodeList(r, 5, (start, i) => {
  const f = r[i + 3] as number;
  return { start, end: start + (r[i + 1] as number), text: readString(r[i + 2], table), type: TYPES[f >> 1], local: r[i + 4] as number, furniture: (f & 1) !== 0 };
});

const decodeSpeaker = (s: Slot): SpeakerRef | null => (s === 0 ? null : decodeSource(s as SourceTuple));

const decodeQuotes = (r: Slot[], table: string[]): Quote[] => decodeList(r, 7, (start, i) => {
  const f = r[i + 3] as number, cs = r[i + 5] as 0 | [number, number];
  const cueSpan: Span | null = cs === 0 ? null : { start: cs[0], end: cs[1] };
  return { start, end: start + (r[i + 1] as number), text: r[i + 2] as string, kind: QUOTE_KINDS[f & 3], unclosed: (f & 4) !== 0,
    cue: readString(r[i + 4], table), cueSpan, speaker: decodeSpeaker(r[i + 6]) } as Quote;
});

const decodeAttributions = (r: Slot[], table: string[]): Attribution[] => decodeList(r, 5, (start, i) =>
  ({ start, end: start + (r[i + 1] as number), cue: readString(r[i + 2], table), speaker: decodeSpeaker(r[i + 3]), vague: r[i + 4] === 1 }));

/**
 * Each quote's text, or null for a scare quote, read from what encodeDetail wrote (parsed) without
 * building the other lists; null when the quotes were not written as slots.
 */
export function detailQuoteStatements(d: unknown): (string | null)[] | null {
  return !Array.isArray(d) || d.length !== 5 ? null : quoteListStatements(d[QUOTE_LIST]);
}

/** Where the quotes are among the five lists encodeDetail writes. */
export const QUOTE_LIST = 3;

/** `detailQuoteStatements` of the quotes' list alone (its JSON parsed): null when they were not written as slots. */
export function quoteListStatements(r: unknown): (string | null)[] | null {
  if (!Array.isArray(r)) return null;
  return decodeList(r, 7, (_start, i) => (QUOTE_KINDS[(r[i + 3] as number) & 3] === 'scare' ? null : r[i + 2] as string))
    .map((x) => (typeof x === 'object' && x !== null ? ((x as Quote).kind === 'scare' ? null : (x as Quote).text) : x));
}

/**
 * Where the `index`-th of a detail's lists lies in its JSON's UTF-8 bytes (`[start, end)`), found by
 * bracket depth, strings skipped; null when the bytes are not a JSON array that long. Reading the
 * quotes' statements parses only that list rather than the whole detail: 3,000 cold-corpus
 * details, ~75 -> ~25 ms (scan and parse of the slice), and none of the other lists' objects built.
 */
export function detailListBytes(b: Uint8Array, index: number): [number, number] | null {
  if (b[0] !== 0x5b) return null; // [
  let depth = 0, k = 0, start = 1;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c === 0x22) { // a string: to its closing quote, escapes skipped (UTF-8 bytes of other characters are >= 0x80)
      for (i++; i < b.length && b[i] !== 0x22; i++) if (b[i] === 0x5c) i++;
    } else if (c === 0x5b || c === 0x7b) depth++;
    else if (c === 0x5d || c === 0x7d) {
      if (--depth === 0) return k === index && i > start ? [start, i] : null;
    } else if (c === 0x2c && depth === 1) {
      if (k++ === index) return [start, i];
      start = i + 1;
    }
  }
  return null;
}

/** The five detail lists from what encodeDetail wrote (parsed). Throws when it is not such a thing. */
export function decodeDetail(d: unknown): DetailLists {
  if (!Array.isArray(d) || d.length !== 5) throw new Error('not a detail');
  const table: string[] = [];
  const list = <T>(v: Slot[] | Raw, decode: (r: Slot[]) => T): T => (Array.isArray(v) ? decode(v) : (v as Raw).raw as T);
  const blocks = list(d[0], decodeBlocks), sentences = list(d[1], decodeSentences);
  const mentions = list(d[2], (r) => decodeMentions(r, table));
  const quotes = list(d[3], (r) => decodeQuotes(r, table));
  const attributions = list(d[4], (r) => decodeAttributions(r, table));
  return { blocks, sentences, mentions, quotes, attributions };
}
