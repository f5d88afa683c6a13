// Tests of the quote-variant metric of `npm run eval` (scripts/eval/quote-variants.mjs) on fictional quotes.
// Run: node --import tsx --test test/unit/eval-quote-variants.test.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
// @ts-ignore -- a plain .mjs script without type declarations
import { goldVariantPairs, scoreQuoteVariants } from '../../scripts/eval/quote-variants.mjs';

type Q = { doc: string; start: number; end: number; text: string; speaker?: string; scare?: boolean };
const q = (doc: string, start: number, text: string, speaker?: string, scare = false): Q =>
  ({ doc, start, end: start + text.length, text, speaker, scare });

const GOLD: Q[] = [
  q('a.txt', 10, 'We have repeatedly offered talks to the owners before the vote', 'lena-ortiz'),
  q('b.txt', 50, 'We have time and again offered talks to the owners ahead of the vote', 'lena-ortiz'),
  q('c.txt', 90, 'offered talks to the owners before the vote', 'marco-bellini'),
  q('c.txt', 200, 'The gates stay shut tonight', 'marco-bellini'),
  q('b.txt', 300, 'accident', undefined, true),
  q('a.txt', 400, 'accident', undefined, true),
];
const textOf = (x: Q) => x.text;

const ROWS: { label: string; a: number; b: number; pair: boolean }[] = [
  { label: 'same speaker, paraphrase sharing most content words', a: 0, b: 1, pair: true },
  { label: 'contained words (6+), different speakers', a: 0, b: 2, pair: true },
  { label: 'unrelated statements', a: 1, b: 3, pair: false },
  { label: 'scare quotes never pair', a: 4, b: 5, pair: false },
];
for (const r of ROWS) {
  test(`gold variant pairs: ${r.label}`, () => {
    const pairs = goldVariantPairs(GOLD, textOf) as [Q, Q][];
    const has = pairs.some(([x, y]) => (x === GOLD[r.a] && y === GOLD[r.b]) || (x === GOLD[r.b] && y === GOLD[r.a]));
    assert.equal(has, r.pair);
  });
}

test('scoring: a predicted link between gold-paired quotes is a true positive; a link to an unrelated quote is a false positive; an unlinked gold pair is missed', () => {
  const link = (path: string, g: Q) => ({ path, start: g.start, end: g.end, kind: 'paraphrase' });
  const preds = new Map<string, unknown>([
    ['a.txt', { quotes: [{ ...GOLD[0], variants: [link('b.txt', GOLD[1])] }] }],
    ['b.txt', { quotes: [{ ...GOLD[1], variants: [link('a.txt', GOLD[0]), link('c.txt', GOLD[3])] }] }],
  ]);
  const r = scoreQuoteVariants(preds, GOLD, textOf);
  const pairs = goldVariantPairs(GOLD, textOf).length;
  assert.equal(r.counts.tp, 1, 'the a–b link, counted once although both ends list it');
  assert.equal(r.counts.fp, 1, 'the b–c link to an unrelated statement');
  assert.equal(r.counts.fn, pairs - 1);
});
