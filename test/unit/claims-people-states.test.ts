// A bare figure as the subject of a state or a fate of people: "had gone missing" (go before a state of harm,
// like "be"), "have been taken to hospital" (carried away hurt), "went home", "stayed behind" (people moving:
// "went", "came", "stayed" only with a place word after them). Each counts people.
// Run with `node --import tsx --test test/unit/claims-people-states.test.ts`. All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';

const STATES: ClaimRow[] = [
  {
    label: '"had gone missing" after a bare figure counts the missing',
    body: 'Some 30 had gone missing after the flood in Harlow Vale, rescuers said.',
    claims: [{ text: 'Some 30 had gone missing', counted: 'person', measure: 'missing' }],
  },
  {
    label: '"went missing" after a bare figure counts the missing',
    body: 'About 12 went missing on the Tarrow ridge on Sunday.',
    claims: [{ text: 'About 12 went missing', counted: 'person', measure: 'missing' }],
  },
  {
    label: '"have been taken to hospital" after a bare figure counts the hurt',
    body: 'Some 30 have been taken to hospital after the fire at the Dunmere depot.',
    claims: [{ text: 'Some 30 have been taken to hospital', counted: 'person', measure: 'injury' }],
  },
  {
    label: '"went home" after a bare figure: people moving, the verb is what happened',
    body: 'Some 30 went home once the Tollan river fell.',
    claims: [{ text: 'Some 30 went home', counted: 'person', measure: 'went' }],
  },
  {
    label: '"returned home": the place word is no counted thing',
    body: 'About 430 returned home to Velmoor on Sunday.',
    claims: [{ text: 'About 430 returned home', counted: 'person', measure: 'returned' }],
  },
  {
    label: '"stayed behind" after a bare figure counts people',
    body: 'Nearly 60 stayed behind in the Corvel camp.',
    claims: [{ text: 'Nearly 60 stayed', counted: 'person', measure: 'stayed' }],
  },
];

const NOT_PEOPLE: ClaimRow[] = [
  {
    label: 'guard: taken to a place that is no hospital is no harm',
    body: 'Some 30 have been taken to the Tarrow museum for the show.',
    claims: [],
  },
];

testClaimRows('Fictional disaster report', [['states of people', STATES], ['not a state', NOT_PEOPLE]]);
