import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasKeys, shapeMask } from '../../server/src/node/object-shape';

const BASE = ['start', 'end', 'text'];
const EXTRAS = ['kind', 'near'];
const inherited = Object.assign(Object.create({ kind: 'x' }), { start: 1, end: 2, text: 't' });

const rows: { name: string; o: object; base?: string[]; extras?: string[]; mask: number }[] = [
  { name: 'the base keys alone', o: { start: 1, end: 2, text: 't' }, mask: 0 },
  { name: 'base keys then the first extra', o: { start: 1, end: 2, text: 't', kind: 'k' }, mask: 1 },
  { name: 'base keys then the second extra', o: { start: 1, end: 2, text: 't', near: [] }, mask: 2 },
  { name: 'base keys then both extras in order', o: { start: 1, end: 2, text: 't', kind: 'k', near: [] }, mask: 3 },
  { name: 'extras out of order', o: { start: 1, end: 2, text: 't', near: [], kind: 'k' }, mask: -1 },
  { name: 'an unknown key after the base keys', o: { start: 1, end: 2, text: 't', other: 1 }, mask: -1 },
  { name: 'a base key missing', o: { start: 1, text: 't' }, mask: -1 },
  { name: 'too few keys', o: { start: 1, end: 2 }, mask: -1 },
  { name: 'base keys reordered', o: { end: 2, start: 1, text: 't' }, mask: -1 },
  { name: 'an extra before a base key', o: { kind: 'k', start: 1, end: 2, text: 't' }, mask: -1 },
  { name: 'no extras allowed: an extra key refuses', o: { start: 1, end: 2, text: 't', kind: 'k' }, extras: [], mask: -1 },
  { name: 'an empty object against keys', o: {}, mask: -1 },
  { name: 'an empty object against no keys', o: {}, base: [], extras: [], mask: 0 },
  { name: 'an inherited enumerable key is no extra it may have', o: inherited, mask: 1 },
  { name: 'an inherited enumerable key refuses when no extras are allowed', o: inherited, extras: [], mask: -1 },
  { name: 'a symbol key is not a key', o: { start: 1, end: 2, text: 't', [Symbol('s')]: 1 }, mask: 0 },
  { name: 'a non-enumerable key is not a key', o: Object.defineProperty({ start: 1, end: 2, text: 't' }, 'hidden', { value: 1 }), mask: 0 },
];

for (const r of rows) {
  test(`shapeMask: ${r.name}`, () => {
    assert.equal(shapeMask(r.o, r.base ?? BASE, r.extras ?? EXTRAS), r.mask);
    // hasKeys is the no-extras case, and agrees with comparing Object.keys for plain objects.
    if (Object.getPrototypeOf(r.o) === Object.prototype) {
      assert.equal(hasKeys(r.o, r.base ?? BASE), Object.keys(r.o).join() === (r.base ?? BASE).join());
    }
  });
}
