// Protocol tests for the Entities view's custom requests: sourceAnnotator/entities and
// sourceAnnotator/entityMentions, and the sourceAnnotator/entitiesChanged notification.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { LspClient, root } from './lsp-client.mjs';

const folder = root + 'examples/harbor/';
const files = readdirSync(folder).filter((f) => f.endsWith('.txt')).sort();
const uriOf = (f) => pathToFileURL(folder + f).href;
const textOf = new Map(files.map((f) => [uriOf(f), readFileSync(folder + f, 'utf8')]));
const gold = JSON.parse(readFileSync(root + 'examples/harbor.gold.json', 'utf8'));

/** The captain, spelled three ways across the harbor articles. */
const person = gold.entities.find((e) => e.type === 'PERSON' && e.name.endsWith('Tkachenko'));
const personArticles = new Set(gold.mentions.filter((m) => m.entity === person.id).map((m) => m.doc));

function offsetOf(text, { line, character }) {
  const lines = text.split(/(?<=\r\n|\r(?!\n)|\n)/);
  return lines.slice(0, line).reduce((n, l) => n + l.length, 0) + character;
}

let client;
before(async () => {
  client = new LspClient();
  await client.initialize(pathToFileURL(folder).href);
  await client.waitFor((m) => m.method === 'sourceAnnotator/status' && !m.params.indexing && m.params.articles >= files.length, 20000);
});
after(async () => {
  await client.shutdown();
});

test('entities: a harbor person with the articles that name them, sorted by articles then mentions', async () => {
  const { entities } = await client.request('sourceAnnotator/entities', null);
  assert.ok(Array.isArray(entities) && entities.length > 10, `many entities: ${entities?.length}`);
  const e = entities.find((x) => x.name === person.name);
  assert.ok(e, `${person.name} among ${JSON.stringify(entities.map((x) => x.name))}`);
  assert.equal(e.type, 'PERSON');
  assert.equal(e.articles, personArticles.size, `named in ${[...personArticles].join(', ')}`);
  assert.ok(e.mentions >= e.articles);
  assert.ok(e.aliases.length >= 2, `other spellings: ${JSON.stringify(e.aliases)}`);
  for (let i = 1; i < entities.length; i++) {
    const [p, q] = [entities[i - 1], entities[i]];
    assert.ok(p.articles > q.articles || (p.articles === q.articles && p.mentions >= q.mentions), `${p.name} before ${q.name}`);
  }
  assert.ok(entities.some((x) => x.type === 'ORG') && entities.some((x) => x.type === 'LOC'), 'organizations and places too');
});

test('entityMentions: valid ranges on the name, plain-text one-line excerpts, one article per article count', async () => {
  const { entities } = await client.request('sourceAnnotator/entities', null);
  const e = entities.find((x) => x.name === person.name);
  const mentions = await client.request('sourceAnnotator/entityMentions', { id: e.id });
  assert.equal(mentions.length, e.mentions);
  assert.equal(new Set(mentions.map((m) => m.uri)).size, e.articles);
  for (const m of mentions) {
    const text = textOf.get(m.uri);
    assert.ok(text, `a harbor article: ${m.uri}`);
    const start = offsetOf(text, m.range.start);
    const end = offsetOf(text, m.range.end);
    assert.ok(m.range.start.line === m.range.end.line && start < end, `a one-line range: ${JSON.stringify(m.range)}`);
    const named = text.slice(start, end);
    assert.ok([e.name, ...e.aliases].includes(named), `the range covers a spelling of the name: "${named}"`);
    assert.equal(m.excerpt, m.excerpt.trim());
    assert.doesNotMatch(m.excerpt, /[\r\n]/);
    assert.equal(m.excerpt.slice(m.highlight[0], m.highlight[1]), named, 'the highlight is the mention');
    // Plain text: the excerpt is the line itself (whitespace collapsed), not escaped Markdown.
    const line = text.split(/\r\n|\r|\n/)[m.range.start.line].replace(/\s+/g, ' ');
    assert.ok(line.includes(m.excerpt.replace(/^…|…$/g, '')), `"${m.excerpt}" is a piece of its line`);
  }
  assert.deepEqual(await client.request('sourceAnnotator/entityMentions', { id: 'no-such-entity' }), []);
});

test('an edit that names someone new sends entitiesChanged, and the list then has the name', async () => {
  const file = files[0];
  const text = textOf.get(uriOf(file));
  const uri = uriOf(file);
  const name = 'Quentin Marlowe-Hayes';
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
  const changed = client.waitFor((m) => m.method === 'sourceAnnotator/entitiesChanged', 10000, { fresh: true });
  client.notify('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ text: `${text}\n${name}, a retired pilot, said the tide had turned early.\n` }],
  });
  await changed;
  const { entities } = await client.request('sourceAnnotator/entities', null);
  const e = entities.find((x) => x.name === name);
  assert.ok(e, `${name} is listed after the edit`);
  assert.equal(e.articles, 1);
  client.notify('textDocument/didClose', { textDocument: { uri } });
});
