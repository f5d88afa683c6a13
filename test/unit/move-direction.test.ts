// Labelled rows for bareMoveOf (server/src/core/corpus/move-direction.ts): the direction of a
// percentage move worded with no verb of moving. Run with `node --import tsx --test test/unit/move-direction.test.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bareMoveOf } from '../../server/src/core/corpus/move-direction';

// Sentence, the figure, its direction ('' for none).
const rows: [string, string, '' | 'fell' | 'rose'][] = [
  ['The Halden 50 index closed down 0.6% on Monday.', '0.6%', 'fell'],
  ['Insurers slid, dragging the index down 0.8%.', '0.8%', 'fell'],
  ['Vessin Foods sales were up 13% in May.', '13%', 'rose'],
  ['Brennick shares ended 2% higher on Friday.', '2%', 'rose'],
  ['Brennick shares finished 4 per cent lower.', '4 per cent', 'fell'],
  ['Welders make up 20% of the Orla staff.', '20%', ''],
  ['The plan could lift costs by up to 10% a year.', '10%', ''],
  ['About 30% of the Vey workforce will leave.', '30%', ''],
];

for (const [sentence, figure, want] of rows) {
  test(`bareMoveOf: "${figure}" in "${sentence}" is ${want || 'no move'}`, () => {
    const at = sentence.indexOf(figure);
    assert.equal(bareMoveOf(sentence, at, at + figure.length), want);
  });
}
