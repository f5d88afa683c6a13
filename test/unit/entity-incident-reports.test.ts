// Entity rows of incident reports (air, road and fire news): a model's code the article writes bare after naming
// it with its maker ("the Varden V-600 … on the V-600": no place, no firm; entity-makers.ts dropBareCodes) and a
// jet's model name between an airline and a three-digit number ("A Brightwing Air Corvan 320": the airline alone;
// entity-start-pairs.ts flightLabelWords), and the roles of the scene: "Incident Controller" is a title (model/words.ts),
// and a title word that is also a given name after a lower-case role opens the name ("Shift manager Dean Pallister";
// 03-entities.ts givenAfterLowerTitle, model/word-given-names.ts). Run with `node --import tsx --test test/unit/entity-incident-reports.test.ts`.
// All names are fictional.
import { entityRowTests, type EntityRow } from './entity-rows';

const HEADLINE = 'Jet lands short at regional airport';

const BARE_CODES: EntityRow[] = [
  {
    label: 'a code written after its maker names no place when written bare later: "on the V-600", "said the V-600 was safe"',
    body: 'Tarnby Air flies the Varden V-600 on short routes. Pilots on the V-600 said it handled well. Engineers said the V-600 was safe.',
    has: [{ text: 'Varden', type: 'ORG' }],
    lacks: ['on the V-600', 'said the V-600 was'],
  },
  {
    label: 'guard: a code written only after a designation keeps its name: "Terminal B2"',
    body: 'Passengers left from Terminal B2 on Monday. Staff said the queue was long.',
    has: [{ text: 'Terminal B2', type: 'LOC' }],
  },
];

const AIRLINE_MODELS: EntityRow[] = [
  {
    label: 'a name and a three-digit number after an airline are a jet\'s model: "A Brightwing Air Corvan 320" gives the airline',
    body: 'A Brightwing Air Corvan 320 was diverted to Orlsby on Monday. Passengers on a Brightwing Air Corvan 320 were safe.',
    has: [{ text: 'Brightwing Air', type: 'ORG' }],
    lacks: ['Corvan'],
  },
  {
    label: 'guard: a person before a sum keeps the whole name: "paid Mira Olsen 200 pounds"',
    body: 'The council paid Mira Olsen 200 pounds for the repairs, officials said.',
    has: [{ text: 'Mira Olsen', type: 'PERSON' }],
  },
  {
    label: 'guard: a flight number after an airline still cuts only "Flight": "Orrel Air Flight 212"',
    body: 'Orrel Air Flight 212 landed at Tarnby after a warning light came on.',
    has: [{ text: 'Orrel Air', type: 'ORG' }],
  },
];

const SCENE_ROLES: EntityRow[] = [
  {
    label: '"Incident Controller" is a title, not part of the name: "Incident Controller Grant Whitlam said"',
    body: 'Incident Controller Grant Whitlam said the fire at the Tarnby depot was out.',
    has: [{ text: 'Grant Whitlam', type: 'PERSON' }],
    lacks: ['Controller'],
  },
  {
    label: 'guard: a body whose name opens with "Incident" stays whole: "the Incident Review Board said"',
    body: 'The Incident Review Board said the Tarnby depot was safe.',
    has: [{ text: 'Incident Review Board', type: 'ORG' }],
  },
  {
    label: 'a title word that is also a given name after a lower-case role opens the name: "Shift manager Dean Pallister"',
    body: 'Shift manager Dean Pallister said staff at the Tarnby depot were safe.',
    has: [{ text: 'Dean Pallister', type: 'PERSON' }],
  },
  {
    label: 'guard: with no role before it the word is the title: "Dean Mira Olsen of Tarnby College"',
    body: 'Dean Mira Olsen of Tarnby College said classes would go on.',
    has: [{ text: 'Mira Olsen', type: 'PERSON' }],
    lacks: ['Dean'],
  },
];

entityRowTests('bare model codes', HEADLINE, BARE_CODES);
entityRowTests('airline jet models', HEADLINE, AIRLINE_MODELS);
entityRowTests('scene roles', HEADLINE, SCENE_ROLES);
