// The backward readers of text/word-end.ts hold to the end-anchored patterns they replace.
// Run with `node --import tsx --test test/unit/word-end.test.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { endsWithAge, lastWord } from '../../server/src/core/text/word-end';

const LAST_WORD = /(\p{L}+)\.?\s*$/u;
const AGE = /\baged?\s*$/i;

test('lastWord and endsWithAge: examples', () => {
  const rows: [string, string, boolean][] = [
    ['was born in March. ', 'March', false],
    ['a man aged ', 'aged', true],
    ['Her AGE', 'AGE', true],
    ['the page ', 'page', false],
    ['number ', 'number', false],
    ['route 9, ', '', false],
    ['Zoë.', 'Zoë', false],
    ['', '', false],
  ];
  for (const [s, word, age] of rows) {
    assert.equal(lastWord(s), word, s);
    assert.equal(endsWithAge(s), age, s);
  }
});

test('lastWord and endsWithAge agree with their patterns', () => {
  const piece = fc.constantFrom('a', 'age', 'aged', 'AgE', 'd', 'x', '_', '1', 'é', '𝐀', '\ud835', '\udc00', '.', '..', ' ', '\u00a0', '\n', '\u2003', '#', ',', 'March', 'ſ', 'K');
  fc.assert(fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
    const s = parts.join('');
    assert.equal(lastWord(s), LAST_WORD.exec(s)?.[1] ?? '', JSON.stringify(s));
    assert.equal(endsWithAge(s), AGE.test(s), JSON.stringify(s));
  }), { numRuns: 20000 });
});
