// Labelled rows for the numbers an article writes as names (server/src/core/pipeline/designations.ts).
// Run with `node --import tsx --test test/unit/designations.test.ts`.
// The scan starts from a space and three digits and walks back over an ASCII word; a non-ASCII
// character before the digits sends it to the full pattern scan. Rows cover both ways.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { designationsIn, mayBeDesignatedIn } from '../../server/src/core/pipeline/designations';

const rows: [string, string[]][] = [
  ['The Talvo 250 jet flew again.', ['250']],
  ['the Talvo 250s were grounded', ['250']],
  ['About 250 guests came.', []], // opens the sentence: capitalised anyway
  ['They said. Some 250 guests came.', []],
  ['a mid-Talvo 250 plan', ['250']], // after a hyphen a word starts
  ['the x-Talvo 250 plan', ['250']],
  ['the aTalvo 250 plan', []], // no capital at the word's start
  ['the MkII 250 and the Talvo 2500', ['250']],
  ['Talvo 250-4 and the 318-20 variant', ['250', '318']],
  ['the talvo 250 jet', []],
  ['the Talvo 250% rise', []],
  ['the Talvo 250.5 figure', []],
  ['the Talvo\u00a0412 jet', ['412']],
  ['the Škoda 412 and the Talvo 250', ['412', '250']], // non-ASCII letter in a word: the full scan
  ['the Mälkö 412 jet', ['412']],
  ['the “Talvo 412” jet', []], // after an opening quote (OPENER_BEFORE)
  ['Flight 7123 and Flight 712', ['712']],
  ['Talvo 318 flew. Orders reached Talvo on Monday.', ['318']], // opens the text, but the maker is named mid-sentence too
  ['Nearly 318 guests came. Tickets went to Nearly everyone.', []], // an adverb, not a name
  ['the yard flew the 318 “Skylark” on Monday', ['318']], // a quoted name after the number, even an ordinary word
  ['the yard hired 318 Skylark staff', []], // an ordinary word unquoted is not a name
];

test('designationsIn: numbers written as part of a name', () => {
  for (const [text, want] of rows) assert.deepEqual([...designationsIn(text)].sort(), [...want].sort(), text);
});

test('mayBeDesignatedIn: true for every number designationsIn finds', () => {
  for (const [text, want] of rows) for (const d of want) assert.equal(mayBeDesignatedIn(text, d), true, `${d} in ${text}`);
});

// [text, three digits, may the text write them as a name?]
const gateRows: [string, string, boolean][] = [
  ['The yard hired 412 workers and 412 more came later.', '412', false],
  ['the 412 programme ran late', '412', false],
  ['About 412 guests came.', '412', true], // a capital word before: the table decides
  ['the Talvo 412 jet', '412', true],
  ['the yard sold 412s', '412', true],
  ['the 412-300 variant', '412', true],
  ['the yard flew the 412 Skyliner', '412', true],
  ['the yard flew the 412 “Skylark”', '412', true],
  ['the Mälkö 412 jet', '412', true], // a non-ASCII letter: possible
  ['the yard hired 412 workers; the Talvo 318 flew', '412', false],
  ['the yard hired 1412 workers', '412', false],
];

test('mayBeDesignatedIn: places a designation pattern may match', () => {
  for (const [text, d, want] of gateRows) assert.equal(mayBeDesignatedIn(text, d), want, text);
});
