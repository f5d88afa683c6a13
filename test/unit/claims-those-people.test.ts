// "those" after "of" with a phrase that says who they are counts people, not the pronoun
// (fictional sentences; before the fix the counted word was "those").
import { testClaimRows, type ClaimRow } from './claim-rows';

const rows: readonly ClaimRow[] = [
  {
    label: 'a share of those on a drug counts people',
    body: 'About 6.2 percent of those on the Velmora tablet developed a rash, the study found.',
    claims: [{ text: 'About 6.2 percent of those', counted: 'person', sourced: 'yes', source: 'the study' }],
  },
  {
    label: 'a share of those who took a placebo counts people',
    body: 'Roughly 14 percent of those who took the placebo reported headaches, the study found.',
    claims: [{ text: 'Roughly 14 percent of those', counted: 'person', sourced: 'yes' }],
  },
  {
    label: 'a count of those with a condition counts people',
    body: 'About 310 of those with the Dravik fever recovered, doctors said.',
    claims: [{ text: 'About 310 of those', counted: 'person', sourced: 'yes', source: 'doctors' }],
  },
  {
    label: 'those infected: a participle after the pronoun says who they are',
    body: 'Nearly 40 percent of those infected in Marrowby were children, health officials said.',
    claims: [{ text: 'Nearly 40 percent of those infected', counted: 'person', sourced: 'yes' }],
  },
];

testClaimRows('Fictional trial report', [['"those" after "of" counts people', rows]]);
