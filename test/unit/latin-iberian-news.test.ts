// English-language news from Latin America, Spain and Portugal: its sums, its public bodies, its places and its names of
// two surnames with particles.
// - Sums: the sol's "S/" ("S/ 1.2 million", "S/2.5 billion", "S/. 35"), "Ps" for pesos ("Ps 9,500") and the codes "ARS", "CLP",
//   "UYU", "PYG" before a figure are money (regional-money.ts, model/currency.ts); "COP" and "PEN", also English words, only
//   with a scale ("COP 2 trillion", not "COP 28"); no such code is an organisation (entity-coded-names.ts).
// - "Ministério da Fazenda", "Secretaría de Hacienda", "Banco de Tenoria", "Guardia Nacional": a Spanish or Portuguese body's
//   head leading a name makes it an organisation (model/words.ts LEADING_BODY_HEADS), and "General" after it stays in the name
//   ("Fiscalía General del Estado"); "Carabineros" alone is a force.
// - "the state of Oaxara" (place-context.ts), "the Cuscana department" (entity-place-nouns.ts), "São …" (LEADING_LOC_HEADS) are
//   places; "do" and "e" link a Portuguese name's words ("Vila Nova do Sertão", "Souza e Castro": entity-lusophone-links.ts).
// - A person named later by both surnames ("Tavares Lima", "Dos Santos Moreira", "Herrera y Salcedo") or by the first alone
//   ("Pacheco" of "Máximo Pacheco Matte") is the person named before in full (entity-surname-tails.ts).
// Run with `node --import tsx --test test/unit/latin-iberian-news.test.ts`. All names are fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';
import { currencyOf } from '../../server/src/core/model/currency';
import { entityRowTests, type EntityRow } from './entity-rows';
import { type ClaimRow, testClaimRows } from './claim-rows';

const SUMS: ClaimRow[] = [
  {
    label: 'soles after "S/" and a space are a sum',
    body: 'The Ministerio de Obras said it would spend S/ 1.2 million on repairs in Tarma.',
    claims: [{ text: 'S/ 1.2 million', unit: 'money', low: 1.2e6 }],
  },
  {
    label: 'soles glued to "S/" are a sum',
    body: 'Minera Andavel will invest S/3.5 billion in the Orcas valley.',
    claims: [{ text: 'S/3.5 billion', unit: 'money', low: 3.5e9 }],
  },
  {
    label: 'pesos after "Ps" are a sum',
    body: 'A kilo of beef in Velmar now costs Ps 9,500.',
    claims: [{ text: 'Ps 9,500', unit: 'money', low: 9500 }],
  },
  {
    label: 'Argentine pesos as "ARS" are a sum',
    body: 'The government cut spending by ARS 12 trillion.',
    claims: [{ text: 'ARS 12 trillion', unit: 'money', low: 1.2e13 }],
  },
  {
    label: 'Chilean pesos as "CLP" are a sum',
    body: 'Codelvo will spend CLP 900 billion on safety.',
    claims: [{ text: 'CLP 900 billion', unit: 'money', low: 9e11 }],
  },
  {
    label: 'Colombian pesos as "COP" with a scale are a sum',
    body: 'Ecovalle reported a loss of COP 2 trillion for the quarter.',
    claims: [{ text: 'COP 2 trillion', unit: 'money', low: 2e12 }],
  },
  {
    label: 'guard: "COP" before a figure with no scale is no sum',
    body: 'Delegates at COP 28 agreed on a new fund.',
    claims: [],
  },
  {
    label: 'guard: a slash between figures is no sol',
    body: 'The team won 3/ 2 on Sunday in Orcas.',
    claims: [],
  },
];

test('currency of Latin American sums', () => {
  assert.equal(currencyOf('S/ 1.2 million'), 'pen');
  assert.equal(currencyOf('COP 2 trillion'), 'cop');
  assert.equal(currencyOf('ARS 12 trillion'), 'ars');
  assert.equal(currencyOf('Ps 9,500'), 'peso');
  // guard: the real's sign is still a dollar-like sign's
  assert.equal(currencyOf('R$4.5 billion'), 'r$');
});

