// English-language news from continental Europe, the Gulf, the Levant and North Africa: the sums of its currencies, the
// names of its ministries, regions and outlets, its name particles, and the cue of a quote told to state media.
// - Sums: the Gulf's letters glued to a figure ("Dh4 billion", "Dhs15", "SR1.2 billion", "QR5bn") or before it ("Dh 5,000"),
//   the shekel's and the lira's signs ("₪85 million", "₺2,400") and more ISO codes ("EGP 25 billion", "NIS 85 million") are
//   money (regional-money.ts, model/currency.ts CURRENCY_CODES); an ISO code before a figure is no organisation
//   ("DKK 2.1 billion": entity-coded-names.ts dropCurrencySigns). "SR1" with no scale stays a model's name.
// - "Ministry of Trade and Industry", "Central Agency for Public Mobilisation and Statistics": a head, "of" and plain words on
//   both sides of "and" are one body (03-entities.ts fieldsAcrossAnd); a name after "and" is another. After an office's title
//   the field is no body ("Minister of Equipment and Water Nizar Benkirane": titleOf, fieldsOfOffice).
// - "the Bekaa governorate", "the governorate of Sfax", "the canton of Velmont", "the Aegean province of Ilica" name places
//   (entity-place-nouns.ts, place-context.ts), and a governorate that reports a figure is its source (model/words.ts).
// - "zu" is a name particle ("Jörg-Henning zu Selbach"); offsets of names with diacritics are UTF-16 code units.
// - "Undersecretary" is a title (model/words.ts TITLE_HEADS), "Civilian" a title's modifier; a name between "the" and "institute" or "foundation" is the body's.
// - "the newspaper Orla Dzienna", "the state news agency Tessa" name outlets (entity-kind-words.ts); "state" before the
//   noun it qualifies is no cue ("told the state news agency …": quote-speaker.ts stateModifier).
// Run with `node --import tsx --test test/unit/europe-mena-news.test.ts`. All names are fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';
import { currencyOf } from '../../server/src/core/model/currency';
import { entityRowTests, type EntityRow } from './entity-rows';
import { speakerRowTests, type SpeakerRow } from './speaker-rows';
import { type ClaimRow, testClaimRows } from './claim-rows';

const GULF_SUMS: ClaimRow[] = [
  {
    label: 'dirhams glued to a scaled figure are a sum',
    body: 'The federal government had contributed Dh900 million to the Qadira plant.',
    claims: [{ text: 'contributed Dh900 million', unit: 'money', low: 9e8, sourced: 'no' }],
  },
  {
    label: 'dirhams glued to a figure with no scale are a sum',
    body: 'A cup of coffee at the Velmar mall now costs Dhs15.',
    claims: [{ text: 'Dhs15', unit: 'money', low: 15 }],
  },
  {
    label: 'dirhams before a figure after a space are a sum',
    body: 'The fine for littering in Orrel was raised to Dh 5,000 last year.',
    claims: [{ text: 'Dh 5,000', unit: 'money', low: 5000 }],
  },
  {
    label: 'riyals glued to a scaled figure are a sum',
    body: 'The Orrel Water Company said it had signed a SR1.2 billion contract with Tarsin Builders.',
    claims: [{ text: 'SR1.2 billion contract', unit: 'money', low: 1.2e9, sourced: 'yes' }],
  },
  {
    label: 'Qatari riyals glued to "bn" are a sum',
    body: 'Qadira Energy will invest QR5bn in the port.',
    claims: [{ text: 'QR5bn', unit: 'money', low: 5e9 }],
  },
  {
    label: 'guard: "SR" glued to a figure with no scale is a model\'s name, no sum',
    body: 'The new SR1 scooter from Velmar Motors goes on sale in May.',
    claims: [],
  },
];

const LEVANT_SUMS: ClaimRow[] = [
  {
    label: 'shekels as "NIS" before a figure are a sum',
    body: 'The damage to farms in the Orrel Valley was put at NIS 85 million.',
    claims: [{ text: 'NIS 85 million', unit: 'money', low: 8.5e7 }],
  },
  {
    label: 'the shekel\'s sign before a figure makes a sum',
    body: 'The damage to farms in the Orrel Valley was put at ₪85 million.',
    claims: [{ text: '₪85 million', unit: 'money', low: 8.5e7 }],
  },
  {
    label: 'the lira\'s sign before a figure makes a sum',
    body: 'A sack of flour now costs ₺2,400 in the Ilica market.',
    claims: [{ text: '₺2,400', unit: 'money', low: 2400 }],
  },
  {
    label: 'Egyptian pounds as "EGP" before a figure are a sum',
    body: 'The cabinet approved an increase of EGP 25 billion in the bread subsidy.',
    claims: [{ text: 'EGP 25 billion', unit: 'money', low: 2.5e10 }],
  },
  {
    label: 'guard: a count after a capitalised word that is no code stays a count',
    body: 'The cabinet approved an increase of 25 billion loaves in the bread subsidy.',
    claims: [{ text: '25 billion loaves', unit: 'count' }],
  },
];

