// Claim left-overs of session 32's sweeps: a vague crowd that dies or flees, a count's noun before "at", a
// multiplier before "to", a sum a film added, a second clause's count, the new level of a share, a verb after a
// plural, a deficit in play, a report that blames, a superlative before a relative speaker, people at a named
// firm after "according to", and the names a person uses.
// Run with `node --import tsx --test test/unit/claims-leftovers-s33.test.ts`. All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';

const MISSED: ClaimRow[] = [
  {
    label: 'a vague crowd that dies is a toll',
    body: 'Dozens die each winter in the Kesh hills.',
    claims: [{ text: 'Dozens die', counted: 'person', measure: 'death' }],
  },
  {
    label: 'a vague crowd that flees is displaced',
    body: 'Thousands flee the fighting near Sarn every spring.',
    claims: [{ text: 'Thousands flee', counted: 'person', measure: 'displaced' }],
  },
  {
    label: 'guard: a vague crowd before a verb of no harm is no figure',
    body: 'Thousands face long queues in Sarn.',
    claims: [],
  },
  {
    label: 'a count noun far before "at": the people the phrase names',
    body: 'The agency estimated the number of people forced from their homes at 52,000.',
    claims: [{ text: 'the number of people forced from their homes at 52,000', low: 52000, counted: 'person', sourced: 'yes', source: 'The agency' }],
  },
  {
    label: 'a count that tripled to a figure',
    body: 'The number of claims more than tripled to 830.',
    claims: [{ text: 'The number of claims more than tripled to 830', low: 830, counted: 'claim' }],
  },
  {
    label: 'a register\'s plural that halved to a figure',
    body: 'Bookings halved to 310 in March.',
    claims: [{ text: 'Bookings halved to 310', counted: 'booking' }],
  },
  {
    label: 'the count in a second clause after ", and"',
    body: 'Thefts fell, and arrests rose to 74.',
    claims: [{ text: 'arrests rose to 74', low: 74, counted: 'arrest' }],
  },
  {
    label: 'the same after "while"',
    body: 'Fares held steady while complaints climbed to 418.',
    claims: [{ text: 'complaints climbed to 418', counted: 'complaint' }],
  },
  {
    label: 'guard: two plurals joined by "and" are one subject',
    body: 'Births and deaths rose to 90.',
    claims: [{ text: 'Births and deaths rose to 90', low: 90 }],
  },
];

const FIGURES: ClaimRow[] = [
  {
    label: 'a share that fell "from … to …" is at its new level',
    body: 'The jobless rate in Varn fell from 6.4% to 5.1% last year.',
    claims: [{ text: '5.1%', low: 5.1, unit: 'percent', counted: 'rate' }],
  },
  {
    label: 'the same in words, with the subject what it measures',
    body: 'Turnout rose from 48 percent to 57 percent.',
    claims: [{ text: '57 percent', low: 57, counted: 'turnout' }],
  },
  {
    label: 'guard: a share moved "from" a level with no new one stays',
    body: 'Turnout fell from 48 percent in the spring.',
    claims: [{ text: '48 percent', low: 48 }],
  },
  {
    label: 'a present verb after a plural starts the predicate',
    body: 'Some 30 villages live without a road.',
    claims: [{ text: 'Some 30 villages live without', counted: 'village' }],
  },
  {
    label: 'a sum a film added is what it added, not words it said',
    body: 'Moonwake added $48 million in its third weekend.',
    claims: [{ text: '$48 million', unit: 'money', counted: 'money', sourced: 'no' }],
  },
  {
    label: 'an adverb of where ends the sum',
    body: 'The sequel took $48 million overseas, Orla Venn said.',
    claims: [{ text: 'took $48 million', counted: 'money', sourced: 'yes' }],
  },
  {
    label: 'guard: the adverb before a noun is its adjective',
    body: 'The college enrolled 300 overseas students.',
    claims: [{ text: 'enrolled 300 overseas students', counted: 'student' }],
  },
  {
    label: 'the adverb before an auxiliary: the verb after it is what happened',
    body: 'About 3% of its buyers nationwide may have been overcharged.',
    claims: [{ text: 'About 3% of its buyers nationwide may have been overcharged', counted: 'buyer', measure: 'overcharged' }],
  },
];

const NOT_CLAIMS: ClaimRow[] = [
  {
    label: 'a deficit a side came back from is play',
    body: 'The Harriers came back from 17 points down to beat Oska.',
    claims: [],
  },
  {
    label: 'the same without a unit of play',
    body: 'Oska rallied from 9 behind in the last quarter.',
    claims: [],
  },
  {
    label: 'the one name a person uses describes them',
    body: 'Mirel, who uses only one name, said 45 families had left the valley.',
    claims: [{ text: '45 families had left', sourced: 'yes', source: 'Mirel' }],
  },
  {
    label: 'guard: names on a list are counted',
    body: 'The memorial lists 212 names of miners.',
    claims: [{ text: '212 names of miners', counted: 'name' }],
  },
];

const SOURCES: ClaimRow[] = [
  {
    label: 'a report that blames is the source of the figure it gives',
    body: 'The report blamed poor upkeep for 14 deaths on the line.',
    claims: [{ text: '14 deaths', sourced: 'yes', source: 'The report' }],
  },
  {
    label: 'guard: a passive "blamed" names no source',
    body: 'The outage was blamed on storms that felled 60 pylons.',
    claims: [{ text: 'felled 60 pylons', sourced: 'no' }],
  },
  {
    label: 'a speaker in a clause of place after a superlative does not vouch for it',
    body: 'It was the wettest autumn since records began in Dorrin, where Ana Vell said her cellar flooded.',
    claims: [{ text: 'the wettest autumn since records began in Dorrin', sourced: 'no' }],
  },
  {
    label: 'people at a named firm after "according to": the firm is the source',
    body: 'Rents rose 9%, according to analysts at Tennick Partners.',
    claims: [{ text: 'rose 9%', sourced: 'yes', source: 'Tennick Partners' }],
  },
  {
    label: 'the same with "the" before the body',
    body: 'Rents rose 9%, according to economists at the Dorrin Institute.',
    claims: [{ text: 'rose 9%', sourced: 'yes', source: 'Dorrin Institute' }],
  },
  {
    label: 'guard: people in a place stay vague',
    body: 'Rents rose 9%, according to analysts in Dorrin.',
    claims: [{ text: 'rose 9%', sourced: 'vague' }],
  },
];

testClaimRows('Fictional news round-up', [['missed', MISSED], ['figures', FIGURES], ['not claims', NOT_CLAIMS], ['sources', SOURCES]]);
