// Tests of the accuracy scorer behind `npm run eval` (scripts/eval/score.mjs) on a tiny fictional gold.
// Run: node --import tsx --test test/unit/eval-score.test.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
// @ts-ignore -- a plain .mjs script without type declarations
import { score } from '../../scripts/eval/score.mjs';

type Span = { start: number; end: number };

const TEXT_A =
  'The Orland Council met in Vesk on Monday. Mara Quill said: "We will rebuild the bridge." ' +
  'Reportedly 40 homes were flooded. Two bridges collapsed. Quill\'s aide called it a "miracle".';
const TEXT_B =
  'Mara Quill visited Vesk, where about 40 homes were flooded, Orland Council figures show. ' +
  'Veskian farmers waited. A council engineer said "the repairs are slow but steady."';
const TEXTS: Record<string, string> = { 'a.txt': TEXT_A, 'b.txt': TEXT_B };

/** The span of the n-th occurrence (0-based) of `needle` in document `doc`. */
function at(doc: string, needle: string, n = 0): Span & { doc: string; text: string } {
  const text = TEXTS[doc];
  let i = -1;
  for (let k = 0; k <= n; k++) {
    i = text.indexOf(needle, i + 1);
    assert.ok(i >= 0, `"${needle}" #${n} not in ${doc}`);
  }
  return { doc, start: i, end: i + needle.length, text: needle };
}

function makeGold() {
  const claim = (id: string, span: ReturnType<typeof at>, sourced: string, source: string | null, optional = false) =>
    ({ id, ...span, sourced, source, optional });
  return {
    schema: 'source-annotator-gold/1',
    documents: ['a.txt', 'b.txt'],
    entities: [
      { id: 'orland-council', type: 'ORG', name: 'Orland Council' },
      { id: 'vesk', type: 'LOC', name: 'Vesk' },
      { id: 'mara-quill', type: 'PERSON', name: 'Mara Quill' },
    ],
    mentions: [
      { ...at('a.txt', 'Orland Council'), entity: 'orland-council', type: 'ORG' },
      { ...at('a.txt', 'Vesk'), entity: 'vesk', type: 'LOC' },
      { ...at('a.txt', 'Mara Quill'), entity: 'mara-quill', type: 'PERSON' },
      { ...at('a.txt', 'Quill', 1), entity: 'mara-quill', type: 'PERSON' },
      { ...at('b.txt', 'Mara Quill'), entity: 'mara-quill', type: 'PERSON' },
      { ...at('b.txt', 'Vesk'), entity: 'vesk', type: 'LOC' },
      { ...at('b.txt', 'Orland Council'), entity: 'orland-council', type: 'ORG' },
    ],
    ignore: [at('b.txt', 'Veskian')],
    quotes: [
      { ...at('a.txt', 'We will rebuild the bridge.'), speaker: 'mara-quill', speakerText: null, cue: 'said', scare: false },
      { ...at('a.txt', 'miracle'), speaker: null, speakerText: null, cue: null, scare: true },
      { ...at('b.txt', 'the repairs are slow but steady.'), speaker: null, speakerText: 'A council engineer', cue: 'said', scare: false },
    ],
    claims: [
      claim('a-1', at('a.txt', '40 homes were flooded'), 'vague', 'reportedly'),
      claim('a-2', at('a.txt', 'Two bridges collapsed'), 'no', null, true),
      claim('b-1', at('b.txt', 'about 40 homes were flooded'), 'yes', 'orland-council'),
    ],
    corroborations: [
      { claim: 'a-1', supports: ['b-1'] },
      { claim: 'b-1', supports: ['a-1'] },
    ],
  };
}
type Gold = ReturnType<typeof makeGold>;

