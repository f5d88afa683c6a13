// The same folder gives the same cross-article results however it was indexed: the language server
// adds documents in the order analysis workers finish them (cold start) or in cache order (warm
// start), the CLI in file order. Run with `node --import tsx --test test/unit/corpus-order.test.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  Corpus, analyzeText, hoverAt, findingsFor, occurrencesOf, definitionOf, highlightsAt, entitySummaries, entityMentions,
  searchEntities, speakerHints, type DocumentAnalysis,
} from '../../server/src/core/index';

const ROOT = join(__dirname, '../../examples');

/** Every article of every example set, in file order (sets and files by name). */
function exampleArticles(): [string, string][] {
  const out: [string, string][] = [];
  for (const set of readdirSync(ROOT).sort()) {
    const dir = join(ROOT, set);
    if (!statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.txt')) out.push([`${set}/${f}`, readFileSync(join(dir, f), 'utf8')]);
  }
  return out;
}

/** Fictional articles made to tie: equal votes for two spellings and two types, one surname for two people, one slug for two entities. */
const TIES: [string, string][] = [
  ['ties/a.txt', 'Harbour Notes\n\nKarin Oslund-Vey opened the Tarnby Works on Monday. Oslund-Vey said 40 jobs would follow.\n'],
  ['ties/b.txt', 'Works Reopen\n\nKarin Oslund Vey visited Tarnby on Tuesday. "We are back," Oslund Vey said. The plant employs 40 people.\n'],
  ['ties/c.txt', 'Mill Town\n\nPieter Garso runs the Tarnby mill. Anna Garso, his sister, said 35 jobs were cut. Garso declined to comment.\n'],
  ['ties/d.txt', 'Tarnby Works\n\nThe Tarnby Works said output rose 12 percent. Tarnby council said 35 jobs were cut last year.\n'],
  ['ties/e.txt', 'Council\n\nTarnby said 12 percent more homes were built. "The works matter," Pieter Garso said.\n'],
];

/** A seeded shuffle (mulberry32), so a failing order can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let s = seed >>> 0;
  const rand = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

type Mode = 'bulk' | 'held' | 'cached' | 'posted';

/** A corpus built by adding the articles in the given order, the way one of the hosts does. */
function build(articles: readonly [string, string][], mode: Mode, analyses: ReadonlyMap<string, DocumentAnalysis>): Corpus {
  const c = new Corpus();
  const held = mode === 'held' || mode === 'posted';
  if (held) c.holdCrossArticle(true);
  articles.forEach(([id, text], i) => {
    if (mode === 'cached') c.setAnalyzed(id, text, 1, structuredClone(analyses.get(id)!));
    else c.set(id, text, 1);
    // As a scan does with the analyses of its workers (not with those of the index cache): every other one.
    if (mode === 'posted' && i % 2 === 0) c.prepareHeld(id);
  });
  if (held) c.holdCrossArticle(false);
  return c;
}

/** Everything a user can see of the corpus, as plain data (documents listed by id, not by insertion). */
function visible(c: Corpus): unknown {
  const ids = c.ids().sort();
  const link = (d: string, at: number, label: string) => `[${label}](${d}#${at})`;
  const name = (d: string) => d;
  const res = c.entities();
  const out: Record<string, unknown> = {};
  out.entities = res.entities.map((g) => ({ ...g, members: g.members.map((r) => `${r.doc}#${r.local}`) }));
  out.summaries = entitySummaries(c);
  out.search = ['t', 'garso', 'vey', 'a'].map((q) => searchEntities(c, q, 50).map((g) => g.id));
  out.perEntity = res.entities.map((g) => ({
    id: g.id, occurrences: occurrencesOf(c, g), definition: definitionOf(c, g), mentions: entityMentions(c, g.id),
  }));
  out.docs = ids.map((doc) => {
    const a = c.get(doc)!.analysis;
    const hover = (at: number) => hoverAt(c, doc, at, link, name)?.markdown ?? null;
    return {
      doc,
      entityIds: a.entities.map((_, i) => c.entityOf(doc, i)?.id ?? null),
      mentionHovers: a.mentions.map((m) => hover(m.start)),
      highlights: a.mentions.map((m) => highlightsAt(c, doc, m.start)),
      claimHovers: a.claims.map((k) => hover(k.start)),
      quoteHovers: a.quotes.map((q) => hover(q.start)),
      corroborations: a.claims.map((_, i) => c.corroborations(doc, i, 10)),
      claimEntities: c.claimRefs().filter((r) => r.doc === doc).map((r) => r.entities),
      findings: findingsFor(c, doc),
      speakerHints: speakerHints(c, doc),
    };
  });
  return out;
}

const ARTICLES = [...exampleArticles(), ...TIES];
const ANALYSES = new Map(ARTICLES.map(([id, text]) => [id, analyzeText(text)]));

test('corpus order: the example sets are there to compare', () => {
  assert.ok(ARTICLES.length >= 20, `${ARTICLES.length} articles`);
  const c = build(ARTICLES, 'bulk', ANALYSES);
  assert.ok(c.entities().entities.some((g) => g.documents > 1), 'some entity is named in several articles');
});

for (const mode of ['bulk', 'held', 'cached'] as const) {
  test(`corpus order (${mode}): shuffled insertion gives what file order gives`, () => {
    const want = visible(build(ARTICLES, mode, ANALYSES));
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const got = visible(build(shuffled(ARTICLES, seed), mode, ANALYSES));
      assert.deepEqual(got, want, `seed ${seed}`);
    }
  });
}

test('corpus order: join keys posted while held (prepareHeld) give what posting at the flush gives', () => {
  const want = visible(build(ARTICLES, 'held', ANALYSES));
  for (const seed of [0, 1, 2, 3]) {
    const got = visible(build(seed ? shuffled(ARTICLES, seed) : ARTICLES, 'posted', ANALYSES));
    assert.deepEqual(got, want, `seed ${seed}`);
  }
});

test('corpus order: the order of an entity\'s members is by document id, then local index', () => {
  const c = build(shuffled(ARTICLES, 9), 'bulk', ANALYSES);
  for (const g of c.entities().entities) {
    const keys = g.members.map((r) => [r.doc, r.local] as const);
    const sorted = [...keys].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] - y[1]));
    assert.deepEqual(keys, sorted, g.id);
  }
});

test('corpus order: resolving after every added document gives the same entities, names and types', () => {
  // Only the ids of two different entities that want the same id may differ then: the one resolved
  // first keeps it (ids stay stable across edits), as when a document is opened before the scan.
  const shape = (c: Corpus) => c.entities().entities
    .map((g) => ({ members: g.members.map((r) => `${r.doc}#${r.local}`), name: g.name, type: g.type, aliases: g.aliases, mentions: g.mentions }))
    .sort((x, y) => (x.members[0] < y.members[0] ? -1 : x.members[0] > y.members[0] ? 1 : 0));
  const want = shape(build(ARTICLES, 'bulk', ANALYSES));
  for (const seed of [1, 2, 3]) {
    const c = new Corpus();
    for (const [id, text] of shuffled(ARTICLES, seed)) {
      c.set(id, text, 1);
      c.entities();
    }
    assert.deepEqual(shape(c), want, `seed ${seed}`);
  }
});
