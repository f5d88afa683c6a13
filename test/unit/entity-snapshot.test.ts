// The index snapshot of corpus-wide entities (core/corpus/entity-snapshot.ts, node/index-snapshot.ts):
// a snapshot installed into a corpus of the same documents equals the resolution it was taken of
// (ids, names, types, aliases, counts, members, countries) and later edits update it by delta as
// after a from-scratch build; a snapshot that does not fit (another document set, a changed text,
// damaged data, an index that already resolved) changes nothing and the corpus resolves as usual.
// Run with `node --import tsx --test test/unit/entity-snapshot.test.ts`. All names are fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Corpus, type EntitySnapshot, type Resolution } from '../../server/src/core/index';
import { contentHash } from '../../server/src/node/index-cache';
import { loadSnapshot, makeSnapshot, saveSnapshot, snapshotFits } from '../../server/src/node/index-snapshot';

const ARTICLES: [string, string][] = [
  ['b-harbour', 'Harbour Talks Stall\n\nMira Oskarsdottir, who heads the Kestrel Valley Water Board (KVWB), said 40 homes were flooded in Portugal.\n\nOskarsdottir said the Portuguese crews would stay.\n'],
  ['a-bridge', 'Bridge Reopens\n\nThe Kestrel Valley Water Board said repairs in Portugal cost $12 million.\n\nKVWB officials met Tomas Brell on Monday.\n'],
  ['d-market', 'Market Returns\n\nStalls came back to Ostvale, where Tomas Brell said about 300 traders had waited for two years.\n\nBrell said "the square is alive again."\n'],
  ['c-ferry', 'Ferry Resumes\n\nPortuguese officials said the ferry to Ostvale ran again on Tuesday, Edda Lindqvaar of the Port Authority said.\n'],
  ['e-quiet', 'Weather\n\nRain is expected on Friday.\n'],
];

function build(docs: [string, string][]): Corpus {
  const c = new Corpus();
  c.holdCrossArticle(true); // as a workspace scan adds them
  for (const [id, text] of docs) c.set(id, text, 1);
  c.holdCrossArticle(false);
  return c;
}

/** Everything a resolution says, ids and member order included. */
function seen(res: Resolution): string[] {
  return res.entities.map((g) => JSON.stringify(g));
}

/** Each claim's corpus-wide entities, by document and place (claim refs follow insertion order). */
const claimEntities = (c: Corpus) => c.claimRefs().map((r) => `${r.doc}@${r.claim.start}: ${r.entities.join(' ')}`).sort();

const roundTrip = (s: EntitySnapshot | null): EntitySnapshot => JSON.parse(JSON.stringify(s)) as EntitySnapshot;

test('snapshot: installed into a corpus of the same documents, it equals the resolution it was taken of', () => {
  const source = build(ARTICLES);
  const snap = source.entitySnapshot();
  assert.ok(snap && snap.entities.length > 5, 'a from-scratch resolution gives a snapshot');
  const target = build([...ARTICLES].reverse());
  assert.equal(target.installEntitySnapshot(roundTrip(snap)), true);
  assert.deepEqual(seen(target.entities()), seen(source.entities()));
  assert.equal(target.lastResolutionWork, 0, 'nothing re-clustered');
  assert.ok(target.entities().entities.some((g) => g.country !== undefined), 'nationality adjectives point at their country');
  // Members are the target's own refs, as its delta updates expect.
  for (const g of target.entities().entities) for (const m of g.members) assert.equal(target.entityOf(m.doc, m.local), g);
  assert.deepEqual(claimEntities(target), claimEntities(source));
  assert.deepEqual(roundTrip(target.entitySnapshot()), roundTrip(snap), 'an installed snapshot is again one from scratch');
});

const edits: { name: string; apply: (c: Corpus) => void }[] = [
  { name: 'a new article names known entities', apply: (c) => c.set('f-new', 'Crews Return\n\nMira Oskarsdottir and Brell toured Ostvale with KVWB staff.\n', 2) },
  { name: 'an article is rewritten', apply: (c) => c.set('d-market', 'Market Closes\n\nHalvard Brell said the stalls in Portugal would close.\n', 2) },
  { name: 'an article is removed', apply: (c) => c.delete('b-harbour') },
  { name: 'a figure changes, no name', apply: (c) => c.set('a-bridge', ARTICLES[1][1].replace('$12', '$15'), 2) },
  { name: 'keys prepared when idle, then an article rewritten', apply: (c) => { c.prepareEdits(); c.set('c-ferry', 'Ferry Halted\n\nEdda Lindqvaar said KVWB boats stayed in Portugal.\n', 2); } },
  { name: 'articles added and removed while held (a rescan)', apply: (c) => {
    c.holdCrossArticle(true);
    c.set('g-late', 'Late Report\n\nTomas Brell and Mira Oskarsdottir met in Ostvale.\n', 2);
    c.delete('e-quiet');
    c.set('g-late', 'Late Report\n\nTomas Brell met the Port Authority in Ostvale.\n', 3);
    c.holdCrossArticle(false);
  } },
];

for (const edit of edits) {
  test(`snapshot: edits after installing update by delta as after a from-scratch build (${edit.name})`, () => {
    const plain = build(ARTICLES);
    plain.entities();
    const restored = build(ARTICLES);
    assert.equal(restored.installEntitySnapshot(roundTrip(build(ARTICLES).entitySnapshot())), true);
    edit.apply(plain);
    edit.apply(restored);
    assert.deepEqual(seen(restored.entities()), seen(plain.entities()));
    assert.deepEqual(claimEntities(restored), claimEntities(plain));
    assert.equal(restored.entitySnapshot() === null, plain.entitySnapshot() === null, 'both are, or both are not, from scratch');
  });
}

