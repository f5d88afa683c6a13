// Protocol tests of workspace folders added or removed while the server runs
// (workspace/didChangeWorkspaceFolders): an added folder is scanned with its own settings, its
// skipped files listed and its analyses taken from the index cache; a removed folder's articles
// leave every view, except a file still open in an editor.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URI } from 'vscode-uri';
import { LspClient, root } from './lsp-client.mjs';

const uri = (p) => URI.file(p).toString();
const CAPS = { workspace: { configuration: true, workspaceFolders: true }, window: { workDoneProgress: true } };

// Fictional articles of the folder added later (no name in them occurs in the first folder).
const BRIDGE = `Quarnholt council delays vote on river bridge

QUARNHOLT — The council of Quarnholt postponed a vote on the new river bridge on Tuesday after engineers asked for more time to test the foundations.

"We will not put a single car on that span until the tests are done," said Odalys Brenneke, the mayor of Quarnholt, after the meeting.

Brenneke said the delay would last about six weeks. The bridge, first proposed in 2019, is expected to cost 48 million euros.
`;
const FERRY = `Ferry service to stay while Quarnholt bridge waits

QUARNHOLT — The ferry across the river will keep running through the winter, the harbour office said on Wednesday, after the vote on a new bridge was put off.

Odalys Brenneke, the town's mayor, told reporters the ferry would add two evening crossings. "People need a way home after the late shift," Brenneke said.
`;
const DRAFT = `Draft: Quarnholt bridge costs

QUARNHOLT — Odalys Brenneke said on Thursday that the town would ask the regional fund for help with the bridge, which could cost more than planned.

"The river does not wait for our budget," Brenneke told the council. Engineers said the old piers had moved by a few centimetres since the spring floods.
`;

