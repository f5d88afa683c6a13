// Entity left-overs of local, church and business news: a town before a town's office and a person ("Kelmar
// Mayor Jonas Berg", entity-title-bodies.ts), a state's agency named for its field and its country ("Statistics
// Ostrelia said", "Health Ostrelia"; entity-national-bodies.ts, entity-start-pairs.ts), an airline "X Air" at a
// sentence start (entity-start-pairs.ts), a school district (03-entities.ts), a trade body's members after "and"
// ("Society of Vehicle Importers and Makers", 03-entities.ts MEMBER_PLURALS), a line a dash opens that signs
// off with a name ("— Jonas Berg", 03-entities.ts signOffLine), "General Synod" (model/words.ts ORG_HEADS), "Mass"
// as a church service (entity-nonnames.ts) and a provider's data named after it ("Nielsen figures showed",
// entity-companies.ts). Run with `node --import tsx --test test/unit/entity-leftovers-s37.test.ts`. All names are
// fictional.
import { entityRowTests, type EntityRow } from './entity-rows';

const HEADLINE = 'Harbour board weighs new levy';

const PLACE_OFFICES: EntityRow[] = [
  {
    label: 'a name before a town\'s office and a person is the town, not a firm: "Kelmar Mayor Jonas Berg", "Varrel Deputy Mayor …"',
    body: 'Kelmar Mayor Jonas Berg said the plan would go ahead. Officials said Varrel Deputy Mayor Ada Rusk agreed.',
    has: [{ text: 'Kelmar', type: 'LOC' }, { text: 'Jonas Berg', type: 'PERSON' }, { text: 'Varrel', type: 'LOC' }],
  },
  {
    label: 'guard: a name before a firm\'s title stays a firm: "Velmont CEO Ana Reis"',
    body: 'Velmont CEO Ana Reis said the plan would go ahead.',
    has: [{ text: 'Velmont', type: 'ORG' }, { text: 'Ana Reis', type: 'PERSON' }],
  },
];

const STATE_AGENCIES: EntityRow[] = [
  {
    label: 'a statistics office at a sentence start keeps its first word: "Statistics Ostrelia said"',
    body: 'Prices rose in May. Statistics Ostrelia said food cost more.',
    has: [{ text: 'Statistics Ostrelia', type: 'ORG' }],
  },
  {
    label: 'a field before a country no list holds names a state\'s agency: "Health Ostrelia said", "Transport Ostrelia"',
    body: 'Health Ostrelia said the drug was safe. Officials said Transport Ostrelia would act.',
    has: [{ text: 'Health Ostrelia', type: 'ORG' }, { text: 'Transport Ostrelia', type: 'ORG' }],
  },
  {
    label: 'guard: "Parks", a surname too, names an agency only before a known country: "Parks Dunmore said"',
    body: 'Parks Dunmore said the trail shut.',
    has: [{ text: 'Dunmore', type: 'PERSON' }],
  },
];

const AIRLINES: EntityRow[] = [
  {
    label: 'an ordinary word before "Air" at a sentence start is an airline\'s name: "Skyline Air said"',
    body: 'Skyline Air said flights would resume on Monday.',
    has: [{ text: 'Skyline Air', type: 'ORG' }],
  },
  {
    label: 'guard: "Fresh Air" at a sentence start is no airline',
    body: 'Fresh air brought relief. Fresh Air is what the town needs, Ada Rusk said.',
    has: [{ text: 'Ada Rusk', type: 'PERSON' }],
    lacks: ['Fresh'],
  },
];

const SCHOOL_DISTRICTS: EntityRow[] = [
  {
    label: 'a school district is a body, not a place: "the Fernhill Independent School District said"',
    body: 'The Fernhill Independent School District said classes would resume. The Tarnby School District agreed.',
    has: [{ text: 'Fernhill Independent School District', type: 'ORG' }, { text: 'Tarnby School District', type: 'ORG' }],
  },
  {
    label: 'guard: a district of a town stays a place: "the Kelmar District"',
    body: 'Floods hit homes in the Kelmar District on Monday.',
    has: [{ text: 'Kelmar District', type: 'LOC' }],
  },
];

