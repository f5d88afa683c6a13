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
import { TYPES, decodeSource, encodeSource, keysOf, type SourceTuple } from './head-codec';

const BLOCK_KINDS: readonly BlockKind[] = ['headline', 'byline', 'furniture', 'heading', 'body'];
const QUOTE_KINDS: readonly QuoteKind[] = ['direct', 'partial', 'scare'];

const BLOCK_KEYS = 'start,end,kind', SENTENCE_KEYS = 'start,end,block';
const MENTION_KEYS = 'start,end,text,type,local,furniture';
const QUOTE_KEYS = 'start,end,text,kind,unclosed,cue,cueSpan,speaker';
const ATTRIBUTION_KEYS = 'start,end,cue,speaker,vague';

type Slot = unknown;
type Raw = { raw: unknown };
export type DetailLists = Pick<DocumentAnalysis, 'blocks' | 'sentences' | 'mentions' | 'quotes' | 'attributions'>;

const isInt = (x: unknown): x is number => typeof x === 'number' && (x | 0) === x;

/** Strings written once per detail: the first time as themselves, after as the index of that first time. */
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

function encodeBlocks(list: readonly Block[]): Slot[] {
  const out: Slot[] = [];
  let prev = 0;
  for (const b of list) {
    const kind = BLOCK_KINDS.indexOf(b.kind);
    if (kind < 0 || !isInt(b.start) || !isInt(b.end) || keysOf(b) !== BLOCK_KEYS) { out.push(b); continue; }
    out.push(b.start - prev, b.end - b.start, kind);
    prev = b.start;
  }
  return out;
}

function encodeSentences(list: readonly Sentence[]): Slot[] {
  const out: Slot[] = [];
  let prev = 0, prevBlock = 0;
  for (const s of list) {
    if (!isInt(s.start) || !isInt(s.end) || !isInt(s.block) || keysOf(s) !== SENTENCE_KEYS) { out.push(s); continue; }
    out.push(s.start - prev, s.end - s.start, s.block - prevBlock);
    prev = s.start;
    prevBlock = s.block;
  }
  return out;
}

function encodeMentions(list: readonly Mention[], strings: Strings): Slot[] {
  const out: Slot[] = [];
  let prev = 0;
  for (const m of list) {
    const type = TYPES.indexOf(m.type);
    if (type < 0 || typeof m.text !== 'string' || typeof m.furniture !== 'boolean' || m.local === undefined || !isInt(m.start) || !isInt(m.end) || keysOf(m) !== MENTION_KEYS) { out.push(m); continue; }
    out.push(m.start - prev, m.end - m.start, strings.slot(m.text), type << 1 | +m.furniture, m.local);
    prev = m.start;
  }
  return out;
}

function encodeSpeaker(s: SpeakerRef | null): SourceTuple | 0 | null {
  return s === null ? 0 : typeof s === 'object' ? encodeSource(s) : null;
}

function encodeQuotes(list: readonly Quote[], strings: Strings): Slot[] {
  const out: Slot[] = [];
  let prev = 0;
  for (const q of list) {
    const kind = QUOTE_KINDS.indexOf(q.kind), cs = q.cueSpan;
    const cueSpan = cs === null ? 0 : typeof cs === 'object' && isInt(cs.start) && isInt(cs.end) && keysOf(cs) === 'start,end' ? [cs.start, cs.end] : null;
    const speaker = encodeSpeaker(q.speaker);
    // The cue last: a refused item must not leave its string in the table (decoding would not).
    const cue = kind < 0 || cueSpan === null || speaker === null || q.text === undefined || typeof q.unclosed !== 'boolean'
      || !isInt(q.start) || !isInt(q.end) || keysOf(q) !== QUOTE_KEYS ? undefined : strings.slot(q.cue);
    if (cue === undefined) { out.push(q); continue; }
    out.push(q.start - prev, q.end - q.start, q.text, kind | +q.unclosed << 2, cue, cueSpan, speaker);
    prev = q.start;
  }
  return out;
}

