// Protocol tests for the reading features: semantic tokens, references, definition, highlights,
// document and workspace symbols, inlay hints, code lenses, and their refresh after another
// article changes. The articles are written for this file into a temporary folder; people,
// places and organisations are fictional.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, root } from './lsp-client.mjs';

const ARTICLES = {
  'dam-repairs.txt':
    'Dam Repairs Delayed Again in Valdoria\n\nMarta Okonkwo, the chief engineer of the Northfield Water Board, said on Monday that the work would take months.\n\n' +
    '“We found cracks we did not expect,” she said. “The pumps are 🔧 old.”\n\nAbout 300 households lost water last week.\n',
  // CRLF line ends on purpose.
  'water-board.txt':
    'Water Board Defends Dam Schedule\r\n\r\nThe Northfield Water Board said Okonkwo had warned about the cracks in March.\r\n\r\n' +
    'Marta Okonkwo told reporters in Valdoria that the pumps would be replaced within a year.\r\n',
  'flooding.txt':
    'Flooding Hits Northern Towns\n\nResidents of Osterholm spent the night on rooftops after the Velka River rose, the Northfield Water Board said.\n\n' +
    'About 40 homes were flooded, according to Marta Okonkwo.\n',
};

// The short articles are analysed whatever the article guess says.
const SETTINGS = { include: ['*.txt'] };
const dir = mkdtempSync(join(tmpdir(), 'sa-reading-'));
for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(dir, name), text);
const uriOf = (f) => pathToFileURL(join(dir, f)).href;
const fileOf = (uri) => Object.keys(ARTICLES).find((f) => uriOf(f) === uri);

/** LSP position of the nth occurrence of `needle` (UTF-16, any line break). */
function pos(file, needle, nth = 0, delta = 0) {
  const text = ARTICLES[file];
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `"${needle}" in ${file}`);
  const before = text.slice(0, at + delta).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** Text of an LSP range in one of the articles. */
function textOf(file, range) {
  const lines = ARTICLES[file].split(/\r\n|\r|\n/);
  assert.equal(range.start.line, range.end.line, 'single-line range');
  return lines[range.start.line].slice(range.start.character, range.end.character);
}

/** A client that also records the server's requests (refresh requests) so tests can wait for them. */
class RecordingClient extends LspClient {
  dispatch(msg) {
    super.dispatch(msg);
    if (msg.id !== undefined && msg.method !== undefined) {
      this.notifications.push(msg);
      for (const w of [...this.waiters]) if (w.test(msg)) { w.resolve(msg); this.waiters.splice(this.waiters.indexOf(w), 1); }
    }
  }
}

let client;
let legend;
before(async () => {
  client = new RecordingClient({ settings: SETTINGS });
  const init = await client.initialize(pathToFileURL(dir).href, {
    workspace: { configuration: true, inlayHint: { refreshSupport: true }, codeLens: { refreshSupport: true } },
    window: { workDoneProgress: true },
  });
  const c = init.capabilities;
  for (const k of ['referencesProvider', 'definitionProvider', 'documentHighlightProvider', 'documentSymbolProvider', 'workspaceSymbolProvider', 'inlayHintProvider', 'codeLensProvider']) {
    assert.ok(c[k], `${k} is advertised`);
  }
  legend = c.semanticTokensProvider.legend;
  assert.ok(c.semanticTokensProvider.full && c.semanticTokensProvider.range);
  const status = () => JSON.stringify(client.notifications.filter((m) => m.method === 'sourceAnnotator/status').at(-1)?.params);
  await client.waitFor((m) => m.method === 'sourceAnnotator/status' && !m.params.indexing && m.params.articles === 3, 20000)
    .catch((e) => { throw new Error(`${e.message}; last status: ${status()}`); });
  for (const [name, text] of Object.entries(ARTICLES)) {
    client.notify('textDocument/didOpen', { textDocument: { uri: uriOf(name), languageId: 'plaintext', version: 1, text } });
  }
});
after(async () => {
  await client.shutdown();
  rmSync(dir, { recursive: true, force: true });
});

