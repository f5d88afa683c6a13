// Who sources a poll's or study's figure when an aside on how it was made stands between it and its
// verb: "The survey, run by the Velm Institute, found …" is the survey's finding, as "conducted by" is,
// also with a participle that does not end in -ed ("run", "led", "done"). A person such a phrase names
// after a body still does not speak for it. Run with
// `node --import tsx --test test/unit/claims-poll-asides.test.ts`. All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';

const ASIDES: ClaimRow[] = [
  {
    label: 'a survey "run by" a named firm reports its finding',
    body: 'The survey, run by Tessery Analytics, found that 62% of tenants expect rents to rise.',
    claims: [{ text: '62% of tenants expect rents', sourced: 'yes', source: 'The survey' }],
  },
  {
    label: 'a survey "run by" a firm with its sample reports both',
    body: 'The monthly survey of 4,000 households, run by Tessery Analytics, found that 58% plan to cut spending.',
    claims: [{ text: '4,000 households', sourced: 'yes' }, { text: '58% plan', sourced: 'yes' }],
  },
  {
    label: 'a poll "run by" an unnamed body: the poll, not the aside, is the source',
    body: 'The poll, run by the council, found 41% of residents back the new park.',
    claims: [{ text: '41% of residents back', sourced: 'yes', source: 'The poll' }],
  },
  {
    label: 'a study "done by" a university team reports its finding',
    body: 'The study, done by a team at Orvale University, found that 27% of nurses had skipped meals.',
    claims: [{ text: '27% of nurses had skipped meals', sourced: 'yes', source: 'The study' }],
  },
  {
    label: 'guard: an -ed participle keeps working',
    body: 'The survey, conducted by Tessery Analytics, found that 62% of tenants expect rents to rise.',
    claims: [{ text: '62% of tenants expect rents', sourced: 'yes', source: 'The survey' }],
  },
];

testClaimRows('Fictional poll coverage', [['asides on how a finding was made', ASIDES]]);