const CODES_NO_BODIES: EntityRow[] = [
  {
    label: 'an ISO code before a figure is no organisation ("DKK 2.1 billion")',
    body: 'The company had signed contracts worth DKK 2.1 billion with suppliers in Orrby.',
    has: [{ text: 'Orrby', type: 'LOC' }],
    lacks: ['DKK'],
  },
  {
    label: 'a code ending its sentence\'s figure is no organisation ("above NOK 500 million")',
    body: 'The Tarsin assembly must approve any subsidy above NOK 500 million.',
    has: [],
    lacks: ['NOK'],
  },
  {
    label: 'dirhams glued to a scaled figure in a headline are no organisation',
    body: 'Sheikh Opens Dh4bn Plant in Ras al-Tarif\nThe plant will supply 30 towns.',
    full: true,
    has: [],
    lacks: ['Dh4bn'],
  },
  {
    label: 'guard: capitals that are no currency\'s code before a figure stay a name',
    body: 'The OVS 40 programme was run by Orrel Veterinary Service.',
    has: [{ text: 'Orrel Veterinary Service', type: 'ORG' }],
  },
];

test('currency of Gulf, Levantine and European sums', () => {
  assert.equal(currencyOf('Dh4 billion'), 'aed');
  assert.equal(currencyOf('SR1.2 billion'), 'sar');
  assert.equal(currencyOf('QR5bn'), 'qar');
  assert.equal(currencyOf('NIS 85 million'), 'ils');
  assert.equal(currencyOf('₪85 million'), 'ils');
  assert.equal(currencyOf('₺2,400'), 'try');
  assert.equal(currencyOf('EGP 25 billion'), 'egp');
  assert.equal(currencyOf('PLN 68 billion'), 'pln');
  // guard: a rand's letter is still the rand's
  assert.equal(currencyOf('R1.2bn'), 'zar');
});

const FIELD_BODIES: EntityRow[] = [
  {
    label: 'a ministry of two fields joined by "and" is one body',
    body: 'A spokesman for the Ministry of Trade and Industry said the plan was sound.',
    has: [{ text: 'Ministry of Trade and Industry', type: 'ORG' }],
  },
  {
    label: 'a department of two fields is one body',
    body: 'Officials at the Department of Agriculture and Fisheries declined to comment.',
    has: [{ text: 'Department of Agriculture and Fisheries', type: 'ORG' }],
  },
  {
    label: 'a ministry of two fields after a title and "of the" is one body',
    body: 'Dr. Farah bint Saeed Al Tarifi, Undersecretary of the Ministry of Energy and Infrastructure, told reporters the plan was sound.',
    has: [{ text: 'Ministry of Energy and Infrastructure', type: 'ORG' }, { text: 'Farah bint Saeed Al Tarifi', type: 'PERSON' }],
  },
  {
    label: 'an agency "for" two fields is one body, and its acronym joins it',
    body: 'The Central Agency for Public Mobilisation and Statistics (CAPTA) said urban inflation reached 26.4 percent.',
    has: [{ text: 'Central Agency for Public Mobilisation and Statistics', type: 'ORG' }],
    lacks: [],
  },
  {
    label: 'a ministry of a field and two words after "and" is one body',
    body: 'The Ministry of Health and Social Affairs said 40 clinics had closed.',
    has: [{ text: 'Ministry of Health and Social Affairs', type: 'ORG' }],
  },
  {
    label: 'guard: a person\'s name after "and" is another name',
    body: 'The Department of Health and Mira Olsen said the plan was sound.',
    has: [{ text: 'Department of Health', type: 'ORG' }, { text: 'Mira Olsen', type: 'PERSON' }],
  },
  {
    label: 'guard: a title after "and" ("Economy Minister") is no field of the ministry',
    body: 'The Ministry of Finance and Economy Minister Ada Vos met on Monday.',
    has: [{ text: 'Ada Vos', type: 'PERSON' }],
    lacks: ['Economy'],
  },
];

