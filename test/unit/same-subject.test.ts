import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countsCanClash, sameCountedThing, subjectsClash } from '../../server/src/core/corpus/same-subject';

const COUNTED: [string, string, boolean][] = [
  ['person', 'person', true],
  ['person', 'death', true], // people as such on both sides
  ['', 'people', true],
  ['store', 'shop', true], // one class under other words
  ['worker', 'employee', true],
  ['passenger', 'person', false], // a group among people at large
  ['civilian', 'resident', false],
  ['child', 'person', false],
  ['plant', 'store', false],
];
for (const [a, b, want] of COUNTED) {
  test(`sameCountedThing(${JSON.stringify(a)}, ${JSON.stringify(b)}) is ${want}`, () => {
    assert.equal(sameCountedThing(a, b), want);
    assert.equal(sameCountedThing(b, a), want, 'symmetric');
  });
}

const CLASH: [string[] | undefined, string[] | undefined, boolean][] = [
  [['velmar'], ['corvane'], true],
  [['velmar', 'tarsova'], ['tarsova'], false],
  [['velmar'], [], false],
  [undefined, ['corvane'], false],
  [[], [], false],
];
for (const [a, b, want] of CLASH) {
  test(`subjectsClash(${JSON.stringify(a)}, ${JSON.stringify(b)}) is ${want}`, () => {
    assert.equal(subjectsClash(a, b), want);
    assert.equal(subjectsClash(b, a), want, 'symmetric');
  });
}

const q = (low: number, high = low) => ({ low, high });
const COUNTS: [string, [string, number, number], [string, number, number], boolean][] = [
  ['the same things', ['person', 40, 40], ['person', 55, Infinity], true],
  ['a group larger than all the people', ['protester', 3, 3], ['person', 2, 2], true],
  ['a group smaller than all the people can be part of them', ['passenger', 150, 150], ['person', 450, 550], false],
  ['a group that may be larger (ranges overlap)', ['passenger', 100, 300], ['person', 200, 250], false],
  ['two groups', ['civilian', 400, 400], ['soldier', 40, 40], false],
  ['two groups of people', ['civilian', 400, 400], ['resident', 40, 40], false],
];
for (const [label, [ca, la, ha], [cb, lb, hb], want] of COUNTS) {
  test(`countsCanClash: ${label}`, () => {
    const a = { counted: ca, quantity: q(la, ha) }, b = { counted: cb, quantity: q(lb, hb) };
    assert.equal(countsCanClash(a, b), want);
    assert.equal(countsCanClash(b, a), want, 'symmetric');
  });
}
