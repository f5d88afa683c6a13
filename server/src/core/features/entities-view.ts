/**
 * Data for the Entities view: every corpus-wide entity with its counts, and the mentions of one
 * entity with a plain-text excerpt of the line each sits on. Plain data, UTF-16 offsets; the LSP
 * layer turns documents into URIs and spans into ranges.
 */
import type { Corpus } from '../corpus/corpus';
import type { EntityType, Span } from '../types';

export interface EntitySummary {
  id: string;
  name: string;
  type: EntityType;
  /** Other spellings seen across the articles (for filtering and the tooltip). */
  aliases: string[];
  mentions: number;
  /** Number of articles that name the entity. */
  articles: number;
}

export interface MentionExcerpt extends Span {
  doc: string;
  /** The mention's line, whitespace collapsed and shortened around the mention; plain text. */
  excerpt: string;
  /** Where the mention sits in `excerpt` (UTF-16, end exclusive). */
  highlight: [number, number];
}

/** All entities, most widely reported first: by number of articles, then mentions, then name. */
export function entitySummaries(corpus: Corpus): EntitySummary[] {
  return corpus.entities().entities
    .map((g) => ({ id: g.id, name: g.name, type: g.type, aliases: g.aliases, mentions: g.mentions, articles: g.documents }))
    .sort((a, b) => b.articles - a.articles || b.mentions - a.mentions || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** The mentions of one entity, ordered by document id and position; [] for an unknown id. */
export function entityMentions(corpus: Corpus, id: string, maxExcerpt = 120): MentionExcerpt[] {
  const g = corpus.entities().byId.get(id);
  if (!g) return [];
  const out: MentionExcerpt[] = [];
  for (const ref of g.members) {
    const entry = corpus.get(ref.doc);
    if (!entry) continue;
    const a = entry.analysis;
    for (const mi of a.entities[ref.local]?.mentions ?? []) {
      const m = a.mentions[mi];
      if (!m) continue;
      const { excerpt, highlight } = lineExcerpt(entry.text, m.start, m.end, maxExcerpt);
      out.push({ doc: ref.doc, start: m.start, end: m.end, excerpt, highlight });
    }
  }
  return out.sort((x, y) => (x.doc < y.doc ? -1 : x.doc > y.doc ? 1 : x.start - y.start));
}

/**
 * The line around [start, end) as one trimmed line of plain text of at most about `max`
 * characters, cut on word boundaries with an ellipsis, and where the span sits in it. At most
 * about HEAD_ROOM characters come before the span, so it shows even in a narrow view.
 */
export function lineExcerpt(text: string, start: number, end: number, max = 120): { excerpt: string; highlight: [number, number] } {
  let ls = start;
  while (ls > 0 && text[ls - 1] !== '\n' && text[ls - 1] !== '\r') ls--;
  let le = end;
  while (le < text.length && text[le] !== '\n' && text[le] !== '\r') le++;
  const before = collapse(text.slice(ls, start)).trimStart();
  const span = collapse(text.slice(start, end));
  const after = collapse(text.slice(end, le)).trimEnd();
  // Views show the start of a label and cut its end: keep only a little before the mention.
  const head = before.length > HEAD_ROOM ? '…' + cutStart(before, HEAD_ROOM) : before;
  const tailRoom = Math.max(0, max - span.length - head.length);
  const tail = after.length > tailRoom ? cutEnd(after, tailRoom) + '…' : after;
  return { excerpt: head + span + tail, highlight: [head.length, head.length + span.length] };
}

/** At most about this many characters of context before a mention. */
const HEAD_ROOM = 30;
const collapse = (s: string) => s.replace(/\s+/g, ' ');

/** The last `n` characters of `s`, starting at a word boundary when there is one near. */
function cutStart(s: string, n: number): string {
  if (n <= 0) return '';
  const t = s.slice(s.length - n);
  const sp = t.indexOf(' ');
  return sp >= 0 && sp < n / 2 ? t.slice(sp + 1) : t.replace(/^[\uDC00-\uDFFF]/, '');
}

/** The first `n` characters of `s`, ending at a word boundary when there is one near. */
function cutEnd(s: string, n: number): string {
  if (n <= 0) return '';
  const t = s.slice(0, n);
  const sp = t.lastIndexOf(' ');
  return sp > n / 2 ? t.slice(0, sp) : t.replace(/[\uD800-\uDBFF]$/, '');
}
