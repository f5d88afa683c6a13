// Science and health news (fictional sentences; each row failed before its fix):
// - a study's confidence level and interval bounds are not claims, the finding they qualify is
//   (confidence-interval.ts); a year before "levels" is a date ("below 1990 levels", 05-claims.ts isYear);
// - a study's "authors" source what they report like "the researchers" (claim-sourcing.ts ORG_NOUNS, words.ts);
// - an apposition between a common-noun subject and its verb ("the council, an independent body, warned")
//   leaves the subject the source (claim-sourcing.ts APPOSITION_TAIL, speakers.ts speakerBefore);
// - the figure "the waiting list" stood at, rose or fell to counts the people waiting (risen-count.ts), and
//   "the number of breeding pairs of the godwit" counts pairs, not "of" (05-claims.ts risenOf).
// Run with `node --import tsx --test test/unit/claims-science-health.test.ts`.
import { testClaimRows, type ClaimRow } from './claim-rows';

const STATISTICS: ClaimRow[] = [
  {
    label: 'a "95% confidence interval" and its bounds in brackets are no claims',
    body: 'Night-shift nurses were 41% more likely to report back pain (95% confidence interval 1.22 to 1.63), the Orrin College researchers wrote.',
    claims: [{ text: '41% more likely', low: 41, sourced: 'yes', source: 'the Orrin College researchers' }],
  },
  {
    label: '"95% CI" with percentage bounds: only the finding is a claim',
    body: 'Falls among residents dropped by 18% (95% CI 9% to 26%) in the Calder homes.',
    claims: [{ text: '18%', low: 18, sourced: 'no' }],
  },
  {
    label: 'a colon after "CI" and a dash between the bounds',
    body: 'The vaccine cut infections by 62% (95% CI: 48%-71%) among Wellow pupils.',
    claims: [{ text: '62%', low: 62 }],
  },
  {
    label: 'a year before "levels" is a date, the percentage below it a claim',
    body: 'Emissions in the Dorrow valley are now 31% below 1990 levels.',
    claims: [{ text: '31%', low: 31, sourced: 'no' }],
  },
];

const AUTHORS: ClaimRow[] = [
  {
    label: '", the authors said" after the finding',
    body: 'The risk of a second stroke fell by 18%, the authors said.',
    claims: [{ text: '18%', sourced: 'yes', source: 'the authors' }],
  },
  {
    label: '"Writing in the journal, the authors said" before the finding',
    body: 'Writing in the journal, the authors said 14% of the mice died.',
    claims: [{ text: '14% of the mice died', sourced: 'yes', source: 'the authors' }],
  },
];

const APPOSITIONS: ClaimRow[] = [
  {
    label: 'an apposition with a relative clause before "warned that"',
    body: 'The council, an independent body that advises parliament, warned that emissions would need to fall by 7% a year.',
    claims: [{ text: '7% a year', sourced: 'yes', source: 'The council' }],
  },
  {
    label: 'an apposition before "said that"',
    body: 'The regulator, a body set up in 2004, said that 140 dams needed repairs.',
    claims: [{ text: '140 dams needed repairs', sourced: 'yes', source: 'The regulator' }],
  },
  {
    label: 'guard: a place before the comma is no subject ("In the village, an old man said")',
    body: 'In the village, an old man said 40 homes burned.',
    claims: [{ text: '40 homes burned', sourced: 'vague', source: 'an old man' }],
  },
];

const WAITING_LISTS: ClaimRow[] = [
  {
    label: '"the waiting list stood at" a figure, reported by a spokesperson',
    body: 'A ministry spokesperson said the waiting list stood at 371,000 at the end of September.',
    claims: [{ text: 'the waiting list stood at 371,000', low: 371000, counted: 'person', sourced: 'yes', source: 'A ministry spokesperson' }],
  },
  {
    label: '"the waiting list for …" fell to a figure, then the source',
    body: 'The waiting list for hip operations at Orvell hospitals fell to 9,200, the health board said.',
    claims: [{ text: 'The waiting list for hip operations at Orvell hospitals fell to 9,200', low: 9200, counted: 'person', sourced: 'yes', source: 'the health board' }],
  },
  {
    label: 'guard: a list that is not a waiting list counts nothing of its own',
    body: 'The list of demands from the Tarrow strikers grew to five.',
    claims: [],
  },
];

const COUNT_OF_OF: ClaimRow[] = [
  {
    label: '"the number of breeding pairs of the godwit" rose to a figure: pairs are counted',
    body: 'The number of breeding pairs of the spotted godwit has risen to 214.',
    claims: [{ text: 'The number of breeding pairs of the spotted godwit has risen to 214', low: 214, counted: 'pair' }],
  },
  {
    label: '"the number of members of the union" fell to a figure: members are counted',
    body: 'The number of members of the Tarrow union fell to 900.',
    claims: [{ text: 'The number of members of the Tarrow union fell to 900', low: 900, counted: 'member' }],
  },
];

testClaimRows('Study links night shifts to back pain', [
  ['study statistics', STATISTICS],
  ['study authors', AUTHORS],
  ['apposition after the subject', APPOSITIONS],
  ['waiting lists', WAITING_LISTS],
  ['a count of things of something', COUNT_OF_OF],
]);
