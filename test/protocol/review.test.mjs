// Protocol test of "Mark as checked": code action → workspace/executeCommand → the diagnostic is
// republished as a checked hint → .source-annotator/review.json exists and parses → unmark and
// clear bring the warning back. Runs on a copy of the example articles in a temporary folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, root } from './lsp-client.mjs';

const REVIEW = join('.source-annotator', 'review.json');

test('Mark as checked: code action, server command, republished diagnostics, review.json; then unmark and clear', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'sa-review-ws-'));
  for (const f of readdirSync(root + 'examples/harbor').filter((f) => f.endsWith('.txt'))) copyFileSync(root + 'examples/harbor/' + f, join(dir, f));
  const client = new LspClient();
  t.after(async () => { await client.shutdown(); rmSync(dir, { recursive: true, force: true }); });
  const init = await client.initialize(pathToFileURL(dir).href);
  const commands = init.capabilities.executeCommandProvider?.commands ?? [];
  assert.ok(commands.includes('sourceAnnotator.markChecked'), 'the server advertises its commands');
  await client.waitFor((m) => m.method === 'sourceAnnotator/status' && !m.params.indexing && m.params.articles >= 4, 20000);

  const file = '03_coastline-daily.txt';
  const uri = pathToFileURL(join(dir, file)).href;
  const text = readFileSync(join(dir, file), 'utf8');
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
  const first = await client.diagnosticsFor(uri);
  const warning = first.params.diagnostics.find((d) => d.code === 'unsourced-claim' && d.severity === 2);
  assert.ok(warning, 'an unsourced-claim warning to mark');
  const count = (diags) => diags.filter((d) => d.code === 'unsourced-claim' && d.severity === 2).length;
  const before = count(first.params.diagnostics);

  const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: warning.range, context: { diagnostics: [warning] } });
  const mark = actions.find((a) => a.title.startsWith('Mark as checked'));
  assert.ok(mark, `"Mark as checked" is offered (got: ${actions.map((a) => a.title).join(' | ')})`);
  assert.equal(mark.command.command, 'sourceAnnotator.markChecked');

  const republished = client.diagnosticsFor(uri, { fresh: true });
  const result = await client.request('workspace/executeCommand', { command: mark.command.command, arguments: mark.command.arguments });
  assert.equal(result.changed, 1);
  const after = (await republished).params.diagnostics;
  assert.equal(count(after), before - 1, 'one warning fewer');
  const hint = after.find((d) => d.code === 'unsourced-claim' && d.range.start.line === warning.range.start.line && d.range.start.character === warning.range.start.character);
  assert.ok(hint && hint.severity === 4 && hint.data.checked === true && /^Checked: /.test(hint.message), 'the claim comes back as a checked hint');

  const review = JSON.parse(readFileSync(join(dir, REVIEW), 'utf8'));
  assert.equal(review.version, 1);
  assert.equal(review.entries.length, 1);
  assert.equal(review.entries[0].file, file, 'path relative to the folder');
  assert.equal(review.entries[0].rule, 'unsourced-claim');
  assert.ok(text.includes(review.entries[0].claim), 'the claim text is stored');

  // An edit elsewhere in the file keeps the mark.
  const edited = 'Editor’s note: this story was updated.\n' + text;
  const republishedEdit = client.diagnosticsFor(uri, { fresh: true });
  client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
  const afterEdit = (await republishedEdit).params.diagnostics;
  assert.equal(count(afterEdit), before - 1, 'still one warning fewer after an edit above');
  const movedHint = afterEdit.find((d) => d.data?.checked);
  assert.ok(movedHint, 'the checked hint followed the claim');

  // "Unmark as checked" on the hint brings the warning back.
  const onHint = await client.request('textDocument/codeAction', { textDocument: { uri }, range: movedHint.range, context: { diagnostics: [movedHint] } });
  const unmark = onHint.find((a) => a.title.startsWith('Unmark as checked'));
  assert.ok(unmark, '"Unmark as checked" is offered on the hint');
  const republishedUnmark = client.diagnosticsFor(uri, { fresh: true });
  await client.request('workspace/executeCommand', { command: unmark.command.command, arguments: unmark.command.arguments });
  assert.equal(count((await republishedUnmark).params.diagnostics), before);
  assert.equal(JSON.parse(readFileSync(join(dir, REVIEW), 'utf8')).entries.length, 0);

  // Clear: mark again, then clear the file's marks in one command.
  await client.request('workspace/executeCommand', { command: mark.command.command, arguments: [uri, movedHint.data.anchor] });
  const republishedClear = client.diagnosticsFor(uri, { fresh: true });
  const cleared = await client.request('workspace/executeCommand', { command: 'sourceAnnotator.clearChecked', arguments: [uri] });
  assert.equal(cleared.changed, 1);
  assert.equal(count((await republishedClear).params.diagnostics), before);
  assert.deepEqual(JSON.parse(readFileSync(join(dir, REVIEW), 'utf8')).entries, []);

  // A file outside the workspace folder has no review file to keep a mark in: no "Mark as checked".
  const outside = pathToFileURL(join(tmpdir(), 'sa-outside-' + process.pid, file)).href;
  client.notify('textDocument/didOpen', { textDocument: { uri: outside, languageId: 'plaintext', version: 1, text } });
  const outsideWarning = (await client.diagnosticsFor(outside)).params.diagnostics.find((d) => d.code === 'unsourced-claim');
  assert.ok(outsideWarning, 'the outside file is analysed');
  const outsideActions = await client.request('textDocument/codeAction', { textDocument: { uri: outside }, range: outsideWarning.range, context: { diagnostics: [outsideWarning] } });
  assert.ok(outsideActions.some((a) => a.title.startsWith('Find corroborating source')));
  assert.ok(!outsideActions.some((a) => a.title.startsWith('Mark as checked')), 'no mark outside the folder');

  // Malformed arguments are refused without writing anything.
  assert.equal(await client.request('workspace/executeCommand', { command: 'sourceAnnotator.markChecked', arguments: [uri, { rule: 1 }] }), null);
});
