// The character scan that lets qualitative claim finding skip sentences must say yes wherever the
// superlative and "unprecedented" gates (their words, Unicode case folding) find a word.
// Run with `node --import tsx --test test/unit/qualitative-gate.test.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { GATE_WORDS, mayHoldQualitative } from '../../server/src/core/pipeline/qualitative';

const GATE = new RegExp(GATE_WORDS.join('|'), 'iu');
const scan = (s: string) => mayHoldQualitative(s, 0, s.length);

const rows: [string, boolean][] = [
  ['The council met on Tuesday.', false],
  ['It was the worst storm in living memory.', true],
  ['The DEADLIEST week since the spring.', true],
  ['Most people stayed at home.', true],
  ['An almost unprecedented response.', true],
  ['A record number of boats.', true],
  ['The mostly quiet town.', false], // "most" not followed by a space
  ['The ſtrongeſt wind.', true], // 'ſ' folds to 's'
  ['he was the most', false], // ends before the space
];

test('mayHoldQualitative: labelled sentences', () => {
  for (const [s, want] of rows) {
    assert.equal(scan(s), want, s);
    assert.equal(GATE.test(s), want, `the gate agrees on ${s}`);
  }
});

test('mayHoldQualitative: within its bounds only', () => {
  const s = 'Worst. Then the next one, most of them.';
  assert.equal(mayHoldQualitative(s, 7, 25), false);
  assert.equal(mayHoldQualitative(s, 0, 6), true);
  assert.equal(mayHoldQualitative(s, 26, s.length), true);
  assert.equal(mayHoldQualitative(s, 26, 30), false); // "most" without its space
});

test('mayHoldQualitative never says no where the gate words occur', () => {
  const piece = fc.constantFrom('worst', 'WoRsT', 'deadliest', 'highest', 'lowest', 'most', 'most ', 'MOST\u0000', 'a', 'A', 'record', 'a record ',
    'unprecedented', 'ſ', 'st', 'est', 'big', 'larg', ' ', '  ', '\n', 'x', 'é', 'K', 'İ', '.', 'r');
  fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
    const s = parts.join('');
    return !GATE.test(s) || scan(s);
  }), { numRuns: 10000 });
});
