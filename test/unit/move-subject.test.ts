// Labelled rows for groupMove (server/src/core/corpus/move-subject.ts): is a market move said of a
// group of firms or shares, not of one firm? Run with `node --import tsx --test test/unit/move-subject.test.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupMove, movedQuantity, pointsBack } from '../../server/src/core/corpus/move-subject';

// Sentence, the move's verb (the claim starts there), is it a group's move?
const rows: [string, string, boolean][] = [
  ['Retailers rose 2% on Tuesday.', 'rose', true],
  ['Bank stocks fell 3% as yields climbed.', 'fell', true],
  ['Lenders, led by Orvel Bank, fell 4% on Friday.', 'fell', true],
  ['Mining shares such as Kessin Metals slid 5%.', 'slid', true],
  ['The index closed flat, but insurers dropped 1.5%.', 'dropped', true],
  ['Orvel Bank shares fell 4% on Friday.', 'fell', false],
  ['Kessin shares slid 5% after the results.', 'slid', false],
  ['Shares in Kessin Metals slid 5%.', 'slid', false],
  ['Its shares slid 1.2% on Monday.', 'slid', false],
  ["Kessin's shares slid 5%.", 'slid', false],
  ['Retailers were mixed, and Tamsin Stores shares rose 2%.', 'rose', false],
  ['Rival Tamsin Stores rose 2% on Tuesday.', 'rose', false],
  ['Retailers rose 2%, led by Tamsin Stores, which gained 2.4%.', 'gained', false],
  ['The Dunmere Index fell 0.6% on Tuesday.', 'fell', false],
];

for (const [sentence, verb, want] of rows) {
  test(`groupMove: "${sentence}" is ${want ? 'a group\'s move' : 'no group\'s move'}`, () => {
    assert.equal(groupMove(sentence, sentence.indexOf(` ${verb} `) + 1), want);
  });
}

// The words of a move's clause before its verb, and what quantity of its subject moved ('' for its shares or level).
const quantities: [string, string][] = [
  ['Vessin Foods said like-for-like sales', 'sales'],
  ['Pre-tax profits at Orvel Bank', 'profit'],
  ['Kessin Metals output', 'output'],
  ['Orvel Bank shares', ''],
  ['The Dunmere Index', ''],
  ['After a profit warning, Kessin shares', ''],
];

for (const [clause, want] of quantities) {
  test(`movedQuantity: "${clause}" moves ${want || 'its shares or level'}`, () => {
    assert.equal(movedQuantity(clause), want);
  });
}

// A move's clause, and whether it points back to a firm named before it.
const backs: [string, boolean][] = [
  ['Its shares', true],
  ['Like-for-like sales at the retailer', true],
  ['Their profits', true],
  ['Orvel Bank shares', false],
  ['The Dunmere Index', false],
];

for (const [clause, want] of backs) {
  test(`pointsBack: "${clause}" is ${want ? '' : 'not '}said of a firm named before`, () => {
    assert.equal(pointsBack(clause), want);
  });
}
