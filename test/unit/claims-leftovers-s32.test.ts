// Claim left-overs of session 31's sweeps: a body's staff and a person's representatives as sources; a figure
// "a reported" hedges; a share answering a poll counts people, not the verb; a pledged share and the countries
// a group comes from are no claims; a second "put … at"; a level that changed "from … to …".
// Run with `node --import tsx --test test/unit/claims-leftovers-s32.test.ts`. All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';

const SOURCES: ClaimRow[] = [
  {
    label: 'staff at a place speak like lawyers for a party',
    body: 'Staff at the Orrin depot said 30 buses were idle.',
    claims: [{ text: '30 buses were idle', sourced: 'yes', source: 'Staff at the Orrin depot' }],
  },
  {
    label: 'a person\'s representatives after the figure',
    body: 'The singer earned $4 million last year, her representatives said.',
    claims: [{ text: 'earned $4 million', sourced: 'yes', source: 'her representatives' }],
  },
  {
    label: '"a reported" sum is hearsay',
    body: 'The Varn family sold the farm for a reported $6 million in May.',
    claims: [{ text: '$6 million', sourced: 'vague' }],
  },
  {
    label: 'guard: a named speaker still vouches for a reported sum',
    body: 'The Varn family sold the farm for a reported $6 million, their lawyer said.',
    claims: [{ text: '$6 million', sourced: 'yes', source: 'their lawyer' }],
  },
  {
    label: 'a price per unit counts money, not the unit',
    body: 'Copper sold at $9,000 a tonne in Varn.',
    claims: [{ text: '$9,000 a tonne', counted: 'money', unit: 'money' }],
  },
  {
    label: 'guard: a mass bought is counted in its unit',
    body: 'Halvor paid $40 million for 900 tonnes of copper.',
    claims: [{ text: 'paid $40 million', counted: 'money' }, { text: '900 tonnes', counted: 'tonne', measure: 'mass' }],
  },
  {
    label: 'guard: "an estimated" figure is no hearsay',
    body: 'The storm caused an estimated $2 million in damage.',
    claims: [{ text: 'caused an estimated $2 million', sourced: 'no' }],
  },
];

const SHARES: ClaimRow[] = [
  {
    label: 'a share that answered a poll counts people, not "said"',
    body: 'In the Tessaly poll, 41% said they would vote.',
    claims: [{ text: '41% said', counted: 'person', sourced: 'yes' }],
  },
  {
    label: 'the same after a hedge word',
    body: 'Some 62 percent told pollsters they trusted the mayor.',
    claims: [{ text: 'Some 62 percent told pollsters', counted: 'person' }],
  },
];

const LEVELS: ClaimRow[] = [
  {
    label: 'a second harm state "put … at" after "and" is its own claim',
    body: 'Police put the injured at 31 and the dead at 4.',
    claims: [{ text: 'the injured at 31', measure: 'injury', sourced: 'yes' }, { text: 'the dead at 4', low: 4, measure: 'death', sourced: 'yes', source: 'Police' }],
  },
  {
    label: 'a toll that rose "from … to …" is at its new level',
    body: 'The toll from the Kesh floods rose from 172 to 260.',
    claims: [{ text: 'The toll from the Kesh floods rose from 172 to 260', low: 260, high: 260, counted: 'person', measure: 'death' }],
  },
  {
    label: 'a toll that fell "from … to …" is no range in the wrong order',
    body: 'The toll from the Kesh floods fell from 260 to 172.',
    claims: [{ text: 'The toll from the Kesh floods fell from 260 to 172', low: 172, high: 172, counted: 'person' }],
  },
  {
    label: 'a staff that grew "from … to …": the new level counts the people',
    body: 'Its staff grew from 40 to 65 people, Orla Venn said.',
    claims: [{ text: '65 people', low: 65, counted: 'person', sourced: 'yes' }],
  },
  {
    label: 'a plural of a register with one word before it, as the subject of a change',
    body: 'Road deaths in Orvale rose to 1,126 last year.',
    claims: [{ text: 'Road deaths in Orvale rose to 1,126', low: 1126, counted: 'death' }],
  },
  {
    label: 'guard: prices that ranged "from … to …" are a range',
    body: 'Tickets ranged from $4 to $6.',
    claims: [{ text: 'ranged from $4 to $6', low: 4, high: 6, unit: 'money' }],
  },
];

const NOT_CLAIMS: ClaimRow[] = [
  {
    label: 'a goal\'s share is the level it sets',
    body: 'The board set a goal of at least 15% of sales from new brands.',
    claims: [],
  },
  {
    label: 'a pledged share is the level a pledge sets',
    body: 'Members agreed to spend at least 3% of output on roads.',
    claims: [],
  },
  {
    label: 'guard: a share spent is measured',
    body: 'Members spent 3% of output on roads.',
    claims: [{ text: 'spent 3% of output', unit: 'percent' }],
  },
  {
    label: 'the countries a group comes from describe it',
    body: 'Troops from six countries joined the drill near Sarn.',
    claims: [],
  },
  {
    label: 'guard: countries a firm sells to are a claim',
    body: 'Halvor Foods exports to 14 countries.',
    claims: [{ text: '14 countries', counted: 'country' }],
  },
];

testClaimRows('Fictional business and politics report', [['sources', SOURCES], ['shares', SHARES], ['levels', LEVELS], ['not claims', NOT_CLAIMS]]);
