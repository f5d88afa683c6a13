// Claim and sourcing left-overs of session 34: a study's maker in a "by" apposition ("The study, by the X, found"),
// the plural after a share's "of" as what it counts ("40% of pupils skip breakfast"), a poll's conductor named
// before ("X carried out the poll … The poll surveyed"), and "the figure of N" as a verb's subject. Run with `node --import tsx --test test/unit/claims-leftovers-s34b.test.ts`.
// All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';

const BY_APPOSITION: ClaimRow[] = [
  {
    label: '"The study, by the X, found": the maker\'s name, not the "by" phrase, is the source',
    body: 'The study, by the Corrow Foundation, found 35% of apprentices quit within a year.',
    claims: [{ text: '35% of apprentices quit', sourced: 'yes', source: 'Corrow Foundation', sourceEntity: 'Corrow Foundation' }],
  },
];

const SHARE_OF: ClaimRow[] = [
  {
    label: 'a share counts the plural after "of", not the object of its verb',
    body: 'A study by the Corrow Foundation found 35% of apprentices skip lunch.',
    claims: [{ text: '35% of apprentices skip lunch', counted: 'apprentice', sourced: 'yes', source: 'Corrow Foundation' }],
  },
  {
    label: 'the same with a verb before a plural object',
    body: 'Figures from the Tallow Board show 22% of farmers rent machinery.',
    claims: [{ text: '22% of farmers rent machinery', counted: 'farmer' }],
  },
  {
    label: 'guard: a plural that modifies the next noun ("sales tax") is not the subject',
    body: 'The Varne council said 9% of sales tax revenue went to roads.',
    claims: [{ text: '9% of sales tax revenue went', counted: 'revenue' }],
  },
];

const CONDUCTOR: ClaimRow[] = [
  {
    label: '"X carried out the poll": a later "The poll" finding is sourced to X',
    body: 'Pellam Insights carried out the poll for the Brenly Tenants Union. The poll found 57% of tenants fear eviction.',
    claims: [{ text: '57% of tenants fear eviction', counted: 'tenant', sourced: 'yes', source: 'Pellam Insights', sourceEntity: 'Pellam Insights' }],
  },
  {
    label: 'the poll\'s sample, too',
    body: 'Pellam Insights conducted the survey for the Brenly Tenants Union. The survey questioned 1,100 tenants.',
    claims: [{ text: 'questioned 1,100 tenants', sourced: 'yes', source: 'Pellam Insights' }],
  },
  {
    label: 'the same when the poll "was carried out by" its maker',
    body: 'The poll was carried out by Pellam Insights in March. The poll surveyed 2,400 adults.',
    claims: [{ text: 'surveyed 2,400 adults', sourced: 'yes', source: 'Pellam Insights' }],
  },
  {
    label: 'guard: a body the poll was carried out for is not its maker',
    body: 'A poll was carried out for the Brenly Tenants Union in March. The poll surveyed 2,400 adults.',
    claims: [{ text: 'surveyed 2,400 adults', sourced: 'no' }],
  },
];

const FIGURE_OF: ClaimRow[] = [
  {
    label: '"The figure of N" restating the claim before it counts what that claim counts, not the verb\'s object',
    body: 'The Varne council says it approved 6,400 flats last year. The figure of 6,400 confuses approvals with completions, critics say.',
    claims: [{ text: 'approved 6,400 flats', counted: 'flat' }, { text: '6,400 confuses approvals', counted: 'flat', measure: 'approved' }],
  },
  {
    label: 'with no such claim before it, it counts nothing and is no claim',
    body: 'The figure of 6,400 confuses approvals with completions, critics say.',
    claims: [],
  },
  {
    label: 'guard: "a figure of N flats" counts the flats',
    body: 'The Varne council gave a figure of 6,400 flats for the year.',
    claims: [{ text: '6,400 flats', counted: 'flat' }],
  },
];

testClaimRows('Fictional town news', [
  ['by appositions', BY_APPOSITION],
  ['shares of a plural', SHARE_OF],
  ['poll conductors', CONDUCTOR],
  ['the figure of N', FIGURE_OF],
]);
