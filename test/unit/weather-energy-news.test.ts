// Weather, climate and energy news. A unit of power or energy (watts to terawatts, "kW", "MW", "GW", "TWh") is a
// unit of DIMENSION_UNITS (model/measures.ts): "1.2 gigawatts" measures power, "12 TWh" energy, so a small figure of
// them is measured, not a thing someone holds ("had 2.1 gigawatts of spare capacity"), and, as a size, never
// conflicts with another article's (corpus/corroborate.ts DIMENSIONS); glued to its digits ("demand peaked at 48.3GW") it is read
// as with a space, anywhere, like a speed (glued-measures.ts); and its symbol after a figure names no one
// ("reached 12 TWh": entity-nonnames.ts). A glued length or mass after " of " is an amount, as with a space
// ("Rainfall of 120mm fell": glued-measures.ts). The plural of an agent noun before a verb of saying is a speaker
// ("Growers said …", "Economists say that …", speakers.ts speakerBefore) when bare, and a vague one; bare "Scientists" and
// "Researchers" speak for no office and are vague too, though "the researchers" of a study or "researchers at" a named
// body are not (bare-group.ts). A storm's class words before its storm word do not hide the storm inside a longer
// chunk ("warned that Tropical Storm Nessa", "Super Typhoon Aret": entity-storms.ts), though a body's head after the
// storm word keeps a body ("the Tropical Storm Centre"); "Regulator" heads a body ("the Dornish Offshore Regulator
// said": model/words.ts ORG_HEADS); a name made an adjective by "-style" names no one ("a COP-style summit":
// entity-nonnames.ts). A speaker in apposition to a role after ", and" speaks for its own clause only ("… 400 jobs,
// and its chief executive, Hugo Lindqvist, said the firm would …": claim-sourcing.ts AND_ROLE_BEFORE); a share a
// government "wants to reach" is a goal's level, no claim (rule-levels.ts PLEDGED_SHARE_BEFORE). Across articles a
// power figure is a size, never a conflict, while customers without power (the outage's measure) still conflict.
// Run with `node --import tsx --test test/unit/weather-energy-news.test.ts`. All text is fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus } from '../../server/src/core/corpus/corpus';
import { entityRowTests, type EntityRow } from './entity-rows';
import { type ClaimRow, testClaimRows } from './claim-rows';

const POWER_UNITS: ClaimRow[] = [
  {
    label: 'a glued "GW" after a figure is a claim of power, as "48.3 GW" is',
    body: 'Demand in Westria peaked at 48.3GW at 6pm.',
    claims: [{ text: '48.3GW', low: 48.3, counted: 'gw', measure: 'electric power', sourced: 'no' }],
  },
  {
    label: 'a small figure of gigawatts someone "had" is measured, not held ("had 2.1 gigawatts of spare capacity")',
    body: 'Tarn Grid had 2.1 gigawatts of spare capacity on Thursday.',
    claims: [{ text: '2.1 gigawatts', low: 2.1, counted: 'gigawatt', measure: 'electric power' }],
  },
  {
    label: 'glued, with a source after it: "it had 2.1GW of spare capacity, Tarn Grid said"',
    body: 'The grid had 2.1GW of spare capacity, the operator Tarn Grid said.',
    claims: [{ text: '2.1GW', low: 2.1, measure: 'electric power', sourced: 'yes', source: 'Tarn Grid' }],
  },
  {
    label: 'energy in terawatt hours is measured energy ("reached 12TWh", "produced 9 GWh")',
    body: 'Output from the Orsk wind farms reached 12TWh last year. The Velby array produced 9 GWh on Sunday.',
    claims: [{ text: 'reached 12TWh', low: 12, measure: 'energy' }, { text: 'produced 9 GWh', low: 9, measure: 'energy' }],
  },
  {
    label: 'a price per megawatt hour is money',
    body: 'Wholesale power in Westria jumped to 840 euros per megawatt hour on Thursday.',
    claims: [{ text: '840 euros per megawatt hour', low: 840, counted: 'money', unit: 'money' }],
  },
  {
    label: 'guard: a small count someone has stays no claim ("has two turbines")',
    body: 'The Orsk farm has two turbines on the ridge.',
    claims: [],
  },
  {
    label: 'guard: "5G" and "4K" are no glued units',
    body: 'The 5G network and the 4K screens went on sale in Velby.',
    claims: [],
  },
];

