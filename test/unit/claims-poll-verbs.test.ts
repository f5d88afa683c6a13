// Verbs after a counted figure that are not what is counted, nor what happened to it: a present-tense
// verb with its object ("300 orchards supply the cannery"), the verb of reported speech ("a third of
// drivers said") and the finding of a poll whose sample the figure is ("a poll of 1,200 voters found").
// Fictional sentences; before the fix each span took the verb (and the object as the counted noun).
import { testClaimRows, type ClaimRow } from './claim-rows';

const presentVerb: readonly ClaimRow[] = [
  {
    label: 'orchards that "supply the" cannery count orchards',
    body: 'About 300 orchards supply the cannery in Delmor, the co-op said.',
    claims: [{ text: 'About 300 orchards supply', counted: 'orchard', sourced: 'yes' }],
  },
  {
    label: 'clinics that "serve the" valley count clinics',
    body: 'Roughly 90 clinics serve the Tarrow valley, the board said.',
    claims: [{ text: 'Roughly 90 clinics serve', counted: 'clinic', sourced: 'yes' }],
  },
];

// Guards: a preposition after the plural is no verb; a passive of "tell" is what happened to them; a court
// trial is no poll.
const guards: readonly ClaimRow[] = [
  {
    label: 'checkpoints "around the" harbour: a preposition, no verb',
    body: 'Crews placed 12 checkpoints around the harbour, police said.',
    claims: [{ text: 'placed 12 checkpoints around the harbour', sourced: 'yes' }],
  },
  {
    label: 'staff who "have been told": the passive stays the predicate',
    body: 'Some 40 staff have been told they will lose their jobs.',
    claims: [{ text: 'Some 40 staff have been told', counted: 'staff', measure: 'told' }],
  },
  {
    label: 'the trial of two men "charged": a court trial is no poll',
    body: 'The jury sat through the trial of two men charged over the Orlen depot fire.',
    claims: [{ text: 'two men charged', counted: 'man' }],
  },
];

const speech: readonly ClaimRow[] = [
  {
    label: 'a third of drivers "said": the cue is not the claim',
    body: 'A third of drivers said they would pay the toll.',
    claims: [{ text: 'A third of drivers', counted: 'driver' }],
  },
  {
    label: 'those polled "said": the cue is not the claim',
    body: 'Nearly 40 percent of those polled said the fee was fair.',
    claims: [{ text: 'Nearly 40 percent of those polled', counted: 'person' }],
  },
  {
    label: 'respondents who "say": the cue is not the claim',
    body: 'About 20 percent of respondents say they skip meals.',
    claims: [{ text: 'About 20 percent of respondents', counted: 'respondent' }],
  },
];

const sample: readonly ClaimRow[] = [
  {
    label: 'a poll of 1,200 voters "found": the poll finds, not the voters',
    body: 'A poll of 1,200 voters found most back the plan.',
    claims: [{ text: '1,200 voters', counted: 'voter' }],
  },
  {
    label: 'a survey of 900 nurses "showed": the survey shows',
    body: 'A survey of 900 nurses showed deep anger over pay.',
    claims: [{ text: '900 nurses', counted: 'nurse' }],
  },
  {
    label: 'a convoy of 30 trucks "arrived": not a sample, the verb stays',
    body: 'A convoy of 30 trucks arrived at the border.',
    claims: [{ text: '30 trucks arrived', counted: 'truck' }],
  },
];

const stance: readonly ClaimRow[] = [
  {
    label: 'a share that "oppose the" rise counts the people polled',
    body: 'A survey of 800 tenants found 61 percent oppose the rent rise.',
    claims: [{ text: '800 tenants', counted: 'tenant' }, { text: '61 percent oppose', counted: 'person' }],
  },
  {
    label: 'a share that "back the" plan counts the people polled',
    body: 'Some 54 percent back the plan, the Orrin Institute said.',
    claims: [{ text: 'Some 54 percent back', counted: 'person', sourced: 'yes' }],
  },
];

testClaimRows('Fictional poll report', [
  ['present-tense verb with its object after the counted plural', presentVerb],
  ['what is no verb after the figure, or stays one', guards],
  ['reported speech after the counted figure', speech],
  ['a poll\'s sample', sample],
  ['a bare share with a verb of opinion', stance],
]);
