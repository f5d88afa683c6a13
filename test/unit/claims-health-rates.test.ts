// Health and science news, session 30 sweep (fictional sentences; each row but the guards failed before its fix):
// - a rate per a base ("38 cases per 100,000 people") is one claim of what it counts, and the base is no
//   figure of its own (rate-per.ts); "every year" after what is counted is a rate as "a year" is (05-claims.ts);
// - a share "against a target of 95%", or under "a legal limit of 0.05 percent", is the level set, no
//   claim (rule-levels.ts); an analyst's "price target of $21" stays one;
// - a warming in hundredths of a degree ("about 1.37C") and a change "by 2.3C" are temperatures (temperatures.ts);
// - "according to a study published in the Lorvian Journal of Medicine" names the journal as the source, as
//   "A study published in the … found" does (journal-source.ts);
// - "a study of 2,600 adults in Marland has found": the study's phrase speaks, not the place (speakers.ts placedFinder).
// Run with `node --import tsx --test test/unit/claims-health-rates.test.ts`.
import { testClaimRows, type ClaimRow } from './claim-rows';

const RATES: ClaimRow[] = [
  {
    label: 'cases per 100,000 people: one claim of cases',
    body: 'The infection rate in Morrow county stands at 38 cases per 100,000 people.',
    claims: [{ text: '38 cases per 100,000 people', low: 38, counted: 'case', sourced: 'no' }],
  },
  {
    label: 'deaths per 1,000 live births: the base\'s two words are kept',
    body: 'Infant mortality in Tarvel fell to 4.2 deaths per 1,000 live births.',
    claims: [{ text: '4.2 deaths per 1,000 live births', low: 4.2, counted: 'death' }],
  },
  {
    label: 'a bare rate counts the base\'s noun, and the base ends at a preposition',
    body: 'Dunmere recorded a rate of 12.4 per 100,000 residents in the week to Sunday.',
    claims: [{ text: '12.4 per 100,000 residents', low: 12.4, counted: 'resident' }],
  },
  {
    label: '"for every" opens a base the same way',
    body: 'Clinics in Ostrel see 7 infections for every 1,000 visits, the agency said.',
    claims: [{ text: '7 infections for every 1,000 visits', low: 7, counted: 'infection', sourced: 'yes', source: 'the agency' }],
  },
  {
    label: '"every year" after what is counted is a rate, not what is counted',
    body: 'The condition causes roughly 9,000 strokes every year in Tessaly.',
    claims: [{ text: 'roughly 9,000 strokes every year', counted: 'stroke' }],
  },
  {
    label: '"every day" the same way, with its source',
    body: 'The Orlin clinic sees 40 patients every day, the board said.',
    claims: [{ text: '40 patients every day', counted: 'patient', sourced: 'yes', source: 'the board' }],
  },
  {
    label: 'guard: a rate per day keeps its time',
    body: 'The Velmar ward admits 40 patients per day.',
    claims: [{ text: '40 patients per day', low: 40, counted: 'patient' }],
  },
];

const LEVELS: ClaimRow[] = [
  {
    label: 'a share against a target is the level set',
    body: 'At Corvan General, only 71.2% of patients were seen within four hours, against a target of 95%.',
    claims: [{ text: 'only 71.2% of patients were seen', low: 71.2 }],
  },
  {
    label: 'a share under a legal limit is the level set',
    body: 'Her reading of 0.04 percent was below the legal limit of 0.05 percent, Officer Rena Vell said.',
    claims: [{ text: '0.04 percent', low: 0.04, sourced: 'yes', source: 'Rena Vell' }],
  },
  {
    label: 'guard: an analyst\'s price target in money stays a claim',
    body: 'Analyst Tomas Reiter set a price target of $34 for Kelmar shares.',
    claims: [{ text: '$34', unit: 'money' }],
  },
];

const TEMPERATURES: ClaimRow[] = [
  {
    label: 'a warming in hundredths of a degree',
    body: 'Global temperatures were about 1.37C above pre-industrial levels.',
    claims: [{ text: '1.37C', low: 1.37, counted: 'degree', sourced: 'no' }],
  },
  {
    label: 'a change "by" a number of degrees',
    body: 'Lake Orrin warmed by 2.3C over three decades, the institute said.',
    claims: [{ text: '2.3C', low: 2.3, counted: 'degree', sourced: 'yes', source: 'the institute' }],
  },
];

const JOURNALS: ClaimRow[] = [
  {
    label: '"according to a study published in" a journal names the journal',
    body: 'The pill cut the risk of stroke by 23%, according to a study published in the Lorvian Journal of Medicine.',
    claims: [{ text: '23%', low: 23, sourced: 'yes', source: 'Lorvian Journal of Medicine' }],
  },
  {
    label: 'a day between "published" and "in"',
    body: 'Relapses fell by 17%, according to results of a trial published on Wednesday in the Ostraven Journal of Medicine.',
    claims: [{ text: '17%', low: 17, sourced: 'yes', source: 'Ostraven Journal of Medicine' }],
  },
  {
    label: 'guard: "a study in the journal" and its name (sourced before too)',
    body: 'Deaths fell by 31%, according to a study in the journal Marrow Medicine.',
    claims: [{ text: '31%', low: 31, sourced: 'yes', source: 'Marrow Medicine' }],
  },
  {
    label: 'guard: a study published in a month names no journal',
    body: 'Deaths fell by 31%, according to a study published in March.',
    claims: [{ text: '31%', low: 31, sourced: 'vague' }],
  },
];

const PLACED_FINDERS: ClaimRow[] = [
  {
    label: 'a study done in a place speaks as the whole phrase, not the place',
    body: 'Wearers had a 19% lower risk of dementia, a study of 2,600 adults in Marland has found.',
    claims: [{ text: '19% lower risk of dementia', source: 'a study of 2,600 adults in Marland' }, { text: '2,600 adults' }],
  },
  {
    label: 'a survey in a place before its verb',
    body: 'A survey in Tarvel found 30% of growers had quit.',
    claims: [{ text: '30% of growers had quit', source: 'A survey in Tarvel' }],
  },
  {
    label: 'guard: a named body in a place still speaks as the body',
    body: 'Merrow Hospital in Branton said 12 patients had been treated.',
    claims: [{ text: '12 patients had been treated', source: 'Merrow Hospital' }],
  },
];

testClaimRows('Fictional health report', [['rates per a base', RATES], ['levels set', LEVELS], ['temperatures', TEMPERATURES], ['journals', JOURNALS], ['placed finders', PLACED_FINDERS]]);
