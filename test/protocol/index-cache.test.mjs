// Protocol tests of the persisted index cache: a second start over unchanged files analyses
// nothing; a changed file is analysed again; a corrupt or foreign cache is ignored, not fatal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, root } from './lsp-client.mjs';

const CAPS = { workspace: { configuration: true }, window: { workDoneProgress: true } };

function makeWorkspace() {
  const dir = mkdtempSync(join(tmpdir(), 'sa-cache-ws-'));
  for (const f of readdirSync(root + 'examples/harbor').filter((f) => f.endsWith('.txt'))) copyFileSync(root + 'examples/harbor/' + f, join(dir, f));
  return dir;
}

/** Starts a server over `dir` with `storage` and returns its first "indexing done" status. */
async function start(dir, storage, { waitForSave = false } = {}) {
  const client = new LspClient();
  await client.initialize(pathToFileURL(dir).href, CAPS, { storagePath: storage });
  const status = (await client.waitFor((n) => n.method === 'sourceAnnotator/status' && !n.params.indexing, 20000)).params;
  if (waitForSave) await client.waitFor((n) => n.method === 'window/logMessage' && /index cache saved/.test(n.params.message), 20000);
  await client.shutdown();
  return { status, log: client.notifications.filter((n) => n.method === 'window/logMessage').map((n) => n.params.message) };
}

test('index cache: a second start over unchanged files analyses no document', async (t) => {
  const dir = makeWorkspace();
  const storage = mkdtempSync(join(tmpdir(), 'sa-cache-'));
  t.after(() => { rmSync(dir, { recursive: true, force: true }); rmSync(storage, { recursive: true, force: true }); });
  const first = await start(dir, storage, { waitForSave: true });
  assert.equal(first.status.articles, 4);
  assert.equal(first.status.analysed, 4);
  assert.ok(existsSync(join(storage, 'index-cache.ndjson')));
  const second = await start(dir, storage);
  assert.equal(second.status.articles, 4);
  assert.equal(second.status.analysed, 0, 'nothing re-analysed');
  assert.equal(second.status.fromCache, 4);
  // One changed file is analysed again; the others still come from the cache.
  const f = readdirSync(dir).find((x) => x.endsWith('.txt'));
  appendFileSync(join(dir, f), '\nAbout 40 volunteers joined the search on Sunday.\n');
  const third = await start(dir, storage);
  assert.equal(third.status.analysed, 1);
  assert.equal(third.status.fromCache, 3);
});

test('index cache: a corrupt or foreign cache is ignored with a log line, and indexing proceeds', async (t) => {
  const dir = makeWorkspace();
  const storage = mkdtempSync(join(tmpdir(), 'sa-cache-'));
  t.after(() => { rmSync(dir, { recursive: true, force: true }); rmSync(storage, { recursive: true, force: true }); });
  for (const [bytes, why] of [
    [Buffer.from('not an index cache at all'), /unreadable/],
    [Buffer.from('{"format":"source-annotator-index 1","analyser":"0:other"}\nabc\t{}'), /another version/],
  ]) {
    writeFileSync(join(storage, 'index-cache.ndjson'), bytes);
    const run = await start(dir, storage);
    assert.equal(run.status.articles, 4);
    assert.equal(run.status.analysed, 4);
    assert.ok(run.log.some((m) => why.test(m)), run.log.join('\n'));
  }
});
