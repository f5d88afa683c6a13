// Labelled rows for the reading features: semantic token flattening and encoding, navigation
// (references, definition, highlights), the outline, workspace symbol search and speaker hints.
// Run with `node --import tsx --test test/unit/reading.test.ts`.
// All articles are written for this file; people, places and organisations are fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Corpus, LineIndex, flattenTokens, semanticTokenSpans, modifierBit, documentOutline, articleSummary, searchEntities,
  entityAt, occurrencesOf, definitionOf, highlightsAt, speakerHints, TOKEN_TYPES, type TokenSpan, type TokenType,
} from '../../server/src/core/index';
import { encodeTokens } from '../../server/src/lsp/semantic-tokens';
import { toSettings } from '../../server/src/lsp/config';

const B1 = 'Dam Repairs Delayed Again in Valdoria\n\nMarta Okonkwo, the chief engineer of the Northfield Water Board, said on Monday that the work would take months.\n\n“We found cracks we did not expect,” she said. “The pumps are old.”\n\nAbout 300 households lost water last week.\n';
const B2 = 'Water Board Defends Dam Schedule\n\nThe Northfield Water Board said Okonkwo had warned about the cracks in March.\n\nMarta Okonkwo, who has led the dam programme since 2019 and wrote its safety plan, told reporters in Valdoria that the pumps would be replaced.\n';
const B3 = 'Flooding Hits Northern Towns\n\nResidents of Osterholm spent the night on rooftops after the Velka River rose, the Northfield Water Board said.\n';

function corpus(): Corpus {
  const c = new Corpus();
  c.set('b1', B1, 1);
  c.set('b2', B2, 1);
  c.set('b3', B3, 1);
  return c;
}

/** Readable form of spans: "type:text". */
const show = (text: string, spans: readonly TokenSpan[]) => spans.map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
const item = (text: string, needle: string, type: TokenType, nth = 0): TokenSpan => {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `"${needle}" in the text`);
  return { start: at, end: at + needle.length, type, modifiers: 0 };
};

// ───────────────────────────── token flattening ─────────────────────────────

const FLATTEN_ROWS: { name: string; text: string; items: (t: string) => TokenSpan[]; expect: string[] }[] = [
  {
    name: 'a name inside a quote splits the quote around it',
    text: '“Ask Rosa Vance about it,” he said.',
    items: (t) => [item(t, '“Ask Rosa Vance about it,”', 'quote'), item(t, 'Rosa Vance', 'person'), item(t, 'he', 'speaker'), item(t, 'said', 'cue')],
    expect: ['quote:“Ask', 'person:Rosa Vance', 'quote:about it,”', 'speaker:he', 'cue:said'],
  },
  {
    name: 'a claim inside a quote wins over the quote; a name inside the claim wins over the claim',
    text: '“Nearly 40 Brightwater workers left,” she said.',
    items: (t) => [item(t, '“Nearly 40 Brightwater workers left,”', 'quote'), item(t, 'Nearly 40 Brightwater workers left', 'claim'), item(t, 'Brightwater', 'organization')],
    expect: ['quote:“', 'claim:Nearly 40', 'organization:Brightwater', 'claim:workers left', 'quote:,”'],
  },
  {
    name: 'a speaker phrase that contains a name keeps the name',
    text: 'Governor Ilse Marr said so.',
    items: (t) => [item(t, 'Governor Ilse Marr', 'speaker'), item(t, 'Ilse Marr', 'person')],
    expect: ['speaker:Governor', 'person:Ilse Marr'],
  },
  {
    name: 'a quote over two paragraphs becomes one token per line, blank lines dropped',
    text: '“The river rose fast.\n\n“Then it rose again,” he said.',
    items: (t) => [{ start: 0, end: t.indexOf('”') + 1, type: 'quote', modifiers: 0 }],
    expect: ['quote:“The river rose fast.', 'quote:“Then it rose again,”'],
  },
  {
    name: 'CRLF line ends are never inside a token',
    text: '“First line,\r\nsecond line,” she said.',
    items: (t) => [{ start: 0, end: t.indexOf('”') + 1, type: 'quote', modifiers: 0 }],
    expect: ['quote:“First line,', 'quote:second line,”'],
  },
  {
    name: 'identical items give one token',
    text: 'Mayor Lin said it.',
    items: (t) => [item(t, 'Mayor Lin', 'speaker'), item(t, 'Mayor Lin', 'speaker')],
    expect: ['speaker:Mayor Lin'],
  },
];