/** Decodes semantic tokens into {line, char, length, type, modifiers[]}. */
function decode(data) {
  const out = [];
  let line = 0, char = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    const mods = legend.tokenModifiers.filter((_, b) => data[i + 4] & (1 << b));
    out.push({ line, char, length: data[i + 2], type: legend.tokenTypes[data[i + 3]], modifiers: mods });
  }
  return out;
}

test('semantic tokens: names by type, quote, speaker, cue and claim at their UTF-16 positions, none overlapping', async () => {
  const file = 'dam-repairs.txt';
  const r = await client.request('textDocument/semanticTokens/full', { textDocument: { uri: uriOf(file) } });
  const tokens = decode(r.data);
  const lines = ARTICLES[file].split('\n');
  const named = (t) => `${t.type}:${lines[t.line].slice(t.char, t.char + t.length)}`;
  const all = tokens.map(named);
  const p = pos(file, 'Marta Okonkwo');
  const person = tokens.find((t) => t.line === p.line && t.char === p.character);
  assert.equal(person?.type, 'person');
  assert.ok(person.modifiers.includes('declaration'), 'the first mention is the declaration');
  for (const want of ['organization:Northfield Water Board', 'place:Valdoria', 'speaker:she', 'cue:said', 'quote:We found cracks we did not expect,']) {
    assert.ok(all.includes(want), `${want} in ${JSON.stringify(all)}`);
  }
  // After the emoji (two UTF-16 units) the quote still ends where the editor counts.
  assert.ok(all.includes('quote:The pumps are 🔧 old.'), 'the quote with an emoji has its UTF-16 length');
  const claim = tokens.find((t) => t.type === 'claim');
  assert.ok(claim.modifiers.includes('unsourced'));
  for (let i = 1; i < tokens.length; i++) {
    const a = tokens[i - 1], b = tokens[i];
    assert.ok(b.line > a.line || b.char >= a.char + a.length, `tokens ${i - 1} and ${i} do not overlap`);
  }
});

test('semantic tokens: CRLF article and a range request', async () => {
  const file = 'water-board.txt';
  const full = decode((await client.request('textDocument/semanticTokens/full', { textDocument: { uri: uriOf(file) } })).data);
  const p = pos(file, 'Marta Okonkwo');
  assert.ok(full.some((t) => t.type === 'person' && t.line === p.line && t.char === p.character && t.length === 13), 'person token on the CRLF line');
  const range = { start: { line: p.line, character: 0 }, end: { line: p.line, character: 200 } };
  const part = decode((await client.request('textDocument/semanticTokens/range', { textDocument: { uri: uriOf(file) }, range })).data);
  assert.ok(part.length > 0 && part.length < full.length);
  assert.ok(part.every((t) => t.line === p.line), 'only tokens of the requested lines');
});

test('references: a person reaches every article naming them; includeDeclaration is respected', async () => {
  const params = (includeDeclaration) => ({ textDocument: { uri: uriOf('water-board.txt') }, position: pos('water-board.txt', 'Okonkwo', 0, 2), context: { includeDeclaration } });
  const refs = await client.request('textDocument/references', params(true));
  const files = new Set(refs.map((l) => fileOf(l.uri)));
  assert.deepEqual([...files].sort(), ['dam-repairs.txt', 'flooding.txt', 'water-board.txt']);
  const texts = refs.map((l) => textOf(fileOf(l.uri), l.range));
  assert.ok(texts.includes('she'), 'the pronoun that speaks for her is a reference');
  assert.ok(texts.filter((t) => t === 'Marta Okonkwo').length >= 3);
  const without = await client.request('textDocument/references', params(false));
  assert.equal(without.length, refs.length - 1, 'the declaration is left out');
});

test('definition: goes to the fullest name in the article that describes the person', async () => {
  const def = await client.request('textDocument/definition', { textDocument: { uri: uriOf('water-board.txt') }, position: pos('water-board.txt', 'Okonkwo', 0, 1) });
  assert.equal(fileOf(def.uri), 'dam-repairs.txt');
  assert.equal(textOf('dam-repairs.txt', def.range), 'Marta Okonkwo');
});

