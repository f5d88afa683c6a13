// Labelled sentences for a bare figure in a clause joined to a claim before it: the noun was just said, so
// the figure counts what that claim counts (elided-count.ts, called from 05-claims.ts buildClaim).
// Run with `node --import tsx --test test/unit/claims-elided-count.test.ts`. All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';

const ELIDED: ClaimRow[] = [
  {
    label: 'a bare subject after "but only" counts the homes of the clause before: "but only 310 were finished"',
    body: 'Dunmarsh needs 520 new flats a year, but only 310 were finished in the spring.',
    claims: [
      { text: '520 new flats a year', counted: 'flat' },
      { text: 'only 310 were finished', low: 310, counted: 'flat' },
    ],
  },
  {
    label: 'a bare object ending its clause after "and" and a verb in the past: "and approved 470"',
    body: 'The planning office in Corlby received 690 applications and approved 470.',
    claims: [
      { text: 'received 690 applications', counted: 'application' },
      { text: 'approved 470', low: 470, counted: 'application' },
    ],
  },
  {
    label: 'guard: a figure with a noun of its own after "and" counts that noun: "and approved 470 permits"',
    body: 'The planning office in Corlby received 690 applications and approved 470 permits.',
    claims: [
      { text: 'received 690 applications', counted: 'application' },
      { text: 'approved 470 permits', counted: 'permit' },
    ],
  },
];

testClaimRows('Harbour Town Misses Its Target', [['elided counts', ELIDED]]);
