// Labelled sentences for figures whose noun or reading comes from around them: the earlier level a claim is
// compared with ("up from 730", level-compared.ts), the noun after "more" ("four more arrests"), a vote's tally
// (vote-tally.ts) and the figure a correction denies (claim-denied-figure.ts).
// Run with `node --import tsx --test test/unit/claims-levels-tallies.test.ts`. All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';

const EARLIER_LEVEL: ClaimRow[] = [
  {
    label: '"up from" a bare figure counts what the claim before it counts',
    body: 'The Hollin animal refuge now keeps 1,340 cats, up from 860 in 2020.',
    claims: [
      { text: '1,340 cats', counted: 'cat' },
      { text: '860', low: 860, counted: 'cat' },
    ],
  },
  {
    label: '"down from" a bare figure with a time after it counts the claim\'s noun',
    body: 'Dealers in Marrowby sold 2,870 vans last year, down from 3,460 two years ago.',
    claims: [
      { text: 'sold 2,870 vans', counted: 'van' },
      { text: '3,460', low: 3460, counted: 'van' },
    ],
  },
  {
    label: '"compared with" a bare figure counts the claim\'s noun',
    body: 'The Tessing choir has 148 singers, compared with 96 when it was founded.',
    claims: [
      { text: '148 singers', counted: 'singer' },
      { text: '96', low: 96, counted: 'singer' },
    ],
  },
  {
    label: 'guard: "up from" a figure with a noun of its own counts that noun',
    body: 'The Hollin animal refuge now keeps 1,340 cats, up from 860 rabbits in 2020.',
    claims: [
      { text: '1,340 cats', counted: 'cat' },
      { text: '860 rabbits', counted: 'rabbit' },
    ],
  },
  {
    label: 'guard: the claim must be in the same sentence: a bare "up from" figure after a full stop counts nothing',
    body: 'The Hollin animal refuge now keeps 1,340 cats. It is up from 860 in 2020.',
    claims: [{ text: '1,340 cats', counted: 'cat' }],
  },
];

const MORE_NOUN: ClaimRow[] = [
  {
    label: 'the plural after "more" is what is counted, even a noun of a measure: "four more arrests"',
    body: 'Police in Carrowdale made four more arrests after the riot on Friday.',
    claims: [{ text: 'made four more arrests', low: 4, counted: 'arrest', measure: 'detained' }],
  },
  {
    label: '"six more deaths" counts deaths',
    body: 'Health officials in Pellam reported six more deaths from the fever.',
    claims: [{ text: 'six more deaths', low: 6, counted: 'death', measure: 'death', sourced: 'yes' }],
  },
  {
    label: 'guard: a bare "more" still counts the last noun named before it',
    body: 'The Quarne works took on 140 welders and will hire 60 more.',
    claims: [
      { text: '140 welders', counted: 'welder' },
      { text: 'hire 60 more', counted: 'welder' },
    ],
  },
];

// A vote's tally is a claim of votes won, as "elected with 8,000 votes" is: not a record of play like a score
// (no claim), and not a range of votes ("from 37 to 518").
const TALLIES: ClaimRow[] = [
  {
    label: '"voted N to M" is the votes for, of votes won (not no claim, not a range)',
    body: 'Bus drivers at the Ferrow depot voted 518 to 37 to accept the new rota.',
    claims: [{ text: '518 to 37', low: 518, high: 518, counted: 'vote', measure: 'won', sourced: 'no' }],
  },
  {
    label: '"voted N-M" with a dash is a tally too',
    body: 'The Ashcombe parish council voted 8-3 to sell the old library.',
    claims: [{ text: '8-3', low: 8, high: 8, counted: 'vote', measure: 'won' }],
  },
  {
    label: '"the vote was N-M" is a tally',
    body: 'The vote at the Ashcombe parish meeting was close: the vote was 21-17 in favour of the sale.',
    claims: [{ text: '21-17', low: 21, high: 21, counted: 'vote', measure: 'won' }],
  },
  {
    label: '"carried by N to M" is a tally',
    body: 'The motion on the bypass was carried by 233 to 197 after a long debate.',
    claims: [{ text: '233 to 197', low: 233, high: 233, counted: 'vote' }],
  },
  {
    label: '"by N votes to M" names its votes: one claim of the votes for, as before',
    body: 'The Lindry assembly passed the budget by 74 votes to 19.',
    claims: [{ text: '74 votes', low: 74, counted: 'vote', measure: 'won' }],
  },
  {
    label: 'guard: an age band after "voters aged" is no tally',
    body: 'Voters aged 25 to 34 in Ferrow backed the rota plan.',
    claims: [],
  },
  {
    label: 'guard: a share range after a verb of rising is no tally',
    body: 'Support for the Ferrow rota rose 12 to 16 percent in a week.',
    claims: [{ text: 'rose 12 to 16 percent', low: 12, high: 16, unit: 'percent' }],
  },
];

const DENIED: ClaimRow[] = [
  {
    label: 'the figure a correction denies after "not" is no claim: "$7.3 million, not $73 million as reported"',
    body: 'The Brenna trust is worth $7.3 million, not $73 million as reported last week.',
    claims: [{ text: '$7.3 million', low: 7300000, unit: 'money' }],
  },
  {
    label: 'the denied figure right after the right one is no claim even without "as reported"',
    body: 'The Orla ferry carried 212 passengers, not 221.',
    claims: [{ text: 'carried 212 passengers', counted: 'passenger' }],
  },
  {
    label: 'a denied figure "as the agency had claimed" is no claim; the right one keeps its source',
    body: 'The coastguard said 17 sailors were rescued, not 71 as the agency had claimed.',
    claims: [{ text: '17 sailors were rescued', counted: 'sailor', sourced: 'yes', source: 'The coastguard' }],
  },
  {
    label: 'the one who claimed the denied figure is no source of the right one: "5%, not 8% as Halder had said"',
    body: 'Sales at the Orla bakery chain rose 5%, not 8% as Halder had said.',
    claims: [{ text: 'rose 5%', low: 5, unit: 'percent', sourced: 'no' }],
  },
  {
    label: 'guard: "not including" a figure is no correction',
    body: 'The Velling plant will shed 460 jobs, not including 85 agency staff.',
    claims: [
      { text: 'shed 460 jobs', counted: 'job' },
      { text: '85 agency staff', counted: 'staff' },
    ],
  },
];

testClaimRows('Council Weighs Its Options', [
  ['earlier level', EARLIER_LEVEL],
  ['more noun', MORE_NOUN],
  ['vote tallies', TALLIES],
  ['denied figures', DENIED],
]);
