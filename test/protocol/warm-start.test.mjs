// A start from the index cache answers exactly as a start that analysed every article: the same
// entities and their mentions, hovers on every mention, diagnostics and code actions of every
// article, and cross-article references. The workspace is all the example sets in one folder.
// A start whose documents are exactly those of the index snapshot installs the saved entities
// (node/index-snapshot.ts); one where a file changed resolves them again; both equal a cold start,
// and so do edits made after a snapshot start.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
const logged = (re) => (n) => n.method === 'window/logMessage' && re.test(n.params.message);
/** How the start got its entities: 'snapshot' (installed), 'resolved' (a snapshot did not fit), 'none' (no snapshot). */
const snapshotUse = (client) => (client.notifications.some(logged(/entities restored from the index snapshot/)) ? 'snapshot'
  : client.notifications.some(logged(/index snapshot not used/)) ? 'resolved' : 'none');

async function observe(dir, storage, { waitForSave = false, settings = {}, edit } = {}) {
  const client = new LspClient({ execArgv: ['--expose-gc'], settings });
  await client.initialize(pathToFileURL(dir).href, CAPS, { storagePath: storage });
  const status = (await client.waitFor((n) => n.method === 'sourceAnnotator/status' && !n.params.indexing, 60000)).params;
  status.snapshot = snapshotUse(client);
  if (waitForSave) {
    await client.waitFor(logged(/index cache saved/), 60000);
    await client.waitFor(logged(/index snapshot saved/), 60000);
  }
  if (edit) {
    // An editor buffer changed after the start: the views update by delta.
    const uri = pathToFileURL(join(dir, edit.file)).href;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: readFileSync(join(dir, edit.file), 'utf8') } });
    await client.diagnosticsFor(uri);
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: edit.text }] });
    await client.waitFor((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri && n.params.version === 2, 60000);
    if (edit.save) { // saved in the editor, the buffer still open
      writeFileSync(join(dir, edit.file), edit.text);
      client.notify('textDocument/didSave', { textDocument: { uri } });
    }
    const entities = (await client.request('sourceAnnotator/entities', null)).entities;
    const mentions = [];
    for (const e of entities) mentions.push(await client.request('sourceAnnotator/entityMentions', { id: e.id }));
    await client.shutdown();
    return { status, seen: { entities, mentions } };
  }
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
  assert.equal(cold.status.snapshot, 'none');
  const warm = await observe(dir, storage);
  assert.equal(warm.status.snapshot, 'snapshot', 'the saved entities are installed');
  assert.equal(warm.status.analysed, 0, 'nothing re-analysed');
  assert.equal(warm.status.fromCache, warm.status.articles);
  assert.deepEqual(warm.seen.entities, cold.seen.entities);
  assert.deepEqual(warm.seen.mentions, cold.seen.mentions);
  assert.deepEqual(warm.seen.hovers, cold.seen.hovers);
  assert.deepEqual(warm.seen.references, cold.seen.references);
  assert.deepEqual(warm.seen.files, cold.seen.files);
});

test('warm start: the snapshot follows edits (rewritten at the end of an edit-only session, then installed); one changed file → not used, and every result equals a cold start', async (t) => {
  const dir = makeWorkspace();
  const storage = mkdtempSync(join(tmpdir(), 'sa-warm-cache-'));
  const fresh = () => mkdtempSync(join(tmpdir(), 'sa-warm-cold-'));
  const colds = [];
  t.after(() => { for (const d of [dir, storage, ...colds]) rmSync(d, { recursive: true, force: true }); });
  const coldOf = async () => { colds.push(fresh()); return observe(dir, colds.at(-1), { settings: { indexWorkers: 0 } }); };
  const first = await observe(dir, storage, { waitForSave: true, settings: { indexWorkers: 0 } });
  // A sentence naming an entity of another article and a new one, added to the first article.
  const other = first.seen.entities.find((e) => e.type === 'PERSON' && e.articles > 1) ?? first.seen.entities[0];
  const file = readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()[0];
  const added = `\n${other.name} met Odile Varrenne of the Kestrel Valley Water Board on Friday, officials said.\n`;
  const text = readFileSync(join(dir, file), 'utf8') + added;

  // Edited in the editor and never saved (a window closed with unsaved edits keeps them in the editor):
  // the files did not change, so the next start still installs the snapshot taken of them.
  const unsaved = await observe(dir, storage, { edit: { file, text } });
  assert.equal(unsaved.status.snapshot, 'snapshot');
  const reopened = await observe(dir, storage);
  assert.equal(reopened.status.snapshot, 'snapshot', 'unsaved edits leave the snapshot of the files in place');
  assert.deepEqual(reopened.seen, first.seen);
  // Edited and saved in the editor; the session ends with a shutdown: the snapshot written then fits the files.
  const edited = await observe(dir, storage, { edit: { file, text, save: true } });
  assert.equal(edited.status.snapshot, 'snapshot');
  const saved = await observe(dir, storage);
  assert.equal(saved.status.snapshot, 'snapshot', 'the snapshot rewritten after the edit-only session is installed');
  const cold = await coldOf();
  assert.deepEqual(saved.seen, cold.seen);
  assert.deepEqual(edited.seen.entities, cold.seen.entities);
  assert.deepEqual(edited.seen.mentions, cold.seen.mentions);
  assert.ok(cold.seen.entities.some((e) => e.name === 'Odile Varrenne'), 'the edit is resolved');

  // Changed on disk between two sessions: the snapshot no longer fits, the entities are resolved again.
  appendFileSync(join(dir, file), `\nOdile Varrenne and Bertil Quorrow of the Kestrel Valley Water Board spoke on Monday.\n`);
  const changed = await observe(dir, storage);
  assert.equal(changed.status.snapshot, 'resolved', 'a changed file: the snapshot is not used');
  assert.equal(changed.status.analysed, 1, 'only the changed file is analysed');
  assert.deepEqual(changed.seen, (await coldOf()).seen);
});