const CODES: EntityRow[] = [
  {
    label: '"ARS" before a figure is no organisation',
    body: 'The government cut spending by ARS 12 trillion, Ana Velmar said.',
    has: [{ text: 'Ana Velmar', type: 'PERSON' }],
    lacks: ['ARS'],
  },
  {
    label: '"COP" before a scaled figure is no organisation',
    body: 'Ecovalle reported a loss of COP 2 trillion for the quarter.',
    has: [{ text: 'Ecovalle' }],
    lacks: ['COP'],
  },
];

const BODIES: EntityRow[] = [
  {
    label: 'a Portuguese ministry is an organisation',
    body: 'The Ministério da Fazenda said in a statement that fuel imports fell.',
    has: [{ text: 'Ministério da Fazenda', type: 'ORG' }],
  },
  {
    label: 'a Mexican secretariat of two fields joined by "y" is an organisation',
    body: 'The Secretaría de Hacienda y Crédito Público said it would spend more on rail.',
    has: [{ text: 'Secretaría de Hacienda y Crédito Público', type: 'ORG' }],
  },
  {
    label: 'a bank named "Banco de" a place is an organisation',
    body: 'The Banco de Tenoria kept its benchmark rate unchanged on Thursday.',
    has: [{ text: 'Banco de Tenoria', type: 'ORG' }],
  },
  {
    label: 'an ombudsman\'s office "del Pueblo" is an organisation',
    body: 'The Defensoría del Pueblo said 1,200 people had fled the fighting.',
    has: [{ text: 'Defensoría del Pueblo', type: 'ORG' }],
  },
  {
    label: '"General" after a prosecutor\'s office stays in its name',
    body: 'The Fiscalía General del Estado said 14 people were killed.',
    has: [{ text: 'Fiscalía General del Estado', type: 'ORG' }],
  },
  {
    label: '"General" after a confederation stays in its name',
    body: 'Unions led by the Confederación General del Trabajo called a strike.',
    has: [{ text: 'Confederación General del Trabajo', type: 'ORG' }],
  },
  {
    label: '"Carabineros" alone is a force',
    body: 'Carabineros used water cannon against students in Velmar on Friday.',
    has: [{ text: 'Carabineros', type: 'ORG' }],
  },
  {
    label: 'guard: a title after a body\'s head and a name after it are the body and the person',
    body: 'Banco Central President Ana Velmar said rates would stay high.',
    has: [{ text: 'Banco Central', type: 'ORG' }, { text: 'Ana Velmar', type: 'PERSON' }],
  },
  {
    label: 'guard: a body\'s head as the last word of a name leaves a person',
    body: 'Ernesto Guardia said the plan was sound.',
    has: [{ text: 'Ernesto Guardia', type: 'PERSON' }],
  },
];

const PLACES: EntityRow[] = [
  {
    label: 'a name after "the state of" is a place',
    body: 'In the state of Oaxara, the union said 14 people were killed.',
    has: [{ text: 'Oaxara', type: 'LOC' }],
  },
  {
    label: 'a name before "department" is a place',
    body: 'Floods hit the Cuscana department, officials said.',
    has: [{ text: 'Cuscana', type: 'LOC' }],
  },
  {
    label: 'guard: an ordinary word before "department" is no place',
    body: 'She joined the Sales department in May.',
    has: [{ text: 'Sales', notType: 'LOC' }],
  },
  {
    label: 'guard: "the state" in apposition to a firm makes it no place',
    body: 'Petrovela, the state oil company, said output rose.',
    has: [{ text: 'Petrovela', type: 'ORG' }],
  },
  {
    label: '"do" inside a town\'s name keeps the name whole',
    body: 'Police raided the municipality of Vila Nova do Sertão on Monday.',
    has: [{ text: 'Vila Nova do Sertão', type: 'LOC' }],
  },
  {
    label: 'a name led by "São" is a place, though a given name follows',
    body: 'Tarma and São José dos Campos were flooded on Monday.',
    has: [{ text: 'São José dos Campos', type: 'LOC' }],
  },
  {
    label: 'guard: "I do" before a capitalised word links no name',
    body: 'I do Pilates on Mondays, Ana Velmar said.',
    has: [{ text: 'Ana Velmar', type: 'PERSON' }],
    lacks: ['do'],
  },
];

