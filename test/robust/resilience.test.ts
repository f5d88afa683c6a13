// One document whose analysis throws must not take the others down: the Corpus records the
// failure (an analyzer can be injected), the server's workspace lists it with the skipped files.
// Run with `node --import tsx --test test/robust/resilience.test.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus, analyzeText, buildReport, findingsFor, hoverAt } from '../../server/src/core/index';
import { Workspace } from '../../server/src/lsp/workspace';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/config';

const GOOD_A = 'Bridge Closed After Crash\nIrena Sokolova, the mayor, said nearly 200 drivers were stranded on the bridge.\n';
const GOOD_C = 'Mayor Reopens Bridge\nIrena Sokolova told reporters that 180 drivers were stranded overnight.\n';
const BAD = 'Harbour Report\nThis text makes the injected analyzer throw: BOOM.\n';

/** The real analyzer, except that it throws on texts containing BOOM (a bug on one input). */
const flaky = (text: string) => {
  if (text.includes('BOOM')) throw new TypeError("Cannot read properties of undefined (reading 'start')\n    at somewhere");
  return analyzeText(text);
};

test('a failing analysis is recorded for its document; the others, the report and hovers work', () => {
  const corpus = new Corpus(flaky);
  corpus.set('a', GOOD_A, 1);
  const bad = corpus.set('b', BAD, 1);
  corpus.set('c', GOOD_C, 1);
  assert.equal(bad.error, "analysis failed: Cannot read properties of undefined (reading 'start')", 'one line, no stack');
  assert.deepEqual(corpus.failures(), [{ id: 'b', error: bad.error }]);
  assert.equal(bad.analysis.claims.length, 0, 'an empty analysis stands in');
  assert.equal(corpus.get('a')!.error, undefined);
  assert.ok(corpus.get('a')!.analysis.claims.length > 0, 'the others are analysed');

  const report = buildReport(corpus, new Map());
  assert.equal(report.documents.length, 3);
  for (const id of ['a', 'b', 'c']) assert.doesNotThrow(() => findingsFor(corpus, id));
  // Cross-article features still join the healthy articles.
  const a = corpus.get('a')!.analysis;
  const name = a.mentions.find((m) => m.text === 'Irena Sokolova')!;
  const h = hoverAt(corpus, 'a', name.start + 1, () => 'L', (d) => d);
  assert.match(h!.markdown, /Named in 2 articles/);
  assert.ok(corpus.corroborations('a', 0).some((k) => k.doc === 'c'), 'a figure is corroborated from the other healthy article');
  assert.equal(hoverAt(corpus, 'b', 5, () => 'L', (d) => d), null);

  // The same text again is not re-analysed (no retry loop); a fixed text clears the failure.
  const before = corpus.analyses;
  corpus.set('b', BAD, 2);
  assert.equal(corpus.analyses, before);
  const fixed = corpus.set('b', BAD.replace('BOOM', 'fine'), 3);
  assert.equal(fixed.error, undefined);
  assert.deepEqual(corpus.failures(), []);
});

test('the server workspace logs the failure and lists the document as not analysed', () => {
  const warnings: string[] = [];
  const ws = new Workspace({ ...DEFAULT_SETTINGS, include: ['**/*.txt'] }, { info: () => {}, warn: (m) => warnings.push(m) });
  // The workspace owns its corpus; swap in one with the failing analyzer (no hook in the product).
  Object.defineProperty(ws, 'corpus', { value: new Corpus(flaky) });
  const ok = 'file:///ws/a.txt', boom = 'file:///ws/b.txt';
  assert.equal(ws.setOpen(ok, GOOD_A.repeat(3), 1), true);
  assert.equal(ws.setOpen(boom, BAD.repeat(6), 1), false, 'not analysed');
  assert.match(ws.skipped.get(boom) ?? '', /^analysis failed: Cannot read properties/);
  assert.equal(ws.corpus.has(boom), false);
  assert.ok(ws.corpus.has(ok));
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /b\.txt: analysis failed/);
});

test('nothing is left behind: buffers opened, edited and closed, files created and deleted', async () => {
  const ws = new Workspace({ ...DEFAULT_SETTINGS, include: ['**/*.txt'], maxFileSize: 5000 }, { info: () => {}, warn: () => {} });
  const uris = Array.from({ length: 300 }, (_, i) => Workspace.uriOf(`/no/such/folder/story-${i}.txt`));
  uris.forEach((uri, i) => {
    ws.setOpen(uri, GOOD_A + `Story ${i}.`, 1);
    ws.setOpen(uri, GOOD_C + `Story ${i}, edited.`, 2);
    if (i % 10 === 0) ws.setOpen(uri, 'x'.repeat(6000), 3); // over the size limit: listed as skipped
  });
  assert.equal(ws.corpus.size, 270);
  assert.equal(ws.skipped.size, 30);
  for (const uri of uris) await ws.closeOpen(uri); // the disk copy is gone: dropped
  assert.equal(ws.corpus.size, 0);
  assert.equal(ws.skipped.size, 0, 'no stale reasons');
  assert.deepEqual(ws.openUris(), []);
  await ws.applyChanges(uris.map((uri) => ({ uri, type: 1 }))); // created, then gone before they were read
  assert.equal(ws.corpus.size, 0);
  assert.equal(ws.skipped.size, 0);
});
