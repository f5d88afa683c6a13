/**
 * Navigation over corpus-wide entities: what entity is at an offset, every place it occurs in the
 * corpus (named mentions, and the pronouns or titles resolved to it as a quote's speaker), and its
 * most informative mention (the "definition"). Works from the resolution's members, so a request
 * touches only the articles that name the entity, never the whole corpus.
 */
import type { Corpus } from '../corpus/corpus';
import type { GlobalEntity } from '../corpus/resolve';
import type { DocumentAnalysis, Span } from '../types';

export interface Occurrence extends Span {
  doc: string;
  /** A named mention, or a pronoun/title that the article resolves to the entity. */
  kind: 'mention' | 'speaker';
}

/** The corpus-wide entity at `offset` (on a mention, or on a resolved pronoun/title speaker). */
export function entityAt(corpus: Corpus, doc: string, offset: number): GlobalEntity | undefined {
  const a = corpus.get(doc)?.analysis;
  if (!a) return undefined;
  const m = a.mentions.find((x) => x.start <= offset && offset <= x.end);
  if (m) return corpus.entityOf(doc, m.local);
  for (const s of speakerRefs(corpus, doc)) {
    if (s.start <= offset && offset <= s.end && s.local !== null) return corpus.entityOf(doc, s.local);
  }
  return undefined;
}

interface SpeakerSpan extends Span { local: number | null }

const speakerCache = new WeakMap<object, SpeakerSpan[]>();

/**
 * Speakers of quotes and attributions that are not themselves a named mention (pronouns, titles),
 * once per analysis (references of a widely named entity visit thousands of articles).
 */
function speakerRefs(corpus: Corpus, doc: string): SpeakerSpan[] {
  const a = corpus.get(doc)!.analysis;
  let out = speakerCache.get(a);
  if (out) return out;
  out = [];
  const seen = new Set<number>();
  const all = [...a.quotes.map((q) => q.speaker), ...a.attributions.map((x) => x.speaker)].filter((s) => s !== null);
  for (const s of all.sort((x, y) => x.start - y.start)) {
    if (seen.has(s.start)) continue;
    seen.add(s.start);
    if (!a.mentions.some((m) => m.start < s.end && s.start < m.end)) out.push({ start: s.start, end: s.end, local: s.local });
  }
  speakerCache.set(a, out);
  return out;
}

/** Every occurrence of the entity in the corpus, in document order within each article. */
export function occurrencesOf(corpus: Corpus, g: GlobalEntity, onlyDoc?: string): Occurrence[] {
  const out: Occurrence[] = [];
  const byDoc = new Map<string, Set<number>>();
  for (const ref of g.members) {
    if (onlyDoc !== undefined && ref.doc !== onlyDoc) continue;
    (byDoc.get(ref.doc) ?? byDoc.set(ref.doc, new Set()).get(ref.doc)!).add(ref.local);
  }
  for (const [doc, locals] of byDoc) {
    const a = corpus.get(doc)?.analysis;
    if (!a) continue;
    const here: Occurrence[] = [];
    for (const local of locals) {
      for (const mi of a.entities[local]?.mentions ?? []) {
        const m = a.mentions[mi];
        here.push({ doc, start: m.start, end: m.end, kind: 'mention' });
      }
    }
    for (const s of speakerRefs(corpus, doc)) if (s.local !== null && locals.has(s.local)) here.push({ doc, start: s.start, end: s.end, kind: 'speaker' });
    here.sort((x, y) => x.start - y.start);
    out.push(...here);
  }
  return out;
}

/** Per analysis: each local entity's most informative mention and its rank key, computed once. */
const bestCache = new WeakMap<object, ({ mention: number; key: number[] } | undefined)[]>();

function bestMentions(a: DocumentAnalysis): ({ mention: number; key: number[] } | undefined)[] {
  let best = bestCache.get(a);
  if (best) return best;
  best = a.entities.map((le) => {
    let top: { mention: number; key: number[] } | undefined;
    for (const mi of le.mentions) {
      const m = a.mentions[mi];
      if (!m) continue;
      const key = [m.furniture ? 0 : 1, m.text.trim().split(/\s+/).length, m.text.length, le.roles.length, le.mentions.length, -m.start];
      if (!top || greater(key, top.key)) top = { mention: mi, key };
    }
    return top;
  });
  bestCache.set(a, best);
  return best;
}

/**
 * The most informative mention of the entity: the fullest name (most words, then most
 * characters), preferring the article that describes the entity most (roles), then the earliest.
 */
export function definitionOf(corpus: Corpus, g: GlobalEntity): Occurrence | undefined {
  let best: { doc: string; mention: number; key: number[] } | undefined;
  for (const ref of g.members) {
    const a = corpus.get(ref.doc)?.analysis;
    const top = a && bestMentions(a)[ref.local];
    if (!top) continue;
    if (!best || greater(top.key, best.key) || (!greater(best.key, top.key) && ref.doc < best.doc)) best = { doc: ref.doc, ...top };
  }
  if (!best) return undefined;
  const m = corpus.get(best.doc)!.analysis.mentions[best.mention];
  return { doc: best.doc, start: m.start, end: m.end, kind: 'mention' };
}

function greater(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return false;
}

export interface Highlight extends Span {
  /** `name`: a named mention; `reference`: a pronoun/title resolved to it, or a quote's speaker and cue. */
  kind: 'name' | 'reference';
}

/**
 * What to highlight in this article for the thing at `offset`: every occurrence of the entity
 * under the cursor, or, inside a quote, the quote with its speaker and cue.
 */
export function highlightsAt(corpus: Corpus, doc: string, offset: number): Highlight[] {
  const a = corpus.get(doc)?.analysis;
  if (!a) return [];
  const g = entityAt(corpus, doc, offset);
  if (g) return occurrencesOf(corpus, g, doc).map((o) => ({ start: o.start, end: o.end, kind: o.kind === 'mention' ? 'name' : 'reference' }));
  const q = a.quotes.find((x) => x.kind !== 'scare' && x.start <= offset && offset <= x.end);
  if (!q) return [];
  const out: Highlight[] = [{ start: q.start, end: q.end, kind: 'name' }];
  if (q.speaker) out.push({ start: q.speaker.start, end: q.speaker.end, kind: 'reference' });
  if (q.cueSpan) out.push({ start: q.cueSpan.start, end: q.cueSpan.end, kind: 'reference' });
  return out.sort((x, y) => x.start - y.start);
}
