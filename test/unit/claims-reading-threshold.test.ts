// The line an index's scale is read against ("A reading below 50 signals contraction") is how the scale is
// read, no measured figure and no claim (claim-reading-threshold.ts); the index's own reading stays one.
// Run with `node --import tsx --test test/unit/claims-reading-threshold.test.ts`. All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';

const LINES: ClaimRow[] = [
  { label: 'a reading below a level that signals gloom is no claim', body: 'A reading below 100 signals pessimism among Tarrow shoppers.', claims: [] },
  { label: 'a reading above a level that indicates growth is no claim', body: 'On the Velmar factory gauge, a reading above 50 indicates expansion.', claims: [] },
  { label: 'scores under a level that mean a slowdown are no claim', body: 'For the Orvale builders index, scores under 40 mean a slowdown in orders.', claims: [] },
];

const READINGS: ClaimRow[] = [
  {
    label: 'guard: a reading that fell below a level stays a claim',
    body: 'The Tarrow shoppers index fell 3 points to 92 in May, the Velm Institute said.',
    claims: [{ text: 'fell 3 points', sourced: 'yes' }],
  },
];

testClaimRows('Fictional index report', [['lines a scale is read against', LINES], ['readings', READINGS]]);