/** What a perfect CLI would print for this gold (documents under a folder, as the CLI gives paths). */
function perfect(gold: Gold) {
  const path = (doc: string) => `articles/${doc}`;
  const name = (id: string) => gold.entities.find((e) => e.id === id)?.name;
  const claimById = (id: string) => gold.claims.find((c) => c.id === id)!;
  return {
    version: 1,
    documents: gold.documents.map((doc) => ({
      path: path(doc),
      entities: gold.mentions.filter((m) => m.doc === doc)
        .map((m) => ({ start: m.start, end: m.end, text: m.text, type: m.type, entity: m.entity as string | null })),
      quotes: gold.quotes.filter((q) => q.doc === doc && !q.scare).map((q) => ({
        start: q.start, end: q.end, text: q.text, cue: q.cue,
        speaker: q.speaker ? { name: name(q.speaker), entity: q.speaker, text: name(q.speaker) }
          : { name: null, entity: null, text: 'council engineer' },
      })),
      claims: gold.claims.filter((c) => c.doc === doc)
        .map((c) => ({ start: c.start, end: c.end, text: c.text, sourced: c.sourced, source: null })),
    })),
    entities: [],
    corroborations: gold.corroborations.map((c) => {
      const g = claimById(c.claim);
      return {
        claim: { path: path(g.doc), start: g.start, end: g.end },
        candidates: c.supports.map(claimById).map((s) => ({ path: path(s.doc), start: s.start, end: s.end, text: s.text, score: 0.9, relation: 'supports' })),
      };
    }),
  };
}
type Output = ReturnType<typeof perfect>;
const docOf = (out: Output, doc: string) => out.documents.find((d) => d.path.endsWith(doc))!;

/** Every ratio in a metrics object, by dotted path (counts are not ratios). */
function ratios(m: unknown, prefix = ''): [string, number | null][] {
  if (m === null || typeof m !== 'object') return [];
  return Object.entries(m as Record<string, unknown>).flatMap(([k, v]) =>
    ['p', 'r', 'f1', 'accuracy', 'at1', 'at3', 'avoided'].includes(k) ? [[prefix + k, v as number | null]] : ratios(v, `${prefix}${k}.`));
}

test('a perfect prediction scores 1 on every metric', () => {
  const gold = makeGold();
  const m = score(perfect(gold), gold);
  const all = ratios(m);
  assert.ok(all.length > 20, 'metrics were found');
  for (const [path, v] of all) assert.equal(v, 1, path);
  assert.equal(m.entities.typed.tp, 7);
  assert.equal(m.corroboration.n, 2);
});

test('removing one mention lowers recall by one gold mention, not precision', () => {
  const gold = makeGold();
  const out = perfect(gold);
  docOf(out, 'b.txt').entities.splice(1, 1); // Vesk in b
  const m = score(out, gold);
  assert.equal(m.entities.typed.r, 6 / 7);
  assert.equal(m.entities.untyped.r, 6 / 7);
  assert.equal(m.entities.typed.p, 1);
  assert.equal(m.entities.LOC.r, 1 / 2);
  assert.equal(m.entities.PERSON.r, 1);
  assert.equal(m.clusters.found.n, 6);
  assert.equal(m.clusters.all.r < 1, true);
});

test('a leading "The " and a trailing possessive are forgiven, other edges are not', () => {
  const gold = makeGold();
  const out = perfect(gold);
  const a = docOf(out, 'a.txt');
  a.entities[0] = { ...a.entities[0], ...at('a.txt', 'The Orland Council') };
  a.entities[3] = { ...a.entities[3], ...at('a.txt', "Quill's") };
  let m = score(out, gold);
  assert.equal(m.entities.typed.f1, 1);
  a.entities[1] = { ...a.entities[1], ...at('a.txt', 'Vesk on') };
  m = score(out, gold);
  assert.equal(m.entities.typed.tp, 6);
  assert.equal(m.entities.typed.fp, 1);
  assert.equal(m.entities.typed.fn, 1);
});

test('a prediction overlapping an ignore span is neither a true nor a false positive', () => {
  const gold = makeGold();
  const out = perfect(gold);
  docOf(out, 'b.txt').entities.push({ ...at('b.txt', 'Veskian farmers'), type: 'LOC', entity: 'vesk' });
  const m = score(out, gold);
  assert.equal(m.entities.typed.fp, 0);
  assert.equal(m.entities.untyped.fp, 0);
  assert.equal(m.entities.typed.tp, 7);
  assert.equal(m.entities.ignored, 1);
});

test('merging two gold entities under one id lowers B-cubed precision only', () => {
  const gold = makeGold();
  const out = perfect(gold);
  for (const d of out.documents) for (const e of d.entities) if (e.entity === 'vesk') e.entity = 'orland-council';
  const m = score(out, gold);
  // 7 mentions: the merged cluster holds 2 council + 2 Vesk mentions (precision 1/2 each), the rest 1
  assert.ok(Math.abs(m.clusters.found.p - 5 / 7) < 1e-12);
  assert.equal(m.clusters.found.r, 1);
  assert.equal(m.entities.typed.f1, 1);
});

