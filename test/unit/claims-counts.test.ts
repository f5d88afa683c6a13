// Labelled sentences for counts news writes in words or without a verb: number words joined by "and"
// after a hundred or thousand are one figure (quantities.ts AND_TAIL), and a headline's vague crowd with
// a state of harm after it ("Hundreds dead in …") is a claim of that harm (quantities.ts HARMED), and a
// bare figure after "they will exceed" counts what the claim before it counts (pronoun-figure.ts).
// A rate or time phrase after a figure ("a day", "per year", "a week earlier") is not what is counted, and
// a squared or cubed length unit measures an area or a volume (05-claims.ts buildClaim).
// Run with `node --import tsx --test test/unit/claims-counts.test.ts`. All text is fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';
import { type ClaimRow, testClaimRows } from './claim-rows';


const AND_JOINED: ClaimRow[] = [
  {
    label: '"a hundred and eleven" people is one count of 111, not 11',
    body: 'A hundred and eleven people were hurt when the Marsh Lane stand gave way.',
    claims: [{ text: 'A hundred and eleven people were hurt', low: 111, counted: 'person', measure: 'injury' }],
  },
  {
    label: '"two hundred and forty" homes is 240, not 40',
    body: 'The gale flattened two hundred and forty homes along the Corvel coast.',
    claims: [{ text: 'flattened two hundred and forty homes', low: 240, counted: 'home' }],
  },
  {
    label: '"one thousand and five" jobs is 1,005, not 5',
    body: 'Pellam Dairies will cut one thousand and five jobs.',
    claims: [{ text: 'cut one thousand and five jobs', low: 1005, counted: 'job' }],
  },
  {
    label: 'a hyphened tail: "three hundred and sixty-two" is 362',
    body: 'Rescuers pulled three hundred and sixty-two sheep from the Tollan floodwater.',
    claims: [{ text: 'pulled three hundred and sixty-two sheep', low: 362 }],
  },
];

// Two figures joined by a bare hyphen before a lower-case plural are one range (quantities.ts PLURAL_AFTER).
const HYPHEN_RANGES: ClaimRow[] = [
  {
    label: '"20-25 people were hurt" is one count of 20 to 25 people',
    body: 'Between 20-25 people were hurt when the Marsh Lane roof fell in.',
    claims: [{ text: '20-25 people were hurt', low: 20, high: 25, counted: 'person', measure: 'injury' }],
  },
  {
    label: 'a score before a plural is no range and no count',
    body: 'Ostrel beat Corvel 3-1 and goals came late.',
    claims: [],
  },
];

const HEADLINE_HARMS: ClaimRow[] = [
  {
    label: 'a headline\'s "Hundreds dead" is a count of deaths',
    body: 'Hundreds dead in Vantoria floods.',
    claims: [{ text: 'Hundreds dead', low: 200, counted: 'person', measure: 'death' }],
  },
  {
    label: '"Dozens hurt as …" is a count of the injured',
    body: 'Dozens hurt as ferry capsizes off Orlen.',
    claims: [{ text: 'Dozens hurt', low: 24, counted: 'person', measure: 'injury' }],
  },
  {
    label: '"Thousands homeless" after a quake counts the displaced',
    body: 'Thousands homeless after quake strikes Tesk.',
    claims: [{ text: 'Thousands homeless', low: 2000, measure: 'displaced' }],
  },
  {
    label: 'a figure and "dead" in a headline counts people killed, not "dead"',
    body: 'Twelve dead after coach crash near Harlow Fen.',
    claims: [{ text: 'Twelve dead', low: 12, counted: 'person', measure: 'death' }],
  },
  {
    label: 'a figure and "die" in a headline counts people who died, not "die" (so the toll of another article backs it)',
    body: 'Eighteen die as ferry overturns off Brask Point.',
    claims: [{ text: 'Eighteen die', low: 18, counted: 'person', measure: 'death' }],
  },
  {
    label: '"At least 30 die" counts people too',
    body: 'At least 30 die in Derran market blast.',
    claims: [{ text: 'At least 30 die', low: 30, counted: 'person', measure: 'death' }],
  },
  {
    label: '"Nine dead, dozens hurt": both tallies count people',
    body: 'Nine dead, dozens hurt as storm hits Pellan.',
    claims: [{ text: 'Nine dead', low: 9, counted: 'person', measure: 'death' }, { text: 'dozens hurt', low: 24, counted: 'person', measure: 'injury' }],
  },
  {
    label: '"At least 30 wounded" counts people, not "wounded"',
    body: 'At least 30 wounded in Derran market blast.',
    claims: [{ text: 'At least 30 wounded', low: 30, counted: 'person', measure: 'injury' }],
  },
  {
    label: 'a harm before a noun leaves the noun counted: "12 dead miners"',
    body: 'The 12 dead miners were carried out of the Ostrel pit.',
    claims: [{ text: '12 dead miners were carried out', low: 12, counted: 'miner' }],
  },
  {
    label: '"Scores" before a state of harm is a crowd, not a match\'s tally',
    body: 'Scores injured in Borvik rail crash.',
    claims: [{ text: 'Scores injured', low: 40, measure: 'injury' }],
  },
];

