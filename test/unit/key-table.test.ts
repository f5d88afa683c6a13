// KeyTable decodes keys strings (join-keys.ts) into bundles of interned key numbers: the same key,
// whatever role or string it comes from, gets the same number; distinct keys get distinct ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KeyTable } from '../../server/src/core/corpus/join-keys';

const offersOf = (t: KeyTable, b: number) => Array.from(t.data.subarray(t.offersAt(b), t.offersAt(b) + t.offerCount(b)));
const keysOf = (t: KeyTable, b: number) => Array.from(t.data.subarray(t.keysAt(b), t.keysAt(b) + t.keyCount(b)));

const rows: { name: string; a: string; b: string; same: (t: KeyTable, a: number, b: number) => boolean }[] = [
  { name: 'a surname offered is the surname looked for', a: 'P:tmvrk svrk', b: 'P:vrk fvrk', same: (t, a, b) => offersOf(t, a)[0] === t.findSurname(b) },
  { name: 'an acronym offered is the acronym looked for', a: 'X:nrthlnd ans', b: 'X:ns gns', same: (t, a, b) => offersOf(t, a)[0] === t.findAcronym(b) },
  { name: 'a place key looked for is that place\'s own key', a: 'X:dlvr', b: 'P:dlvr fdlvr xdlvr', same: (t, a, b) => t.own(a) === t.findOther(b) },
  { name: 'a surname key is not the own key of the same letters', a: 'P:vrk', b: 'P:tmvrk svrk', same: (t, a, b) => t.own(a) !== offersOf(t, b)[0] },
  { name: 'an acronym key is not a place key of the same letters', a: 'X:ns', b: 'X:nrthlnd ans', same: (t, a, b) => t.own(a) !== offersOf(t, b)[0] },
  { name: 'keys are listed once though looked for and offered', a: 'P:vrk fvrk xvrk', b: 'P:vrk fvrk xvrk', same: (t, a) => keysOf(t, a).length === new Set(keysOf(t, a)).size && keysOf(t, a).length === 3 },
  { name: 'an unknown role and doubled spaces are ignored', a: 'P:vrk  qzz fvrk ', b: 'P:vrk fvrk', same: (t, a, b) => t.findSurname(a) === t.findSurname(b) && keysOf(t, a).length === keysOf(t, b).length },
  { name: 'the same string is one bundle', a: 'P:tmvrk svrk', b: 'P:tmvrk svrk', same: (_t, a, b) => a === b },
];

for (const r of rows) test(`KeyTable: ${r.name}`, () => {
  const t = new KeyTable();
  assert.ok(r.same(t, t.bundle(r.a), t.bundle(r.b)));
});

test('KeyTable: a released surname number is given again, to a new key', () => {
  const t = new KeyTable();
  const b = t.bundle('P:tmvrk svrk');
  const surname = offersOf(t, b)[0];
  t.hold(b);
  t.letGo(b);
  t.release(surname);
  const again = t.bundle('P:lnvrk slnvrk');
  assert.ok(offersOf(t, again).includes(surname) || t.own(again) === surname);
  assert.notEqual(t.findSurname(t.bundle('P:vrk fvrk')), offersOf(t, again)[0]);
});
