// Claim and sourcing left-overs of session 34: a group tied by "of" to a thing, a place or a body ("Critics of
// the plan say") is a vague speaker, never what follows "of".
// Run with `node --import tsx --test test/unit/claims-leftovers-s35.test.ts`. All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';

const GROUPS_OF: ClaimRow[] = [
  {
    label: '"Critics of the plan say" is a vague group, not nobody',
    body: 'Critics of the bypass say 430 homes will be lost.',
    claims: [{ text: '430 homes will be lost', sourced: 'vague', source: 'Critics of the bypass' }],
  },
  {
    label: 'residents of a named place are vague: the place does not speak',
    body: 'Residents of Dunmore say 40 families have already left.',
    claims: [{ text: '40 families have already left', sourced: 'vague', source: 'Residents of Dunmore' }],
  },
  {
    label: 'critics of a named party are not the party',
    body: 'Critics of the Velm Party said 1,200 members had quit.',
    claims: [{ text: '1,200 members had quit', sourced: 'vague', source: 'Critics of the Velm Party' }],
  },
  {
    label: 'an opener before the group is kept',
    body: 'Some parents of pupils at Orrin Primary said 30 children fell ill.',
    claims: [{ text: '30 children fell ill', sourced: 'vague', source: 'Some parents of pupils at Orrin Primary' }],
  },
  {
    label: 'guard: a body\'s own members speak for it',
    body: 'Members of the Tarrow council said 12 cases were missed.',
    claims: [{ text: '12 cases were missed', sourced: 'yes' }],
  },
  {
    label: 'guard: "the head of" a body is a named source',
    body: 'The head of the Halvern clinic said 12 cases were missed.',
    claims: [{ text: '12 cases were missed', sourced: 'yes' }],
  },
];

const OWN_DOCUMENTS: ClaimRow[] = [
  {
    label: '"according to its annual report" is the firm\'s: "its" refers to the subject',
    body: 'Tallis Corp made a profit of R410bn, according to its annual report.',
    claims: [{ text: 'R410bn', sourced: 'yes', source: 'its annual report', sourceEntity: 'Tallis Corp' }],
  },
  {
    label: 'the same when the firm opens the sentence before',
    body: 'Tallis Corp had a strong year. Profit rose to R410bn, according to its annual report.',
    claims: [{ text: 'R410bn', sourced: 'yes', sourceEntity: 'Tallis Corp' }],
  },
  {
    label: 'guard: with no firm for "its" the report stays vague',
    body: 'The town spent $4m on roads, according to its annual report.',
    claims: [{ text: 'spent $4m', sourced: 'vague' }],
  },
];

const FINDING_MAKERS: ClaimRow[] = [
  {
    label: '"The survey, by X, found" is sourced to the maker in the apposition',
    body: 'The survey, by Pellam Insights, found that 62% of drivers back the toll.',
    claims: [{ text: '62% of drivers back', sourced: 'yes', source: 'Pellam Insights' }],
  },
  {
    label: 'the same with "the" before the maker',
    body: 'A study, by the Halvern Institute, found 40% of pupils skip breakfast.',
    claims: [{ text: '40% of pupils skip breakfast', sourced: 'yes', source: 'Halvern Institute' }],
  },
  {
    label: 'guard: "by" and no name is no maker',
    body: 'The survey, by phone, found 40% of pupils skip breakfast.',
    claims: [{ text: '40% of pupils skip breakfast', sourced: 'no' }],
  },
];

const REPORTED_RESULTS: ClaimRow[] = [
  {
    label: 'the sentence after "X reported its results" takes the firm as source',
    body: 'Dunmore Foods reported its results on Tuesday. Sales rose 8% to $2.1bn.',
    claims: [{ text: 'rose 8% to $2.1bn', sourced: 'yes', source: 'Dunmore Foods' }],
  },
  {
    label: 'the same with an adjective before the results and "The" before the firm',
    body: 'The Orrin Dairy Group posted its half-year earnings on Monday. Profit fell 3%.',
    claims: [{ text: 'fell 3%', sourced: 'yes', source: 'Orrin Dairy Group' }],
  },
  {
    label: 'guard: only the sentence right after the report',
    body: 'Dunmore Foods reported its results on Tuesday. Sales rose 8%. Profit fell 3%.',
    claims: [{ text: 'rose 8%', sourced: 'yes' }, { text: 'fell 3%', sourced: 'no' }],
  },
  {
    label: 'guard: a speaker of its own in the next sentence keeps the figure',
    body: 'Dunmore Foods reported its results on Tuesday. Analysts say sales rose 8%.',
    claims: [{ text: 'rose 8%', sourced: 'vague', source: 'Analysts' }],
  },
  {
    label: 'guard: a firm that reported something else is no source of the next figures',
    body: 'Dunmore Foods reported a fire at its plant on Tuesday. Sales rose 8%.',
    claims: [{ text: 'rose 8%', sourced: 'no' }],
  },
];

const UNDER_ENDS: ClaimRow[] = [
  {
    label: '"under" after what is counted ends it: "cut 300 jobs under a plan"',
    body: 'Halvern Steel will cut 300 jobs under a plan it unveiled on Monday.',
    claims: [{ text: 'cut 300 jobs', counted: 'job', measure: 'cut' }],
  },
  {
    label: 'the same with a scheme and a built count',
    body: 'The council will build 300 homes under a scheme it approved.',
    claims: [{ text: 'build 300 homes', counted: 'home' }],
  },
  {
    label: 'the same with a state: "ships under attack" counts ships',
    body: 'The navy rescued two ships under attack.',
    claims: [{ text: 'rescued two ships', counted: 'ship' }],
  },
  {
    label: 'guard: "under" after a verb of being stays in the predicate',
    body: 'Two suspects are under arrest, police said.',
    claims: [{ text: 'Two suspects are under arrest', counted: 'suspect', sourced: 'yes' }],
  },
];

const ROLE_PLEDGES: ClaimRow[] = [
  {
    label: 'a role\'s holder who pledges a count states it, as a named person does (rules.md: a pledge\'s figure is its maker\'s)',
    body: 'The mayor promised to donate 20 laptops to the school.',
    claims: [{ text: '20 laptops', sourced: 'yes', source: 'The mayor' }],
  },
  {
    label: 'the same with a vow and a possessive owner',
    body: 'Dunmore\'s governor vowed to build 300 homes.',
    claims: [{ text: 'build 300 homes', sourced: 'yes', source: 'Dunmore\'s governor' }],
  },
  {
    label: 'guard: a plain noun that is no role or body states nothing',
    body: 'The storm promised to destroy 300 homes.',
    claims: [{ text: '300 homes', sourced: 'no' }],
  },
];

testClaimRows('Fictional town news', [
  ['groups tied by of', GROUPS_OF],
  ['own documents', OWN_DOCUMENTS],
  ['finding makers', FINDING_MAKERS],
  ['reported results', REPORTED_RESULTS],
  ['under ends what is counted', UNDER_ENDS],
  ['role pledges', ROLE_PLEDGES],
]);
