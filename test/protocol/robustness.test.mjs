// Robustness through the protocol: a workspace of nasty files is indexed with a reason for each
// file not analysed, hovers keep answering, hover Markdown stays untrusted plain links, and a
// watcher storm of 1,000 created then deleted files leaves the server responsive and counting right.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URI } from 'vscode-uri';
import { LspClient, root } from './lsp-client.mjs';
import { makeNastyFiles, unlockNastyFiles } from '../helpers/nasty-files.mjs';

/** File URIs spelled as VS Code spells them (vscode-uri), which the server's own scan uses too. */
const uri = (p) => URI.file(p).toString();
const lastStatus = (client, test) => client.waitFor((n) => n.method === 'sourceAnnotator/status' && !n.params.indexing && test(n.params), 30000, { fresh: true });

function position(text, offset) {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1].length };
}

test('nasty files are skipped with a reason, and hovers keep answering', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'sa-nasty-ws-'));
  const files = makeNastyFiles(dir);
  // A hostile file name, holding an article that quotes markup.
  const hostileName = join(dir, 'a](command:workbench.action.terminal.new) <img src=x>.txt');
  const article = readFileSync(join(dir, 'article.txt'), 'utf8');
  writeFileSync(hostileName, article.replace('“We expect', '“[We](command:x) <b>expect</b>'));
  const client = new LspClient();
  t.after(async () => { await client.shutdown(); unlockNastyFiles(files); rmSync(dir, { recursive: true, force: true }); });
  await client.initialize(uri(dir));
  const s = await client.waitFor((n) => n.method === 'sourceAnnotator/status' && !n.params.indexing && n.params.articles > 0, 30000);
  const reasons = Object.fromEntries(s.params.skippedExamples.map((x) => [URI.parse(x.uri).path.replace(/^.*\//, ''), x.reason]));
  t.diagnostic(`status after indexing: ${s.params.articles} articles, ${s.params.skipped} skipped: ${JSON.stringify(reasons)}`);
  assert.match(reasons['binary.txt'], /binary/);
  assert.match(reasons['invalid-utf8.txt'], /not valid UTF-8/);
  assert.match(reasons['too-large.txt'], /larger than the 2\.0 MB limit/);
  if (files.some((f) => f.name === 'unreadable.txt')) assert.match(reasons['unreadable.txt'], /permission denied/);
  for (const r of Object.values(reasons)) assert.ok(!/\n|\bat \/|ENOENT|EACCES/.test(r), `a one-line reason for people: ${r}`);
  assert.ok(!('utf16le-bom.txt' in reasons) && !('utf8-bom-crlf.txt' in reasons), 'UTF-16 and UTF-8 with BOM are read');
  assert.ok(s.params.articles >= 4, 'the article, its UTF-16 and BOM copies and the hostile-named file are analysed');

  // Watcher events for the odd entries: a link loop is reported, a folder and a dangling link are not.
  client.notify('workspace/didChangeWatchedFiles', { changes: ['loop.txt', 'dangling.txt', 'x.txt'].map((n) => ({ uri: uri(join(dir, n)), type: 2 })) });
  const s2 = await lastStatus(client, () => true);
  const reasons2 = Object.fromEntries(s2.params.skippedExamples.map((x) => [x.uri.replace(/^.*\//, ''), x.reason]));
  assert.equal(s2.params.articles, s.params.articles);
  if (s2.params.skipped <= 10) {
    assert.match(reasons2['loop.txt'] ?? '', /symbolic link loop/);
    assert.ok(!('dangling.txt' in reasons2) && !('x.txt' in reasons2), JSON.stringify(reasons2));
  }

  // Hovers still answer, on an article and on the 1 MB single line opened in the editor.
  const text = readFileSync(hostileName, 'utf8');
  const hover = await client.request('textDocument/hover', { textDocument: { uri: uri(hostileName) }, position: position(text, text.indexOf('Irena Sokolova') + 2) });
  assert.ok(hover, 'a hover on the spokeswoman');
  assert.deepEqual(Object.keys(hover.contents).sort(), ['kind', 'value'], 'MarkupContent carries no trust flag');
  assert.equal(hover.contents.kind, 'markdown');
  const targets = [...hover.contents.value.matchAll(/(?<!\\)\]\(([^)]*)\)/g)].map((m) => m[1]);
  assert.ok(targets.length >= 2, `links to the articles: ${hover.contents.value}`);
  for (const target of targets) assert.match(target, /^file:\/\/[^\s()<>]*$/, 'only plain file links');
  assert.ok(!/(?<!\\)(\[We\]|<b>|<img)/.test(hover.contents.value), `article markup is escaped:\n${hover.contents.value}`);

  const long = join(dir, 'long-line.txt');
  client.notify('textDocument/didOpen', { textDocument: { uri: uri(long), languageId: 'plaintext', version: 1, text: readFileSync(long, 'utf8') } });
  const h2 = await client.request('textDocument/hover', { textDocument: { uri: uri(long) }, position: { line: 0, character: 500000 } }, 30000);
  assert.equal(h2, null, 'a single 1 MB line does not read as an article, and the server still answers');
  const h3 = await client.request('textDocument/hover', { textDocument: { uri: uri(hostileName) }, position: position(text, text.indexOf('Irena Sokolova') + 2) });
  assert.ok(h3, 'and keeps answering');

  // Odd requests are answered, not fatal: positions out of range, a reversed range, unknown schemes.
  const target = { uri: uri(hostileName) };
  for (const position of [{ line: -1, character: -5 }, { line: 1e9, character: 1e9 }, { line: 0, character: 2 ** 31 }, { line: 1.5, character: 0.5 }]) {
    await client.request('textDocument/hover', { textDocument: target, position });
  }
  const reversed = await client.request('textDocument/codeAction', { textDocument: target, range: { start: { line: 9, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
  assert.ok(Array.isArray(reversed));
  assert.equal(await client.request('textDocument/hover', { textDocument: { uri: 'vscode-vfs://github/x/y.txt' }, position: { line: 0, character: 0 } }), null);
  assert.ok(await client.request('textDocument/hover', { textDocument: target, position: position(text, text.indexOf('Irena Sokolova') + 2) }), 'still alive');
});

/** A small fictional article, different for each n. */
const storyFor = (n) => `Council Report ${n}\n`
  + `Officials in district ${n} said ${n + 10} households were moved to shelters after the river rose overnight, according to the council.\n`
  + `“We will publish the full list of closures on Friday,” said Ana Petrescu-${n}, a spokeswoman for the district office, on Thursday.\n`;

test('a watcher storm of 1,000 files: batched, responsive, and the counts add up', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'sa-storm-'));
  for (const f of readdirSync(root + 'examples/harbor').filter((f) => f.endsWith('.txt'))) copyFileSync(root + 'examples/harbor/' + f, join(dir, f));
  const client = new LspClient();
  t.after(async () => { await client.shutdown(); rmSync(dir, { recursive: true, force: true }); });
  await client.initialize(uri(dir));
  const first = await client.waitFor((n) => n.method === 'sourceAnnotator/status' && !n.params.indexing && n.params.articles > 0, 30000);
  const base = first.params.articles;

  mkdirSync(join(dir, 'storm'));
  const paths = Array.from({ length: 1000 }, (_, i) => join(dir, 'storm', `story-${i}.txt`));
  paths.forEach((p, i) => writeFileSync(p, storyFor(i)));
  const statusesBefore = client.notifications.filter((n) => n.method === 'sourceAnnotator/status').length;
  client.notify('workspace/didChangeWatchedFiles', { changes: paths.map((p) => ({ uri: uri(p), type: 1 })) });
  // Responsive while the batch loads: a hover is answered (whatever it finds).
  const example = readdirSync(dir).find((f) => f.endsWith('.txt'));
  await client.request('textDocument/hover', { textDocument: { uri: uri(join(dir, example)) }, position: { line: 2, character: 3 } }, 30000);
  const created = await lastStatus(client, (p) => p.articles === base + 1000);
  assert.equal(created.params.articles, base + 1000);
  const statuses = client.notifications.filter((n) => n.method === 'sourceAnnotator/status').length - statusesBefore;
  assert.ok(statuses <= 2, `one status per batch, not per file (${statuses})`);
  const story = readFileSync(paths[500], 'utf8');
  const hover = await client.request('textDocument/hover', { textDocument: { uri: uri(paths[500]) }, position: position(story, story.indexOf('Ana Petrescu') + 1) });
  assert.ok(hover, 'a hover in one of the new files');

  // Deletions, then creations and deletions back to back: batches apply in order.
  for (const p of paths) rmSync(p);
  client.notify('workspace/didChangeWatchedFiles', { changes: paths.map((p) => ({ uri: uri(p), type: 3 })) });
  const deleted = await lastStatus(client, (p) => p.articles === base);
  assert.equal(deleted.params.articles, base);
  paths.slice(0, 200).forEach((p, i) => writeFileSync(p, storyFor(i)));
  client.notify('workspace/didChangeWatchedFiles', { changes: paths.slice(0, 200).map((p) => ({ uri: uri(p), type: 1 })) });
  paths.slice(0, 100).forEach((p) => rmSync(p));
  client.notify('workspace/didChangeWatchedFiles', { changes: paths.slice(0, 100).map((p) => ({ uri: uri(p), type: 3 })) });
  const settled = await lastStatus(client, (p) => p.articles === base + 100);
  assert.equal(settled.params.articles, base + 100);
  assert.equal(settled.params.skipped, first.params.skipped, 'no file reported as unreadable because it was gone');
  t.diagnostic(`watcher storm: 1,000 created → ${created.params.articles} articles; deleted → ${deleted.params.articles}; 200 created + 100 deleted back to back → ${settled.params.articles}`);
});