for (const row of FLATTEN_ROWS) {
  test(`tokens: ${row.name}`, () => {
    const out = flattenTokens(row.text, row.items(row.text));
    assert.deepEqual(show(row.text, out), row.expect);
    for (let i = 1; i < out.length; i++) assert.ok(out[i].start >= out[i - 1].end, 'sorted and not overlapping');
    for (const s of out) assert.ok(!/[\r\n]/.test(row.text.slice(s.start, s.end)), 'single line');
  });
}

// ───────────────────────────── token encoding ─────────────────────────────

const ENCODE_ROWS: { name: string; text: string; spans: (t: string) => TokenSpan[]; expect: number[] }[] = [
  {
    name: 'relative positions on one line and across lines',
    text: 'Ana Lopes met Bo Ek.\nThen Ana Lopes left.',
    spans: (t) => [item(t, 'Ana Lopes', 'person'), item(t, 'Bo Ek', 'person'), item(t, 'Ana Lopes', 'person', 1)],
    expect: [0, 0, 9, 0, 0, 0, 14, 5, 0, 0, 1, 5, 9, 0, 0],
  },
  {
    name: 'emoji count two UTF-16 units before and inside a token',
    text: '🌊 Ana 🌊 Lopes said',
    spans: (t) => [{ start: t.indexOf('Ana'), end: t.indexOf(' said'), type: 'person', modifiers: 0 }, item(t, 'said', 'cue')],
    expect: [0, 3, 12, 0, 0, 0, 13, 4, TOKEN_TYPES.indexOf('cue'), 0],
  },
  {
    name: 'CRLF counts as one line break',
    text: 'Line one\r\nAna Lopes\r\n\r\nBo Ek',
    spans: (t) => [item(t, 'Ana Lopes', 'person'), item(t, 'Bo Ek', 'person')],
    expect: [1, 0, 9, 0, 0, 2, 0, 5, 0, 0],
  },
];

for (const row of ENCODE_ROWS) {
  test(`encoding: ${row.name}`, () => {
    assert.deepEqual(encodeTokens(row.spans(row.text), new LineIndex(row.text)), row.expect);
  });
}

test('encoding: a range keeps only the tokens on its lines, positions still relative to the previous kept token', () => {
  const t = 'Ana Lopes\nBo Ek\nCy Ng';
  const spans = [item(t, 'Ana Lopes', 'person'), item(t, 'Bo Ek', 'person'), item(t, 'Cy Ng', 'person')];
  assert.deepEqual(encodeTokens(spans, new LineIndex(t), { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } }), [1, 0, 5, 0, 0, 1, 0, 5, 0, 0]);
});

// ───────────────────────────── tokens of an analysed article ─────────────────────────────

test('tokens of an article: names by type, the first mention marked, quote split around its speaker and cue, unsourced claim', () => {
  const c = corpus();
  const e = c.get('b1')!;
  const spans = semanticTokenSpans(e.text, e.analysis);
  const find = (text: string) => spans.find((s) => e.text.slice(s.start, s.end) === text);
  assert.equal(find('Marta Okonkwo')?.type, 'person');
  assert.equal(find('Marta Okonkwo')!.modifiers & modifierBit('declaration'), modifierBit('declaration'));
  assert.equal(find('Northfield Water Board')?.type, 'organization');
  assert.equal(find('Valdoria')?.type, 'place');
  assert.equal(find('she')?.type, 'speaker');
  assert.equal(find('said')?.type, 'cue');
  assert.equal(find('We found cracks we did not expect,')?.type, 'quote', 'the quote between its marks');
  const claim = spans.find((s) => s.type === 'claim');
  assert.ok(claim && e.text.slice(claim.start, claim.end).startsWith('About 300'), 'the claim token');
  assert.equal(claim!.modifiers & modifierBit('unsourced'), modifierBit('unsourced'));
  for (let i = 1; i < spans.length; i++) assert.ok(spans[i].start >= spans[i - 1].end, 'no overlap');
});

