// Protocol tests of settings the server honours beyond its start: include/exclude changed while it
// runs (the files are judged again at once), and a workspace folder's own settings (resource scope:
// exclude and severities of one folder differ from the window's).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URI } from 'vscode-uri';
import { LspClient, root } from './lsp-client.mjs';

const uri = (p) => URI.file(p).toString();
const HARBOR = root + 'examples/harbor/';
const settled = (client, test, fresh = true) =>
  client.waitFor((n) => n.method === 'sourceAnnotator/status' && !n.params.indexing && test(n.params), 30000, { fresh }).then((m) => m.params);
const skippedNames = async (client) => (await client.request('sourceAnnotator/skippedFiles', null)).files.map((f) => f.uri.replace(/^.*\//, ''));

test('include and exclude changed while the server runs apply at once, and back', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'sa-settings-'));
  const client = new LspClient({ settings: {} });
  t.after(async () => { await client.shutdown(); rmSync(dir, { recursive: true, force: true }); });
  for (const f of ['01_tidewater-post.txt', '02_meridian-wire.txt', '03_coastline-daily.txt']) copyFileSync(HARBOR + f, join(dir, f));
  mkdirSync(join(dir, 'notes'));
  writeFileSync(join(dir, 'notes', 'calls.txt'), 'ring Ines Varga\nask the mill about the 40 jobs\nfix headline\n');
  await client.initialize(uri(dir));
  const first = await settled(client, () => true, false);
  assert.equal(first.articles, 3);
  assert.deepEqual(await skippedNames(client), ['calls.txt'], 'the note does not read as an article');

  client.settings = { include: ['notes/*.txt'], exclude: ['01_*.txt'] };
  client.notify('workspace/didChangeConfiguration', { settings: null });
  const changed = await settled(client, (p) => p.skipped === 0);
  assert.equal(changed.articles, 3, 'one article excluded, the note included');
  const lens = (f) => client.request('textDocument/codeLens', { textDocument: { uri: uri(join(dir, f)) } });
  assert.ok((await lens('notes/calls.txt')).length > 0, 'the included note is analysed');
  assert.deepEqual(await lens('01_tidewater-post.txt'), [], 'the excluded article is not');

  client.settings = { exclude: ['notes/**'] };
  client.notify('workspace/didChangeConfiguration', { settings: null });
  const back = await settled(client, (p) => p.articles === 3 && p.skipped === 0);
  assert.ok((await lens('01_tidewater-post.txt')).length > 0, 'the article is back');
  assert.deepEqual(await lens('notes/calls.txt'), [], 'an excluded folder leaves with its files');
  assert.equal(back.skipped, 0, 'a file in an excluded folder is not listed as skipped');
});

test('a workspace folder\'s own exclude and severities apply to its files only', async (t) => {
  const base = mkdtempSync(join(tmpdir(), 'sa-folders-'));
  const [a, b] = [join(base, 'desk-a'), join(base, 'desk-b')];
  for (const d of [a, b]) {
    mkdirSync(d);
    for (const f of ['01_tidewater-post.txt', '02_meridian-wire.txt']) copyFileSync(HARBOR + f, join(d, f));
  }
  const own = { exclude: ['02_*.txt'], severity: { unsourcedClaim: 'off' } };
  const client = new LspClient({ settings: (item) => (item.scopeUri === uri(b) ? own : {}) });
  t.after(async () => { await client.shutdown(); rmSync(base, { recursive: true, force: true }); });
  await client.request('initialize', {
    processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } },
    workspaceFolders: [{ uri: uri(a), name: 'desk-a' }, { uri: uri(b), name: 'desk-b' }],
  });
  client.notify('initialized', {});
  const s = await settled(client, () => true, false);
  assert.equal(s.articles, 3, 'desk-b leaves out its second article');

  const diagnostics = async (file) => {
    const u = uri(file);
    client.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'plaintext', version: 1, text: readFileSync(file, 'utf8') } });
    return (await client.diagnosticsFor(u)).params.diagnostics.map((d) => d.code);
  };
  assert.ok((await diagnostics(join(a, '01_tidewater-post.txt'))).includes('unsourced-claim'), 'the window\'s severity in desk-a');
  const inB = await diagnostics(join(b, '01_tidewater-post.txt'));
  assert.ok(!inB.includes('unsourced-claim'), `desk-b turns unsourced claims off: ${inB}`);
  assert.ok(inB.includes('vague-attribution'), 'its other rules stay on');
});