function makeFolders() {
  const a = mkdtempSync(join(tmpdir(), 'sa-folder-a-'));
  for (const f of readdirSync(root + 'examples/harbor').filter((f) => f.endsWith('.txt'))) copyFileSync(root + 'examples/harbor/' + f, join(a, f));
  const b = mkdtempSync(join(tmpdir(), 'sa-folder-b-'));
  writeFileSync(join(b, 'bridge.txt'), BRIDGE);
  writeFileSync(join(b, 'ferry.txt'), FERRY);
  writeFileSync(join(b, 'draft-costs.txt'), DRAFT); // excluded by folder b's own setting
  writeFileSync(join(b, 'scan.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3, 0, 0]));
  return { a, b };
}

/** Folder b has its own exclude setting; the window's settings are the defaults. */
const settingsFor = (b) => (item) => (item.scopeUri === uri(b) ? { exclude: ['draft-*.txt'] } : {});

const settled = async (client, test) => (await client.waitFor((n) => n.method === 'sourceAnnotator/status' && !n.params.indexing && test(n.params), 30000, { fresh: true })).params;
const changeFolders = (client, added, removed) => client.notify('workspace/didChangeWorkspaceFolders', {
  event: { added: added.map((p) => ({ uri: uri(p), name: 'b' })), removed: removed.map((p) => ({ uri: uri(p), name: 'b' })) },
});
const symbolsIn = async (client, dir, query) => (await client.request('workspace/symbol', { query })).filter((s) => s.location.uri.startsWith(uri(dir) + '/'));
const brennekeIn = (text) => { const i = text.split('\n').findIndex((l) => l.includes('Brenneke')); return { line: i, character: text.split('\n')[i].indexOf('Brenneke') + 2 }; };
const hoverAt = (client, file, text) => client.request('textDocument/hover', { textDocument: { uri: uri(file) }, position: brennekeIn(text) });

test('the server asks to be told of workspace folder changes', async (t) => {
  const { a, b } = makeFolders();
  const client = new LspClient();
  t.after(async () => { await client.shutdown(); rmSync(a, { recursive: true, force: true }); rmSync(b, { recursive: true, force: true }); });
  const init = await client.initialize(uri(a), CAPS);
  assert.deepEqual(init.capabilities.workspace.workspaceFolders, { supported: true, changeNotifications: true });
});

test('a folder added while running is indexed with its own settings; once removed, its articles are gone', async (t) => {
  const { a, b } = makeFolders();
  const client = new LspClient({ settings: settingsFor(b) });
  t.after(async () => { await client.shutdown(); rmSync(a, { recursive: true, force: true }); rmSync(b, { recursive: true, force: true }); });
  await client.initialize(uri(a), CAPS);
  const start = (await client.waitFor((n) => n.method === 'sourceAnnotator/status' && !n.params.indexing, 30000)).params;
  assert.equal(start.articles, 4);
  assert.deepEqual(await symbolsIn(client, b, 'Brenneke'), [], 'not indexed before the folder is added');

  changeFolders(client, [b], []);
  const added = await settled(client, (p) => p.articles > 4);
  assert.equal(added.articles, 6, 'two articles of b; its draft is excluded by b\'s own setting');
  const syms = await symbolsIn(client, b, 'Brenneke');
  assert.equal(syms.length, 1, JSON.stringify(syms));
  assert.equal(syms[0].name, 'Odalys Brenneke');
  assert.match(syms[0].containerName, /2 articles/, 'resolved across the added folder\'s articles');
  const hover = await hoverAt(client, join(b, 'ferry.txt'), FERRY);
  assert.match(hover?.contents?.value ?? '', /Odalys Brenneke/);
  const skipped = (await client.request('sourceAnnotator/skippedFiles', null)).files;
  assert.match(skipped.find((f) => f.uri === uri(join(b, 'scan.txt')))?.reason ?? '', /binary/, 'the added folder\'s skipped files are listed');
  assert.ok(!skipped.some((f) => f.uri.endsWith('/draft-costs.txt')), 'an excluded file is not listed as skipped');

  changeFolders(client, [], [b]);
  const removed = await settled(client, (p) => p.articles < 6);
  assert.equal(removed.articles, 4);
  assert.deepEqual(await symbolsIn(client, b, 'Brenneke'), []);
  assert.equal(await hoverAt(client, join(b, 'ferry.txt'), FERRY), null, 'no hover on an article of a removed folder');
  assert.ok(!(await client.request('sourceAnnotator/skippedFiles', null)).files.some((f) => f.uri.startsWith(uri(b) + '/')), 'its skipped files leave the list');
  assert.ok((await symbolsIn(client, a, '')).length > 0, 'the first folder\'s entities stay');
});

test('an article open in the editor stays while its folder is removed, and leaves when closed', async (t) => {
  const { a, b } = makeFolders();
  const client = new LspClient({ settings: settingsFor(b) });
  t.after(async () => { await client.shutdown(); rmSync(a, { recursive: true, force: true }); rmSync(b, { recursive: true, force: true }); });
  await client.initialize(uri(a), CAPS);
  await client.waitFor((n) => n.method === 'sourceAnnotator/status' && !n.params.indexing, 30000);
  changeFolders(client, [b], []);
  await settled(client, (p) => p.articles === 6);
  client.notify('textDocument/didOpen', { textDocument: { uri: uri(join(b, 'bridge.txt')), languageId: 'plaintext', version: 1, text: BRIDGE } });
  await client.diagnosticsFor(uri(join(b, 'bridge.txt')));

  changeFolders(client, [], [b]);
  const removed = await settled(client, (p) => p.articles < 6);
  assert.equal(removed.articles, 5, 'the open article stays');
  const syms = await symbolsIn(client, b, 'Brenneke');
  assert.deepEqual(syms.map((s) => [s.location.uri, s.containerName.match(/\d+ articles?/)?.[0]]), [[uri(join(b, 'bridge.txt')), '1 article']]);
  assert.match((await hoverAt(client, join(b, 'bridge.txt'), BRIDGE))?.contents?.value ?? '', /Odalys Brenneke/);

  client.notify('textDocument/didClose', { textDocument: { uri: uri(join(b, 'bridge.txt')) } });
  const closed = await settled(client, (p) => p.articles < 5);
  assert.equal(closed.articles, 4, 'closed, it is not read back from disk: no folder holds it');
});

test('an added folder\'s articles come from the index cache when an earlier session analysed them', async (t) => {
  const { a, b } = makeFolders();
  const storage = mkdtempSync(join(tmpdir(), 'sa-folder-cache-'));
  let client;
  // One hook, in this order: a server shut down after its storage folder was removed saved its index cache
  // there again, so every run left a sa-folder-cache-* folder behind in the temp folder.
  t.after(async () => { await client?.shutdown(); for (const d of [a, b, storage]) rmSync(d, { recursive: true, force: true }); });
  // First session: both folders at the start; the analyses are saved.
  const first = new LspClient({ settings: settingsFor(b) });
  await first.request('initialize', { processId: process.pid, rootUri: uri(a), capabilities: CAPS, initializationOptions: { storagePath: storage },
    workspaceFolders: [{ uri: uri(a), name: 'a' }, { uri: uri(b), name: 'b' }] });
  first.notify('initialized', {});
  const all = (await first.waitFor((n) => n.method === 'sourceAnnotator/status' && !n.params.indexing, 30000)).params;
  assert.equal(all.articles, 6);
  await first.waitFor((n) => n.method === 'window/logMessage' && /index cache saved: 6 analyses/.test(n.params.message), 20000);
  await first.shutdown();

  // Second session: folder a only, then b is added: nothing is analysed again.
  client = new LspClient({ settings: settingsFor(b) });
  await client.initialize(uri(a), CAPS, { storagePath: storage });
  const start = (await client.waitFor((n) => n.method === 'sourceAnnotator/status' && !n.params.indexing, 30000)).params;
  assert.deepEqual([start.articles, start.analysed, start.fromCache], [4, 0, 4]);
  changeFolders(client, [b], []);
  const added = await settled(client, (p) => p.articles > 4);
  assert.deepEqual([added.articles, added.analysed, added.fromCache], [6, 0, 6], 'b\'s two articles from the cache');
});
