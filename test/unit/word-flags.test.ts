// WordFlags answers as a Map from word to flags (0 for a word it does not hold).
// Run with `node --import tsx --test test/unit/word-flags.test.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { WordFlags } from '../../server/src/core/pipeline/word-flags';

test('word flags: labelled', () => {
  const table = new WordFlags([['the', 1], ['then', 1], ['them', 2], ['said', 2], ['the', 2], ['', 4], ['é', 8]]);
  const rows: [string, number][] = [
    ['the', 3], ['then', 1], ['them', 2], ['said', 2], ['é', 8], ['', 0], ['th', 0], ['thee', 0], ['The', 0], ['saids', 0], ['e', 0],
  ];
  for (const [w, want] of rows) assert.equal(table.get(w), want, w);
});

test('word flags: the same answers as a Map, also when slots collide', () => {
  const word = fc.array(fc.constantFrom('a', 'b', 'c', 'é', 'A'), { minLength: 1, maxLength: 5 }).map((p) => p.join(''));
  fc.assert(fc.property(fc.array(fc.tuple(word, fc.integer({ min: 1, max: 7 })), { maxLength: 200 }), fc.array(word, { maxLength: 50 }), (entries, asks) => {
    const map = new Map<string, number>();
    for (const [w, f] of entries) map.set(w, (map.get(w) ?? 0) | f);
    const table = new WordFlags(entries);
    for (const w of [...map.keys(), ...asks]) assert.equal(table.get(w), map.get(w) ?? 0, w);
  }), { numRuns: 2000 });
});
