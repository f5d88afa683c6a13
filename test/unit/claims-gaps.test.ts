// Labelled sentences for claims news writes in passing: a share of a whole after ", or" (share-of-whole.ts).
// Run with `node --import tsx --test test/unit/claims-gaps.test.ts`. All text is fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';

interface Want {
  /** Exact claim text. */
  text: string;
  counted?: string;
  sourced?: 'yes' | 'no' | 'vague';
  unit?: 'count' | 'percent' | 'money';
}

interface Row {
  label: string;
  body: string;
  /** Every claim of the body, in order. */
  claims: Want[];
}

const SHARES: Row[] = [
  {
    label: 'a share of the workforce after ", or" is a second claim ("900 jobs, or 8% of its staff")',
    body: 'Orla Freight will cut 900 jobs, or 8% of its staff, by the spring.',
    claims: [{ text: 'cut 900 jobs', counted: 'job' }, { text: '8% of its staff', unit: 'percent' }],
  },
  {
    label: 'a share of a total after a count is a claim of its own ("12 piers, or 60 percent of the total")',
    body: 'The storm damaged 12 piers, or 60 percent of the total.',
    claims: [{ text: 'damaged 12 piers', counted: 'pier' }, { text: '60 percent of the total', unit: 'percent' }],
  },
  {
    label: 'a sum per share after ", or" still restates the loss ("$40 million, or 9 cents a share")',
    body: 'Tarvel Mills lost $40 million, or $0.09 a share, in the quarter.',
    claims: [{ text: 'lost $40 million, or $0.09 a share', unit: 'money' }],
  },
  {
    label: 'the same change given as a percentage stays one claim ("fell $2, or 3 percent, to …")',
    body: 'Copper fell $2, or 3 percent, to $64 a tonne.',
    claims: [{ text: 'fell $2, or 3 percent, to $64 a tonne' }],
  },
];

for (const [group, rows] of [['share', SHARES]] as const) {
  for (const row of rows) {
    test(`${group}: ${row.label}`, () => {
      const a = analyzeText(`Harbour Town Counts the Cost\n\n${row.body}\n`);
      assert.deepEqual(a.claims.map((c) => c.text), row.claims.map((w) => w.text));
      row.claims.forEach((w, i) => {
        const c = a.claims[i];
        if (w.counted !== undefined) assert.equal(c.counted, w.counted, `counted of "${w.text}"`);
        if (w.sourced !== undefined) assert.equal(c.sourced, w.sourced, `sourced of "${w.text}"`);
        if (w.unit !== undefined) assert.equal(c.quantity.unit, w.unit, `unit of "${w.text}"`);
      });
    });
  }
}
