/**
 * Hover content as Markdown for the thing under the cursor: an entity (how every article names
 * and describes it, what it is quoted saying), a quote (speaker, cue) or a claim (its source, and
 * the figures other articles give). All article text is escaped; links are built only by `link`.
 */
import type { Corpus } from '../corpus/corpus';
import type { Candidate } from '../corpus/corroborate';
import type { GlobalEntity } from '../corpus/resolve';
import type { Claim, DocumentAnalysis, Quote, Span } from '../types';
import { escapeMarkdown as esc, excerpt } from './markdown';
import { quoteHover } from './quote-hover';
import { quoteSpeakerLocals } from '../corpus/quote-speakers';
import { bodyClaimsWithFigure, isHeadlineClaim } from './headline-claims';

export interface HoverResult extends Span {
  markdown: string;
}

/** Builds a link to a place in an article; the LSP layer supplies it (command or file URI). */
export type LinkFn = (doc: string, start: number, label: string) => string;

/**
 * An entity named in thousands of articles lists the first ones (this article first, then by
 * document id: members are kept in corpus order, never in the order the articles were loaded), then a count.
 */
const MAX_LISTED = 12;
const TYPE_WORD = { PERSON: 'person', ORG: 'organization', LOC: 'place', NORP: 'nationality or group' } as const;

export function hoverAt(corpus: Corpus, doc: string, offset: number, link: LinkFn, docName: (d: string) => string): HoverResult | null {
  const entry = corpus.get(doc);
  if (!entry) return null;
  const a = entry.analysis;
  const m = a.mentions.find((x) => x.start <= offset && offset <= x.end);
  if (m) return { start: m.start, end: m.end, markdown: entityHover(corpus, doc, m.local, link, docName) };
  const c = a.claims.find((x) => x.start <= offset && offset <= x.end);
  if (c) return { start: c.start, end: c.end, markdown: claimHover(corpus, doc, a.claims.indexOf(c), link, docName) };
  const q = a.quotes.find((x) => x.start <= offset && offset <= x.end);
  if (q) return { start: q.start, end: q.end, markdown: quoteHover(corpus, doc, a.quotes.indexOf(q), link, docName) };
  return null;
}

function entityHover(corpus: Corpus, doc: string, local: number, link: LinkFn, docName: (d: string) => string): string {
  const g = corpus.entityOf(doc, local);
  if (!g) return '';
  const lines: string[] = [`**${esc(g.name)}** — ${TYPE_WORD[g.type]}`, ''];
  lines.push(`Named in ${g.documents} article${g.documents === 1 ? '' : 's'}, ${g.mentions} mention${g.mentions === 1 ? '' : 's'}.`, '');
  const listed: typeof g.members = [];
  for (const r of g.members) if (r.doc === doc) listed.push(r);
  for (const r of g.members) { if (listed.length >= MAX_LISTED) break; if (r.doc !== doc) listed.push(r); }
  for (const ref of listed) {
    const e = corpus.get(ref.doc)!;
    const le = e.analysis.entities[ref.local];
    const first = e.analysis.mentions[le.mentions[0]];
    const here = ref.doc === doc ? ' (this article)' : '';
    const spellings = le.aliases.map((s) => `“${esc(s)}”`).join(', ');
    lines.push(`- ${link(ref.doc, first?.start ?? 0, docName(ref.doc))}${here}: ${spellings} ×${le.mentions.length}`);
    for (const r of le.roles.slice(0, 3)) lines.push(`  - ${esc(excerpt(r.text, 80))}`);
  }
  if (g.members.length > listed.length) lines.push(`- … and ${g.members.length - listed.length} more`);
  // The first six quotes are shown, the others only counted (an entity may be in thousands of articles).
  const { quotes, count: quoteCount } = quotesOfEntity(corpus, g);
  if (quoteCount) {
    lines.push('', '**Quoted**');
    for (const { doc: d, q } of quotes) lines.push(`- “${esc(excerpt(q.text, 100))}” — ${link(d, q.start, docName(d))}`);
    if (quoteCount > MAX_QUOTES) lines.push(`- … and ${quoteCount - MAX_QUOTES} more`);
  }
  return lines.join('\n');
}

const MAX_QUOTES = 6;
const entityQuotes = new WeakMap<GlobalEntity, { generation: number; quotes: { doc: string; q: Quote }[]; count: number }>();