const WORD_DECIMALS: ClaimRow[] = [
  {
    label: '"four point five million" people is one count of 4.5 million, not "four" and "five million"',
    body: 'Planners said four point five million people live within reach of the Tarrow line.',
    claims: [{ text: 'four point five million people live', low: 4.5e6, counted: 'person' }],
  },
  {
    label: '"two point three per cent" is one share of 2.3',
    body: 'Bus fares in Wenlow rose two point three per cent last month.',
    claims: [{ text: 'rose two point three per cent', low: 2.3, counted: 'percent' }],
  },
  {
    label: '"one thousand two hundred and five" members is one count of 1,205',
    body: 'The Brisk Rowing Club now has one thousand two hundred and five members.',
    claims: [{ text: 'one thousand two hundred and five members', low: 1205, counted: 'member' }],
  },
  {
    label: '"a hundred and sixty million dollars" is one sum of 160 million',
    body: 'The council spent a hundred and sixty million dollars on the Orvel bridge.',
    claims: [{ text: 'spent a hundred and sixty million dollars', low: 1.6e8, counted: 'money', measure: 'cost' }],
  },
  {
    label: '"three hundred thousand" people is one count of 300,000',
    body: 'Some three hundred thousand people fled the Kessan valley.',
    claims: [{ text: 'Some three hundred thousand people fled', low: 270000, counted: 'person' }],
  },
];

const PRONOUN_SUBJECTS: ClaimRow[] = [
  {
    label: '"they will exceed 1,200" after a count of units counts units too',
    body: 'Sales reached 900 kettles last year; this year they will exceed 1,200.',
    claims: [{ text: 'reached 900 kettles', low: 900, counted: 'kettle' }, { text: 'exceed 1,200', low: 1200, counted: 'kettle' }],
  },
  {
    label: 'the count in the sentence before: "In June they topped 650"',
    body: 'Dunmore Ferries carried 400 cyclists in May. In June they topped 650.',
    claims: [{ text: 'carried 400 cyclists', low: 400, counted: 'cyclist' }, { text: 'topped 650', low: 650, counted: 'cyclist' }],
  },
  {
    label: '"it" is no plural count\'s subject: "It expects to reach 50" counts nothing',
    body: 'The Orla yard hired 30 welders. It expects to reach 50 by spring.',
    claims: [{ text: 'hired 30 welders', low: 30, counted: 'welder' }],
  },
];

const POWERED_UNITS: ClaimRow[] = [
  {
    label: '"square kilometres" measures an area, not a length',
    body: 'The new Pellam reserve covers 4.2 square kilometres of salt marsh.',
    claims: [{ text: '4.2 square kilometres', low: 4.2, counted: 'square kilometre', measure: 'area' }],
  },
  {
    label: '"cubic metres" measures a volume, not a length',
    body: 'The Orvane dam released 300 cubic metres of water.',
    claims: [{ text: 'released 300 cubic metres', low: 300, counted: 'cubic metre', measure: 'volume' }],
  },
  {
    label: 'a plain length keeps its dimension',
    body: 'The Tollan ridge trail runs 12 kilometres.',
    claims: [{ text: '12 kilometres', low: 12, counted: 'kilometre', measure: 'length' }],
  },
];

