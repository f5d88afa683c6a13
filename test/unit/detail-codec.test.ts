// The compact detail of a cache line (server/src/node/detail-codec.ts): decoding gives back the same
// lists, same keys in the same order, and an item or list of a shape the codec does not know is kept as is.
// Run with `node --import tsx --test test/unit/detail-codec.test.ts`. Values are written for this file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeDetail, detailListBytes, encodeDetail, type DetailLists } from '../../server/src/node/detail-codec';
import type { Attribution, Quote } from '../../server/src/core/types';

const through = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** A quote written as the pipeline writes it: unclosed before the cue. */
const quote = (o: Partial<Quote> = {}): Quote => ({
  start: 60, end: 90, text: 'We will open the gates at dawn', kind: 'direct', unclosed: false, cue: 'said',
  cueSpan: { start: 93, end: 97 }, speaker: { start: 98, end: 108, text: 'Lena Hoult', local: 0 }, ...o,
} as Quote);
const attribution = (o: Partial<Attribution> = {}): Attribution =>
  ({ start: 120, end: 160, cue: 'told', speaker: { start: 110, end: 119, text: 'the clerk', local: null }, vague: true, ...o });

const base = (): DetailLists => ({
  blocks: [{ start: 0, end: 12, kind: 'headline' }, { start: 14, end: 30, kind: 'byline' }, { start: 32, end: 200, kind: 'body' }],
  sentences: [{ start: 32, end: 58, block: 2 }, { start: 59, end: 120, block: 2 }, { start: 121, end: 200, block: 2 }],
  mentions: [
    { start: 17, end: 27, text: 'Lena Hoult', type: 'PERSON', local: 0, furniture: true },
    { start: 40, end: 46, text: 'Varnby', type: 'LOC', local: 1, furniture: false },
    { start: 98, end: 108, text: 'Lena Hoult', type: 'PERSON', local: 0, furniture: false },
    { start: 130, end: 140, text: 'Varnby Co-op', type: 'ORG', local: 2, furniture: false },
    { start: 150, end: 156, text: 'Varnby', type: 'LOC', local: 1, furniture: false },
  ],
  quotes: [quote()],
  attributions: [attribution()],
});

const ROWS: { name: string; d: DetailLists; objects: number }[] = [
  { name: 'a plain article (names and cues recur)', d: base(), objects: 0 },
  { name: 'empty lists', d: { blocks: [], sentences: [], mentions: [], quotes: [], attributions: [] }, objects: 0 },
  { name: 'offsets out of order', d: { ...base(), mentions: [...base().mentions].reverse() }, objects: 0 },
  { name: 'quote: no cue, no speaker, unclosed, scare', d: { ...base(), quotes: [quote({ kind: 'scare', unclosed: true, cue: null, cueSpan: null, speaker: null })] }, objects: 0 },
  { name: 'quote: partial, speaker with a description', d: { ...base(), quotes: [quote({ kind: 'partial', speaker: { start: 1, end: 8, text: 'the aide', local: null, description: 'an aide to the mayor' } })] }, objects: 0 },
  { name: 'attribution: no speaker, not vague, same cue twice', d: { ...base(), attributions: [attribution({ speaker: null, vague: false }), attribution({ start: 170, end: 180 })] }, objects: 0 },
  { name: 'unknown block kind kept as an object', d: { ...base(), blocks: [{ start: 0, end: 5, kind: 'sidebar' as never }, ...base().blocks] }, objects: 1 },
  { name: 'unknown mention field kept as an object', d: { ...base(), mentions: [{ ...base().mentions[0], score: 1 } as never, ...base().mentions] }, objects: 1 },
  { name: 'mention fields in another order kept as an object', d: { ...base(), mentions: [{ text: 'Varnby', start: 1, end: 7, type: 'LOC', local: 1, furniture: false } as never, ...base().mentions] }, objects: 1 },
  { name: 'fractional offset kept as an object', d: { ...base(), sentences: [{ start: 0.5, end: 3, block: 0 }, ...base().sentences] }, objects: 1 },
  { name: 'refused quote leaves no string behind (its cue recurs after)', d: { ...base(), quotes: [quote({ kind: 'aside' as never, cue: 'wrote' }), quote({ cue: 'wrote' })] }, objects: 1 },
  { name: 'number as a cue kept as an object', d: { ...base(), attributions: [attribution({ cue: 7 as never }), attribution()] }, objects: 1 },
  { name: 'unknown speaker field kept as an object', d: { ...base(), attributions: [attribution({ speaker: { start: 1, end: 2, text: 'x', local: 0, extra: 1 } as never })] }, objects: 1 },
  { name: 'a list that is not an array of objects kept whole', d: { ...base(), sentences: [3, 4] as never }, objects: 1 },
];

