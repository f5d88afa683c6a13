// Counts named by their subject or object rather than by a noun after the figure (fictional sentences):
// a bare plural a register counts as the subject of a change ("Applications rose to 163,500", "Members of the club rose by 300 to 4,200", after "shrank", "dwindled" or "swelled" too), a count
// revised "to" a figure, the dead or a toll "put at" a figure, and an adverb of when a figure was given
// ("172 initially reported") that is no counted noun. The writers of a letter who speak in it ("In a
// joint letter, 17 charities urged …") are who speaks, no claim. Prices, readings and shares that rise
// to a level count nothing. The most a scheme lets one borrow or claim is a rule's level, no claim, and a
// sum a body "is seeking" right after the verb is the body's own figure.
// "Six in ten pupils" is a share (60%), as "one in five" is. "By its own count, the union …" is the union's.
import { testClaimRows, type ClaimRow } from './claim-rows';

const pluralSubjects: readonly ClaimRow[] = [
  {
    label: 'the members of a body as a count subject: "Members of the club rose by 300 to 4,200"',
    body: 'Members of the Orrel rowing club rose by 300 to 4,200 last year.',
    claims: [{ text: 'Members of the Orrel rowing club rose by 300 to 4,200', counted: 'member', low: 4200, sourced: 'no' }],
  },
  {
    label: 'guard: members who rise to their feet are no count',
    body: 'Members of the Orrel rowing club rose to their feet when the 12 rowers came in.',
    claims: [{ text: '12 rowers came', counted: 'rower' }],
  },
  {
    label: '"shrank" is a verb of change like "fell": "Orrel\'s workforce shrank to 640"',
    body: "Orrel's workforce shrank to 640 after the cuts.",
    claims: [{ text: "Orrel's workforce shrank to 640", counted: 'employee', low: 640 }],
  },
  {
    label: '"dwindled" and "swelled" too',
    body: 'Visitors to the Tarnby fair dwindled to 3,100, while bookings at its inns swelled to 900.',
    claims: [
      { text: 'Visitors to the Tarnby fair dwindled to 3,100', counted: 'visitor', low: 3100 },
      { text: 'bookings at its inns swelled to 900', counted: 'booking', low: 900 },
    ],
  },
  {
    label: 'guard: a price that shrank to a level is a sum, not a count of its subject',
    body: "The price of Orrel Mills' shares shrank to 640 pence.",
    claims: [{ text: '640 pence', counted: 'money' }],
  },
  {
    label: 'applications to a scheme rose to a level',
    body: 'Applications to the Dunmere grant scheme rose to 163,500 last year.',
    claims: [{ text: 'Applications to the Dunmere grant scheme rose to 163,500', counted: 'application', low: 163500, sourced: 'no' }],
  },
  {
    label: 'a change by a fraction, then the level',
    body: 'Complaints rose by a fifth to 4,312 in the spring.',
    claims: [{ text: 'Complaints rose by a fifth to 4,312', counted: 'complaint', low: 4312 }],
  },
  {
    label: 'arrivals fell by a third to millions',
    body: 'Arrivals at Pellam airport fell by a third to 2.1 million last year.',
    claims: [{ text: 'Arrivals at Pellam airport fell by a third to 2.1 million', counted: 'arrival', low: 2100000 }],
  },
  {
    label: 'the number of complaints still counts the complaints',
    body: 'The number of complaints rose to 512 in May.',
    claims: [{ text: 'The number of complaints rose to 512', counted: 'complaint' }],
  },
  {
    label: 'a plural inside a prices subject is no count',
    body: 'Prices of bookings rose to 187 on Friday.',
    claims: [],
  },
  {
    label: 'temperatures rising to a level are no count',
    body: 'Temperatures in Velbrook rose to 41 on Friday.',
    claims: [],
  },
  {
    label: 'a plural after a verb does not open the clause',
    body: 'The council said that it reviewed complaints and the backlog fell to 300.',
    claims: [],
  },
];

const revisedAndPut: readonly ClaimRow[] = [
  {
    label: 'a count revised to a figure',
    body: 'The agency revised the number of dead to 318 on Tuesday.',
    claims: [{ text: 'the number of dead to 318', counted: 'person', low: 318 }],
  },
  {
    label: 'a toll revised to a figure',
    body: 'The agency revised its toll to 96 on Tuesday.',
    claims: [{ text: 'toll to 96', counted: 'person', measure: 'death', low: 96 }],
  },
  {
    label: 'a price raised to a figure is no count',
    body: 'The board raised the limit to 40 after the vote.',
    claims: [],
  },
  {
    label: "a body's count puts the dead at a figure",
    body: "The interior ministry's count puts the dead at 40.",
    claims: [{ text: 'the dead at 40', counted: 'person', measure: 'death', sourced: 'yes', source: 'The interior ministry', low: 40 }],
  },
  {
    label: 'officials put the death toll at a figure',
    body: 'Health officials put the death toll at 12.',
    claims: [{ text: 'death toll at 12', counted: 'person', measure: 'death', sourced: 'yes', source: 'Health officials' }],
  },
  {
    label: 'police put the injured at a figure',
    body: 'Police in Marlow put the injured at 31.',
    claims: [{ text: 'the injured at 31', counted: 'person', measure: 'injury', low: 31 }],
  },
];

const pronounOwners: readonly ClaimRow[] = [
  {
    label: "a pronoun's own count is the body named after the comma",
    body: 'By its own count, the Halvor group has lost 300 members.',
    claims: [{ text: 'lost 300 members', sourced: 'yes', source: 'the Halvor group' }],
  },
  {
    label: "a pronoun's own count is the firm named after the comma",
    body: 'By its own count, Halvor Mining has cut 300 jobs.',
    claims: [{ text: 'cut 300 jobs', sourced: 'yes', source: 'Halvor Mining' }],
  },
  {
    label: 'a river is no body that counts',
    body: 'By its own count, the river in Tarsen has risen 300 centimetres.',
    claims: [{ text: '300 centimetres', sourced: 'no' }],
  },
];