const TIME_PHRASES: ClaimRow[] = [
  {
    label: '"a day" after a count is a rate: the patients are counted, not the day',
    body: 'The Orvane clinic saw 40 patients a day in March.',
    claims: [{ text: 'saw 40 patients a day', low: 40, counted: 'patient' }],
  },
  {
    label: 'an amount "a year" counts money, and the rate stays in the claim',
    body: 'The Pellam levy will cost households £30 million a year.',
    claims: [{ text: '£30 million a year', low: 30000000, counted: 'money', measure: 'cost' }],
  },
  {
    label: '"a year earlier" after a share is when, not what',
    body: 'Rents in Pellam rose 3 percent a year earlier.',
    claims: [{ text: 'rose 3 percent', low: 3, counted: 'percent' }],
  },
];

// A word that compares the figure with another ends the claim and is not what is counted, and a "the"
// right after a figure opens no counted phrase ("up from 412 the year before" counts no year).
const COMPARED: ClaimRow[] = [
  {
    label: '"compared to" the same way',
    body: 'Ferry traffic dropped 9 percent compared to a year earlier.',
    claims: [{ text: 'dropped 9 percent', low: 9, counted: 'percent' }],
  },
  {
    label: '"compared" after a share is neither counted nor the predicate',
    body: 'Orders at Pellam Freight rose 38 percent compared with the spring.',
    claims: [{ text: 'rose 38 percent', counted: 'percent', measure: 'rose' }],
  },
  {
    label: '"below" after a share is neither counted nor the predicate',
    body: 'Output at the Corvel mill was 27% below last year\'s level.',
    claims: [{ text: '27%', unit: 'percent' }],
  },
  {
    label: '"above" after a count ends what is counted',
    body: 'Prices at Dunmere market stood 12 percent above the regional average.',
    claims: [{ text: 'stood 12 percent', unit: 'percent', measure: 'stood' }],
  },
  {
    label: 'an earlier value before "the year before" counts no year',
    body: 'Break-ins in Tarrow reached 640 in March, up from 515 the year before.',
    claims: [],
  },
];

// A part of a whole ("9 of 14 wards", "9 of the county's 14 wards") is one claim of the part, counting the
// whole's noun; the whole's figure is no claim of its own (05-claims.ts bareWhole, ownerWordsAfterOf).
const PART_OF_WHOLE: ClaimRow[] = [
  {
    label: 'a part of a bare whole is one claim counting the whole\'s noun',
    body: 'Storms cut power in 9 of 14 wards across Tarrow.',
    claims: [{ text: '9 of 14 wards', low: 9, counted: 'ward' }],
  },
  {
    label: 'a part of a whole after an owner\'s possessive is one claim',
    body: 'Storms cut power in 9 of the county\'s 14 wards.',
    claims: [{ text: '9 of the county\'s 14 wards', low: 9, counted: 'ward' }],
  },
  {
    label: 'a part of a whole after a named owner is one claim',
    body: 'Inspectors closed 6 of Dunmere\'s 40 bakeries.',
    claims: [{ text: 'closed 6 of Dunmere\'s 40 bakeries', low: 6, counted: 'bakery' }],
  },
];