const OFFICE_FIELDS: EntityRow[] = [
  {
    label: 'an office of two fields before a name: the person alone, no body',
    body: 'Minister of Equipment and Water Nizar Benkarim said farmers would need permits.',
    has: [{ text: 'Nizar Benkarim', type: 'PERSON' }],
    lacks: ['Equipment', 'Water'],
  },
  {
    label: 'an office of two fields with no name after it is no entity at all',
    body: 'Ada Vos was named Minister of Trade and Industry on Monday.',
    has: [{ text: 'Ada Vos', type: 'PERSON' }],
    lacks: ['Trade', 'Industry'],
  },
  {
    label: 'an office of two fields, one of two words, before a name: the person alone',
    body: 'Minister of Education and Higher Education Lina Sorel said schools would reopen.',
    has: [{ text: 'Lina Sorel', type: 'PERSON' }],
    lacks: ['Higher'],
  },
  {
    label: 'guard: a titled office, "and" and a person are two people',
    body: 'The Health Minister and Mira Olsen met on Monday.',
    has: [{ text: 'Mira Olsen', type: 'PERSON' }],
  },
  {
    label: 'guard: a firm after "CEO of" before a name stays the firm',
    body: 'CEO of Tarnby Foods Mira Olsen said the plan was sound.',
    has: [{ text: 'Tarnby Foods', type: 'ORG' }, { text: 'Mira Olsen', type: 'PERSON' }],
  },
];

const REGIONS: EntityRow[] = [
  {
    label: 'a name before "governorate" is a place',
    body: 'In Velmora, the Bekra governorate reported that potato yields fell.',
    has: [{ text: 'Bekra', type: 'LOC' }],
  },
  {
    label: 'a name after "the governorate of" is a place',
    body: 'The union called a strike in the governorate of Sfara over unpaid wages.',
    has: [{ text: 'Sfara', type: 'LOC' }],
  },
  {
    label: 'a name after "the canton of" and before "canton" is a place',
    body: 'Voters in the canton of Velmont rejected the plan; the Orrin canton backed it.',
    has: [{ text: 'Velmont', type: 'LOC' }, { text: 'Orrin', type: 'LOC' }],
  },
  {
    label: 'a capitalised region before "province of" still makes the name a place',
    body: 'In the Aegean province of Ilica, shopkeepers said their costs had doubled.',
    has: [{ text: 'Ilica', type: 'LOC' }],
  },
  {
    label: 'guard: a bank "of" a place stays a bank',
    body: 'The Velm Bank of Ilica raised rates on Monday.',
    has: [{ text: 'Velm Bank of Ilica', type: 'ORG' }],
  },
];

const REGION_SOURCES: ClaimRow[] = [
  {
    label: 'a governorate that reports a figure is its source',
    body: 'In Velmora, the Bekra governorate reported that potato yields fell by 30 percent.',
    claims: [{ text: '30 percent', sourced: 'yes', source: 'the Bekra governorate' }],
  },
  {
    label: 'guard: a figure in a governorate is not the governorate\'s',
    body: 'In the Bekra governorate, potato yields fell by 30 percent.',
    claims: [{ text: '30 percent', sourced: 'no' }],
  },
];

const OUTLETS: EntityRow[] = [
  {
    label: 'a name after "the newspaper" is the outlet\'s',
    body: 'The minister told the newspaper Orla Dzienna that jobs mattered.',
    has: [{ text: 'Orla Dzienna', type: 'ORG' }],
  },
  {
    label: 'a name after "news agency" is the agency\'s, though a given name',
    body: 'The minister told the state news agency Tessa that the plan was sound.',
    has: [{ text: 'Tessa', type: 'ORG' }],
  },
  {
    label: 'guard: a person named after "the agency" with a verb after stays a person',
    body: 'He told the agency Mira Olsen runs that the plan was sound.',
    has: [{ text: 'Mira Olsen', type: 'PERSON' }],
  },
];

const TITLES_AND_INSTITUTES: EntityRow[] = [
  {
    label: '"Undersecretary" alone in an apposition is a title, no person',
    body: 'Farah Al Tarifi, Undersecretary of the Ministry of Energy, said the plan was sound.',
    has: [{ text: 'Farah Al Tarifi', type: 'PERSON' }, { text: 'Ministry of Energy', type: 'ORG' }],
    lacks: ['Undersecretary'],
  },
  {
    label: 'guard: "Undersecretary" before a name still leaves the name a person',
    body: 'Undersecretary Farah Al Tarifi said the plan was sound.',
    has: [{ text: 'Farah Al Tarifi', type: 'PERSON' }],
  },
  {
    label: 'a civilian office with "Undersecretary" before a body and a name: the person apart, no stray "Civilian"',
    body: 'The memo was sent to Civilian Deputy Undersecretary of the Velm Air Force for Acquisition Darlene Voss on Monday.',
    has: [{ text: 'Darlene Voss', type: 'PERSON' }],
    lacks: ['Civilian'],
  },
  {
    label: 'guard: "Civilian" opening a body\'s name stays in it',
    body: 'The Civilian Conservation Corps hired 300 men in Velby.',
    has: [{ text: 'Civilian Conservation Corps', type: 'ORG' }],
  },
  {
    label: 'a name between "the" and "institute" is the body\'s',
    body: 'Citing a poll by the Infrakon institute, she said 62 percent wanted new elections.',
    has: [{ text: 'Infrakon', type: 'ORG' }],
  },
  {
    label: 'guard: a given name before "foundation" is left to the model',
    body: 'A study by the Mira foundation found 62 percent wanted new elections.',
    has: [{ text: 'Mira', notType: 'ORG' }],
  },
];