/** The same documents and texts, added again as a scan adds them. */
const rescanned = (c: Corpus) => build(c.ids().map((id) => [id, c.get(id)!.text] as [string, string]));

for (const edit of edits) {
  test(`fresh snapshot: after edits it equals a from-scratch resolution of the edited documents, the live entities untouched (${edit.name})`, () => {
    const c = build(ARTICLES);
    c.entities();
    edit.apply(c);
    const live = seen(c.entities());
    const fresh = c.freshEntitySnapshot();
    assert.ok(fresh, 'a fresh snapshot whatever the edits');
    assert.deepEqual(seen(c.entities()), live, 'the live ids and members are unchanged');
    const scratch = rescanned(c);
    assert.deepEqual(roundTrip(fresh), roundTrip(scratch.entitySnapshot()));
    const next = rescanned(c);
    assert.equal(next.installEntitySnapshot(roundTrip(fresh)), true);
    assert.deepEqual(seen(next.entities()), seen(scratch.entities()));
  });
}

test('fresh snapshot: none while held', () => {
  const c = build(ARTICLES);
  c.holdCrossArticle(true);
  assert.equal(c.freshEntitySnapshot(), null);
});

test('snapshot: none while held, nor after a delta update that re-clustered (ids could then depend on history)', () => {
  const c = build(ARTICLES);
  c.holdCrossArticle(true);
  assert.equal(c.entitySnapshot(), null);
  c.holdCrossArticle(false);
  assert.notEqual(c.entitySnapshot(), null);
  c.set('f-new', 'Visit\n\nEdda Lindqvaar visited Ostvale.\n', 2);
  assert.equal(c.entitySnapshot(), null);
});

const misfits: { name: string; target: () => Corpus; snap: (s: EntitySnapshot) => EntitySnapshot }[] = [
  { name: 'a document more', target: () => build([...ARTICLES, ['f-new', 'Visit\n\nEdda Lindqvaar visited Ostvale.\n']]), snap: (s) => s },
  { name: 'a document less', target: () => build(ARTICLES.slice(1)), snap: (s) => s },
  { name: 'another number of entities in one document', target: () => build(ARTICLES.map(([id, t]) => [id, id === 'e-quiet' ? t + '\nHalvard Brell said so.\n' : t])), snap: (s) => s },
  { name: 'refs cut short', target: () => build(ARTICLES), snap: (s) => ({ ...s, refs: s.refs.slice(0, -1) }) },
  { name: 'a ref to an entity not yet seen', target: () => build(ARTICLES), snap: (s) => ({ ...s, refs: s.refs.map((r, i) => (i === 1 ? 99 : r)) }) },
  { name: 'an entity record of the wrong shape', target: () => build(ARTICLES), snap: (s) => ({ ...s, entities: s.entities.map((e, i) => (i === 0 ? [7] : e)) }) },
  { name: 'an unknown type', target: () => build(ARTICLES), snap: (s) => ({ ...s, entities: s.entities.map((e, i) => (i === 0 ? [e[0], 0, 'THING'] : e)) }) },
  { name: 'two entities with one id', target: () => build(ARTICLES), snap: (s) => ({ ...s, entities: s.entities.map((e, i) => (i === 1 ? [s.entities[0][0], ...e.slice(1)] : e)) }) },
  { name: 'not a snapshot', target: () => build(ARTICLES), snap: () => ({}) as EntitySnapshot },
  { name: 'an index that already resolved', target: () => { const c = build(ARTICLES); c.entities(); return c; }, snap: (s) => s },
];

for (const row of misfits) {
  test(`snapshot: one that does not fit is refused and the corpus resolves as usual (${row.name})`, () => {
    const snap = row.snap(roundTrip(build(ARTICLES).entitySnapshot()));
    const c = row.target();
    const want = seen(row.target().entities());
    assert.equal(c.installEntitySnapshot(snap), false);
    assert.deepEqual(seen(c.entities()), want);
  });
}

test('index snapshot file: saved and loaded back; fits only the same documents with the same texts; another analyser or a damaged file gives none', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'sa-unit-snapshot-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const lines: string[] = [];
  const log = { info: (m: string) => lines.push(m), warn: (m: string) => lines.push(m) };
  const texts = new Map(ARTICLES);
  const hashOf = (id: string) => (texts.has(id) ? contentHash(texts.get(id)!) : undefined);
  const s = makeSnapshot(build(ARTICLES).entitySnapshot()!, (id) => hashOf(id)!, 'test:1');
  assert.ok(await saveSnapshot(dir, s, log) > 0);
  const back = await loadSnapshot(dir, 'test:1', log);
  assert.deepEqual(back, roundTrip(s as unknown as EntitySnapshot));
  const ids = ARTICLES.map(([id]) => id);
  assert.equal(snapshotFits(back!, ids, hashOf), true);
  texts.set('c-ferry', ARTICLES[3][1].replace('Tuesday', 'Wednesday'));
  assert.equal(snapshotFits(back!, ids, hashOf), false, 'one text changed (same entities): not used');
  assert.equal(snapshotFits(back!, ids.slice(1), hashOf), false, 'a document less');
  assert.equal(await loadSnapshot(dir, 'test:2', log), null, 'another analyser');
  writeFileSync(join(dir, 'index-snapshot.json.gz'), gzipSync('{"format":'));
  assert.equal(await loadSnapshot(dir, 'test:1', log), null, 'damaged');
  assert.ok(lines.some((l) => /index snapshot ignored/.test(l)), 'the damaged file is reported');
});
