// Company news: results, launches and deals. A firm that opens its sentence speaks through "it" in a relative
// clause with no "that" ("a van it said would cost 18% less": it-subject.ts contactIt); the figure before such a
// clause stays the writer's (claim-sourcing.ts contactRelative). A firm that lifts its own guidance, or analysts who
// cut their price target, state the figure it is revised to, as a body that raises its forecast does; plural bodies
// ("the companies expect") state figures as one does (statingSubject).
// Run with `node --import tsx --test test/unit/claims-company-news.test.ts`. All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';

const CONTACT_IT: ClaimRow[] = [
  {
    label: 'a firm opening the sentence speaks through "it said would" in a relative clause with no "that"',
    body: 'Ostrel Motors on Thursday unveiled the Kessa, a van it said would cost 18% less to run.',
    claims: [{ text: 'cost 18% less', sourced: 'yes', source: 'it' }],
  },
  {
    label: 'the same with "it says was"',
    body: 'Varden Foods posted a loss it says was caused by a 12% drop in sales.',
    claims: [{ text: '12% drop in sales', sourced: 'yes', source: 'it' }],
  },
  {
    label: 'guard: with no organisation opening the sentence "it" names nobody',
    body: 'A flood report described a plan it says will cut 430 jobs.',
    claims: [{ text: 'cut 430 jobs', sourced: 'no' }],
  },
  {
    label: 'guard: the figure before the relative clause is the writer\'s',
    body: 'Ostrel Motors hired 430 workers for a plant it says will open in May.',
    claims: [{ text: 'hired 430 workers', sourced: 'no' }],
  },
  {
    label: 'guard: a figure before "under a plan it says" is still the writer\'s, and "under" ends what is counted',
    body: 'Ostrel Motors cut 430 jobs under a plan it says will save money.',
    claims: [{ text: 'cut 430 jobs', counted: 'job', sourced: 'no' }],
  },
];

const REVISED: ClaimRow[] = [
  {
    label: 'a firm that lifts its own guidance states the figure: "lifted its full-year profit guidance to $800 million"',
    body: 'Orvel Group lifted its full-year profit guidance to $800 million.',
    claims: [{ text: '$800 million', sourced: 'yes', source: 'Orvel Group' }],
  },
  {
    label: 'analysts who cut their price target state both figures',
    body: 'Analysts at Brask Securities cut their price target on the stock to 240 pence from 320 pence.',
    claims: [{ text: '240 pence', sourced: 'yes', source: 'Brask Securities' }, { text: '320 pence', sourced: 'yes', source: 'Brask Securities' }],
  },
  {
    label: 'the same with "raised its outlook"',
    body: 'Tamsin Breweries raised its outlook for annual sales to 2.1 billion crowns.',
    claims: [{ text: '2.1 billion crowns', sourced: 'yes', source: 'Tamsin Breweries' }],
  },
  {
    label: 'guard: a target that is not a price is no revision of one\'s own forecast',
    body: 'Orvel Group cut its sales target on Monday after revenue fell to $700 million.',
    claims: [{ text: '$700 million', sourced: 'no' }],
  },
];

const PLURAL_BODIES: ClaimRow[] = [
  {
    label: 'two merging firms named by their plural noun state what they expect: "The companies expect savings of …"',
    body: 'Tarvel Steel and Brisk Metals agreed to merge. The companies expect annual cost savings of $430 million.',
    claims: [{ text: '$430 million', sourced: 'yes', source: 'The companies' }],
  },
  {
    label: 'the same with a number between: "the two carmakers estimate"',
    body: 'The deal closed on Friday, and the two carmakers estimate that it will cut costs by 9%.',
    claims: [{ text: '9%', sourced: 'yes', source: 'two carmakers' }],
  },
  {
    label: 'guard: a plural of people who are no body states nothing',
    body: 'The tenants expect rents of 900 crowns a month.',
    claims: [{ text: '900 crowns a month', sourced: 'no' }],
  },
];

testClaimRows('Ostrel Motors Unveils Van', [['plural bodies', PLURAL_BODIES], ['"it" in a relative clause with no "that"', CONTACT_IT], ['revised guidance and targets', REVISED]]);
