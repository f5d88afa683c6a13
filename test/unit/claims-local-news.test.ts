// Local-news claim shapes: a count of "X numbers" that changed "by N", what is counted ending before a time
// ("three years ago") or a sharing phrase ("between them"), a verb after a headline's plural ("face") or a
// share ("voted against"), council papers as a source after the figure, and a named place's distance in
// apposition (no claim).
// Run with `node --import tsx --test test/unit/claims-local-news.test.ts`. All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';

const COUNTS: ClaimRow[] = [
  {
    label: '"pupil numbers … had fallen by N" counts pupils',
    body: 'The head said pupil numbers at the two Ferrow schools had fallen by 240 since 2018.',
    claims: [{ text: 'pupil numbers at the two Ferrow schools had fallen by 240', counted: 'pupil', sourced: 'yes' }],
  },
  {
    label: '"visitor numbers rose to N" counts visitors',
    body: 'Visitor numbers at Tollard Castle rose to 18,000 in August.',
    claims: [{ text: 'Visitor numbers at Tollard Castle rose to 18,000', counted: 'visitor' }],
  },
  {
    label: '"record numbers" say how many, not what is counted',
    body: 'Record numbers rose to 18,000 in August.',
    claims: [],
  },
  {
    label: '"three years ago" after what is counted is when, not what',
    body: 'The Harrowby mill employed 340 weavers three years ago.',
    claims: [{ text: 'employed 340 weavers', counted: 'weaver' }],
  },
  {
    label: '"between them" after what is counted says who holds it',
    body: 'The two Corlby hostels have 86 empty beds between them.',
    claims: [{ text: '86 empty beds between them', counted: 'bed' }],
  },
  {
    label: '"face" after a plural in a headline-like clause is the verb',
    body: 'Parents marched as three village schools face closure in Wethercombe.',
    claims: [{ text: 'three village schools face closure', counted: 'school' }],
  },
  {
    label: '"voted" after a bare share is the verb: the share counts people',
    body: 'In the Tarnside ballot, 64% voted against the offer.',
    claims: [{ text: '64% voted', counted: 'person' }],
  },
];

const SOURCES: ClaimRow[] = [
  {
    label: '"council papers show" after the figure sources it',
    body: 'Marlow District spends £4m a year on bed-and-breakfast rooms, council papers show.',
    claims: [{ text: '£4m a year', sourced: 'yes', source: 'council papers' }],
  },
  {
    label: '"board papers reveal" after the figure sources it',
    body: 'The Ashcombe trust will cut 70 posts, board papers reveal.',
    claims: [{ text: 'cut 70 posts', sourced: 'yes', source: 'board papers' }],
  },
];

const PLACES: ClaimRow[] = [
  {
    label: 'a named place\'s distance in apposition says where it is',
    body: 'Under the plan, pupils would move to Tolbury Primary, four miles away.',
    claims: [],
  },
  {
    label: 'how far an event was felt stays a claim',
    body: 'The blast was felt in Dunmere, 12 miles away.',
    claims: [{ text: '12 miles away', counted: 'mile' }],
  },
];

testClaimRows('Fictional local news', [['counts', COUNTS], ['sources', SOURCES], ['places', PLACES]]);
