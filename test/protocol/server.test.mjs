// Protocol tests: the bundled server, spawned over stdio, driven through LSP like an editor would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { LspClient, root } from './lsp-client.mjs';

const folder = root + 'examples/harbor/';
const files = readdirSync(folder).filter((f) => f.endsWith('.txt')).sort();
const uriOf = (f) => pathToFileURL(folder + f).href;
const gold = JSON.parse(readFileSync(root + 'examples/harbor.gold.json', 'utf8'));

function position(text, offset) {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1].length };
}

let client;
before(async () => {
  client = new LspClient();
  const init = await client.initialize(pathToFileURL(folder).href);
  assert.ok(init.capabilities.hoverProvider, 'hover is advertised');
  assert.ok(init.capabilities.codeActionProvider, 'code actions are advertised');
  // The workspace is indexed in the background; the status notification says when it is done.
  await client.waitFor((m) => m.method === 'sourceAnnotator/status' && !m.params.indexing && m.params.articles >= files.length, 20000);
});
after(async () => {
  const code = await client.shutdown();
  assert.equal(code, 0, 'server exits cleanly after shutdown/exit');
});

function open(file) {
  const text = readFileSync(folder + file, 'utf8');
  client.notify('textDocument/didOpen', { textDocument: { uri: uriOf(file), languageId: 'plaintext', version: 1, text } });
  return text;
}

test('indexing reports progress and every example article', async () => {
  const status = client.notifications.filter((m) => m.method === 'sourceAnnotator/status').at(-1);
  assert.equal(status.params.articles, files.length);
  assert.ok(client.notifications.some((m) => m.method === '$/progress' && m.params.value.kind === 'end'), 'work-done progress ended');
});

