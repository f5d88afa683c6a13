// The cheap first checks of spaces-around.ts and capital-first.ts hold to the patterns they stand in front of.
// Run with `node --import tsx --test test/unit/spaces-around.test.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { hasRegexSpace, isRegexSpace, letterAfterSpaces, letterBeforeSpaces, spacesFrom } from '../../server/src/core/pipeline/spaces-around';
import { capitalFirst } from '../../server/src/core/pipeline/capital-first';

test('isRegexSpace and capitalFirst agree with /\\s/ and /^\\p{Lu}/u on every UTF-16 unit', () => {
  for (let c = 0; c < 0x10000; c++) {
    const s = String.fromCharCode(c);
    assert.equal(isRegexSpace(c), /\s/.test(s), `U+${c.toString(16)}`);
    assert.equal(capitalFirst(s + 'x'), /^\p{Lu}/u.test(s + 'x'), `U+${c.toString(16)}`);
  }
  assert.equal(capitalFirst('𝐀bc'), true); // a capital outside the BMP
  assert.equal(capitalFirst(''), false);
});

test('letterBeforeSpaces, spacesFrom and letterAfterSpaces: labelled examples', () => {
  // [text, at, lo, letter before the spaces ending at `at` (-1: none), where those spaces start]
  const before: [string, number, number, string | null, number][] = [
    ['forecasts of 40 cents', 13, 0, 'f', 12],
    ['came back from  12 down', 16, 10, 'm', 14],
    ['came back from 12 down', 15, 14, null, -1], // the run reaches back to `lo`
    ['Forty', 0, 0, null, -1],
    ['a total OF\u00a012', 11, 0, 'f', 10],
    ['ended 12', 5, 0, null, -1], // no space ends at `at`
  ];
  for (const [text, at, lo, letter, from] of before) {
    assert.equal(letterBeforeSpaces(text, at, lo), letter === null ? -1 : letter.charCodeAt(0), text);
    assert.equal(spacesFrom(text, at, lo), from, text);
  }
  // [text, at, hi, letter after the spaces from `at` (-1: none before `hi` or the end)]
  const after: [string, number, number, string | null][] = [
    ['12 Miles north', 2, 40, 'm'],
    ['12km', 2, 40, 'k'],
    ['12   ', 2, 40, null],
    ['12      yards', 2, 5, null],
  ];
  for (const [text, at, hi, letter] of after) assert.equal(letterAfterSpaces(text, at, hi), letter === null ? -1 : letter.charCodeAt(0), text);
});

test('hasRegexSpace and letterBeforeSpaces agree with their patterns', () => {
  const piece = fc.constantFrom('of', 'OF', 'for', 'a', 'y', ' ', '\u00a0', '\n', '\u2003', '\ufeff', 'é', 'K', 'ſ', '1', ',', '\ud835');
  fc.assert(fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
    const s = parts.join('');
    assert.equal(hasRegexSpace(s), /\s/.test(s));
    const m = /(\S)\s+$/.exec(s);
    assert.equal(letterBeforeSpaces(s, s.length, 0), m === null ? -1 : m[1].charCodeAt(0) | 0x20);
  }));
});
