// Protocol test of sourceAnnotator/skippedFiles: every file not analysed with its reason (the
// status notification carries only the first 10), sorted, and current after a file event.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URI } from 'vscode-uri';
import { LspClient, root } from './lsp-client.mjs';

const uri = (p) => URI.file(p).toString();
const settled = (client, test) => client.waitFor((n) => n.method === 'sourceAnnotator/status' && !n.params.indexing && test(n.params), 30000, { fresh: true });

test('skippedFiles lists every skipped file with its reason, beyond the status notification\'s 10', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'sa-skipped-'));
  const client = new LspClient();
  t.after(async () => { await client.shutdown(); rmSync(dir, { recursive: true, force: true }); });
  copyFileSync(root + 'examples/harbor/01_tidewater-post.txt', join(dir, 'article.txt'));
  for (let i = 0; i < 12; i++) writeFileSync(join(dir, `scan-${String(i).padStart(2, '0')}.txt`), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, i, 1, 2, 3, 0, 0]));
  mkdirSync(join(dir, 'lists'));
  writeFileSync(join(dir, 'lists', 'shopping.txt'), 'eggs\nflour\nlamp oil\n'.repeat(10));
  await client.initialize(uri(dir));
  const s = (await client.waitFor((n) => n.method === 'sourceAnnotator/status' && !n.params.indexing, 30000)).params;
  assert.equal(s.articles, 1);
  assert.equal(s.skipped, 13);
  assert.equal(s.skippedExamples.length, 10, 'the notification names only a few');

  const { files } = await client.request('sourceAnnotator/skippedFiles', null);
  assert.equal(files.length, 13, JSON.stringify(files));
  assert.deepEqual(files.map((f) => f.uri), files.map((f) => f.uri).sort(), 'sorted by URI');
  const byName = Object.fromEntries(files.map((f) => [f.uri.slice(uri(dir).length + 1), f.reason]));
  for (let i = 0; i < 12; i++) assert.match(byName[`scan-${String(i).padStart(2, '0')}.txt`] ?? '', /binary/);
  assert.match(byName['lists/shopping.txt'] ?? '', /does not read as a prose article/);
  const settingOf = Object.fromEntries(files.map((f) => [f.uri.slice(uri(dir).length + 1), f.setting]));
  assert.equal(settingOf['lists/shopping.txt'], 'sourceAnnotator.include', 'the include setting would let the list in');
  assert.equal(settingOf['scan-00.txt'], undefined, 'no setting lets a binary file in');
  assert.ok(!('article.txt' in byName), 'the article is analysed, not skipped');

  // A deleted skipped file leaves the list.
  rmSync(join(dir, 'scan-03.txt'));
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(join(dir, 'scan-03.txt')), type: 3 }] });
  await settled(client, (p) => p.skipped === 12);
  const after = (await client.request('sourceAnnotator/skippedFiles', null)).files;
  assert.equal(after.length, 12);
  assert.ok(!after.some((f) => f.uri.endsWith('/scan-03.txt')));
});