/**
 * The first quotes credited to the entity, in article order (by document id), and how many there are in all; kept
 * per entity until a document of the corpus changes (an entity named in thousands of articles
 * visited each of them on every hover).
 */
function quotesOfEntity(corpus: Corpus, g: GlobalEntity): { quotes: { doc: string; q: Quote }[]; count: number } {
  const generation = corpus.entities().generation;
  const known = entityQuotes.get(g);
  if (known && generation !== undefined && known.generation === generation) return known;
  const quotes: { doc: string; q: Quote }[] = [];
  let count = 0;
  for (const ref of g.members) {
    const a = corpus.get(ref.doc)!.analysis;
    const own = quotesBySpeaker(a).get(ref.local);
    if (!own) continue;
    for (let i = 0; i < own.length && quotes.length < MAX_QUOTES; i++) quotes.push({ doc: ref.doc, q: a.quotes[own[i]] });
    count += own.length;
  }
  if (generation !== undefined) entityQuotes.set(g, { generation, quotes, count });
  return { quotes, count };
}

const speakerQuotes = new WeakMap<DocumentAnalysis, ReadonlyMap<number, number[]>>();
/** Shared by the many analyses that credit no entity with a quote (never written to). */
const NONE: ReadonlyMap<number, number[]> = new Map();

/**
 * Per analysis: each local entity's quotes (indexes, in order; scare quotes aside), made once. An
 * entity named in thousands of articles was hovered by walking every quote of each of them.
 */
function quotesBySpeaker(a: DocumentAnalysis): ReadonlyMap<number, number[]> {
  const known = speakerQuotes.get(a);
  if (known) return known;
  let m: Map<number, number[]> | null = null;
  // The speakers' numbers, not the quotes: a restored analysis parses its quotes only when one is shown.
  quoteSpeakerLocals(a).forEach((local, i) => {
    if (local < 0) return;
    const list = (m ??= new Map()).get(local);
    if (list) list.push(i); else m.set(local, [i]);
  });
  speakerQuotes.set(a, m ?? NONE);
  return m ?? NONE;
}

/** The words the quick fix and README use for a candidate, so the hover reads the same. */
const RELATION_LABEL: Record<Candidate['relation'], string> = { supports: 'supporting', conflicts: 'conflicting', related: 'related' };

function claimHover(corpus: Corpus, doc: string, ci: number, link: LinkFn, docName: (d: string) => string): string {
  const entry = corpus.get(doc)!;
  const a = entry.analysis;
  const c = a.claims[ci];
  // A headline's figure is never flagged (the body names the source): saying "no source named" there was untrue.
  const headline = c.sourced !== 'yes' && isHeadlineClaim(a, c);
  const label = headline ? 'headline figure, not checked for a source (a headline names none; the body should)' : sourcingLabel(corpus, doc, c);
  const lines = [`**Claim** “${esc(excerpt(c.text, 80))}” — ${label}`];
  if (headline) {
    const body = bodyClaimsWithFigure(a, ci);
    if (!body.length) lines.push('', 'The body of this article does not give this figure.');
    else {
      lines.push('', '**In the body**');
      for (const bi of body.slice(0, MAX_BODY)) {
        const b = a.claims[bi];
        lines.push(`- “${esc(excerpt(b.text, 80))}” — ${sourcingLabel(corpus, doc, b)} — ${link(doc, b.start, `line ${lineOf(entry.text, b.start)}`)}`);
      }
      if (body.length > MAX_BODY) lines.push(`- … and ${body.length - MAX_BODY} more`);
    }
  }
  const cands = corpus.corroborations(doc, ci);
  if (cands.length) {
    lines.push('', '**Other articles**');
    for (const k of cands) lines.push(`- ${RELATION_LABEL[k.relation]}: “${esc(excerpt(k.claim.text, 80))}” — ${link(k.doc, k.claim.start, docName(k.doc))}`);
  }
  return lines.join('\n');
}

const MAX_BODY = 3;

/** "sourced: X", "vague attribution (cue)" or "no source named"; article text escaped. */
function sourcingLabel(corpus: Corpus, doc: string, c: Claim): string {
  const src = c.source ? (c.source.local !== null ? corpus.entityOf(doc, c.source.local)?.name ?? c.source.text : c.source.text) : null;
  return c.sourced === 'yes' ? `sourced: ${esc(src ?? '')}` : c.sourced === 'vague' ? `vague attribution (${esc(c.sourceCue ?? '')})` : 'no source named';
}

function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
