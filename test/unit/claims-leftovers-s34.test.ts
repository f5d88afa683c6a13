// Claim and sourcing left-overs of session 33: a label line with no full stop ("Vans sold: 340"), a poll's or a
// study's own sample sourced to its maker, a poll only "commissioned by" a body (vague: who ordered it did not
// measure it), a count's value after a copula ("The number of X was N"), a correction's right figure, and
// "who said" after a person's apposition that ends in a body's name (the person speaks).
// Run with `node --import tsx --test test/unit/claims-leftovers-s34.test.ts`. All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';

const LABEL_LINES: ClaimRow[] = [
  {
    label: 'a label line without a full stop, which the structure stage calls a heading, is a claim',
    body: 'The Brask mill closed in May, its owners said.\n\nJobs cut: 230\n\nThe town is quiet now.',
    claims: [{ text: '230', counted: 'job', measure: 'cut', sourced: 'no' }],
  },
  {
    label: 'the same with a two-word label and a comma in the figure',
    body: 'The council published its yearly figures.\n\nSocial homes built: 4,100\n\nMore are planned.',
    claims: [{ text: '4,100', counted: 'home', low: 4100 }],
  },
  {
    label: 'guard: a heading whose figure is a year is no label line',
    body: 'The Brask mill closed in May, its owners said.\n\nKey Dates: 2019\n\nThe town is quiet now.',
    claims: [],
  },
  {
    label: 'guard: a heading with a figure and no colon is no label line',
    body: 'The Brask mill closed in May, its owners said.\n\nThe Mill At 230\n\nThe town is quiet now.',
    claims: [],
  },
];

const SAMPLES: ClaimRow[] = [
  {
    label: 'a study\'s sample with its maker in an apposition ("The study, by the X, surveyed …") is sourced to the maker',
    body: 'The study, by the Halvern Institute, surveyed 3,200 pupils.',
    claims: [{ text: 'surveyed 3,200 pupils', sourced: 'yes', source: 'Halvern Institute' }],
  },
  {
    label: 'the same with "by" and no commas',
    body: 'A poll by Tarrow Research questioned 1,500 voters.',
    claims: [{ text: 'questioned 1,500 voters', sourced: 'yes', source: 'Tarrow Research' }],
  },
  {
    label: 'the same with the maker before the noun ("The X study")',
    body: 'The Halvern Institute study interviewed 640 teachers.',
    claims: [{ text: 'interviewed 640 teachers', sourced: 'yes', source: 'Halvern Institute' }],
  },
  {
    label: '"The poll surveyed …" takes the maker an earlier finding of the poll was credited to',
    body: 'A poll for the Green Shore Alliance by Tarrow Research found that 62% of residents oppose the dam. The poll surveyed 1,500 people.',
    claims: [{ text: '62% of residents oppose', sourced: 'yes', source: 'Tarrow Research' }, { text: 'surveyed 1,500 people', sourced: 'yes', source: 'Tarrow Research' }],
  },
  {
    label: 'guard: with no maker named in the article the sample stays unsourced',
    body: 'Voters in Dunmore are split over the dam. The poll surveyed 1,500 people.',
    claims: [{ text: 'surveyed 1,500 people', sourced: 'no' }],
  },
  {
    label: 'guard: a body that only commissioned the poll is not its maker',
    body: 'A poll commissioned by the Green Shore Alliance surveyed 1,500 people.',
    claims: [{ text: 'surveyed 1,500 people', sourced: 'no' }],
  },
  {
    label: 'guard: a sample verb after a subject that is no finding ("The mayor surveyed …") is not a finding\'s sample',
    body: 'Over the summer the inspectors surveyed 300 bridges.',
    claims: [{ text: 'surveyed 300 bridges', sourced: 'no' }],
  },
];

const COMMISSIONED: ClaimRow[] = [
  {
    label: 'a poll only "commissioned by" a body is vague: who ordered it did not measure it',
    body: 'A poll commissioned by the Green Shore Alliance found that 62% of residents oppose the dam.',
    claims: [{ text: '62% of residents oppose', sourced: 'vague', source: 'A poll commissioned by the Green Shore Alliance' }],
  },
  {
    label: 'a pollster named besides the commissioner is the source',
    body: 'A poll by Tarrow Research, commissioned by the Green Shore Alliance, found 62% of residents oppose the dam.',
    claims: [{ text: '62% of residents oppose', sourced: 'yes', source: 'Tarrow Research' }],
  },
  {
    label: 'guard: a body that found the figure itself stays the source',
    body: 'The Green Shore Alliance found that 62% of residents oppose the dam.',
    claims: [{ text: '62% of residents oppose', sourced: 'yes', source: 'Green Shore Alliance' }],
  },
];

const RELATIVE_PERSON: ClaimRow[] = [
  {
    label: '"X, a researcher at the Y, who said …": the person speaks, not the body in her apposition',
    body: 'The warning came from Mara Tellick, a researcher at the University of Dunmore, who said 40% of wells were dry.',
    claims: [{ text: '40% of wells were dry', sourced: 'yes', source: 'Mara Tellick' }],
  },
  {
    label: 'guard: "the Y, which said …" is still the body',
    body: 'The warning came from the Dunmore Water Board, which said 40% of wells were dry.',
    claims: [{ text: '40% of wells were dry', sourced: 'yes', source: 'Dunmore Water Board' }],
  },
];

const COUNT_VALUES: ClaimRow[] = [
  {
    label: '"The number of X was N": a copula gives the count\'s value',
    body: 'The number of ferries lost in the storm was 14.',
    claims: [{ text: 'The number of ferries lost in the storm was 14', counted: 'ferry', low: 14 }],
  },
  {
    label: 'the same with "the total number" and a speaker',
    body: 'The total number of pupils enrolled was 4,100, the council said.',
    claims: [{ text: 'The total number of pupils enrolled was 4,100', counted: 'pupil', sourced: 'yes', source: 'the council' }],
  },
  {
    label: 'guard: "the number of the house" is one thing\'s number, no count',
    body: 'The number of the house is 12.',
    claims: [],
  },
  {
    label: 'guard: a plural subject with a copula ("Deaths were 40") is not read as a count\'s value',
    body: 'Deaths were 40 in the worst week.',
    claims: [],
  },
  {
    label: 'a correction: the right figure counts what the count named before counts; the denied one is no claim',
    body: 'An earlier version of this story misstated the number of vans sold by Orvel Motors. It was 318, not 381 as first reported.',
    claims: [{ text: '318', counted: 'van', low: 318 }],
  },
  {
    label: 'the same with the noun after the denied figure',
    body: 'It was 318, not 381 vans as reported earlier.',
    claims: [{ text: '318', counted: 'van' }],
  },
  {
    label: 'guard: an age corrected is no claim',
    body: 'He was 54, not 45 as reported.',
    claims: [],
  },
];

testClaimRows('Fictional town news', [
  ['count values', COUNT_VALUES],
  ['label lines', LABEL_LINES],
  ['sample sizes', SAMPLES],
  ['commissioned polls', COMMISSIONED],
  ['relative speakers', RELATIVE_PERSON],
]);