test('document highlights: the name and the pronoun in this article', async () => {
  const hl = await client.request('textDocument/documentHighlight', { textDocument: { uri: uriOf('dam-repairs.txt') }, position: pos('dam-repairs.txt', 'she') });
  assert.deepEqual(hl.map((h) => `${h.kind}:${textOf('dam-repairs.txt', h.range)}`), ['1:Marta Okonkwo', '2:she']);
});

test('document symbols: groups with the names, quotes and claims of the article', async () => {
  const syms = await client.request('textDocument/documentSymbol', { textDocument: { uri: uriOf('dam-repairs.txt') } });
  assert.deepEqual(syms.map((s) => s.name), ['People', 'Organizations', 'Places', 'Quotes', 'Claims']);
  const group = (n) => syms.find((s) => s.name === n).children;
  assert.deepEqual(group('People').map((s) => s.name), ['Marta Okonkwo']);
  assert.equal(group('People')[0].kind, 13, 'a person is a Variable symbol');
  assert.ok(group('Organizations').some((s) => s.name === 'Northfield Water Board' && s.kind === 5));
  assert.equal(group('Quotes').length, 2);
  assert.ok(group('Quotes').every((s) => s.detail === 'Marta Okonkwo (said)'));
  assert.equal(group('Claims')[0].detail, 'unsourced');
});

test('workspace symbols: a partial, accent-insensitive query finds the entity at its fullest mention', async () => {
  const syms = await client.request('workspace/symbol', { query: 'okónk' });
  assert.equal(syms[0].name, 'Marta Okonkwo');
  assert.equal(fileOf(syms[0].location.uri), 'dam-repairs.txt');
  assert.match(syms[0].containerName, /3 articles/);
  assert.deepEqual(await client.request('workspace/symbol', { query: 'qqzz' }), []);
});

test('inlay hints: the pronoun speaker is named after it, and the setting turns hints off', async () => {
  const range = { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } };
  const hints = await client.request('textDocument/inlayHint', { textDocument: { uri: uriOf('dam-repairs.txt') }, range });
  assert.equal(hints.length, 1);
  const label = hints[0].label.map((p) => p.value).join('');
  assert.equal(label, '→ Marta Okonkwo');
  assert.deepEqual(hints[0].position, pos('dam-repairs.txt', 'she', 0, 3));
  assert.equal(hints[0].paddingLeft, true);
  assert.equal(textOf('dam-repairs.txt', hints[0].label[1].location.range), 'Marta Okonkwo');

  client.settings = { ...SETTINGS, inlayHints: { speakers: false } };
  client.notify('workspace/didChangeConfiguration', { settings: null });
  await client.waitFor((m) => m.method === 'workspace/inlayHint/refresh', 10000, { fresh: true });
  assert.deepEqual(await client.request('textDocument/inlayHint', { textDocument: { uri: uriOf('dam-repairs.txt') }, range }), []);
  client.settings = SETTINGS;
  client.notify('workspace/didChangeConfiguration', { settings: null });
  await client.waitFor((m) => m.method === 'workspace/inlayHint/refresh', 10000, { fresh: true });
});

test('code lens: the article summary counts names, quotes and unsourced claims', async () => {
  const lenses = await client.request('textDocument/codeLens', { textDocument: { uri: uriOf('dam-repairs.txt') } });
  assert.deepEqual(lenses.map((l) => l.command.title), ['1 person · 1 organization · 1 place', '2 quotes', '1 unsourced claim']);
  assert.ok(lenses.every((l) => l.range.start.line === 0 && l.command.command === 'sourceAnnotator.showLocations'));
  const [, , claims] = lenses;
  assert.equal(claims.command.arguments[2].length, 1, 'the lens carries the claim location');
  assert.match(textOf('dam-repairs.txt', claims.command.arguments[2][0].range), /^About 300/);
  const other = await client.request('textDocument/codeLens', { textDocument: { uri: uriOf('water-board.txt') } });
  const none = other.find((l) => l.command.title === '0 quotes');
  assert.ok(none, JSON.stringify(other.map((l) => l.command.title)));
  assert.equal(none.command.command, '', 'a lens with nothing to show is a plain label');
});

