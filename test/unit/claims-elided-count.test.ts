// Labelled sentences for a bare figure in a clause joined to a claim before it: the noun was just said, so
// the figure counts what that claim counts (elided-count.ts, called from 05-claims.ts buildClaim); and a count
// that reaches "a record" figure.
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

// A count that reaches "a record" figure: the record is the figure itself (risen-count.ts recordBefore).
const RECORD: ClaimRow[] = [
  {
    label: '"the number of families … has reached a record" figure counts the families',
    body: 'The number of families in emergency housing in Tollbrook has reached a record 1,730, the Hearth Aid charity said.',
    claims: [{ text: 'The number of families in emergency housing in Tollbrook has reached a record 1,730', low: 1730, counted: 'family', sourced: 'yes' }],
  },
  {
    label: '"rose to a new record" figure, as "rose to" one',
    body: 'The number of pupils on the Orbey register rose to a new record 4,120, officials said.',
    claims: [{ text: 'The number of pupils on the Orbey register rose to a new record 4,120', low: 4120, counted: 'pupil', sourced: 'yes' }],
  },
];

testClaimRows('Harbour Town Misses Its Target', [['elided counts', ELIDED], ['record figures', RECORD]]);