const whenGiven: readonly ClaimRow[] = [
  {
    label: 'an adverb of when a figure was given is no counted noun',
    body: 'The toll in Velbrook rose from 172 initially reported to 260.',
    claims: [{ text: 'toll in Velbrook rose from 172', counted: 'person', low: 172 }],
  },
  {
    label: 'a figure first announced, with a counted noun before the adverb',
    body: 'Officials in Marlow found 90 cattle first reported missing.',
    claims: [{ text: '90 cattle', counted: 'cattle' }],
  },
  {
    label: 'an adverb and a verb before a plural qualify the plural',
    body: 'Clinics in Velbrook saw 12 first reported cases.',
    claims: [{ text: 'saw 12 first reported cases' }],
  },
];

const letterWriters: readonly ClaimRow[] = [
  {
    label: 'charities urging in a joint letter',
    body: 'In a joint letter, 17 charities urged the Renley government to act.',
    claims: [],
  },
  {
    label: 'doctors warning in an open letter on a day',
    body: 'In an open letter on Monday, more than 40 doctors warned that the ward was unsafe.',
    claims: [],
  },
  {
    label: 'aid groups calling for something in a statement',
    body: 'In a statement, 14 aid groups called for a ceasefire.',
    claims: [],
  },
  {
    label: 'a letter opening a later sentence, far into the text',
    body: 'The clinic on Harrow Lane in Velmora closed its doors last spring. In a joint letter, 23 nurses urged the Tarnley council to act.',
    claims: [],
  },
  {
    label: 'a figure after a year, not a letter, stays a claim',
    body: 'In a year, 17 charities urged the Renley government to act.',
    claims: [{ text: '17 charities urged', counted: 'charity' }],
  },
];

const capsAndAsks: readonly ClaimRow[] = [
  {
    label: 'the most a scheme lets students borrow is no claim',
    body: 'Students can borrow up to £8,730 a year under the plan.',
    claims: [],
  },
  {
    label: 'the most pensioners may claim is no claim',
    body: 'Pensioners in Marlow may claim up to $300 a month.',
    claims: [],
  },
  {
    label: 'a proposed cap on rises is a rule\'s level, no claim',
    body: 'An amendment tabled by Ivo Marsh to cap rent rises at 4% a year was rejected.',
    claims: [],
  },
  {
    label: 'a plan limiting fees to a sum is a rule\'s level, no claim',
    body: 'The Tarrow council backed a plan limiting parking fees to £6 a day.',
    claims: [],
  },
  {
    label: 'rises that were capped at a share tell what happened, a claim',
    body: 'Rent rises at Dunmere flats were capped at 4% last year.',
    claims: [{ text: '4%', sourced: 'no' }],
  },
  {
    label: 'the votes a bill needs are the chamber\'s rule, no claim',
    body: 'The Ostrel bill needs 60 votes to end debate, and its backers hope to win them.',
    claims: [],
  },
  {
    label: 'the votes a motion won stay a claim',
    body: 'The Ostrel motion won 60 votes on Tuesday.',
    claims: [{ text: 'won 60 votes', sourced: 'no' }],
  },
  {
    label: 'the most workers can earn stays a claim',
    body: 'Workers can earn up to $40 a day at the Velbrook plant.',
    claims: [{ text: 'up to $40 a day', sourced: 'no' }],
  },
  {
    label: 'a named firm seeking a sum states it',
    body: 'Brindle Labs is seeking $36 million from investors.',
    claims: [{ text: 'seeking $36 million', sourced: 'yes', source: 'Brindle Labs' }],
  },
  {
    label: 'a startup seeking a sum states it',
    body: 'The Brindle startup is seeking $36 million from investors.',
    claims: [{ text: 'seeking $36 million', sourced: 'yes', source: 'The Brindle startup' }],
  },
  {
    label: 'people seeking refuge state no figure after it',
    body: 'Civilians seeking refuge crowded into 12 shelters.',
    claims: [{ text: '12 shelters', sourced: 'no' }],
  },
  {
    label: 'investors seeking returns of a share state nothing',
    body: 'Investors are seeking returns of 5%.',
    claims: [{ text: '5%', sourced: 'no' }],
  },
];

const partsInWholes: readonly ClaimRow[] = [
  {
    label: 'fewer than six in ten pupils is a share under 60%',
    body: 'Fewer than six in ten pupils at Marlow schools passed the test.',
    claims: [{ text: 'Fewer than six in ten pupils', counted: 'pupil', unit: 'percent', high: 60 }],
  },
  {
    label: 'nearly four in 10 adults is a share of about 40%',
    body: 'Nearly four in 10 adults in Velbrook own a car.',
    claims: [{ text: 'Nearly four in 10 adults', counted: 'adult', unit: 'percent' }],
  },
  {
    label: 'one in five still a share of 20%',
    body: 'One in five households in Tarsen missed a payment.',
    claims: [{ text: 'One in five households', unit: 'percent', low: 20, high: 20 }],
  },
  {
    label: 'a larger part than whole is no share',
    body: 'Marlow council built 12 in 3 weeks.',
    claims: [],
  },
];

testClaimRows('Fictional count subjects', [
  ['parts in wholes', partsInWholes],
  ['caps and asks', capsAndAsks],
  ['plural subjects', pluralSubjects],
  ['revised and put', revisedAndPut],
  ['when given', whenGiven],
  ['pronoun owners', pronounOwners],
  ['letter writers', letterWriters],
]);
