// Crowd estimates and who gives them (fictional sentences): a bare figure after a noun of people
// gathered ("estimated the crowd at 35,000", "a crowd of 9,000") counts people who turned out, "put it
// at" restates the figure just before, and a speaker that opens a clause of contrast after a claim
// (", while organisers put it at …", ", and the Gazette says …") reports its own figure, not the one before.
// Political speakers ("lawmakers said", "the party said") and a poll already named ("the poll, conducted
// in May, found") source a claim.
import { testClaimRows, type ClaimRow } from './claim-rows';

const crowds: readonly ClaimRow[] = [
  {
    label: 'police estimate a crowd, organisers put it higher',
    body: 'Police estimated the crowd at 35,000, while organisers put it at more than 80,000.',
    claims: [
      { text: 'crowd at 35,000', counted: 'person', measure: 'turnout', sourced: 'yes', source: 'Police', low: 35000 },
      { text: 'put it at more than 80,000', counted: 'person', sourced: 'yes', source: 'organisers', low: 80000 },
    ],
  },
  {
    label: 'a crowd that numbered a figure, said by organisers',
    body: 'Organisers said the crowd numbered 12,000.',
    claims: [{ text: 'crowd numbered 12,000', counted: 'person', measure: 'turnout', sourced: 'yes', source: 'Organisers' }],
  },
  {
    label: 'an audience that numbered a figure, with its source after a comma',
    body: 'Inside the Marlow arena the audience numbered 4,000, the party said.',
    claims: [{ text: 'audience numbered 4,000', counted: 'person', measure: 'turnout', sourced: 'yes', source: 'the party' }],
  },
  {
    label: 'a crowd at a game named by a year is no count',
    body: 'The crowd at the 2019 final in Tarsen was the loudest anyone could recall.',
    claims: [],
  },
];

const speakers: readonly ClaimRow[] = [
  {
    label: 'a figure, then ", and" another outlet says something else',
    body: 'The Tarsen Courier put the crowd at 700, and the Evening Post says a crowd later blocked the bridge.',
    claims: [{ text: 'crowd at 700', sourced: 'yes', source: 'Tarsen Courier' }],
  },
  {
    label: 'a figure, then "but" a speaker with a report of its own',
    body: 'About 40 homes in Kelvey lost power, but officials said the grid was stable.',
    claims: [{ text: 'About 40 homes in Kelvey lost power', sourced: 'no' }],
  },
  {
    label: 'lawmakers as the speakers of reported speech',
    body: 'Opposition lawmakers said the plan would push 90,000 families into debt.',
    claims: [{ text: '90,000 families', sourced: 'yes', source: 'Opposition lawmakers' }],
  },
  {
    label: 'deputies said after the claim',
    body: 'Roughly 300 pensioners in Arvel lost their benefits, deputies said.',
    claims: [{ text: 'Roughly 300 pensioners in Arvel lost their benefits', sourced: 'yes', source: 'deputies' }],
  },
  {
    label: 'the party said after the claim',
    body: 'More than 6,000 volunteers joined the campaign in May, the party said.',
    claims: [{ text: 'More than 6,000 volunteers joined', sourced: 'yes', source: 'the party' }],
  },
];

const polls: readonly ClaimRow[] = [
  {
    label: 'the poll found: a poll the article has named is a source',
    body: 'The poll found that 41 percent of voters in Arvel back the reform.',
    claims: [{ text: '41 percent of voters', sourced: 'yes', source: 'The poll' }],
  },
  {
    label: 'a poll found: an unnamed poll stays vague',
    body: 'A poll found that 41 percent of voters in Arvel back the reform.',
    claims: [{ text: '41 percent of voters', sourced: 'vague', source: 'A poll' }],
  },
  {
    label: 'the poll, conducted …, found: the aside on how it was made does not hide the source',
    body: 'The poll, conducted over five days in March, found that 52 percent of respondents oppose the merger.',
    claims: [{ text: '52 percent of respondents oppose', sourced: 'yes', source: 'The poll' }],
  },
  {
    label: 'a figure, then "although a poll found": the poll reports only what follows it',
    body: 'The council plans to spend $9 million on the new bridge, although a recent poll found little support for it.',
    claims: [{ text: '$9 million', sourced: 'no' }],
  },
  {
    label: 'the survey, published …, found',
    body: 'The survey, published on Tuesday, found that 300 councils would raise fees.',
    claims: [{ text: '300 councils would raise fees', sourced: 'yes', source: 'The survey' }],
  },
];

testClaimRows('Opposition Rally Fills Square', [['crowd estimates', crowds], ['political speakers and clauses of contrast', speakers], ['polls named before', polls]]);