// A bare figure as the subject of a verb of what happens to people ("Some 900 had fled", "30 died") counts
// people, and the verb is the predicate, not what is counted (05-claims.ts peopleVerbAfter).
const PEOPLE_SUBJECTS: ClaimRow[] = [
  {
    label: 'a bare figure that "had fled" counts people who were displaced',
    body: 'Some 900 had fled the Orlay valley by Sunday.',
    claims: [{ text: 'Some 900 had fled', counted: 'person', measure: 'displaced', sourced: 'no' }],
  },
  {
    label: 'a bare figure that "were arrested" counts people detained',
    body: 'About 60 were arrested after the march in Pellam.',
    claims: [{ text: 'About 60 were arrested', counted: 'person', measure: 'detained' }],
  },
  {
    label: 'a bare figure that "died" counts people, not "died"',
    body: 'At least 14 died when the Kelbrin dam gave way.',
    claims: [{ text: 'At least 14 died', counted: 'person', measure: 'death' }],
  },
  {
    label: 'guard: a figure after "of" is no subject ("a mother of 9 was killed")',
    body: 'A Pellam mother of 9 was killed in the crash on Monday.',
    claims: [],
  },
  {
    label: 'guard: after "had" alone a verb done to people has the figure as its doer',
    body: 'Rebels numbering about 400 had besieged Orlay since March.',
    claims: [],
  },
  {
    label: 'a bare figure that "had crossed" the border counts the people who moved',
    body: 'Some 7,400 had crossed into Marvesh by Tuesday night.',
    claims: [{ text: 'Some 7,400 had crossed', counted: 'person', sourced: 'no' }],
  },
  {
    label: 'a bare figure that "returned" counts the people who came back',
    body: 'About 350 returned to the Orlay camp after the floods.',
    claims: [{ text: 'About 350 returned', counted: 'person' }],
  },
  {
    label: 'guard: "were returned" is done to the figure, it names no people moving',
    body: 'About 350 were returned to the Orlay depot after the floods.',
    claims: [],
  },
  {
    label: 'guard: after "had", "killed" has the figure as its doer: it counts no dead',
    body: 'Some 20 had killed the herders before dawn near Orlay.',
    claims: [],
  },
  {
    label: '"14 trapped under rubble": a preposition of place after the verb is no object of it',
    body: 'At least 14 trapped under rubble were pulled out in Orlay.',
    claims: [{ text: 'At least 14 trapped', counted: 'person', measure: 'trapped' }],
  },
  {
    label: 'guard: a participle before a noun keeps the noun as what is counted',
    body: 'Some 30 wounded sailors were flown to Dunmere.',
    claims: [{ text: 'Some 30 wounded sailors were flown', counted: 'sailor' }],
  },
];

testClaimRows('Coastal Desk Report', [['people as subject', PEOPLE_SUBJECTS], ['part of a whole', PART_OF_WHOLE], ['compared with another', COMPARED], ['time phrase after a figure', TIME_PHRASES], ['squared and cubed units', POWERED_UNITS], ['and-joined', AND_JOINED], ['word decimals and scales', WORD_DECIMALS], ['headline harm', HEADLINE_HARMS], ['pronoun subject', PRONOUN_SUBJECTS], ['hyphen ranges', HYPHEN_RANGES]]);

test('no claim: a year said in words after "in"/"since" ("in two thousand and six"), where "rose to" it is a count', () => {
  const a = analyzeText('Coastal Desk Report\n\nIn two thousand and six the Orla mill closed. Its staff has shrunk since two thousand and nine. Membership rose to two thousand and fifty members.\n');
  assert.deepEqual(a.claims.map((c) => c.text), ['two thousand and fifty members']);
});

test('no claim: "the scores were level" and "scores" of a match stay out', () => {
  const a = analyzeText('Coastal Desk Report\n\nThe scores were level at the break. Scores remain tight in the Corvel league.\n');
  assert.deepEqual(a.claims.map((c) => c.text), []);
});

test('a bare earlier figure with a time phrase after it ("up from 41 a day earlier") counts no day', () => {
  // (admissions as the subject of "reached" are what both figures count)
  const a = analyzeText('Coastal Desk Report\n\nAdmissions at Corvel General reached 57 on Tuesday, up from 41 a day earlier.\n');
  assert.deepEqual(a.claims.map((c) => [c.text, c.counted]), [['Admissions at Corvel General reached 57', 'admission'], ['41', 'admission']]);
});
