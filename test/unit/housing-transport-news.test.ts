// Housing, property and public-transport news. A count of things on a waiting list is what "the number of" names before the
// list ("The number of households on the council's housing waiting list has risen to 14,260": risen-count.ts); an index
// speaks for its figures like a report ("…, the Halvern index said": model/speaker-words.ts). The homes a plan or an application
// is for are the plan's size, no claim ("Plans for 240 homes were approved": claim-planned-homes.ts; a pledge to build stays
// its maker's claim); a fare or a
// season ticket is a price of a journey, no claim (claim-admission-price.ts), and so is a fare cap to come ("will be capped at
// £2": rule-levels.ts). A station ("Tarnby Central", "Orsk Parkway"), a line ("the Northern line") and a road's number ("the
// A712") are places (entity-transit-places.ts); a property portal or a housebuilder before a name makes it a firm
// ("the property portal Lettbox": entity-kind-words.ts); "Ridership" opening a sentence is no name (model/lexicon.ts).
// Run with `node --import tsx --test test/unit/housing-transport-news.test.ts`. All text is fictional.
import { entityRowTests, type EntityRow } from './entity-rows';
import { type ClaimRow, testClaimRows } from './claim-rows';

const WAITING_LISTS: ClaimRow[] = [
  {
    label: '"the number of households on X\'s housing waiting list has risen to N" counts households',
    body: "The number of households on Velby Borough Council's housing waiting list has risen to 14,260, the council said.",
    claims: [{ text: "The number of households on Velby Borough Council's housing waiting list has risen to 14,260", low: 14260, counted: 'household', sourced: 'yes', source: 'the council' }],
  },
  {
    label: 'with "the waiting list" after "on", the count before it is the subject too',
    body: 'The number of families on the waiting list rose to 3,100, the council said.',
    claims: [{ text: 'The number of families on the waiting list rose to 3,100', counted: 'family', sourced: 'yes' }],
  },
  {
    label: 'guard: the waiting list itself as the subject counts people, as before',
    body: 'The waiting list has risen to 14,260, the council said.',
    claims: [{ text: 'The waiting list has risen to 14,260', counted: 'person', sourced: 'yes' }],
  },
];

const INDEXES: ClaimRow[] = [
  {
    label: 'an index after its maker\'s name speaks for the figure: "…, the Halvern index said"',
    body: 'Homes in the Orrel district sold for between $480,000 and $540,000, the Halvern index said.',
    claims: [{ text: 'between $480,000 and $540,000', low: 480000, high: 540000, sourced: 'yes', source: 'the Halvern index' }],
  },
  {
    label: '"…, the Halvern index showed"',
    body: 'Prices in Tarnby rose 3.1% in May, the Halvern index showed.',
    claims: [{ text: 'rose 3.1%', sourced: 'yes', source: 'the Halvern index' }],
  },
  {
    label: 'guard: a stock index that moved is no source of its own move',
    body: 'The Corvex index fell 3% on Monday.',
    claims: [{ text: 'fell 3%', sourced: 'no' }],
  },
];

const PLANNED_HOMES: ClaimRow[] = [
  {
    label: 'the homes an application is for are the plan\'s size, no claim; a count of objectors is one',
    body: 'Plans for 240 homes on farmland north of Orsk were approved on Wednesday. More than 600 residents had objected.',
    claims: [{ text: 'More than 600 residents had objected', sourced: 'no' }],
  },
  {
    label: '"an application for 1,200 homes", "allocates land for 6,400 new homes" are plans\' sizes',
    body: 'A separate application for 1,200 homes at Tollen Park was refused. The Orsk Local Plan allocates land for 6,400 new homes by 2040.',
    claims: [],
  },
  {
    label: '"The scheme by X includes 72 affordable homes", "The tower on Y would contain 310 flats" describe a plan',
    body: 'The scheme by developer Kestrel Homes includes 72 affordable homes. The proposed 18-storey tower on Harbour Road would contain 310 flats.',
    claims: [],
  },
  {
    label: 'guard: a pledge to build stays its maker\'s claim, and homes built stay claims',
    body: 'The council built 86 social homes last year. The mayor pledged to build 2,000 affordable homes by 2030.',
    claims: [{ text: 'built 86 social homes', counted: 'home', sourced: 'no' }, { text: 'build 2,000 affordable homes', sourced: 'yes', source: 'The mayor' }],
  },
  {
    label: 'guard: a plan\'s effects stay claims ("would create 350 jobs")',
    body: 'The development would create 350 construction jobs, Kestrel Homes said.',
    claims: [{ text: '350 construction jobs', sourced: 'yes', source: 'Kestrel Homes' }],
  },
  {
    label: 'guard: what a standing block holds stays a claim ("The block contains 120 flats")',
    body: 'The block contains 120 flats, most of them rented.',
    claims: [{ text: '120 flats', sourced: 'no' }],
  },
];

