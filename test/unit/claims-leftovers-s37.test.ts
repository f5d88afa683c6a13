// Claim left-overs of session 37: a range whose ends both carry a regional sign or an Indian scale ("from Rs 40
// to Rs 55", "between 2 lakh and 3 lakh") is one range; a cue's plural form counted by a figure ("12 counts")
// is a noun, not a verb with a speaker; a place inside the subject of a passive cue ("Turnout across Vellmark
// was estimated") vouches for nothing; the size of one thing written as its modifier ("a 640 kg probe", "a
// 300 km by 500 km orbit") is no claim; "No." before a word that is no figure ends a sentence (a transcript's
// "Olsen: No. About 40% …"); "3.1 g/t" is an ore's grade in grams per tonne, not "3.1 g".
// Run with `node --import tsx --test test/unit/claims-leftovers-s37.test.ts`. All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';

const REGIONAL_RANGES: ClaimRow[] = [
  {
    label: '"from Rs 40 to Rs 55" is one range, not two sums',
    body: 'Onion prices at the Orrel market ranged from Rs 40 to Rs 55 per kg.',
    claims: [{ text: 'ranged from Rs 40 to Rs 55 per kg', low: 40, high: 55, unit: 'money' }],
  },
  {
    label: '"between 2 lakh and 3 lakh" keeps its low end',
    body: 'The Tarnby scheme will cost between 2 lakh and 3 lakh rupees, officials said.',
    claims: [{ text: 'cost between 2 lakh and 3 lakh rupees', low: 200000, high: 300000, unit: 'money', source: 'officials' }],
  },
  {
    label: '"Rs 2 crore to Rs 3 crore" is the same',
    body: 'The Delna bridge will cost Rs 2 crore to Rs 3 crore.',
    claims: [{ text: 'cost Rs 2 crore to Rs 3 crore', low: 2e7, high: 3e7 }],
  },
  {
    label: 'after a verb of change the two ends are the old level and the new: the new one is the claim',
    body: 'Prices at the Orrel market rose from Rs 40 to Rs 55 a kilo.',
    claims: [{ text: 'Rs 55 a kilo', low: 55, high: 55 }],
  },
  {
    label: 'guard: two sums joined by "and" with no "between" stay two',
    body: 'Mira Olsen paid Rs 40 and Rs 55 for the two tickets.',
    claims: [{ text: 'paid Rs 40', low: 40 }, { text: 'Rs 55', low: 55 }],
  },
  {
    label: 'guard: a dollar range is read as before',
    body: 'Onion prices at the Orrel market ranged from $40 to $55 per kg.',
    claims: [{ text: 'ranged from $40 to $55 per kg', low: 40, high: 55 }],
  },
];

const COUNTED_CUE_NOUNS: ClaimRow[] = [
  {
    label: '"12 counts" is counted, no verb: the one found guilty is no source',
    body: 'The jury found Mira Olsen guilty on 12 counts.',
    claims: [{ text: '12 counts', sourced: 'no' }],
  },
  {
    label: 'a count word before the noun is the same',
    body: 'Mira Olsen faces two counts of fraud.',
    claims: [{ text: 'two counts of fraud', sourced: 'no' }],
  },
  {
    label: 'guard: "counts" as a verb still makes its subject the source',
    body: 'Mira Olsen counts 40 members in her club.',
    claims: [{ text: '40 members', sourced: 'yes', source: 'Mira Olsen' }],
  },
  {
    label: 'guard: a year before "shows" is no count',
    body: 'A Tarnby survey in 2023 shows 40% of farms lost money.',
    claims: [{ text: '40% of farms lost money', sourced: 'yes', source: 'A Tarnby survey in 2023' }],
  },
];

const PLACE_IN_PASSIVE_SUBJECT: ClaimRow[] = [
  {
    label: 'a place inside the subject of "was estimated" is where, not who',
    body: 'Turnout across Vellmark was estimated at 68%.',
    claims: [{ text: '68%', sourced: 'no' }],
  },
  {
    label: 'the agent after "by" is the source, not the place before the cue',
    body: 'Turnout in Vellmark was estimated at 68% by the Vellmark Electoral Board.',
    claims: [{ text: '68%', sourced: 'yes', source: 'the Vellmark Electoral Board' }],
  },
  {
    label: 'guard: an active cue keeps its subject, place and all',
    body: 'Officials in Vellmark estimated turnout at 68%.',
    claims: [{ text: '68%', sourced: 'yes', source: 'Officials in Vellmark' }],
  },
];

const SIZE_OF_ONE_THING: ClaimRow[] = [
  {
    label: 'a mass written as the modifier of one thing is its size, no claim',
    body: 'The Orvik agency launched a 640 kg probe on Tuesday.',
    claims: [],
  },
  {
    label: 'two dimensions joined by "by" are the same',
    body: 'The Orvik probe entered a 300 km by 500 km orbit on Tuesday.',
    claims: [],
  },
  {
    label: 'guard: a mass seized is an amount, a claim',
    body: 'Customs officers in Tarnby seized a 40 kg haul of cocaine.',
    claims: [{ text: '40 kg', counted: 'kg' }],
  },
  {
    label: 'guard: two dimensions of what an event made stay claims',
    body: 'The spilt oil formed a 3 km by 5 km slick off Tarnby.',
    claims: [{ text: '3 km' }, { text: '5 km' }],
  },
  {
    label: 'guard: a mass sold is a claim',
    body: 'Tarnby Mills sold 640 kg of rice on Tuesday.',
    claims: [{ text: 'sold 640 kg', counted: 'kg' }],
  },
];

const ORE_GRADES: ClaimRow[] = [
  {
    label: '"g/t" is an ore\'s grade, grams per tonne: the claim keeps its "/t"',
    body: 'Drilling at the Tarnby site returned 3.1 g/t gold over 12 metres.',
    claims: [{ text: 'returned 3.1 g/t gold', counted: 'g/t' }, { text: 'over 12 metres', counted: 'metre' }],
  },
  {
    label: 'guard: grams of something stay grams',
    body: 'The Tarnby bakery used 300 g of flour.',
    claims: [{ text: 'used 300 g of flour', counted: 'g' }],
  },
  {
    label: 'guard: "km/h" is still a speed',
    body: 'Gusts of 120 km/h hit Tarnby.',
    claims: [{ text: '120 km/h', counted: 'km/h' }],
  },
];

const NO_ENDS_A_SENTENCE: ClaimRow[] = [
  {
    label: '"No." before a word that is no figure ends the answer\'s first sentence, and the figure after it is the speaker\'s',
    body: 'Tarnby mayor Mira Olsen spoke to the Orrel Courier.\n\nQ: Is that enough?\n\nOlsen: No. About 40% of the money is already there.',
    claims: [{ text: 'About 40% of the money', sourced: 'yes', source: 'Olsen' }],
  },
  {
    label: 'guard: "No." before a figure is a number\'s sign',
    body: 'Mira Olsen, the No. 2 at Tarnby Mills, said 40 jobs would go.',
    claims: [{ text: '40 jobs would go', sourced: 'yes', source: 'Mira Olsen' }],
  },
];

testClaimRows('Tarnby and Vellmark news', [
  ['a range with regional signs or scales', REGIONAL_RANGES],
  ['a cue counted by a figure', COUNTED_CUE_NOUNS],
  ['a place in a passive subject', PLACE_IN_PASSIVE_SUBJECT],
  ['the size of one thing', SIZE_OF_ONE_THING],
  ['an ore\'s grade', ORE_GRADES],
  ['"No." and a sentence end', NO_ENDS_A_SENTENCE],
]);
