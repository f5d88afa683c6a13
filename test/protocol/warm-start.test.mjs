// A start from the index cache answers exactly as a start that analysed every article: the same
// entities and their mentions, hovers on every mention, diagnostics and code actions of every
// article, and cross-article references. The workspace is all the example sets in one folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, root } from './lsp-client.mjs';

const CAPS = { workspace: { configuration: true }, window: { workDoneProgress: true } };

function makeWorkspace() {
  const dir = mkdtempSync(join(tmpdir(), 'sa-warm-ws-'));
  for (const set of readdirSync(root + 'examples', { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const f of readdirSync(join(root, 'examples', set.name)).filter((x) => x.endsWith('.txt'))) {
      copyFileSync(join(root, 'examples', set.name, f), join(dir, `${set.name}-${f}`));
    }
  }
  return dir;
}

/** Everything a client can see of the corpus, asked in a fixed order. */
async function observe(dir, storage, { waitForSave = false, settings = {} } = {}) {
  const client = new LspClient({ execArgv: ['--expose-gc'], settings });
  await client.initialize(pathToFileURL(dir).href, CAPS, { storagePath: storage });
  const status = (await client.waitFor((n) => n.method === 'sourceAnnotator/status' && !n.params.indexing, 60000)).params;
  if (waitForSave) await client.waitFor((n) => n.method === 'window/logMessage' && /index cache saved/.test(n.params.message), 60000);
  const seen = { entities: (await client.request('sourceAnnotator/entities', null)).entities, mentions: [], hovers: [], references: [], files: [] };
  for (const e of seen.entities) {
    const ms = await client.request('sourceAnnotator/entityMentions', { id: e.id });
    seen.mentions.push(ms);
    // Hover and references at the first mention of each entity (they read the other articles' analyses).
    const m = ms[0];
    if (!m) continue;
    const at = { textDocument: { uri: m.uri }, position: m.range.start };
    seen.hovers.push(await client.request('textDocument/hover', at));
    seen.references.push(await client.request('textDocument/references', { ...at, context: { includeDeclaration: true } }));
  }
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
    const uri = pathToFileURL(join(dir, f)).href;
    const text = readFileSync(join(dir, f), 'utf8');
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    const { diagnostics } = (await client.diagnosticsFor(uri)).params;
    const actions = [];
    for (const d of diagnostics) actions.push(await client.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } }));
    seen.files.push({ f, diagnostics, actions });
  }
  await client.shutdown();
  return { status, seen };
}

test('warm start: the same entities, mentions, hovers, references, diagnostics and code actions as a cold start', async (t) => {
  const dir = makeWorkspace();
  const storage = mkdtempSync(join(tmpdir(), 'sa-warm-cache-'));
  t.after(() => { rmSync(dir, { recursive: true, force: true }); rmSync(storage, { recursive: true, force: true }); });
  // Analysed in this thread, the cold start inserts articles in scan order, as the warm start does
  // (worker threads finish in any order, and lists of an entity's articles follow insertion order).
  const cold = await observe(dir, storage, { waitForSave: true, settings: { indexWorkers: 0 } });
  assert.ok(cold.status.articles >= 30 && cold.status.analysed === cold.status.articles, JSON.stringify(cold.status));
  assert.ok(cold.seen.entities.length > 50 && cold.seen.files.some((x) => x.diagnostics.length > 0), 'the workspace has entities and claims');
  const warm = await observe(dir, storage);
  assert.equal(warm.status.analysed, 0, 'nothing re-analysed');
  assert.equal(warm.status.fromCache, warm.status.articles);
  assert.deepEqual(warm.seen.entities, cold.seen.entities);
  assert.deepEqual(warm.seen.mentions, cold.seen.mentions);
  assert.deepEqual(warm.seen.hovers, cold.seen.hovers);
  assert.deepEqual(warm.seen.references, cold.seen.references);
  assert.deepEqual(warm.seen.files, cold.seen.files);
});