const GLUED_OF: ClaimRow[] = [
  {
    label: '"Rainfall of 120mm fell": a glued length after " of " is an amount, as "120 mm" is',
    body: 'Rainfall of 120mm fell on the hills above Brask in 24 hours.',
    claims: [{ text: '120mm', low: 120, counted: 'mm', measure: 'length', sourced: 'no' }],
  },
  {
    label: 'with an approximation between: "depths of up to 40cm"',
    body: 'Snow depths of up to 40cm were recorded in Orsk.',
    claims: [{ text: 'up to 40cm', high: 40, counted: 'cm' }],
  },
  {
    label: 'guard: a glued distance that places a village stays no claim',
    body: 'The village of Tollen is 58km north of Brask.',
    claims: [],
  },
  {
    label: 'guard: a glued size before its noun after an article stays no claim',
    body: 'Runners in Brask finished a 10km race on Sunday.',
    claims: [],
  },
];

const BARE_TRADES: ClaimRow[] = [
  {
    label: 'bare "Scientists warn that" is vague, as "Growers warned that" is',
    body: 'Scientists warn that the world has already warmed by about 1.3C.',
    claims: [{ text: '1.3C', sourced: 'vague', source: 'Scientists' }],
  },
  {
    label: 'bare "Researchers said" is vague',
    body: 'Researchers said 40% of the Orsk reef had died.',
    claims: [{ text: '40% of the Orsk reef had died', sourced: 'vague', source: 'Researchers' }],
  },
  {
    label: 'an agent plural before "said" speaks, vaguely: "Growers said …" (it was no source at all)',
    body: 'Growers said 400 cows had died in the Tarn floods.',
    claims: [{ text: '400 cows had died', sourced: 'vague', source: 'Growers' }],
  },
  {
    label: 'guard: a counted plural after "of" in an "according to" phrase is no speaker: the poll\'s maker is',
    body: 'Exports likely grew 6.5% in April, according to a Tallow Wire poll of 18 economists.',
    claims: [{ text: 'grew 6.5%', sourced: 'yes', source: 'Tallow Wire' }, { text: '18 economists', sourced: 'yes', source: 'Tallow Wire' }],
  },
  {
    label: '"Economists say that …" is vague',
    body: 'Economists say that 300 firms in Tarn will close.',
    claims: [{ text: '300 firms', sourced: 'vague', source: 'Economists' }],
  },
  {
    label: 'guard: "the researchers" of a study named before stay on the record',
    body: 'A study of Orsk reefs was published on Monday. The researchers said 40% of the coral had died.',
    claims: [{ text: '40% of the coral had died', sourced: 'yes', source: 'The researchers' }],
  },
  {
    label: 'guard: researchers at a named body stay on the record',
    body: 'Researchers at the Halden Institute said 40% of the coral had died.',
    claims: [{ text: '40% of the coral had died', sourced: 'yes' }],
  },
  {
    label: 'guard: a plural object of "said" is no speaker ("told growers 400 cows had died" stays the official\'s)',
    body: 'A Tarn official told growers 400 cows had died.',
    claims: [{ text: '400 cows had died', sourced: 'yes', source: 'A Tarn official' }],
  },
  {
    label: 'guard: banners that "said" something are no speaker ("Banners at the rally said …")',
    body: 'Banners at the rally said 40 jobs would go.',
    claims: [{ text: '40 jobs would go', sourced: 'no' }],
  },
];

const UNIT_SYMBOLS: EntityRow[] = [
  {
    label: 'a unit of energy after a figure names no one ("12 TWh", "9 GWh")',
    body: 'Output from the Orsk farms reached 12 TWh last year, and the Velby array produced 9 GWh on Sunday.',
    has: [],
    lacks: ['TWh', 'GWh'],
  },
  {
    label: 'guard: a capitalised name after a figure\'s noun stays a name',
    body: 'The 40 turbines were built by Orsk Wind, Mira Olsen said.',
    has: [{ text: 'Orsk Wind', type: 'ORG' }, { text: 'Mira Olsen', type: 'PERSON' }],
  },
];

const CLAUSE_SPEAKERS: ClaimRow[] = [
  {
    label: '", and its chief executive, NAME, said …" does not source the figure before it',
    body: 'Brannock Petroleum plans to invest $4 billion in new fields, and its chief executive, Hugo Lindqvist, said the firm would drill 20 new wells.',
    claims: [{ text: '$4 billion', sourced: 'no' }, { text: '20 new wells', sourced: 'yes', source: 'Hugo Lindqvist' }],
  },
  {
    label: 'guard: a trailing tag with the role in apposition still sources the clause before it',
    body: 'Brannock Petroleum will cut 400 jobs, its chief executive, Hugo Lindqvist, said.',
    claims: [{ text: 'cut 400 jobs', sourced: 'yes', source: 'Hugo Lindqvist' }],
  },
  {
    label: 'guard: two speakers joined by "and" before the tag both speak for the clause',
    body: 'Brannock Petroleum will cut 400 jobs, the firm and its chief executive, Hugo Lindqvist, said.',
    claims: [{ text: 'cut 400 jobs', sourced: 'yes' }],
  },
];

