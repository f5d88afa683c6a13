// Claim and sourcing left-overs of session 35: a time phrase after a price names when, not what is measured
// ("rise to $55 next month"); a figure followed by "analysts had expected" is the analysts' expectation; a figure
// given "in a survey of analysts" is that survey's (its maker's when named); "approvals rose to 61,400" counts approvals;
// "up to 2,000 households will get grants under the scheme" is the scheme's cap.
// Run with `node --import tsx --test test/unit/claims-leftovers-s36.test.ts`. All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';

const TIME_AFTER_PRICE: ClaimRow[] = [
  {
    label: '"next month" after a price keeps its place in the span but measures nothing',
    body: 'Fares on the Tarnby line will rise to $55 next month.',
    claims: [{ text: '$55 next month', measure: '', unit: 'money' }],
  },
  {
    label: '"next year" after a price is the same',
    body: 'Rents at Delna Court will rise to $900 next year.',
    claims: [{ text: '$900 next year', measure: '' }],
  },
  {
    label: 'guard: a verb before the price still names its measure',
    body: 'Parking at the Halvern fair will cost $55 next month.',
    claims: [{ text: 'cost $55 next month', measure: 'cost' }],
  },
];

const EXPECTED_BY: ClaimRow[] = [
  {
    label: '"the $2.9bn analysts had expected" is the analysts\', and ends at the figure',
    body: 'Quarterly revenue at Orvik Stores came in above the $2.9bn analysts had expected.',
    claims: [{ text: '$2.9bn', sourced: 'vague', source: 'analysts', counted: 'money' }],
  },
  {
    label: 'a bare verb of forecasting after a share is the same',
    body: 'Prices in Delna rose faster than the 3.1% economists forecast.',
    claims: [{ text: '3.1%', sourced: 'vague', source: 'economists' }],
  },
  {
    label: 'guard: a group that expected something after "to" is no expecter',
    body: 'Orvik Stores paid $2.9bn to analysts who expected more.',
    claims: [{ text: 'paid $2.9bn', sourced: 'no' }],
  },
  {
    label: 'guard: analysts the figure counts stay counted',
    body: 'Orvik Stores hired 300 analysts last year.',
    claims: [{ text: 'hired 300 analysts', counted: 'analyst', sourced: 'no' }],
  },
];

const SURVEY_IN: ClaimRow[] = [
  {
    label: 'an estimate "in a Kelby Wire survey of analysts" is the survey maker\'s',
    body: 'Orvik Stores made a profit of $410m, below the estimate of $450m in a Kelby Wire survey of analysts.',
    claims: [{ text: '$410m', sourced: 'no' }, { text: '$450m', sourced: 'yes', source: 'Kelby Wire' }],
  },
  {
    label: 'a poll of economists with a word between',
    body: 'Inflation in Vennmark is seen at 2.1% in the latest poll of economists.',
    claims: [{ text: '2.1%', sourced: 'vague', source: 'the latest poll of economists' }],
  },
  {
    label: 'a named pollster is the maker, as after "according to"',
    body: 'Exports from Delna likely grew 6.5% in April in a Tallow Wire poll of economists.',
    claims: [{ text: 'grew 6.5%', sourced: 'yes', source: 'Tallow Wire' }],
  },
  {
    label: 'guard: "in a month" is no survey',
    body: 'Prices in Delna rose 2.1% in a month when wages fell.',
    claims: [{ text: 'rose 2.1%', sourced: 'no' }],
  },
];

const RISEN_PLURALS: ClaimRow[] = [
  {
    label: '"Mortgage approvals rose to 61,400" counts approvals, and the figures that "showed" it source it',
    body: 'Mortgage approvals rose to 61,400 in May, figures from the Tarn Central Bank showed.',
    claims: [{ text: 'Mortgage approvals rose to 61,400', counted: 'approval', sourced: 'yes', source: 'Tarn Central Bank' }],
  },
  {
    label: 'home repossessions, with a fall',
    body: 'Home repossessions in Delna fell to 1,240 last year.',
    claims: [{ text: 'Home repossessions in Delna fell to 1,240', counted: 'repossession' }],
  },
  {
    label: 'guard: a bare level of what a register does not count is no claim',
    body: 'Mortgage rates rose to 6.1 in May.',
    claims: [],
  },
];

const SCHEME_CAPS: ClaimRow[] = [
  {
    label: '"up to 2,000 households will get grants under the scheme" is the scheme\'s cap, no claim',
    body: 'Up to 2,000 households will get grants under the scheme.',
    claims: [],
  },
  {
    label: 'a named programme that houses families',
    body: 'Up to 500 families will be housed under the Tarnby resettlement programme.',
    claims: [],
  },
  {
    label: 'guard: a cut made under a plan is still a claim',
    body: 'Up to 300 workers at Orvik Stores were laid off under the restructuring plan.',
    claims: [{ text: 'Up to 300 workers at Orvik Stores were laid off', high: 300 }],
  },
  {
    label: 'guard: grants received with no scheme are a claim',
    body: 'Up to 2,000 households will receive grants, the Delna council said.',
    claims: [{ text: 'Up to 2,000 households will receive grants', sourced: 'yes' }],
  },
  {
    label: 'guard: without "up to" the figure under a scheme is a count',
    body: 'Around 2,000 households will get grants under the scheme.',
    claims: [{ text: 'Around 2,000 households will get grants' }],
  },
];

testClaimRows('Orvik Stores beats forecasts', [
  ['a time phrase after a price', TIME_AFTER_PRICE],
  ['a figure analysts had expected', EXPECTED_BY],
  ['a figure in a survey of analysts', SURVEY_IN],
  ['a register\'s plural as the subject of a change', RISEN_PLURALS],
  ['a scheme\'s cap', SCHEME_CAPS],
]);
