// A bare figure as the subject of a state or a fate of people: "had gone missing" (go before a state of harm,
// like "be"), "have been taken to hospital" (carried away hurt). Each counts people.
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
];

const NOT_PEOPLE: ClaimRow[] = [
  {
    label: 'guard: taken to a place that is no hospital is no harm',
    body: 'Some 30 have been taken to the Tarrow museum for the show.',
    claims: [],
  },
];

testClaimRows('Fictional disaster report', [['states of people', STATES], ['not a state', NOT_PEOPLE]]);