const GOALS: ClaimRow[] = [
  {
    label: 'a share a government "wants to reach" is a goal\'s level, no claim',
    body: 'Renewables supplied 47% of Westria\'s power last year. The government wants to reach 80% by 2030.',
    claims: [{ text: 'supplied 47% of Westria\'s power', sourced: 'no' }],
  },
  {
    label: 'guard: a share that was reached is measured',
    body: 'Renewables in Westria reached 47% last year.',
    claims: [{ text: 'reached 47%', sourced: 'no' }],
  },
];

const STORMS: EntityRow[] = [
  {
    label: 'a storm\'s class word inside a longer chunk: "warned that Tropical Storm Nessa" is no person',
    body: 'The Kalay weather bureau warned that Tropical Storm Nessa could reach the northern islands by Thursday. Nessa weakened later.',
    has: [],
    lacks: ['Tropical Storm Nessa', 'Nessa weakened'],
  },
  {
    label: '"Super Typhoon Aret" and "Severe Tropical Cyclone Ilo" are no persons',
    body: 'Officials said Super Typhoon Aret would hit Velmar. Severe Tropical Cyclone Ilo weakened.',
    has: [{ text: 'Velmar', type: 'LOC' }],
    lacks: ['Super Typhoon Aret', 'Cyclone Ilo'],
  },
  {
    label: 'guard: a body\'s head after the storm words keeps a body ("the Tropical Storm Centre")',
    body: 'The Tropical Storm Centre in Velmar said the storm had weakened.',
    has: [{ text: 'Tropical Storm Centre', type: 'ORG' }],
  },
];

const BODIES: EntityRow[] = [
  {
    label: '"Regulator" heads a body: "The Dornish Offshore Regulator said" is no person',
    body: 'The Dornish Offshore Regulator said it had opened an investigation.',
    has: [{ text: 'Dornish Offshore Regulator', type: 'ORG' }],
  },
  {
    label: 'guard: "the regulator" in lower case is no name',
    body: 'The regulator in Orsk said it had opened an investigation.',
    has: [{ text: 'Orsk', type: 'LOC' }],
    lacks: ['regulator'],
  },
  {
    label: 'a name made an adjective by "-style" names no one ("a COP-style summit")',
    body: 'Delegates from 140 countries met at the COP-style summit in Tarvik.',
    has: [{ text: 'Tarvik', type: 'LOC' }],
    lacks: ['COP-style'],
  },
  {
    label: 'guard: the acronym alone stays a name',
    body: 'Delegates at COP met in Tarvik, Amara Dellin said.',
    has: [{ text: 'Amara Dellin', type: 'PERSON' }],
  },
];

testClaimRows('Power Prices Soar', [['units of power and energy', POWER_UNITS], ['glued amount after of', GLUED_OF], ['bare groups of a trade', BARE_TRADES],
  ['clause speakers', CLAUSE_SPEAKERS], ['goals', GOALS]]);
entityRowTests('units of power and energy', 'Power Prices Soar', UNIT_SYMBOLS);
entityRowTests('named storms', 'Typhoon Marlo Kills 14', STORMS);
entityRowTests('bodies and adjectives', 'Nations Agree Emissions Cut', BODIES);

/** Across articles: a power figure is a size, never in conflict; customers without power still conflict (the outage's measure is no unit's). */
const ACROSS: { label: string; target: string; other: string; expected: [string, string, string][] }[] = [
  {
    label: 'two power figures of one plant are sizes: related at most, no conflict',
    target: 'Plant Shut\nThe Harlow plant produced 1.4 gigawatts on Monday, Calder Energy said.\n',
    other: 'Outage\nThe Harlow plant produced 0.9 gigawatts on Monday.\n',
    expected: [['other', 'produced 0.9 gigawatts', 'related']],
  },
  {
    label: 'guard: customers left without power in two articles still conflict',
    target: 'Storm Edda\nAbout 41,000 customers were without power on Tuesday, Nordvarn Netz said.\n',
    other: 'Storm Edda Hits Coast\nAbout 90,000 customers were without power on Tuesday.\n',
    expected: [['other', 'About 90,000 customers were without power', 'conflicts']],
  },
];
for (const row of ACROSS) {
  test(`across articles: ${row.label}`, () => {
    const c = new Corpus();
    c.set('target', row.target, 1);
    c.set('other', row.other, 1);
    assert.deepEqual(c.corroborations('target', 0).map((k) => [k.doc, k.claim.text, k.relation]), row.expected);
  });
}