const PARTICLES: EntityRow[] = [
  {
    label: '"zu" inside a full name keeps the surname whole',
    body: '"We will not sign a blank cheque," said Jörg-Henning zu Selbach, who leads the group.',
    has: [{ text: 'Jörg-Henning zu Selbach', type: 'PERSON' }],
  },
  {
    label: '"zu" after a title and a given name keeps the surname whole',
    body: 'Prince Karl zu Ostheim opened the fair in Velby.',
    has: [{ text: 'Karl zu Ostheim', type: 'PERSON' }],
  },
  {
    label: 'guard: "von" keeps working as before',
    body: 'Minister-President Anke von Altenau opened the session.',
    has: [{ text: 'Anke von Altenau', type: 'PERSON' }],
  },
];

test('UTF-16 offsets of names with diacritics, dotted capitals and "zu"', () => {
  const text = 'Wind Deal Signed\n\n"No," said İlkay Çağlayan. Jörg-Henning zu Selbach met Łukasz Wróblewski and Søren Kjærgaard in Gdańsk.\n';
  const a = analyzeText(text);
  for (const name of ['İlkay Çağlayan', 'Jörg-Henning zu Selbach', 'Łukasz Wróblewski', 'Søren Kjærgaard', 'Gdańsk']) {
    const m = a.mentions.find((x) => x.text === name);
    assert.ok(m, `a mention "${name}" (${a.mentions.map((x) => x.text).join(', ')})`);
    assert.equal(m.start, text.indexOf(name), `start of ${name}`);
    assert.equal(m.end, text.indexOf(name) + name.length, `end of ${name}`);
  }
  assert.equal(a.quotes[0].speaker?.text, 'İlkay Çağlayan');
});

test('a surname with "zu", in lower case or opening a sentence, later joins the full name', () => {
  const a = analyzeText('Coalition Row Deepens\n\nJörg-Henning zu Selbach leads the group. Later zu Selbach said the numbers did not add up. Zu Selbach left.\n');
  const later = a.mentions.filter((m) => m.text.endsWith('Selbach'));
  assert.deepEqual(later.map((m) => m.text), ['Jörg-Henning zu Selbach', 'zu Selbach', 'Zu Selbach']);
  for (const m of later) assert.equal(a.entities[m.local].name, 'Jörg-Henning zu Selbach');
});

const STATE_MEDIA: SpeakerRow[] = [
  {
    label: '"state" before a noun it qualifies is no cue: the verb before it is',
    body: 'The minister told the state news agency Tessa that farmers would get "a significant part" of their losses.',
    speaker: 'The minister', cue: 'told',
  },
  {
    label: '"state" before "television" is no cue',
    body: 'The minister told state television that the plan was "fully financed".',
    speaker: 'The minister', cue: 'told',
  },
  {
    label: 'guard: "state" as the verb of its subject stays the cue',
    body: 'Officials state that the plan is "fully financed".',
    speaker: 'Officials', cue: 'state',
  },
];

testClaimRows('Plant Opens in Ras al-Tarif', [['Gulf sums', GULF_SUMS], ['Levantine and Egyptian sums', LEVANT_SUMS], ['governorate sources', REGION_SOURCES]]);
entityRowTests('currency codes', 'Wind Deal Signed', CODES_NO_BODIES);
entityRowTests('bodies of two fields', 'Cabinet Approves Budget', FIELD_BODIES);
entityRowTests('offices of two fields', 'Cabinet Approves Budget', OFFICE_FIELDS);
entityRowTests('regions', 'Farmers Count Losses', REGIONS);
entityRowTests('outlets', 'Cabinet Approves Budget', OUTLETS);
entityRowTests('titles and institutes', 'Coalition Row Deepens', TITLES_AND_INSTITUTES);
entityRowTests('name particles', 'Coalition Row Deepens', PARTICLES);
speakerRowTests('state media', 'Farmers Count Losses', STATE_MEDIA, 'only');
