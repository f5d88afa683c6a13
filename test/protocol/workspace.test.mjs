// Protocol tests of what gets analysed: the article guess, include/exclude settings, bad files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, root } from './lsp-client.mjs';

function makeWorkspace() {
  const dir = mkdtempSync(join(tmpdir(), 'sa-ws-'));
  for (const f of readdirSync(root + 'examples/harbor').filter((f) => f.endsWith('.txt'))) copyFileSync(root + 'examples/harbor/' + f, join(dir, f));
  writeFileSync(join(dir, 'requirements.txt'), 'requests==2.31.0\nnumpy>=1.26\npandas~=2.2\nflask==3.0.0\n'.repeat(20));
  writeFileSync(join(dir, 'server.log.txt'), '2026-11-21 05:44:01 INFO started worker 1 on port 8080\n'.repeat(40));
  writeFileSync(join(dir, 'figures.txt'), 'id,city,deaths,injured,date\n1,Porto,37,120,2025-02-11\n'.repeat(40));
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3, 0, 0]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 owners said nearly 40 people were hurt in the blast on Friday night.', 'latin1'));
  mkdirSync(join(dir, 'notes'));
  writeFileSync(join(dir, 'notes', 'todo.txt'), 'call back\nfix headline\n');
  return dir;
}

async function statusOf(client) {
  const m = await client.waitFor((n) => n.method === 'sourceAnnotator/status' && !n.params.indexing, 20000);
  return m.params;
}

test('prose articles are analysed; requirements, logs, CSVs, binary and non-UTF-8 files are not', async (t) => {
  const dir = makeWorkspace();
  const client = new LspClient();
  t.after(async () => { await client.shutdown(); rmSync(dir, { recursive: true, force: true }); });
  await client.initialize(pathToFileURL(dir).href);
  const s = await statusOf(client);
  assert.equal(s.articles, 4, 'the four example articles');
  const reasons = Object.fromEntries(s.skippedExamples.map((x) => [x.uri.replace(/^.*\//, ''), x.reason]));
  assert.match(reasons['binary.txt'], /binary/);
  assert.match(reasons['latin1.txt'], /UTF-8/);
  assert.match(reasons['requirements.txt'], /article/);
});

test('include forces a file in, exclude keeps one out', async (t) => {
  const dir = makeWorkspace();
  const client = new LspClient({ settings: { include: ['notes/*.txt'], exclude: ['01_*.txt'] } });
  t.after(async () => { await client.shutdown(); rmSync(dir, { recursive: true, force: true }); });
  await client.initialize(pathToFileURL(dir).href);
  const s = await statusOf(client);
  assert.equal(s.articles, 4, 'three examples (one excluded) plus the included note');
  const excluded = pathToFileURL(join(dir, '01_tidewater-post.txt')).href;
  const hover = await client.request('textDocument/hover', { textDocument: { uri: excluded }, position: { line: 10, character: 5 } });
  assert.equal(hover, null, 'an excluded file is not analysed');
});

test('a file created on disk is indexed after the watcher reports it', async (t) => {
  const dir = makeWorkspace();
  const client = new LspClient();
  t.after(async () => { await client.shutdown(); rmSync(dir, { recursive: true, force: true }); });
  await client.initialize(pathToFileURL(dir).href);
  await statusOf(client);
  const file = join(dir, '05_new.txt');
  copyFileSync(root + 'examples/harbor/02_meridian-wire.txt', file);
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).href, type: 1 }] });
  const m = await client.waitFor((n) => n.method === 'sourceAnnotator/status' && n.params.articles === 5, 10000, { fresh: true });
  assert.equal(m.params.articles, 5);
  rmSync(file);
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).href, type: 3 }] });
  const gone = await client.waitFor((n) => n.method === 'sourceAnnotator/status' && n.params.articles === 4, 10000, { fresh: true });
  assert.equal(gone.params.articles, 4);
});