// ───────────────────────────── navigation ─────────────────────────────

const at = (c: Corpus, doc: string, text: string, nth = 0) => {
  const t = c.get(doc)!.text;
  let o = -1;
  for (let i = 0; i <= nth; i++) o = t.indexOf(text, o + 1);
  assert.ok(o >= 0, `"${text}" in ${doc}`);
  return o;
};

test('references: a person reaches every article naming them, with the pronoun that speaks for them', () => {
  const c = corpus();
  const g = entityAt(c, 'b2', at(c, 'b2', 'Okonkwo') + 2)!;
  assert.equal(g.name, 'Marta Okonkwo');
  const occ = occurrencesOf(c, g).map((o) => `${o.doc}:${o.kind}:${c.get(o.doc)!.text.slice(o.start, o.end)}`);
  assert.deepEqual(occ, ['b1:mention:Marta Okonkwo', 'b1:speaker:she', 'b2:mention:Okonkwo', 'b2:mention:Marta Okonkwo']);
  assert.deepEqual(occurrencesOf(c, g, 'b1').map((o) => o.doc), ['b1', 'b1'], 'limited to one article');
});

test('references: the pronoun resolves to the same entity as the name', () => {
  const c = corpus();
  assert.equal(entityAt(c, 'b1', at(c, 'b1', 'she'))?.name, 'Marta Okonkwo');
  assert.equal(entityAt(c, 'b1', at(c, 'b1', 'cracks')), undefined, 'nothing between names');
});

test('definition: the fullest name, in the article that describes the person most', () => {
  const c = corpus();
  const g = entityAt(c, 'b2', at(c, 'b2', 'Okonkwo'))!;
  const d = definitionOf(c, g)!;
  assert.equal(c.get(d.doc)!.text.slice(d.start, d.end), 'Marta Okonkwo');
  assert.equal(d.doc, 'b1', 'b1 describes her (chief engineer); b2 names her as fully but gives no role');
});

test('highlights: every occurrence in this article; inside a quote, the quote with its speaker and cue', () => {
  const c = corpus();
  const t = c.get('b1')!.text;
  const names = highlightsAt(c, 'b1', at(c, 'b1', 'Marta')).map((h) => `${h.kind}:${t.slice(h.start, h.end)}`);
  assert.deepEqual(names, ['name:Marta Okonkwo', 'reference:she']);
  const quote = highlightsAt(c, 'b1', at(c, 'b1', 'cracks')).map((h) => `${h.kind}:${t.slice(h.start, h.end)}`);
  assert.deepEqual(quote, ['name:We found cracks we did not expect,', 'reference:she', 'reference:said']);
});

// ───────────────────────────── outline and symbols ─────────────────────────────

test('outline: groups in order with names, quote speakers and claim sourcing', () => {
  const c = corpus();
  const o = documentOutline(c.get('b1')!.analysis);
  assert.deepEqual(o.map((g) => g.label), ['People', 'Organizations', 'Places', 'Quotes', 'Claims']);
  assert.deepEqual(o[0].items.map((i) => i.name), ['Marta Okonkwo']);
  assert.match(o[0].items[0].detail, /chief engineer/);
  assert.deepEqual(o[3].items.map((i) => i.detail), ['Marta Okonkwo (said)', 'Marta Okonkwo (said)']);
  assert.equal(o[4].items[0].detail, 'unsourced');
  assert.deepEqual(articleSummary(c.get('b1')!.analysis), { people: 1, organizations: 1, places: 1, quotes: 2, unsourced: 1, vague: 0 });
});

