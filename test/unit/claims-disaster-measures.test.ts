// Labelled sentences of disaster and weather reports whose figures are written the way such reports write
// them: a temperature with the scale's letter glued on ("41C", "39.5°C", "108F") counts degrees as "41
// degrees" does (temperatures.ts); a hyphened magnitude ("a 5.4-magnitude aftershock") counts the shock as
// "a magnitude 5.4 aftershock" does (figure-roles.ts), and, as a size, has no predicate (05-claims.ts); "were among the dead" says what happened
// to those counted (among-harmed.ts); a vague crowd after a verb of harm, or sent to hospital, counts people harmed
// (vague-harm-objects.ts). Run with `node --import tsx --test test/unit/claims-disaster-measures.test.ts`.
// All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';

const TEMPERATURES: ClaimRow[] = [
  {
    label: '"reached 41C" counts degrees, as "reached 41 degrees" does',
    body: 'Thermometers in Pellan reached 41C on Sunday.',
    claims: [{ text: 'reached 41C', low: 41, counted: 'degree', unit: 'count' }],
  },
  {
    label: '"recorded 43C" is a reading, as "reached 43C" is',
    body: 'The Pellan weather office recorded 43C on Sunday.',
    claims: [{ text: '43C', low: 43, counted: 'degree', sourced: 'yes', source: 'The Pellan weather office' }],
  },
  {
    label: 'a place that recorded a reading is where it happened, not its source',
    body: 'The southern town of Pellan recorded the highest temperature of 43C on Sunday.',
    claims: [{ text: '43C', counted: 'degree', sourced: 'no' }],
  },
  {
    label: 'a Fahrenheit reading, "hit 108F", counts degrees',
    body: 'Readings hit 108F at the Corvel airfield.',
    claims: [{ text: 'hit 108F', low: 108, counted: 'degree' }],
  },
  {
    label: 'a decimal reading with the degree sign, "39.5°C"',
    body: 'The town of Ostrel saw 39.5°C by noon.',
    claims: [{ text: 'saw 39.5°C', low: 39.5, counted: 'degree' }],
  },
  {
    label: 'a degree sign after a space, "42 °C"',
    body: 'The valley baked at 42 °C for a week.',
    claims: [{ text: '42 °C', low: 42, counted: 'degree' }],
  },
  {
    label: 'a reading below zero with a hyphen, "fell to -7C", is one reading of minus seven',
    body: 'The thermometer in Ostrel fell to -7C overnight.',
    claims: [{ text: '-7C', low: -7, counted: 'degree' }],
  },
  {
    label: 'a signed reading in words of degrees, "-3 degrees", is a reading below zero',
    body: 'The pass above Ostrel stood at -3 degrees on Monday.',
    claims: [{ text: '-3 degrees', low: -3, counted: 'degree' }],
  },
  {
    label: '"minus 9 degrees" is below zero, and "minus" belongs to the figure',
    body: 'The pass above Ostrel stood at minus 9 degrees on Monday.',
    claims: [{ text: 'minus 9 degrees', low: -9, high: -9, counted: 'degree' }],
  },
  {
    label: 'a range of glued readings, "between 31C and 36C", is one claim of a range',
    body: 'Highs of between 31C and 36C are due in Pellan.',
    claims: [{ text: '31C and 36C are due', low: 31, high: 36, counted: 'degree' }],
  },
  {
    label: 'a range glued to the scale\'s letter, "12-17C", is one reading of a range',
    body: 'Temperatures will reach 12-17C across Pellan on Sunday.',
    claims: [{ text: '12-17C', low: 12, high: 17, counted: 'degree' }],
  },
  {
    label: 'a range with "to" and one scale, "12 to 17C", is one reading of a range',
    body: 'Temperatures will reach 12 to 17C across Pellan on Sunday.',
    claims: [{ text: '12 to 17C', low: 12, high: 17, counted: 'degree' }],
  },
  {
    label: 'guard: two readings of two places, the second lower, stay two',
    body: 'Pellan reached 31C and 24C was the high in Ostrel.',
    claims: [{ text: 'reached 31C', low: 31, high: 31 }, { text: '24C was the high', low: 24 }],
  },
  {
    label: 'seat and room labels with a letter are no temperatures',
    body: 'Passengers in seat 12C and Room 46C were moved.',
    claims: [],
  },
];

