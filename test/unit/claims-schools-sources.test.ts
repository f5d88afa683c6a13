// Labelled sentences from school and university news: a finding that tags its claim at the sentence's end
// (trailing-finding.ts), a publisher named after the day its figures came out (claim-sourcing.ts publisherOf),
// inspectors and examiners who speak on the record, and superlatives of a gap or a dispute anchored in time
// (qualitative.ts). Run with `node --import tsx --test test/unit/claims-schools-sources.test.ts`. All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';

const TRAILING_FINDING: ClaimRow[] = [
  {
    label: 'an unnamed survey that closes the sentence is a vague source',
    body: 'Nearly half of the colleges plan to cut courses, a survey has found.',
    claims: [{ text: 'Nearly half of the colleges plan', sourced: 'vague', source: 'a survey' }],
  },
  {
    label: 'a survey by a definite body closing the sentence is that body',
    body: 'About 47% of the colleges expect a deficit, a survey by the principals\' body found.',
    claims: [{ text: 'About 47% of the colleges expect', sourced: 'yes', source: 'the principals\' body' }],
  },
  {
    label: 'the finding\'s tag may be followed by a clause of the writer\'s',
    body: 'Nearly half of the colleges plan to cut courses, a poll by the lecturers\' forum has found, as fees stay frozen.',
    claims: [{ text: 'Nearly half of the colleges plan', sourced: 'yes', source: 'the lecturers\' forum' }],
  },
  {
    label: 'a named organisation\'s poll closing the sentence is the organisation',
    body: 'About 60% of pupils read daily, a Tolwen Institute poll has shown.',
    claims: [{ text: 'About 60% of pupils read', sourced: 'yes', source: 'Tolwen Institute' }],
  },
  {
    label: 'guard: a speaker before the finding keeps the claim',
    body: 'About 60% of pupils read daily, the head said, and a survey found.',
    claims: [{ text: 'About 60% of pupils read', sourced: 'yes', source: 'the head' }],
  },
  {
    label: 'guard: a finding that is the object of another verb is no tag',
    body: 'About 60% of pupils read daily, but nobody knows what the survey found.',
    claims: [{ text: 'About 60% of pupils read', sourced: 'no' }],
  },
];

const PUBLISHED_ON_DAY: ClaimRow[] = [
  {
    label: 'figures published on a day by a named board: the board',
    body: 'The pass rate held at 96.8%, according to figures published on Thursday by the Tarrow Examinations Board.',
    claims: [{ text: '96.8%', sourced: 'yes', source: 'the Tarrow Examinations Board' }],
  },
  {
    label: 'guard: figures from an anonymous group stay vague',
    body: 'The pass rate rose to 61%, according to figures from parents.',
    claims: [{ text: '61%', sourced: 'vague' }],
  },
];

const INSPECTORS: ClaimRow[] = [
  {
    label: 'inspectors speak on the record',
    body: 'Inspectors said attendance at the school had fallen to 88%.',
    claims: [{ text: '88%', sourced: 'yes', source: 'Inspectors' }],
  },
  {
    label: 'auditors that found a share speak on the record',
    body: 'Auditors found that 30% of the trust\'s budget had been spent on consultants.',
    claims: [{ text: '30% of the trust\'s budget had been spent', sourced: 'yes', source: 'Auditors' }],
  },
];

const GAP_SUPERLATIVES: ClaimRow[] = [
  {
    label: 'the widest gap since a year is a claim, sourced by the body before it',
    body: 'Poorer pupils were far behind their classmates, the Helm Policy Unit said, the widest gap since 2007.',
    claims: [{ text: 'the widest gap since 2007', measure: 'superlative', sourced: 'yes', source: 'Helm Policy Unit' }],
  },
  {
    label: 'the narrowest gap in a span of years is a claim',
    body: 'It is the narrowest gap in 30 years between the two colleges.',
    claims: [{ text: 'the narrowest gap in 30 years', measure: 'superlative', sourced: 'no' }],
  },
  {
    label: 'guard: a superlative with no anchor in time is no claim',
    body: 'The river is at its narrowest point by the old school.',
    claims: [],
  },
];

testClaimRows('Colleges Brace for Cuts', [
  ['trailing finding', TRAILING_FINDING],
  ['figures published on a day', PUBLISHED_ON_DAY],
  ['inspectors', INSPECTORS],
  ['gap superlatives', GAP_SUPERLATIVES],
]);
