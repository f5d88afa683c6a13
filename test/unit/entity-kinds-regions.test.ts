// Labelled sentences for a body's kind written before its name and for a part of a place named by a compass
// adjective: "Energy regulator Ofvolt said", "Developer Marrow Renewables won", "Broadcaster Velmar said" name an
// organisation (a person's title, "Finance minister Aldo Brenn", stays a person's), and "in eastern Tessaly",
// "across northern Vaskia" name a place. Run with `node --import tsx --test test/unit/entity-kinds-regions.test.ts`.
// All names are fictional.
import { entityRowTests, type EntityRow } from './entity-rows';

const HEADLINE = 'Storm Surge Hits Coastal Town';


const ROWS: EntityRow[] = [
  {
    label: 'a regulator\'s kind in lower case after its field names a body: "Energy regulator Ofvolt said", "the water regulator Aquon"',
    body: 'Energy regulator Ofvolt said on Monday that bills would rise. Prices were set by the water regulator Aquon last year.',
    has: [{ text: 'Ofvolt', type: 'ORG' }, { text: 'Aquon', type: 'ORG' }],
    lacks: ['Energy'],
  },
  {
    label: 'a body\'s kind opening a sentence names a body: "Developer Marrow Renewables won", "Broadcaster Velmar said", "Watchdog Pelcom fined"',
    body: 'Developer Marrow Renewables won approval for a wind farm. Broadcaster Velmar said it would cut shows. Watchdog Pelcom fined two banks. Startup Quillo raised $5 million. Charity Hopewell said donations fell.',
    has: [{ text: 'Marrow Renewables', type: 'ORG' }, { text: 'Velmar', type: 'ORG' }, { text: 'Pelcom', type: 'ORG' }, { text: 'Quillo', type: 'ORG' }, { text: 'Hopewell', type: 'ORG' }],
    lacks: ['Developer', 'Broadcaster', 'Watchdog', 'Startup', 'Charity'],
  },
  {
    label: 'a firm\'s "group" or its trade\'s "major" before its name names it: "Mining group Pelgrave said", "Oil major Brenthor cut"',
    body: 'Mining group Pelgrave said profits fell. Oil major Brenthor cut its dividend on Monday.',
    has: [{ text: 'Pelgrave', type: 'ORG' }, { text: 'Brenthor', type: 'ORG' }],
  },
  {
    label: 'guard: "major" after no trade is a size: "the only major Tessaly port" is no firm',
    body: 'Dunley is the only major Tessaly port still open, officials said.',
    has: [{ text: 'Tessaly', notType: 'ORG' }],
  },
  {
    label: 'guard: a trade that is also a person\'s keeps a person named by a given name: "Broadcaster Maria Quell said"',
    body: 'Broadcaster Maria Quell said she would retire next year.',
    has: [{ text: 'Maria Quell', type: 'PERSON' }],
  },
  {
    label: 'guard: a minister\'s title before a name stays a person\'s: "Finance minister Aldo Brenn said"',
    body: 'Finance minister Aldo Brenn said the budget was sound.',
    has: [{ text: 'Aldo Brenn', type: 'PERSON' }],
  },
  {
    label: 'a compass adjective after a place preposition names part of a place: "in eastern Tessaly", "in central Ardova"',
    body: 'Floods hit villages in eastern Tessaly on Sunday. He was born in central Ardova in 1970.',
    has: [{ text: 'Tessaly', type: 'LOC' }, { text: 'Ardova', type: 'LOC' }],
  },
  {
    label: 'a list of such parts names places: "in northern Dravenia and western Kelmor", "in north-eastern Pallow"',
    body: 'Rebels hold towns in northern Dravenia and western Kelmor. Snow fell in north-eastern Pallow.',
    has: [{ text: 'Dravenia', type: 'LOC' }, { text: 'Kelmor', type: 'LOC' }, { text: 'Pallow', type: 'LOC' }],
  },
  {
    label: 'guard: after "the" the name may modify a firm\'s noun: "at the western Calveto plant" is no place',
    body: 'Jobs went at the western Calveto plant, the union said.',
    has: [{ text: 'Calveto', type: 'ORG' }],
  },
];

entityRowTests('entity kinds and regions', HEADLINE, ROWS);
