// A share or a sum naming the level a rule sets ("a 5 percent threshold", "a $500 cap") is no measured
// figure and no claim (rule-levels.ts); a change by a share stays one.
// Run with `node --import tsx --test test/unit/claims-rule-levels.test.ts`. All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';

const RULE_LEVELS: ClaimRow[] = [
  { label: 'an electoral threshold in percent is no claim', body: 'Parties need a 4 percent threshold to win seats in the Velmar assembly.', claims: [] },
  { label: 'a cap on rises in percent is no claim', body: 'Dunmere council will impose a 6 percent limit on rent rises.', claims: [] },
  { label: 'a cap in money is no claim', body: 'Tarrow set a $450 cap on parking fines.', claims: [] },
  { label: 'the most a fine may reach, in percent, is no claim', body: 'Ministers in Velmar may impose a fine of up to 8% of yearly revenue on carriers.', claims: [] },
  { label: 'the most fines may reach, in money, is no claim', body: 'Carriers that hide faults face fines of up to $30m under the Velmar code.', claims: [] },
  { label: 'penalties of up to a share are no claim', body: 'The Dunmere statute allows penalties of up to 3% of global turnover.', claims: [] },
  { label: 'fined up to a sum is no claim', body: 'Drivers in Tarrow can be fined up to $2,500 for each offence.', claims: [] },
  { label: 'a regulator that can fine a firm up to a share: the most it may charge, no claim', body: 'The Velmar privacy office can fine a company up to 4% of its global turnover.', claims: [] },
  { label: 'penalising firms up to a sum: the most it may charge, no claim', body: 'The Dunmere code lets inspectors penalise bus operators up to $40,000 per breach.', claims: [] },
];

const MEASURED: ClaimRow[] = [
  {
    label: 'guard: a rise of a share stays a claim',
    body: 'Rents in Dunmere rose 6 percent last year.',
    claims: [{ text: 'rose 6 percent', unit: 'percent' }],
  },
  {
    label: 'guard: a fine that was paid stays a claim',
    body: 'Orvale Freight was fined $3m by the Velmar regulator last year.',
    claims: [{ text: 'fined $3m', unit: 'money' }],
  },
  {
    label: 'guard: fines a court handed down, "fined" men up to a sum, stay a claim',
    body: 'A Tarrow court fined the eight drivers up to $900 each last year.',
    claims: [{ text: 'up to $900', unit: 'money' }],
  },
  {
    label: 'guard: a rise of up to a share stays a claim',
    body: 'Rents in Dunmere rose by up to 9 percent last year.',
    claims: [{ text: 'up to 9 percent', unit: 'percent' }],
  },
];

testClaimRows('Fictional policy report', [['rule levels', RULE_LEVELS], ['measured shares', MEASURED]]);
