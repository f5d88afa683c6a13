// Claim left-overs of session 37 (second set): a singular noun whose level is a count of people ("Membership",
// "Enrolment", "Ridership", "The headcount") as the subject of a change counts them; a size joined by a hyphen
// between a count and its noun ("4,000 40-foot containers") belongs to the noun; a year after "for" before a verb
// of finding ("Data for 2023 shows 40% …") is no figure; a range of Indian scales before a currency's name
// ("between 2 lakh and 3 lakh rupees") is a sum and keeps its "between"; a participle inside an "according to"
// phrase ("figures reported to the Orrel Courier") is no cue, and the outlet the figures were given to is the
// source; an inspector's rating ("a food hygiene rating of zero") is a claim.
// Run with `node --import tsx --test test/unit/claims-leftovers-s37b.test.ts`. All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';

const SINGULAR_COUNTS: ClaimRow[] = [
  {
    label: '"Membership of the club rose by 300 to 4,200" counts members',
    body: 'Membership of the Orrel club rose by 300 to 4,200.',
    claims: [{ text: 'Membership of the Orrel club rose by 300 to 4,200', low: 4200, counted: 'member' }],
  },
  {
    label: '"Enrolment at the school" counts students',
    body: 'Enrolment at the Tarnby school rose to 640.',
    claims: [{ text: 'Enrolment at the Tarnby school rose to 640', low: 640, counted: 'student' }],
  },
  {
    label: '"Ridership on the line" counts passengers',
    body: 'Ridership on the Delna line fell to 31,000.',
    claims: [{ text: 'Ridership on the Delna line fell to 31,000', low: 31000, counted: 'passenger' }],
  },
  {
    label: 'an owner\'s "headcount" with an auxiliary counts employees',
    body: "Tarnby's headcount has fallen to 4,200.",
    claims: [{ text: "Tarnby's headcount has fallen to 4,200", low: 4200, counted: 'employee' }],
  },
  {
    label: 'guard: a noun the count word modifies is the subject ("the membership fee")',
    body: 'The Orrel club membership fee rose to 400.',
    claims: [],
  },
  {
    label: 'guard: a copula gives no level ("Membership is 4,200")',
    body: 'Membership is 4,200.',
    claims: [],
  },
  {
    label: 'guard: a share after the count noun is read as before',
    body: 'Attendance at the Orrel school rose to 94%.',
    claims: [{ text: '94%', unit: 'percent' }],
  },
];

const SIZE_BEFORE_NOUN: ClaimRow[] = [
  {
    label: '"4,000 40-foot containers": the count counts the containers, the size is part of the claim',
    body: 'The Orrel port handled 4,000 40-foot containers last year.',
    claims: [{ text: 'handled 4,000 40-foot containers', low: 4000, counted: 'container' }],
  },
  {
    label: 'a size that is no unit ("12 40-seat buses") the same',
    body: 'Tarnby council bought 12 40-seat buses.',
    claims: [{ text: 'bought 12 40-seat buses', low: 12, counted: 'bus' }],
  },
  {
    label: 'a count in words before the size the same',
    body: 'Crews repaired three 300-metre stretches of the Delna embankment.',
    claims: [{ text: 'repaired three 300-metre stretches of the Delna embankment', low: 3, counted: 'stretch' }],
  },
  {
    label: 'guard: a size after an article stays a claim of its own',
    body: 'Water broke through a 300-metre stretch of the embankment.',
    claims: [{ text: '300-metre stretch of the embankment', counted: 'metre' }],
  },
  {
    label: 'guard: a size after a year is no count\'s',
    body: 'In 2023 40-foot containers made up half the trade at Orrel.',
    claims: [{ text: '40-foot containers made up', counted: 'foot' }],
  },
];

const YEAR_AFTER_FOR: ClaimRow[] = [
  {
    label: '"Data for 2023 shows 40%": the year is no figure',
    body: 'Data for 2023 shows 40% of Tarnby farms made a loss.',
    claims: [{ text: '40% of Tarnby farms made' }],
  },
  {
    label: '"shows that" after the year the same',
    body: 'Data for 2024 shows that 40% of Tarnby farms made a loss.',
    claims: [{ text: '40% of Tarnby farms made' }],
  },
  {
    label: 'guard: a plain count after "for" before a plural still counts ("for 1900 homes"; the homes a plan is for are no claim, so grants here)',
    body: 'The Orrel council approved grants for 1900 homes.',
    claims: [{ text: '1900 homes', counted: 'home' }],
  },
  {
    label: 'guard: "shows" as the counted noun ("for 1900 shows were sold")',
    body: 'Tickets for 1900 shows were sold at Orrel.',
    claims: [{ text: '1900 shows were sold', counted: 'show' }],
  },
];