const MAGNITUDES: ClaimRow[] = [
  {
    label: '"a 5.4-magnitude aftershock" counts the shock, as "a 5.4 magnitude aftershock" does',
    body: 'A 5.4-magnitude aftershock shook Derran on Friday.',
    claims: [{ text: '5.4-magnitude aftershock', low: 5.4, counted: 'aftershock', measure: '' }],
  },
  {
    label: 'a magnitude is one shock\'s size: the verb and place after it are not what is measured',
    body: 'A 6.3 magnitude earthquake rattles the northern valleys of Vell.',
    claims: [{ text: '6.3 magnitude earthquake', low: 6.3, counted: 'earthquake', measure: '' }],
  },
  {
    label: '"the 4.8-magnitude shock": a decimal reading after "the" picks out nothing, it is measured',
    body: 'The 4.8-magnitude shock was felt as far as Tollen.',
    claims: [{ text: '4.8-magnitude shock', low: 4.8, counted: 'shock', measure: '' }],
  },
  {
    label: '"a magnitude-5.7 tremor": the scale\'s word first, hyphened, is the same reading',
    body: 'A magnitude-5.7 tremor shook Derran on Friday.',
    claims: [{ text: 'magnitude-5.7 tremor', low: 5.7, counted: 'tremor', measure: '' }],
  },
  {
    label: '"a magnitude 5.7 quake": the scale\'s word first belongs to the claim, and the verb after it does not',
    body: 'A magnitude 5.7 quake shook Derran on Friday.',
    claims: [{ text: 'magnitude 5.7 quake', low: 5.7, counted: 'quake', measure: '' }],
  },
  {
    label: 'guard: "the two shocks" still picks out known things',
    body: 'The two shocks were felt as far as Tollen.',
    claims: [],
  },
];

const AMONG_HARMED: ClaimRow[] = [
  {
    label: '"were among the dead" is a count of deaths, not of "were"',
    body: 'Four nurses were among the dead.',
    claims: [{ text: 'Four nurses were among the dead', low: 4, counted: 'nurse', measure: 'death' }],
  },
  {
    label: '"are among those injured" is a count of injuries',
    body: 'Two guards are among those injured in the blast.',
    claims: [{ text: 'Two guards are among those injured', low: 2, counted: 'guard', measure: 'injury' }],
  },
  {
    label: '"were among the missing" is a count of the missing',
    body: 'Six climbers were among the missing.',
    claims: [{ text: 'Six climbers were among the missing', low: 6, counted: 'climber', measure: 'missing' }],
  },
];

const CROWDS_HARMED: ClaimRow[] = [
  {
    label: '"injuring dozens" after a verb of harm counts people injured',
    body: 'A gas blast tore through the Derran depot, injuring dozens.',
    claims: [{ text: 'injuring dozens', low: 24, counted: 'person', measure: 'injury' }],
  },
  {
    label: '"killed scores" counts people killed',
    body: 'The mudslide above Tesk killed scores.',
    claims: [{ text: 'killed scores', low: 40, counted: 'person', measure: 'death' }],
  },
  {
    label: '"sends hundreds to hospital" counts people injured',
    body: 'Smoke from the Orvane fire sends hundreds to hospital.',
    claims: [{ text: 'sends hundreds to hospital', low: 200, counted: 'person', measure: 'injury' }],
  },
  {
    label: '"sent 40 to hospital": a bare figure sent to hospital counts people injured',
    body: 'Fumes at the Corvel works sent 40 to hospital.',
    claims: [{ text: 'sent 40 to hospital', low: 40, counted: 'person', measure: 'injury' }],
  },
  {
    label: '"sent dozens of letters" is no harm',
    body: 'The council sent dozens of letters to Tesk residents.',
    claims: [{ text: 'sent dozens of letters', counted: 'letter' }],
  },
];

testClaimRows('Storm and quake news', [
  ['crowd harmed', CROWDS_HARMED],
  ['temperature', TEMPERATURES],
  ['hyphened magnitude', MAGNITUDES],
  ['among the harmed', AMONG_HARMED],
]);