const NAMES: EntityRow[] = [
  {
    label: '"e" between two surnames keeps the name whole',
    body: 'Justice Fernanda de Souza e Castro wrote that the evidence was robust.',
    has: [{ text: 'Fernanda de Souza e Castro', type: 'PERSON' }],
  },
  {
    label: 'guard: a firm\'s word that is a full name\'s first surname stays the firm',
    body: 'Tova Belmar Reyes spoke on Monday. Shares of Belmar fell 3 percent after the deal.',
    has: [{ text: 'Belmar', type: 'ORG' }],
  },
];

/** The entity name each mention with `text` resolves to. */
function joined(text: string, mention: string): string[] {
  const a = analyzeText(`Refinery Deal Signed\n\n${text}\n`);
  return a.mentions.filter((m) => m.text === mention).map((m) => a.entities[m.local].name);
}

const TAILS: [label: string, body: string, later: string, full: string | null][] = [
  ['both surnames after a given name of three words', 'Maria das Graças Tavares Lima spoke. Tavares Lima said the plant would reopen.', 'Tavares Lima', 'Maria das Graças Tavares Lima'],
  ['both surnames with "y"', 'Ana Lucía Herrera y Salcedo spoke. Herrera y Salcedo said rates would hold.', 'Herrera y Salcedo', 'Ana Lucía Herrera y Salcedo'],
  ['both surnames led by a capitalised particle', 'João Carlos dos Santos Moreira spoke. Dos Santos Moreira said inflation was falling.', 'Dos Santos Moreira', 'João Carlos dos Santos Moreira'],
  ['both surnames after one given name', 'Joaquim Miranda Sarzedo spoke. Miranda Sarzedo said the accounts were in order.', 'Miranda Sarzedo', 'Joaquim Miranda Sarzedo'],
  ['a surname and "de la" and another', 'Omar García de la Rosa spoke. García de la Rosa said 57 suspects were held.', 'García de la Rosa', 'Omar García de la Rosa'],
  ['the first surname alone', 'Máximo Pacheco Matte spoke. Pacheco said the mine would reopen.', 'Pacheco', 'Máximo Pacheco Matte'],
  ['the first surname alone after two given names', 'María José Ferreira de la Vega spoke. Ferreira said the port would grow.', 'Ferreira', 'María José Ferreira de la Vega'],
  ['guard: a middle given name alone is no first surname', 'Luis Andrés Caputelli spoke. Andrés said the plan was sound.', 'Andrés', null],
  ['guard: a last name of a person named in full wins over another\'s first surname', 'Jorge Walker Buendía spoke. Ana Walker spoke too. Walker said the plan was sound.', 'Walker', 'Ana Walker'],
  ['guard: a name the model took for a person\'s that ends in a building\'s head has no first surname', 'Ada Tessmer Varn House opened on Monday. Tessmer said the plan was sound.', 'Tessmer', 'Tessmer'],
  ['guard: a tail two persons end with joins neither', 'Rosa Tavares Lima spoke. Mário Tavares Lima spoke too. Tavares Lima said the plan was sound.', 'Tavares Lima', 'Tavares Lima'],
];

for (const [label, body, later, full] of TAILS) {
  test(`two surnames: ${label}`, () => {
    const names = joined(body, later);
    assert.ok(names.length > 0, `a mention "${later}"`);
    const last = names[names.length - 1];
    if (full === null) assert.ok(!/Caputelli/.test(last), `"${later}" joins no full name (${last})`);
    else assert.equal(last, full);
  });
}

testClaimRows('Refinery Deal Signed', [['Latin American sums', SUMS]]);
entityRowTests('currency codes', 'Refinery Deal Signed', CODES);
entityRowTests('Iberian bodies', 'Refinery Deal Signed', BODIES);
entityRowTests('Latin American places', 'Refinery Deal Signed', PLACES);
entityRowTests('Iberian names', 'Refinery Deal Signed', NAMES);
