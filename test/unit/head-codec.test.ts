// The compact entities and claims of a cache head (server/src/node/head-codec.ts): decoding gives
// back the same objects, same keys in the same order, and a shape the codec does not know is kept as is.
// Run with `node --import tsx --test test/unit/head-codec.test.ts`. Values are written for this file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeClaims, decodeEntities, encodeClaims, encodeEntities } from '../../server/src/node/head-codec';
import type { Claim, LocalEntity } from '../../server/src/core/types';

const through = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

const ENTITIES: { name: string; e: LocalEntity; compact: boolean }[] = [
  { name: 'only alias is the name, no roles', e: { name: 'Ada Ferne', type: 'PERSON', aliases: ['Ada Ferne'], roles: [], mentions: [0, 4] }, compact: true },
  { name: 'several aliases', e: { name: 'Harlow Trade Board', type: 'ORG', aliases: ['Harlow Trade Board', 'HTB'], roles: [], mentions: [1, 2] }, compact: true },
  { name: 'one alias other than the name', e: { name: 'Brindle', type: 'LOC', aliases: ['BRINDLE'], roles: [], mentions: [3] }, compact: true },
  { name: 'roles', e: { name: 'Tomas Reidel', type: 'PERSON', aliases: ['Tomas Reidel'], roles: [{ start: 5, end: 10, text: 'Mayor' }], mentions: [5] }, compact: true },
  { name: 'country', e: { name: 'Velish', type: 'NORP', aliases: ['Velish'], roles: [], mentions: [6, 9], country: 'velia' }, compact: true },
  { name: 'no mentions, no aliases', e: { name: 'Odd', type: 'ORG', aliases: [], roles: [], mentions: [] }, compact: true },
  { name: 'unknown type kept as an object', e: { name: 'Zed', type: 'MISC' as never, aliases: ['Zed'], roles: [], mentions: [1] }, compact: false },
  { name: 'unknown field kept as an object', e: { name: 'Zed', type: 'ORG', aliases: ['Zed'], roles: [], mentions: [1], extra: 1 } as never, compact: false },
  { name: 'fields in another order kept as an object', e: { type: 'ORG', name: 'Zed', aliases: ['Zed'], roles: [], mentions: [1] } as never, compact: false },
];

for (const row of ENTITIES) {
  test(`head codec: entity, ${row.name}`, () => {
    const encoded = through(encodeEntities([row.e]));
    assert.equal(Array.isArray(encoded[0]), row.compact);
    const [back] = decodeEntities(encoded);
    assert.deepEqual(back, row.e);
    assert.equal(JSON.stringify(back), JSON.stringify(row.e), 'same keys in the same order');
  });
}

const quantity = (o: Partial<Claim['quantity']> = {}): Claim['quantity'] =>
  ({ start: 10, end: 13, text: '120', low: 120, high: 120, lowOpen: false, highOpen: false, approx: false, unit: 'count', ...o });
const claim = (o: Partial<Claim> = {}): Claim => ({
  start: 4, end: 30, text: 'About 120 workers returned', quantity: quantity(), counted: 'worker', measure: 'returned', timeframe: 'on Monday',
  sentence: 2, sourced: 'yes', source: { start: 40, end: 52, text: 'Tomas Reidel', local: 1 }, sourceCue: 'said', near: ['worker', 'mill'], ...o,
});

/** A claim with a kind, written as the pipeline writes it: kind before near. */
function withKind(c: Claim, kind: Claim['kind'], near?: string[]): Claim {
  const { near: _old, ...rest } = c;
  return near ? { ...rest, kind, near } : { ...rest, kind };
}

const CLAIMS: { name: string; c: Claim; compact: boolean }[] = [
  { name: 'sourced figure', c: claim(), compact: true },
  { name: 'no source, no timeframe', c: claim({ sourced: 'no', source: null, sourceCue: null, timeframe: null }), compact: true },
  { name: 'vague source with a description and no local', c: claim({ sourced: 'vague', source: { start: 1, end: 12, text: 'the official', local: null, description: 'a senior official' } }), compact: true },
  { name: 'open, approximate money bound', c: claim({ quantity: quantity({ unit: 'money', lowOpen: true, approx: true, high: 'Infinity' as never }) }), compact: true },
  { name: 'percent with an open upper bound', c: claim({ quantity: quantity({ unit: 'percent', highOpen: true }) }), compact: true },
  { name: 'superlative (kind, NaN bounds as strings)', c: withKind(claim({ quantity: quantity({ low: 'NaN' as never, high: 'NaN' as never }) }), 'superlative', ['worst']), compact: true },
  { name: 'proportion without near words', c: withKind(claim(), 'proportion'), compact: true },
  { name: 'kind after near (another order) kept as an object', c: { ...claim(), kind: 'superlative' }, compact: false },
  { name: 'no near words', c: (() => { const c = claim(); delete c.near; return c; })(), compact: true },
  { name: 'unknown unit kept as an object', c: claim({ quantity: quantity({ unit: 'weight' as never }) }), compact: false },
  { name: 'unknown source field kept as an object', c: claim({ source: { start: 1, end: 2, text: 'x', local: 0, extra: true } as never }), compact: false },
  { name: 'unknown kind kept as an object', c: { ...claim(), kind: 'other' as never }, compact: false },
];

for (const row of CLAIMS) {
  test(`head codec: claim, ${row.name}`, () => {
    const encoded = through(encodeClaims([row.c]));
    assert.equal(Array.isArray(encoded[0]), row.compact);
    const [back] = decodeClaims(encoded);
    assert.deepEqual(back, through(row.c));
    assert.equal(JSON.stringify(back), JSON.stringify(row.c), 'same keys in the same order');
  });
}
