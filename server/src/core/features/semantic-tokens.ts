/**
 * Semantic tokens for one article: names (by entity type), quotes, speakers, cues and claims, as
 * non-overlapping single-line spans. Items nest (a name inside a quote inside a claim's sentence),
 * so every character takes the type of the innermost, most specific item covering it:
 * name > speaker > cue > claim > quote. An outer item is split around an inner one, and every
 * piece is split at line breaks (editors do not accept tokens that overlap or cross lines).
 * Uses only this document's analysis, so the result can be cached with the document's version.
 */
import type { DocumentAnalysis, EntityType, Span } from '../types';

export const TOKEN_TYPES = ['person', 'organization', 'place', 'nationality', 'quote', 'speaker', 'cue', 'claim'] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];

/** `declaration`: the first mention of an entity in the article; `unsourced`/`vague`: a claim's sourcing; `unresolved`: a speaker nobody is named as. */
export const TOKEN_MODIFIERS = ['declaration', 'unsourced', 'vague', 'unresolved'] as const;
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

export interface TokenSpan extends Span {
  type: TokenType;
  /** Bit set over TOKEN_MODIFIERS. */
  modifiers: number;
}

const ENTITY_TOKEN: Record<EntityType, TokenType> = { PERSON: 'person', ORG: 'organization', LOC: 'place', NORP: 'nationality' };
/** Higher wins where items overlap. */
const PRIORITY: Record<TokenType, number> = { person: 5, organization: 5, place: 5, nationality: 5, speaker: 4, cue: 3, claim: 2, quote: 1 };

export const modifierBit = (m: TokenModifier): number => 1 << TOKEN_MODIFIERS.indexOf(m);

/** The items of the analysis that get a token, possibly overlapping. */
export function tokenItems(a: DocumentAnalysis): TokenSpan[] {
  const items: TokenSpan[] = [];
  const seen = new Set<number>();
  for (const m of a.mentions) {
    const first = !seen.has(m.local);
    seen.add(m.local);
    const type = a.entities[m.local]?.type ?? m.type;
    items.push({ start: m.start, end: m.end, type: ENTITY_TOKEN[type], modifiers: first ? modifierBit('declaration') : 0 });
  }
  const speakers = [...a.quotes.map((q) => q.speaker), ...a.attributions.map((x) => x.speaker)];
  for (const s of speakers) {
    if (s) items.push({ start: s.start, end: s.end, type: 'speaker', modifiers: s.local === null ? modifierBit('unresolved') : 0 });
  }
  for (const q of a.quotes) {
    if (q.kind !== 'scare') items.push({ start: q.start, end: q.end, type: 'quote', modifiers: 0 });
    if (q.cueSpan) items.push({ start: q.cueSpan.start, end: q.cueSpan.end, type: 'cue', modifiers: 0 });
  }
  for (const c of a.claims) {
    const mod = c.sourced === 'no' ? modifierBit('unsourced') : c.sourced === 'vague' ? modifierBit('vague') : 0;
    items.push({ start: c.start, end: c.end, type: 'claim', modifiers: mod });
  }
  return items.filter((x) => x.end > x.start);
}

/** Flattens possibly overlapping items into sorted, non-overlapping, single-line, trimmed spans. */
export function flattenTokens(text: string, items: readonly TokenSpan[]): TokenSpan[] {
  const bounds = new Set<number>();
  for (const x of items) { bounds.add(x.start); bounds.add(x.end); }
  const points = [...bounds].sort((p, q) => p - q);
  // Items ordered by start; `active` holds those covering the current segment.
  const order = [...items].sort((x, y) => x.start - y.start);
  const active: TokenSpan[] = [];
  const runs: { start: number; end: number; item: TokenSpan }[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i], to = points[i + 1];
    while (next < order.length && order[next].start <= from) active.push(order[next++]);
    for (let k = active.length - 1; k >= 0; k--) if (active[k].end <= from) active.splice(k, 1);
    let best: TokenSpan | undefined;
    for (const x of active) if (!best || PRIORITY[x.type] > PRIORITY[best.type] || (PRIORITY[x.type] === PRIORITY[best.type] && x.end - x.start < best.end - best.start)) best = x;
    if (!best) continue;
    const last = runs[runs.length - 1];
    if (last && last.item === best && last.end === from) last.end = to;
    else runs.push({ start: from, end: to, item: best });
  }
  const out: TokenSpan[] = [];
  for (const r of runs) {
    for (const piece of splitLines(text, r.start, r.end)) out.push({ ...piece, type: r.item.type, modifiers: r.item.modifiers });
  }
  return out;
}

/** Pieces of [start, end) between line breaks, with surrounding white space trimmed; empty pieces dropped. */
function splitLines(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let s = start;
  const push = (a: number, b: number) => {
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) { push(s, i); s = i + 1; }
  }
  push(s, end);
  return out;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000 || c === 0xfeff;

/** Semantic token spans of one analysed article (see the module comment). */
export function semanticTokenSpans(text: string, a: DocumentAnalysis): TokenSpan[] {
  return flattenTokens(text, tokenItems(a));
}
