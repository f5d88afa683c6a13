// The cheap pre-test that lets claim finding skip sentences without figures must never skip one
// that the QUANTITY pattern would match. Run with `node --import tsx --test test/unit/quantity-prefilter.test.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { QUANTITY, mayHoldQuantity, quantityMatches } from '../../server/src/core/pipeline/quantities';
import { tokenize } from '../../server/src/core/pipeline/02-tokens';
import { splitBlocks, splitSentences } from '../../server/src/core/pipeline/01-structure';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const tokensOf = (s: string) => tokenize(s, [{ start: 0, end: s.length, block: 0 } as never]);
const matches = (s: string) => { QUANTITY.lastIndex = 0; return QUANTITY.test(s); };

const rows: [string, boolean][] = [
  ['The committee met on a quiet afternoon.', false],
  ['Someone had gone home.', false], // number words inside other words
  ['Nearly 40 people were hurt.', true],
  ['Twenty-five boats sank.', true],
  ['It cost a m, they said.', true],
  ['The deal was worth abn.', true],
  ['Scores of homes flooded.', true],
  ['A handful of officers stayed.', true],
  ['The ſix vessels left.', true], // 'ſ' folds to 's' in the pattern's Unicode case folding
  ["The o'ten crew.", true],
];

test('mayHoldQuantity: labelled sentences', () => {
  for (const [s, want] of rows) {
    assert.equal(mayHoldQuantity(s), want, s);
    if (!want) assert.equal(matches(s), false, `pattern agrees on ${s}`);
  }
});

test('mayHoldQuantity never says no where QUANTITY matches', () => {
  const piece = fc.constantFrom('a', 'an', 'A', 'm', 'M', 'bn', 'one', 'foo_', '_ten', 'am', 'AN\u00a0M', 'anbn', 'ONE', 'some', 'ten', 'tens', 'dozen', 'score', 'handful', 'ſix', 'half', 'x', '7', '3.5', '$', 'US$', '-', "'", '’', 'é', ' ', ' ', '\n', ',', '.', 'million', 'of', 'between', 'and', 'İ', 'K', 'B52');
  fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
    const s = parts.join('');
    return !matches(s) || mayHoldQuantity(s);
  }), { numRuns: 5000 });
});

/** Every match of a plain search from the start: index, text and groups. */
const plainMatches = (s: string) => {
  const out: string[] = [];
  QUANTITY.lastIndex = 0;
  for (let m = QUANTITY.exec(s); m; m = QUANTITY.exec(s)) out.push(JSON.stringify([m.index, ...m]));
  return out;
};
const cueMatches = (s: string) => {
  const toks = tokensOf(s);
  return quantityMatches(s, 0, s.length, s, toks).map((m) => JSON.stringify([m.index, ...m]));
};

test('quantityMatches: the same matches as a search from the start', () => {
  const rows = [
    'The fire destroyed 40 homes and damaged as many as between US$ half a million and 3 million dollars of goods.',
    'Officials said more than a dozen boats, nearly half a million tonnes and an additional 2,000 people.',
    'Nothing to count here, said the spokesman, though the o\'ten crew and a m were mentioned, and twenty-five more.',
    '',
  ];
  for (const s of rows) assert.deepEqual(cueMatches(s), plainMatches(s), s);
  const piece = fc.constantFrom('as many as', 'between', 'from', 'and', 'to', 'US$', '$', 'half', 'a', 'an', 'm', 'bn', 'million', 'dozen',
    'a few', 'several', 'hundreds', 'of', 'more than', 'nearly', '40', '3.5', '1,200', 'twenty', 'five', '-', '–', 'percent', '%', 'people',
    'boats', 'the', 'said', ',', '.', "o'ten", 'ſix', 'K', 'İ', '\n');
  fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), fc.array(fc.constantFrom(' ', '', '  '), { minLength: 30, maxLength: 30 }), (parts, gaps) => {
    const s = parts.map((p, i) => p + gaps[i]).join('');
    assert.deepEqual(cueMatches(s), plainMatches(s), s);
  }), { numRuns: 5000 });
});

test('quantityMatches: the same matches as a search from the start, sentence by sentence of the example articles', () => {
  const root = join(__dirname, '../../examples');
  let sentences = 0;
  for (const set of readdirSync(root, { withFileTypes: true })) {
    if (!set.isDirectory()) continue;
    for (const f of readdirSync(join(root, set.name)).filter((n) => n.endsWith('.txt'))) {
      const text = readFileSync(join(root, set.name, f), 'utf8');
      const blocks = splitBlocks(text);
      const sents = splitSentences(text, blocks);
      const tokens = tokenize(text, sents);
      for (const st of sents) {
        const s = text.slice(st.start, st.end);
        const got = quantityMatches(text, st.start, st.end, s, tokens).map((m) => JSON.stringify([m.index, ...m]));
        assert.deepEqual(got, plainMatches(s), s);
        sentences++;
      }
    }
  }
  assert.ok(sentences > 100);
});
