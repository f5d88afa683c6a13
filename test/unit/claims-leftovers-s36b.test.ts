// Claim left-overs of session 36 (second set): a verb of comparison after a sum ("$3.1bn beat the $2.9bn …")
// starts the predicate and is not what the sum counts; a currency's name after a scaled figure ("4.2 billion
// crowns", "3 lakh rupees") makes the figure a sum, whatever the currency.
// Run with `node --import tsx --test test/unit/claims-leftovers-s36b.test.ts`. All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';

const COMPARING_VERBS: ClaimRow[] = [
  {
    label: '"beat the" after a sum is the predicate, not what is counted',
    body: 'Revenue at Orvik Stores of $3.1bn beat the $2.9bn analysts had expected.',
    claims: [{ text: '$3.1bn beat', counted: 'money', unit: 'money' }, { text: '$2.9bn', counted: 'money' }],
  },
  {
    label: '"missed" before a figure is the same',
    body: 'Tarnby Mills reported profit of $40m, which missed its $52m target.',
    claims: [{ text: '$40m', counted: 'money' }, { text: '$52m target', counted: 'target' }],
  },
  {
    label: 'guard: "beat" before a plural noun stays in what is counted',
    body: 'Some 40 beat officers patrol the Delna district.',
    claims: [{ text: 'Some 40 beat officers patrol', counted: 'officer' }],
  },
];

const CURRENCY_NAMES: ClaimRow[] = [
  {
    label: 'crowns after "billion" count money',
    body: 'Sales at Tarnby Mills rose to 4.2 billion crowns last year.',
    claims: [{ text: '4.2 billion crowns', counted: 'money' }],
  },
  {
    label: 'francs after "million" are the same',
    body: 'The Halvern canton spent 12 million francs on the Orrel bridge.',
    claims: [{ text: 'spent 12 million francs', counted: 'money' }],
  },
  {
    label: 'guard: crowns after a bare count are things counted',
    body: 'Dr Mira Olsen fitted 40 crowns at the Orrel clinic.',
    claims: [{ text: 'fitted 40 crowns', counted: 'crown' }],
  },
];

testClaimRows('Orvik Stores and Tarnby Mills results', [
  ['a verb of comparison after a sum', COMPARING_VERBS],
  ['a currency name after a scaled figure', CURRENCY_NAMES],
]);
