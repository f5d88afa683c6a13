// An institution named by its common noun ("the cooperative said", "the clinic said")
// sources the claim like "the agency said" does (fictional sentences; before the fix these were unsourced).
import { testClaimRows, type ClaimRow } from './claim-rows';

const rows: readonly ClaimRow[] = [
  {
    label: 'the cooperative said',
    body: 'About 200 orchards were sold, the cooperative said.',
    claims: [{ text: 'About 200 orchards were sold', sourced: 'yes', source: 'the cooperative' }],
  },
  {
    label: 'the clinic said',
    body: 'Around 80 patients were treated, the clinic said.',
    claims: [{ text: 'Around 80 patients were treated', counted: 'patient', sourced: 'yes', source: 'the clinic' }],
  },
  {
    label: 'the utility said',
    body: 'About 1,200 meters were recalled, the utility said.',
    claims: [{ text: 'About 1,200 meters', sourced: 'yes', source: 'the utility' }],
  },
  {
    label: 'the board said',
    body: 'About 900 homes lost power, the board said.',
    claims: [{ text: 'About 900 homes lost power', sourced: 'yes', source: 'the board' }],
  },
  {
    label: 'the manufacturer said',
    body: 'Some 3,400 kettles were recalled last month, the manufacturer said.',
    claims: [{ text: 'Some 3,400 kettles were recalled', sourced: 'yes', source: 'the manufacturer' }],
  },
];

// A place or a name after a preposition right before ", the union said" is no speaker with an apposition
// after it (before the fix the claim's source was the place or the firm).
const afterPreposition: readonly ClaimRow[] = [
  {
    label: 'a place after "in" before ", the manufacturer said"',
    body: 'Some 3,400 kettles were recalled in Brisk County, the manufacturer said.',
    claims: [{ text: 'Some 3,400 kettles were recalled', sourced: 'yes', source: 'the manufacturer' }],
  },
  {
    label: 'a firm after "at" before ", the union said"',
    body: 'Some 600 shifts were cut at Velant Motors, the union said.',
    claims: [{ text: 'Some 600 shifts were cut', sourced: 'yes', source: 'the union' }],
  },
];

// The people a claim counts are not its source: "A third of users said …, according to a survey by the firm"
// is sourced to the survey (before the fix the counted users were taken as a vague source).
const countedSpeakers: readonly ClaimRow[] = [
  {
    label: 'a share of users who said, then "according to a survey by the firm"',
    body: 'A third of Pellow users said the battery had improved, according to a survey by the firm.',
    claims: [{ text: 'A third of Pellow users', sourced: 'yes', source: 'a survey by the firm' }],
  },
  {
    label: 'a quarter of users who said, then "according to a poll by the firm"',
    body: 'A quarter of Tamsin users said the screen had dimmed, according to a poll by the firm.',
    claims: [{ text: 'A quarter of Tamsin users', sourced: 'yes', source: 'a poll by the firm' }],
  },
  {
    label: 'one in four pupils whose phrase runs past the claim and who report something are counted, not a source',
    body: 'One in four pupils in our school reports symptoms of stress before exams.',
    claims: [{ text: 'One in four pupils', sourced: 'no' }],
  },
];

// Emergency and public bodies named by their head noun ("the ambulance service said", "the fire brigade said")
// source a disaster report's figures like "the agency said" (fictional sentences; unsourced before the fix).
const emergencyBodies: readonly ClaimRow[] = [
  {
    label: 'the ambulance service said',
    body: 'Emergency calls rose by 35 percent, the ambulance service said.',
    claims: [{ text: '35 percent', sourced: 'yes', source: 'the ambulance service' }],
  },
  {
    label: 'the fire brigade said',
    body: 'About 70 firefighters fought the blaze at the Orrin mill, the fire brigade said.',
    claims: [{ text: 'About 70 firefighters fought', sourced: 'yes', source: 'the fire brigade' }],
  },
  {
    label: 'the weather bureau said',
    body: 'Some 140 millimetres of rain fell overnight, the weather bureau said.',
    claims: [{ text: 'Some 140 millimetres', sourced: 'yes', source: 'the weather bureau' }],
  },
  {
    label: 'the directorate said',
    body: 'About 900 homes were flooded in the Marrow valley, the directorate said.',
    claims: [{ text: 'About 900 homes were flooded', sourced: 'yes', source: 'the directorate' }],
  },
  {
    label: 'the prefecture said',
    body: 'Around 3,000 residents were evacuated, the prefecture said.',
    claims: [{ text: 'Around 3,000 residents were evacuated', sourced: 'yes', source: 'the prefecture' }],
  },
  {
    label: 'emergency services said',
    body: 'At least 45 people were hurt, emergency services said.',
    claims: [{ text: 'At least 45 people were hurt', sourced: 'yes', source: 'emergency services' }],
  },
];

/** A pledge: whoever pledges is the figure's source when it is a body, not when it is a country. */
const pledges: readonly ClaimRow[] = [
  {
    label: 'a council that pledged a sum right before it is its source',
    body: 'The Pellam council pledged $12m to rebuild the harbour wall.',
    claims: [{ text: 'pledged $12m', sourced: 'yes', source: 'The Pellam council' }],
  },
  {
    label: 'a named firm that promised a sum is its source, as with "promised to give"',
    body: 'Corvel Holdings promised €30 million for the new clinic.',
    claims: [{ text: 'promised €30 million', sourced: 'yes', source: 'Corvel Holdings' }],
  },
  {
    label: 'a ministry named with its country\'s possessive is a body, and the source',
    body: "Vaskia's foreign ministry pledged $40m to the relief effort.",
    claims: [{ text: 'pledged $40m', sourced: 'yes', source: "Vaskia's foreign ministry" }],
  },
  {
    label: 'guard: a country that pledged names nobody who announced it',
    body: 'Ostravia pledged $40m to the relief effort.',
    claims: [{ text: 'pledged $40m', sourced: 'no' }],
  },
];

testClaimRows('Fictional business report', [
  ['an emergency or public body named by its head noun', emergencyBodies],
  ['the people counted are not their own source', countedSpeakers],
  ['an institution named by its common noun', rows],
  ['no apposition to a name after a preposition', afterPreposition],
  ['whoever pledges a sum', pledges],
]);