const NAMED_CURRENCY_RANGE: ClaimRow[] = [
  {
    label: '"between 2 lakh and 3 lakh rupees" is a sum, "between" and the verb included',
    body: 'The Tarnby scheme will cost between 2 lakh and 3 lakh rupees, officials said.',
    claims: [{ text: 'cost between 2 lakh and 3 lakh rupees', low: 200000, high: 300000, unit: 'money', source: 'officials' }],
  },
  {
    label: 'a single scaled figure before a currency\'s name is a sum too ("4.2 billion crowns")',
    body: 'Sales at Tarnby Mills rose to 4.2 billion crowns last year.',
    claims: [{ text: '4.2 billion crowns', counted: 'money', unit: 'money' }],
  },
  {
    label: 'people counted in lakhs keep their "Between" and stay a count',
    body: 'Between 2 lakh and 3 lakh people attended the Orrel fair.',
    claims: [{ text: 'Between 2 lakh and 3 lakh people attended', low: 200000, unit: 'count', counted: 'person' }],
  },
  {
    label: 'guard: crowns after a bare count are things counted',
    body: 'Dr Mira Olsen fitted 40 crowns at the Orrel clinic.',
    claims: [{ text: 'fitted 40 crowns', counted: 'crown', unit: 'count' }],
  },
];

const REPORTED_TO_OUTLET: ClaimRow[] = [
  {
    label: '"according to figures reported to" a named outlet: the outlet is the source',
    body: 'Sales at Tarnby Mills rose 40%, according to figures reported to the Orrel Courier.',
    claims: [{ text: 'rose 40%', sourced: 'yes', source: 'Orrel Courier' }],
  },
  {
    label: 'a descriptor before the outlet\'s name ("the trade magazine Varn Gazette")',
    body: 'Sales at Tarnby Mills rose 40%, according to figures submitted to the trade magazine Varn Gazette.',
    claims: [{ text: 'rose 40%', sourced: 'yes', source: 'Varn Gazette' }],
  },
  {
    label: 'guard: figures reported to no one named stay vague',
    body: 'Sales at Tarnby Mills rose 40%, according to figures reported to regulators.',
    claims: [{ text: 'rose 40%', sourced: 'vague' }],
  },
  {
    label: 'guard: a cue after the "according to" phrase\'s comma still reports',
    body: 'According to the Orrel Courier, Mira Olsen said 40 people died.',
    claims: [{ text: '40 people died', sourced: 'yes', source: 'Mira Olsen' }],
  },
];

const INSPECTION_RATINGS: ClaimRow[] = [
  {
    label: '"given a food hygiene rating of zero" is an inspector\'s finding',
    body: 'The Orrel Grill was given a food hygiene rating of zero after an inspection.',
    claims: [{ text: 'food hygiene rating of zero', low: 0, counted: 'rating', measure: 'rating' }],
  },
  {
    label: 'a digit and no "food" the same',
    body: 'The Tarnby Diner has a hygiene rating of 1.',
    claims: [{ text: 'hygiene rating of 1', low: 1, counted: 'rating' }],
  },
  {
    label: 'guard: a rating of no inspection ("a rating of 4") is no claim',
    body: 'The Orrel album has a rating of 4.',
    claims: [],
  },
  {
    label: 'guard: a credit rating is left as it was',
    body: 'Tarnby council has a credit rating of 3.',
    claims: [],
  },
];

testClaimRows('Orrel Business Round-Up', [
  ['singular count nouns', SINGULAR_COUNTS],
  ['size between a count and its noun', SIZE_BEFORE_NOUN],
  ['year after "for"', YEAR_AFTER_FOR],
  ['currency name after a scaled range', NAMED_CURRENCY_RANGE],
  ['figures reported to an outlet', REPORTED_TO_OUTLET],
  ['inspection ratings', INSPECTION_RATINGS],
]);