function encodeAttributions(list: readonly Attribution[], strings: Strings): Slot[] {
  const out: Slot[] = [];
  let prev = 0;
  for (const a of list) {
    const speaker = encodeSpeaker(a.speaker);
    const cue = speaker === null || typeof a.vague !== 'boolean' || !isInt(a.start) || !isInt(a.end) || keysOf(a) !== ATTRIBUTION_KEYS ? undefined : strings.slot(a.cue);
    if (cue === undefined) { out.push(a); continue; }
    out.push(a.start - prev, a.end - a.start, cue, speaker, +a.vague);
    prev = a.start;
  }
  return out;
}

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

function decodeBlocks(r: Slot[]): Block[] {
  const out: Block[] = [];
  let prev = 0;
  for (let i = 0; i < r.length;) {
    if (typeof r[i] === 'object') { out.push(r[i++] as Block); continue; }
    const start = prev + (r[i] as number);
    out.push({ start, end: start + (r[i + 1] as number), kind: BLOCK_KINDS[r[i + 2] as number] });
    prev = start;
    i += 3;
  }
  return out;
}

function decodeSentences(r: Slot[]): Sentence[] {
  const out: Sentence[] = [];
  let prev = 0, prevBlock = 0;
  for (let i = 0; i < r.length;) {
    if (typeof r[i] === 'object') { out.push(r[i++] as Sentence); continue; }
    const start = prev + (r[i] as number), block = prevBlock + (r[i + 2] as number);
    out.push({ start, end: start + (r[i + 1] as number), block });
    prev = start;
    prevBlock = block;
    i += 3;
  }
  return out;
}

function decodeMentions(r: Slot[], table: string[]): Mention[] {
  const out: Mention[] = [];
  let prev = 0;
  for (let i = 0; i < r.length;) {
    if (typeof r[i] === 'object') { out.push(r[i++] as Mention); continue; }
    const start = prev + (r[i] as number), f = r[i + 3] as number;
    out.push({ start, end: start + (r[i + 1] as number), text: readString(r[i + 2], table), type: TYPES[f >> 1], local: r[i + 4] as number, furniture: (f & 1) !== 0 });
    prev = start;
    i += 5;
  }
  return out;
}

const decodeSpeaker = (s: Slot): SpeakerRef | null => (s === 0 ? null : decodeSource(s as SourceTuple));

function decodeQuotes(r: Slot[], table: string[]): Quote[] {
  const out: Quote[] = [];
  let prev = 0;
  for (let i = 0; i < r.length;) {
    if (typeof r[i] === 'object') { out.push(r[i++] as Quote); continue; }
    const start = prev + (r[i] as number), f = r[i + 3] as number, cs = r[i + 5] as 0 | [number, number];
    const cueSpan: Span | null = cs === 0 ? null : { start: cs[0], end: cs[1] };
    out.push({ start, end: start + (r[i + 1] as number), text: r[i + 2] as string, kind: QUOTE_KINDS[f & 3], unclosed: (f & 4) !== 0,
      cue: readString(r[i + 4], table), cueSpan, speaker: decodeSpeaker(r[i + 6]) } as Quote);
    prev = start;
    i += 7;
  }
  return out;
}

function decodeAttributions(r: Slot[], table: string[]): Attribution[] {
  const out: Attribution[] = [];
  let prev = 0;
  for (let i = 0; i < r.length;) {
    if (typeof r[i] === 'object') { out.push(r[i++] as Attribution); continue; }
    const start = prev + (r[i] as number);
    out.push({ start, end: start + (r[i + 1] as number), cue: readString(r[i + 2], table), speaker: decodeSpeaker(r[i + 3]), vague: r[i + 4] === 1 });
    prev = start;
    i += 5;
  }
  return out;
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
