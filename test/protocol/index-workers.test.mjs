// Protocol test of indexing with analysis worker threads: the result is the same as analysing in
// the server's own thread (setting `indexWorkers: 0`): the same entities across the workspace and
// the same diagnostics on every article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, root } from './lsp-client.mjs';

const folder = root + 'examples/';
const files = readdirSync(folder, { recursive: true }).filter((f) => f.endsWith('.txt')).sort();

const withoutIds = (entities) => entities.map(({ id, ...e }) => JSON.stringify(e)).sort();

/** Indexes the examples with `indexWorkers` and returns what a client sees. */
async function index(indexWorkers) {
  const client = new LspClient({ settings: { indexWorkers } });
  try {
    await client.initialize(pathToFileURL(folder).href);
    const status = (await client.waitFor((m) => m.method === 'sourceAnnotator/status' && !m.params.indexing && m.params.articles > 0, 30000)).params;
    const { entities } = await client.request('sourceAnnotator/entities', null);
    const diagnostics = {};
    for (const f of files) {
      const uri = pathToFileURL(join(folder, f)).href;
      const published = client.diagnosticsFor(uri, { fresh: true });
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: readFileSync(join(folder, f), 'utf8') } });
      diagnostics[f] = (await published).params.diagnostics;
    }
    // "Indexed" does not wait for the workers to exit; their stop is logged after it.
    if (typeof indexWorkers === 'number' && indexWorkers > 0) await client.waitFor((n) => n.method === 'window/logMessage' && /analysis workers stopped/.test(n.params.message), 30000);
    const log = client.notifications.filter((n) => n.method === 'window/logMessage').map((n) => n.params.message);
    return { status, entities, diagnostics, log };
  } finally {
    await client.shutdown();
  }
}

test('indexing with worker threads gives the same entities and diagnostics as without', async () => {
  const off = await index(0);
  const on = await index(2);
  assert.ok(on.log.some((m) => /indexing with 2 analysis worker thread/.test(m)), on.log.join('\n'));
  assert.ok(!off.log.some((m) => /analysis worker/.test(m)));
  assert.ok(on.log.indexOf('analysis workers stopped') > on.log.findIndex((m) => /^indexed /.test(m)), on.log.join('\n'));
  assert.equal(on.status.articles, off.status.articles);
  assert.equal(on.status.analysed, off.status.analysed);
  assert.ok(off.entities.length > 20, `entities: ${off.entities.length}`);
  // Ids are compared apart: when two entities would take the same id, the one built first keeps it,
  // and a scan builds them in the order files finish, with or without threads.
  assert.deepEqual(withoutIds(on.entities), withoutIds(off.entities));
  assert.deepEqual(new Set(on.entities.map((e) => e.id)), new Set(off.entities.map((e) => e.id)));
  assert.ok(Object.values(off.diagnostics).some((d) => d.length > 0), 'some article has diagnostics');
  assert.deepEqual(on.diagnostics, off.diagnostics);
});

test('a small folder is indexed without worker threads when indexWorkers is "auto" (their start-up costs more than it saves)', async () => {
  const auto = await index('auto');
  assert.ok(files.length < 64, `the examples grew to ${files.length} files: pick a smaller folder here`);
  assert.ok(!auto.log.some((m) => /analysis worker thread/.test(m)), auto.log.join('\n'));
  assert.ok(auto.status.articles > 20, `articles: ${auto.status.articles}`);
});
