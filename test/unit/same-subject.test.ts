import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sameCountedThing, subjectsClash } from '../../server/src/core/corpus/same-subject';

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