test('an unsourced claim gets a warning with a stable code, at the right UTF-16 range', async () => {
  const gclaim = gold.claims.find((c) => c.sourced === 'no' && !c.optional);
  const text = open(gclaim.doc);
  const { params } = await client.diagnosticsFor(uriOf(gclaim.doc));
  const warnings = params.diagnostics.filter((d) => d.code === 'unsourced-claim');
  assert.ok(warnings.length > 0, 'at least one unsourced-claim diagnostic');
  assert.ok(warnings.every((d) => d.severity === 2 && d.source === 'Source Annotator'));
  const p = position(text, gclaim.start);
  assert.ok(warnings.some((d) => d.range.start.line === p.line), `a warning on line ${p.line + 1}: “${gclaim.text}”`);
  // The explanation link opens the rules shipped with the extension, at the rule's heading.
  const href = new URL(warnings[0].codeDescription.href);
  assert.equal(href.protocol, 'file:');
  assert.equal(href.hash, '#unsourced-claim');
  assert.match(readFileSync(href.pathname, 'utf8'), /^## unsourced-claim$/m);
});

test('hover on a person shows the canonical name, the type and the other articles', async () => {
  // A person named in at least two articles of the gold.
  const byEntity = new Map();
  for (const m of gold.mentions.filter((m) => m.type === 'PERSON')) {
    byEntity.set(m.entity, [...(byEntity.get(m.entity) ?? []), m]);
  }
  const [, mentions] = [...byEntity].find(([, ms]) => new Set(ms.map((m) => m.doc)).size >= 2);
  const m = mentions[0];
  const text = open(m.doc);
  const other = mentions.find((x) => x.doc !== m.doc).doc;
  const hover = await client.request('textDocument/hover', { textDocument: { uri: uriOf(m.doc) }, position: position(text, m.start + 1) });
  assert.ok(hover, `a hover on “${m.text}”`);
  assert.match(hover.contents.value, /— person/);
  assert.ok(hover.contents.value.includes(other.replace(/[_.-]/g, (c) => '\\' + c)) || hover.contents.value.includes(other), `names the other article ${other}`);
});

test('hover on a quote shows its speaker and the same statement in another article, with a file link', async () => {
  // Two gold quotes of different articles where one's words contain the other's (4+ words).
  const norm = (t) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const qs = gold.quotes.filter((q) => !q.scare && norm(q.text).split(' ').length >= 4);
  const pair = qs.flatMap((a) => qs.filter((b) => b.doc !== a.doc && norm(b.text).includes(norm(a.text))).map((b) => [a, b]))[0];
  assert.ok(pair, 'the example gold has a quote repeated across articles');
  const [q, other] = pair;
  const text = open(q.doc);
  const hover = await client.request('textDocument/hover', { textDocument: { uri: uriOf(q.doc) }, position: position(text, q.start + 1) });
  assert.ok(hover, `a hover on “${q.text}”`);
  assert.match(hover.contents.value, /^\*\*Quote\*\* — /);
  assert.match(hover.contents.value, /The same statement in other articles/);
  assert.ok(hover.contents.value.includes(`(${uriOf(other.doc)}#L`), `links to ${other.doc}`);
});

test('"Find corroborating source" is offered on an unsourced claim', async () => {
  const gclaim = gold.claims.find((c) => c.sourced === 'no' && !c.optional);
  const text = readFileSync(folder + gclaim.doc, 'utf8');
  const { params } = await client.diagnosticsFor(uriOf(gclaim.doc));
  const d = params.diagnostics.find((x) => x.code === 'unsourced-claim' && x.range.start.line === position(text, gclaim.start).line);
  const actions = await client.request('textDocument/codeAction', {
    textDocument: { uri: uriOf(gclaim.doc) }, range: d.range, context: { diagnostics: [d] },
  });
  const find = actions.find((a) => a.title.startsWith('Find corroborating source'));
  assert.ok(find, 'the quick fix is there');
  assert.equal(find.kind, 'quickfix');
  assert.equal(find.command.command, 'sourceAnnotator.showCorroborations');
  assert.ok(Array.isArray(find.command.arguments[2]), 'candidate locations are passed to the client');
  const n = find.command.arguments[2].length;
  // the title says how many other articles report the figure and how they relate to it
  if (n > 0) assert.match(find.title, new RegExp(`\\(${n} in other articles: \\d+ (supporting|conflicting|related)`), find.title);
  else assert.match(find.title, /none found|still indexing/, find.title);
});

test('editing a document re-publishes its diagnostics for the new version', async () => {
  const file = files[0];
  const uri = uriOf(file);
  const text = open(file);
  await client.diagnosticsFor(uri);
  const added = '\n\nNearly 900 residents have fled the district.\n';
  client.notify('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: position(text, text.length), end: position(text, text.length) }, text: added }],
  });
  const { params } = await client.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.version === 2);
  const lastLine = position(text + added, text.length + 3).line;
  assert.ok(params.diagnostics.some((d) => d.code === 'unsourced-claim' && d.range.start.line === lastLine), 'the new unsourced figure is flagged');
});

test('positions count UTF-16 code units: emoji, CRLF, BOM and no-break spaces', async () => {
  const uri = pathToFileURL(folder + 'in-memory-unicode.txt').href;
  const body = '\uFEFFA reporter’s note 📣 on the flood\r\n\r\n'
    + 'The storm hit the coast on Monday 🌊 and the town was cut off for days, residents said.\r\n'
    + 'Almost 300\u00A0families have lost their homes 🏚️ since the storm began, and nobody has said how many more.\r\n'
    + 'Officials said the roads would reopen soon, and the ferry service resumed on Wednesday morning.\r\n';
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: body } });
  const { params } = await client.diagnosticsFor(uri);
  const d = params.diagnostics.find((x) => x.code === 'unsourced-claim');
  assert.ok(d, 'the figure is flagged');
  const lines = body.split('\r\n');
  const flagged = lines[d.range.start.line].slice(d.range.start.character, d.range.end.character);
  assert.match(flagged, /^Almost 300\u00A0families have lost their homes/);
});

test('a request for an unknown document answers null instead of failing', async () => {
  const hover = await client.request('textDocument/hover', { textDocument: { uri: 'file:///nowhere/none.txt' }, position: { line: 0, character: 0 } });
  assert.equal(hover, null);
});