const SEARCH_ROWS: { query: string; first: string }[] = [
  { query: 'marta okonkwo', first: 'Marta Okonkwo' },
  { query: 'okon', first: 'Marta Okonkwo' },
  { query: 'ÓKONKWO', first: 'Marta Okonkwo' },
  { query: 'water', first: 'Northfield Water Board' },
  { query: 'oster', first: 'Osterholm' },
  { query: 'river', first: 'Velka River' },
  { query: 'valdoria', first: 'Valdoria' },
  { query: 'nwb', first: 'Northfield Water Board' },
];

for (const row of SEARCH_ROWS) {
  test(`workspace symbols: "${row.query}" finds ${row.first} first`, () => {
    const hits = searchEntities(corpus(), row.query);
    assert.equal(hits[0]?.name, row.first, JSON.stringify(hits.map((g) => g.name)));
  });
}

test('workspace symbols: no match gives nothing; the limit holds', () => {
  assert.deepEqual(searchEntities(corpus(), 'zzqx'), []);
  const c = corpus();
  const all = searchEntities(c, '');
  assert.ok(all.length > 2);
  assert.deepEqual(searchEntities(c, '', 2).map((g) => g.id), all.slice(0, 2).map((g) => g.id), 'the limit keeps the best hits');
  for (let i = 1; i < all.length; i++) assert.ok(all[i - 1].mentions >= all[i].mentions, 'an empty query ranks by mentions');
});

test('workspace symbols: follow the corpus as articles are added, edited and removed', () => {
  const c = corpus();
  const names = (q: string) => searchEntities(c, q).map((g) => g.name);
  assert.deepEqual(names('Teodor'), [], 'asked once before the article exists');
  c.set('b4', 'Ferry Pier Reopens in Osterholm\n\nTeodor Vasquez, who runs the pier, said the ferry would sail again on Friday.\n', 1);
  assert.deepEqual(names('Teodor'), ['Teodor Vasquez'], 'a new article\'s name');
  c.set('b4', 'Ferry Pier Reopens in Osterholm\n\nIlse Marrow, who runs the pier, said the ferry would sail again on Friday.\n', 2);
  assert.deepEqual([names('Teodor'), names('Ilse')], [[], ['Ilse Marrow']], 'an edit renames the person');
  c.delete('b4');
  assert.deepEqual(names('Ilse'), [], 'gone with its article');
});

// ───────────────────────────── speaker hints and settings ─────────────────────────────

test('speaker hints: once after the pronoun, naming the person and linking the mention before it', () => {
  const c = corpus();
  const t = c.get('b1')!.text;
  const hints = speakerHints(c, 'b1');
  assert.equal(hints.length, 1, 'one hint for one pronoun introducing two quotes');
  assert.equal(hints[0].name, 'Marta Okonkwo');
  assert.equal(hints[0].offset, at(c, 'b1', 'she') + 3);
  assert.equal(t.slice(hints[0].target.start, hints[0].target.end), 'Marta Okonkwo');
  assert.deepEqual(speakerHints(c, 'b2'), [], 'named speakers get no hint');
  assert.deepEqual(speakerHints(c, 'b1', 0, 10), [], 'outside the requested range');
});

test('settings: inlay hints and code lens flags default on and accept booleans only', () => {
  assert.equal(toSettings({}).inlayHintSpeakers, true);
  assert.equal(toSettings({}).codeLens, true);
  assert.equal(toSettings({ inlayHints: { speakers: false } }).inlayHintSpeakers, false);
  assert.equal(toSettings({ codeLens: { enabled: false } }).codeLens, false);
  assert.equal(toSettings({ codeLens: { enabled: 'no' } }).codeLens, true);
});