test('an unnamed speaker written as a title counts when the description it resolves to matches', () => {
  const gold = makeGold();
  const rows: [{ name: string | null; text: string }, number][] = [
    [{ name: 'A council engineer', text: 'the engineer' }, 1], // "the engineer" → the description met earlier
    [{ name: null, text: 'the engineer' }, 0], // the title alone does not contain the description
    [{ name: 'a harbour pilot', text: 'the pilot' }, 0], // another description
  ];
  for (const [speaker, want] of rows) {
    const out = perfect(gold);
    const q = docOf(out, 'b.txt').quotes.find((x) => x.speaker && x.speaker.entity === null)!;
    q.speaker = { name: speaker.name, entity: null, text: speaker.text } as typeof q.speaker;
    assert.equal(score(out, gold).quotes.speaker.accuracy, want === 1 ? 1 : 1 / 2, JSON.stringify(speaker));
  }
});

test('a scare quote predicted as a quote is a false positive', () => {
  const gold = makeGold();
  const out = perfect(gold);
  docOf(out, 'a.txt').quotes.push({ ...at('a.txt', 'miracle'), cue: 'called', speaker: null } as any);
  const m = score(out, gold);
  assert.equal(m.quotes.exact.fp, 1);
  assert.equal(m.quotes.exact.p, 2 / 3);
  assert.equal(m.quotes.overlap.fp, 1);
  assert.equal(m.quotes.scare.predicted, 1);
  assert.equal(m.quotes.scare.avoided, 0);
  assert.equal(m.quotes.exact.r, 1);
});

test('optional claims are neither false negatives when missed nor false positives when predicted', () => {
  const gold = makeGold();
  const out = perfect(gold);
  const a = docOf(out, 'a.txt');
  let m = score(out, gold); // predicted
  assert.deepEqual([m.claims.flagged.tp, m.claims.flagged.fp, m.claims.flagged.fn], [1, 0, 0]);
  assert.deepEqual([m.claims.detection.tp, m.claims.detection.fp, m.claims.detection.fn], [2, 0, 0]);
  a.claims = a.claims.filter((c) => c.text !== 'Two bridges collapsed'); // missed
  m = score(out, gold);
  assert.deepEqual([m.claims.flagged.tp, m.claims.flagged.fp, m.claims.flagged.fn], [1, 0, 0]);
  assert.equal(m.claims.sourcing.n, 2);
  // a flagged claim where gold has none is a false positive; flagging a sourced claim is one too
  a.claims.push({ ...at('a.txt', 'rebuild the bridge'), sourced: 'no', source: null });
  docOf(out, 'b.txt').claims[0].sourced = 'no';
  m = score(out, gold);
  assert.deepEqual([m.claims.flagged.tp, m.claims.flagged.fp, m.claims.flagged.fn], [1, 2, 0]);
  assert.equal(m.claims.sourcing.accuracy, 1 / 2);
});

test('success@3 counts a supporting passage ranked third, success@1 does not', () => {
  const gold = makeGold();
  const out = perfect(gold);
  const entry = out.corroborations[0];
  const decoy = (needle: string) => ({ path: 'articles/b.txt', ...at('b.txt', needle), score: 0.95, relation: 'related' });
  entry.candidates = [decoy('Mara Quill visited'), decoy('Veskian farmers'), ...entry.candidates];
  let m = score(out, gold);
  assert.equal(m.corroboration.at1, 1 / 2);
  assert.equal(m.corroboration.at3, 1);
  entry.candidates.unshift(decoy('council engineer'));
  m = score(out, gold);
  assert.equal(m.corroboration.at3, 1 / 2);
});

test('a missing or empty output scores zero recall without throwing', () => {
  const gold = makeGold();
  for (const out of [{}, { documents: [{ path: 'a.txt' }] }, null]) {
    const m = score(out, gold);
    assert.equal(m.entities.typed.r, 0);
    assert.equal(m.entities.typed.p, null);
    assert.equal(m.quotes.exact.r, 0);
    assert.equal(m.corroboration.at3, 0);
  }
});