test('a change in another article asks the client to refresh inlay hints and code lenses', async () => {
  const edited = ARTICLES['flooding.txt'].replace('Marta Okonkwo', 'Marta Okonkwo-Reyes');
  const waitHints = client.waitFor((m) => m.method === 'workspace/inlayHint/refresh', 10000, { fresh: true });
  const waitLenses = client.waitFor((m) => m.method === 'workspace/codeLens/refresh', 10000, { fresh: true });
  client.notify('textDocument/didChange', { textDocument: { uri: uriOf('flooding.txt'), version: 2 }, contentChanges: [{ text: edited }] });
  await Promise.all([waitHints, waitLenses]);
  client.notify('textDocument/didChange', { textDocument: { uri: uriOf('flooding.txt'), version: 3 }, contentChanges: [{ text: ARTICLES['flooding.txt'] }] });
});

test('invariants on the example articles: tokens in order, inside their line, never overlapping; symbols contain their selection and children', async () => {
  const examples = join(root, 'examples/harbor');
  const inside = (outer, inner) => (outer.start.line < inner.start.line || (outer.start.line === inner.start.line && outer.start.character <= inner.start.character))
    && (outer.end.line > inner.end.line || (outer.end.line === inner.end.line && outer.end.character >= inner.end.character));
  for (const f of readdirSync(examples).filter((x) => x.endsWith('.txt'))) {
    const text = readFileSync(join(examples, f), 'utf8');
    const uri = pathToFileURL(join(dir, 'example-' + f)).href; // only open in the editor, not on disk
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    const lines = text.split(/\r\n|\r|\n/);
    const tokens = decode((await client.request('textDocument/semanticTokens/full', { textDocument: { uri } })).data);
    assert.ok(tokens.filter((t) => t.type === 'person').length >= 3, `${f}: people are coloured`);
    tokens.forEach((t, i) => {
      assert.ok(t.length > 0 && t.char + t.length <= lines[t.line].length, `${f}: token ${i} inside line ${t.line}`);
      const p = tokens[i - 1];
      if (p) assert.ok(t.line > p.line || t.char >= p.char + p.length, `${f}: token ${i} after token ${i - 1}`);
    });
    const syms = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(syms.length >= 4, `${f}: outline groups`);
    for (const g of syms) {
      assert.ok(inside(g.range, g.selectionRange), `${f}: ${g.name} selection`);
      for (const c of g.children) {
        assert.ok(c.name.length > 0);
        assert.ok(inside(g.range, c.range) && inside(c.range, c.selectionRange), `${f}: ${g.name} › ${c.name}`);
      }
    }
    client.notify('textDocument/didClose', { textDocument: { uri } });
  }
});

test('references after an edit that moves the names: their new lines, not the ones of before', async () => {
  const file = 'flooding.txt';
  const params = { textDocument: { uri: uriOf('water-board.txt') }, position: pos('water-board.txt', 'Okonkwo', 0, 2), context: { includeDeclaration: true } };
  const linesIn = (refs) => refs.filter((l) => fileOf(l.uri) === file).map((l) => l.range.start.line);
  const before = linesIn(await client.request('textDocument/references', params));
  assert.ok(before.length >= 1, 'the person is named in the article');
  // Two empty lines on top: the same names, two lines further down.
  client.notify('textDocument/didOpen', { textDocument: { uri: uriOf(file), languageId: 'plaintext', version: 7, text: '\n\n' + ARTICLES[file] } });
  const after = linesIn(await client.request('textDocument/references', params));
  assert.deepEqual(after, before.map((l) => l + 2));
  client.notify('textDocument/didClose', { textDocument: { uri: uriOf(file) } });
});