const TRADE_MEMBERS: EntityRow[] = [
  {
    label: 'a trade body\'s members after "and" stay in its name: "Society of Vehicle Importers and Makers"',
    body: 'The Society of Vehicle Importers and Makers said sales fell. The Guild of Grain Merchants and Millers agreed.',
    has: [{ text: 'Society of Vehicle Importers and Makers', type: 'ORG' }, { text: 'Guild of Grain Merchants and Millers', type: 'ORG' }],
  },
  {
    label: 'guard: a person after "and" stays apart: "the Society of Vehicle Importers and Mira Olsen"',
    body: 'The Society of Vehicle Importers and Mira Olsen met on Monday.',
    has: [{ text: 'Society of Vehicle Importers', type: 'ORG' }, { text: 'Mira Olsen', type: 'PERSON' }],
  },
];

const SIGN_OFFS: EntityRow[] = [
  {
    label: 'a line a dash opens signs off with a name in ordinary case: "— Jonas Berg" keeps its surname',
    body: '"We will not give up," one resident wrote.\n— Jonas Berg\n\nThe council met on Monday.',
    has: [{ text: 'Jonas Berg', type: 'PERSON' }],
  },
  {
    label: 'guard: a heading with no dash still drops its ordinary words: "Harbour Plans" names nobody',
    body: 'The council met on Monday.\n\nHarbour Plans\n\nThe board said the levy would rise.',
    has: [],
    lacks: ['Harbour Plans'],
  },
];

const CHURCH_NEWS: EntityRow[] = [
  {
    label: 'a church\'s governing body is an organisation: "the General Synod voted"',
    body: 'The General Synod voted on Tuesday to back the plan.',
    has: [{ text: 'General Synod', type: 'ORG' }],
  },
  {
    label: 'a Mass is a church service, no name: "after Mass", "Sunday Mass"',
    body: 'The priest spoke after Mass in Tarnby. Crowds came to the Sunday Mass early.',
    has: [{ text: 'Tarnby', type: 'LOC' }],
    lacks: ['Mass', 'Sunday Mass'],
  },
  {
    label: 'guard: "Mass." with its dot in a dateline stays the state: "HARWICK, Mass. —"',
    full: true,
    body: 'Harbour board weighs new levy\nHARWICK, Mass. — The board met on Monday.\n',
    has: [{ text: 'Mass', type: 'LOC' }],
  },
];

const DATA_PROVIDERS: EntityRow[] = [
  {
    label: 'a name right before "figures" or "data" that showed something is a provider, not a person: "Tarvo figures showed"',
    body: 'Viewing fell, Tarvo figures showed. Tarvo said the drop was small.',
    has: [{ text: 'Tarvo', type: 'ORG' }],
  },
  {
    label: 'guard: a person\'s possessive figures leave the person: "Ada Rusk\'s figures showed"',
    body: 'Ada Rusk\'s figures showed a drop. Rusk said it was small.',
    has: [{ text: 'Rusk', type: 'PERSON' }],
  },
];

entityRowTests('place offices', HEADLINE, PLACE_OFFICES);
entityRowTests('state agencies', HEADLINE, STATE_AGENCIES);
entityRowTests('airlines at a sentence start', HEADLINE, AIRLINES);
entityRowTests('school districts', HEADLINE, SCHOOL_DISTRICTS);
entityRowTests('trade members', HEADLINE, TRADE_MEMBERS);
entityRowTests('sign-off lines', HEADLINE, SIGN_OFFS);
entityRowTests('church news', HEADLINE, CHURCH_NEWS);
entityRowTests('data providers', HEADLINE, DATA_PROVIDERS);