const FARES: ClaimRow[] = [
  {
    label: 'a season ticket\'s price is a price of a journey, no claim',
    body: 'A season ticket from Orsk Parkway to Tarnby Central will cost £4,820 from January.',
    claims: [],
  },
  {
    label: 'a single fare\'s price is none either',
    body: 'The single fare to Velby is £2.80.',
    claims: [],
  },
  {
    label: 'a fare cap to come is a rule\'s level ("will be capped at £2")',
    body: 'Bus fares in Halden will be capped at £2 per journey until March, the county council said.',
    claims: [],
  },
  {
    label: 'guard: a rise in fares stays a claim',
    body: 'Fares will rise by 4.6% in January, the Department of Transport said.',
    claims: [{ text: '4.6%', sourced: 'yes' }],
  },
  {
    label: 'guard: fares that were capped (past) tell what happened',
    body: 'Fare rises were capped at 3% last year.',
    claims: [{ text: '3%' }],
  },
  {
    label: 'guard: what fares brought in stays a claim',
    body: 'Fares raised £1.2 billion for Westria Rail last year.',
    claims: [{ text: 'raised £1.2 billion' }],
  },
];

const STATIONS: EntityRow[] = [
  {
    label: 'a station named by its town and "Central" or "Parkway" is a place, not a person',
    body: 'No trains will run between Tarnby Central and Orsk Parkway on Saturday.',
    has: [{ text: 'Tarnby Central', type: 'LOC' }, { text: 'Orsk Parkway', type: 'LOC' }],
  },
  {
    label: 'a bus station "Velby Junction" is a place; its later mention too',
    body: 'Replacement buses will run to Velby Junction. Velby Junction will be closed on Sunday.',
    has: [{ text: 'Velby Junction', type: 'LOC' }],
  },
  {
    label: '"Parkway" and "Halt" name a station without a train in the sentence, after a given name too',
    body: 'Services at Marrow Parkway and Brenna Halt will stop in December.',
    has: [{ text: 'Marrow Parkway', type: 'LOC' }, { text: 'Brenna Halt', type: 'LOC' }],
  },
  {
    label: 'guard: "Central" outside talk of trains is no station (a side here)',
    body: 'Halden Central won 2-1 on Saturday.',
    has: [{ text: 'Halden Central', notType: 'LOC' }],
  },
];

const LINES: EntityRow[] = [
  {
    label: '"the Northern line" is a place, the name with its "line"',
    body: 'Train drivers on the Northern line will strike for 48 hours next week.',
    has: [{ text: 'Northern line', type: 'LOC' }],
  },
  {
    label: 'with passengers: "About 120,000 passengers use the Harbour line"',
    body: 'About 120,000 passengers use the Harbour line each weekday.',
    has: [{ text: 'Harbour line', type: 'LOC' }],
  },
  {
    label: 'guard: a firm\'s product line is no place ("the Tavrin line of handbags")',
    body: 'Orsa Leather launched the Tavrin line of handbags in May.',
    has: [{ text: 'Tavrin', notType: 'LOC' }],
    lacks: ['line of'],
  },
  {
    label: 'guard: a shipping line stays a firm',
    body: 'The Corvo Line said it would add two ships to its fleet.',
    has: [{ text: 'Corvo Line', type: 'ORG' }],
  },
];

const ROADS: EntityRow[] = [
  {
    label: 'a road\'s number in a sentence about roads is a place ("the A712", "the M9", "the B4120")',
    body: 'The bypass will link the A712 with the M9 at junction 21. Traffic on the B4120 has doubled.',
    has: [{ text: 'A712', type: 'LOC' }, { text: 'M9', type: 'LOC' }, { text: 'B4120', type: 'LOC' }],
  },
  {
    label: 'guard: a jet\'s model is no road',
    body: 'Brightwing Air flew the A380 to Tarvik on Monday.',
    has: [{ text: 'Brightwing Air', type: 'ORG' }],
    lacks: [],
  },
];

const FIRMS: EntityRow[] = [
  {
    label: 'a property portal or a housebuilder before a name makes it a firm',
    body: 'Rents slowed to 6.8%, the property portal Lettbox said. The portal Keyfinder said prices rose, and the housebuilder Tarrow Homes agreed.',
    has: [{ text: 'Lettbox', type: 'ORG' }, { text: 'Keyfinder', type: 'ORG' }],
  },
  {
    label: '"Ridership" opening a sentence is no name',
    body: 'Ridership is at 82% of pre-pandemic levels, according to Westria Rail.',
    has: [{ text: 'Westria Rail', type: 'ORG' }],
    lacks: ['Ridership'],
  },
  {
    label: 'guard: a given name after "the broker" is left to the model',
    body: 'The broker Mira Olsen said rates would fall.',
    has: [{ text: 'Mira Olsen', type: 'PERSON' }],
  },
];

testClaimRows('Housing Waiting List Grows', [['waiting lists', WAITING_LISTS], ['indexes as sources', INDEXES], ['planned homes', PLANNED_HOMES], ['fares', FARES]]);
entityRowTests('stations', 'Rail Strike Called', STATIONS);
entityRowTests('lines', 'Rail Strike Called', LINES);
entityRowTests('roads', 'Bypass Cost Soars', ROADS);
entityRowTests('property firms', 'Rents Slow', FIRMS);