for (const row of ROWS) {
  test(`detail codec: ${row.name}`, () => {
    const encoded = through(encodeDetail(row.d));
    const asObjects = (x: unknown): number => (Array.isArray(x) ? x.filter((v) => v !== null && typeof v === 'object' && !Array.isArray(v)).length : 1);
    assert.equal(encoded.reduce((n, l) => n + asObjects(l), 0), row.objects, 'objects written as they are');
    const back = decodeDetail(encoded);
    assert.deepEqual(back, row.d);
    assert.equal(JSON.stringify(back), JSON.stringify(row.d), 'same keys in the same order');
  });
}

test('detail codec: a recurring name is one string once decoded, and is written once', () => {
  const encoded = through(encodeDetail(base()));
  assert.equal(JSON.stringify(encoded[2]).split('"Lena Hoult"').length - 1, 1, 'in the mentions');
  const back = decodeDetail(encoded);
  assert.equal(back.mentions[2].text, back.mentions[0].text);
});

test('detail codec: what is not a detail is refused', () => {
  for (const bad of [null, {}, [[], []], 'x']) assert.throws(() => decodeDetail(bad), /not a detail/);
});

// Where one list of a detail's JSON lies in its UTF-8 bytes: strings with brackets, commas, escaped
// quotes and characters beyond ASCII are skipped whole; null when there is no such list.
const LIST_BYTES: { name: string; json: string; index: number; want: string | null }[] = [
  { name: 'the fourth of five', json: '[[1,2],[3],[],[9,"a",0],[]]', index: 3, want: '[9,"a",0]' },
  { name: 'the first', json: '[[1,2],[3]]', index: 0, want: '[1,2]' },
  { name: 'the last', json: '[[1,2],[3]]', index: 1, want: '[3]' },
  { name: 'brackets and commas inside strings', json: '[["a]b",",[{"],[5,"x\\"],y"],{"raw":[1,[2]]}]', index: 1, want: '[5,"x\\"],y"]' },
  { name: 'an object list', json: '[[1],{"raw":[1,[2]]},[7]]', index: 1, want: '{"raw":[1,[2]]}' },
  { name: 'a backslash ending a string', json: '[["Oda\\\\"],["Zürich — “Hale”"]]', index: 1, want: '["Zürich — “Hale”"]' },
  { name: 'fewer lists than asked', json: '[[1],[2]]', index: 3, want: null },
  { name: 'an empty array', json: '[]', index: 0, want: null },
  { name: 'not an array', json: '{"a":[1]}', index: 0, want: null },
];

for (const row of LIST_BYTES) {
  test(`detail list bytes: ${row.name}`, () => {
    const b = Buffer.from(row.json);
    const at = detailListBytes(b, row.index);
    assert.equal(at === null ? null : b.toString('utf8', at[0], at[1]), row.want);
  });
}

test('detail list bytes: each list of an encoded detail parses to that list', () => {
  const enc = encodeDetail(base());
  const b = Buffer.from(JSON.stringify(enc));
  enc.forEach((list, i) => {
    const at = detailListBytes(b, i);
    assert.ok(at);
    assert.deepEqual(JSON.parse(b.toString('utf8', at[0], at[1])), through(list));
  });
});
