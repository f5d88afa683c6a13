// Conflict and humanitarian reporting: who a casualty or refugee figure is sourced to when the source's
// phrase is long or stands in another sentence (fictional sentences; each row failed before its fix).
import { testClaimRows, type ClaimRow } from './claim-rows';

// "X, a …-based group that relies on …, said 97 …": an apposition with a relative clause before the cue.
const longAppositions: readonly ClaimRow[] = [
  {
    label: 'a monitor with a relative clause in its apposition',
    body: 'The Brisk Observatory for Civil Rights, a Lessau-based group that relies on a network of sources on the ground, said 97 of the dead were children.',
    claims: [{ text: '97 of the dead were children', sourced: 'yes', source: 'Brisk Observatory for Civil Rights' }],
  },
  {
    label: 'an aid agency with a relative clause in its apposition',
    body: 'The Tarn Valley Relief Fund, a small charity that has run soup kitchens in the upper valley since the first winter of the war, said 4,000 families had no food.',
    claims: [{ text: '4,000 families had no food', sourced: 'yes', source: 'Tarn Valley Relief Fund' }],
  },
];

// "The … Office opened a camp. It said 4,000 …": "It" before the cue is the organisation opening the sentence
// before; a report, a plan or a town called "it" names nobody to check.
const itSaid: readonly ClaimRow[] = [
  {
    label: '"It said" after a sentence opened by an agency',
    body: 'The Velm Refugee Office opened a second camp last month. It said 4,000 families had fled the valley.',
    claims: [{ text: '4,000 families had fled', sourced: 'yes', source: 'It' }],
  },
  {
    label: '"and it also said" after a sentence opened by a monitor',
    body: 'The Carrow Monitoring Mission visited the front on Monday. Its staff counted craters, and it also said 35 homes were destroyed.',
    claims: [{ text: '35 homes were destroyed', sourced: 'yes', source: 'it' }],
  },
  {
    label: '"It said" after a sentence opened by a report stays unsourced',
    body: 'The report was published on Monday. It said 4,000 families had fled the valley.',
    claims: [{ text: '4,000 families had fled', sourced: 'no' }],
  },
  {
    label: '"It said" in a new paragraph stays unsourced',
    body: 'The Velm Refugee Office opened a second camp last month.\n\nIt said 4,000 families had fled the valley.',
    claims: [{ text: '4,000 families had fled', sourced: 'no' }],
  },
];

// "The department put the number of wounded at 58": the count is the verb's object and "at" gives its value;
// a state of harm after "of" counts people.
const putNumberAt: readonly ClaimRow[] = [
  {
    label: '"put the number of wounded at 58"',
    body: 'The regional health department put the number of wounded at 58.',
    claims: [{ text: 'the number of wounded at 58', counted: 'person', measure: 'injury', sourced: 'yes', source: 'The regional health department' }],
  },
  {
    label: '"estimated the number of displaced at 1.4 million"',
    body: 'The Orvane relief agency estimated the number of displaced at 1.4 million.',
    claims: [{ text: 'the number of displaced at 1.4 million', counted: 'person', sourced: 'yes' }],
  },
  {
    label: '"put the number of people killed in Tarn at 23"',
    body: 'The army put the number of people killed in Tarn at 23.',
    claims: [{ text: 'the number of people killed in Tarn at 23', counted: 'person', measure: 'death', sourced: 'yes', source: 'The army' }],
  },
];

testClaimRows('Fictional conflict report', [
  ['a count put at a figure', putNumberAt],
  ['a long apposition before the cue', longAppositions],
  ['an organisation called "it"', itSaid],
]);
