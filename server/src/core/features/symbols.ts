/**
 * Symbols: the outline of one article (people, organisations, places, nationalities, quotes,
 * claims) and the corpus-wide entity search behind "Go to Symbol in Workspace".
 */
import type { Corpus } from '../corpus/corpus';
import type { GlobalEntity } from '../corpus/resolve';
import type { DocumentAnalysis, EntityType, Span } from '../types';
import { fold } from '../text/normalize';
import { excerpt } from './markdown';

export type OutlineGroupKind = 'people' | 'organizations' | 'places' | 'nationalities' | 'quotes' | 'claims';

export interface OutlineItem extends Span {
  name: string;
  detail: string;
  /** The part to select and reveal (the first mention; the quote or claim itself). */
  selection: Span;
  /** Entity type for names; undefined for quotes and claims. */
  entityType?: EntityType;
  /** Mentions in the article's story (furniture left out), for names. */
  mentions?: number;
}

export interface OutlineGroup {
  kind: OutlineGroupKind;
  label: string;
  items: OutlineItem[];
}

const GROUP_OF: Record<EntityType, OutlineGroupKind> = { PERSON: 'people', ORG: 'organizations', LOC: 'places', NORP: 'nationalities' };
const LABELS: Record<OutlineGroupKind, string> = {
  people: 'People', organizations: 'Organizations', places: 'Places', nationalities: 'Nationalities', quotes: 'Quotes', claims: 'Claims',
};
const ORDER: OutlineGroupKind[] = ['people', 'organizations', 'places', 'nationalities', 'quotes', 'claims'];

/**
 * The article's outline, groups in a fixed order, empty groups left out. Entities named only in
 * page furniture (bylines, credits) are left out: they are not part of the story.
 */
export function documentOutline(a: DocumentAnalysis): OutlineGroup[] {
  const groups = new Map<OutlineGroupKind, OutlineItem[]>(ORDER.map((k) => [k, []]));
  a.entities.forEach((e) => {
    const ms = e.mentions.map((i) => a.mentions[i]).filter((m) => m && !m.furniture);
    if (!ms.length) return;
    const roles = e.roles.map((r) => excerpt(r.text, 40));
    const detail = [`${ms.length} mention${ms.length === 1 ? '' : 's'}`, ...roles.slice(0, 1)].join(' · ');
    groups.get(GROUP_OF[e.type])!.push({
      name: e.name, detail, start: ms[0].start, end: ms[0].end, selection: { start: ms[0].start, end: ms[0].end }, entityType: e.type, mentions: ms.length,
    });
  });
  for (const q of a.quotes) {
    if (q.kind === 'scare') continue;
    const who = q.speaker ? (q.speaker.local !== null ? a.entities[q.speaker.local]?.name ?? q.speaker.text : q.speaker.text) : 'speaker unknown';
    groups.get('quotes')!.push({
      name: `“${excerpt(q.text, 60)}”`, detail: q.cue ? `${who} (${q.cue})` : who, start: q.start, end: q.end, selection: { start: q.start, end: q.end },
    });
  }
  for (const c of a.claims) {
    const src = c.source ? (c.source.local !== null ? a.entities[c.source.local]?.name ?? c.source.text : c.source.text) : null;
    const detail = c.sourced === 'no' ? 'unsourced' : c.sourced === 'vague' ? `vague (${c.sourceCue ?? 'unnamed source'})` : `source: ${src ?? c.sourceCue ?? 'named'}`;
    groups.get('claims')!.push({ name: excerpt(c.text, 60), detail, start: c.start, end: c.end, selection: { start: c.start, end: c.end } });
  }
  return ORDER.filter((k) => groups.get(k)!.length).map((k) => ({ kind: k, label: LABELS[k], items: groups.get(k)! }));
}

export interface ArticleSummary {
  people: number;
  organizations: number;
  places: number;
  quotes: number;
  unsourced: number;
  vague: number;
}

export function articleSummary(a: DocumentAnalysis, outline = documentOutline(a)): ArticleSummary {
  const count = (k: OutlineGroupKind) => outline.find((g) => g.kind === k)?.items.length ?? 0;
  return {
    people: count('people'), organizations: count('organizations'), places: count('places'), quotes: count('quotes'),
    unsourced: a.claims.filter((c) => c.sourced === 'no').length,
    vague: a.claims.filter((c) => c.sourced === 'vague').length,
  };
}

/** "1 quote", "7 quotes". */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

const folded = new WeakMap<readonly GlobalEntity[], string[][]>();

/**
 * Folded name and aliases of every entity, computed once per list of entities (a corpus keeps
 * its resolution object across changes, and gives a new list after a change).
 */
function foldedNames(entities: readonly GlobalEntity[]): string[][] {
  let f = folded.get(entities);
  if (!f) folded.set(entities, (f = entities.map((g) => [g.name, ...g.aliases].map((n) => fold(n).replace(/\s+/g, ' ')))));
  return f;
}

/** How well a folded name matches a folded query: 4 whole name, 3 prefix, 2 word prefix, 1 substring, 0.5 initials/subsequence. */
function matchScore(name: string, q: string): number {
  if (name === q) return 4;
  if (name.startsWith(q)) return 3;
  const at = name.indexOf(q);
  if (at > 0 && /[\s-]/.test(name[at - 1])) return 2;
  if (at > 0) return 1;
  let i = 0;
  for (let k = 0; k < name.length && i < q.length; k++) if (name[k] === q[i]) i++;
  return i === q.length && name[0] === q[0] ? 0.5 : 0;
}

/**
 * Entities whose name or a spelling of it matches the query (case, accents and dots ignored):
 * exact, prefix, word prefix, substring, then in-order letters; ties broken by mentions. An empty
 * query lists the most mentioned entities.
 */
export function searchEntities(corpus: Corpus, query: string, limit = 200): GlobalEntity[] {
  const res = corpus.entities();
  const q = fold(query).replace(/\s+/g, ' ').trim();
  const entities = res.entities;
  const names = foldedNames(entities);
  // The best `limit` hits, kept sorted while scanning (a corpus can hold hundreds of thousands of entities).
  const top: { g: GlobalEntity; score: number }[] = [];
  const before = (x: { g: GlobalEntity; score: number }, y: { g: GlobalEntity; score: number }) =>
    y.score - x.score || y.g.mentions - x.g.mentions || x.g.id.localeCompare(y.g.id);
  entities.forEach((g, i) => {
    let score = q ? 0 : 1;
    if (q) for (const n of names[i]) score = Math.max(score, matchScore(n, q));
    if (score <= 0 || limit <= 0) return;
    const hit = { g, score };
    if (top.length === limit && before(hit, top[limit - 1]) >= 0) return;
    let lo = 0, hi = top.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (before(top[mid], hit) <= 0) lo = mid + 1; else hi = mid; }
    top.splice(lo, 0, hit);
    if (top.length > limit) top.pop();
  });
  return top.map((h) => h.g);
}
