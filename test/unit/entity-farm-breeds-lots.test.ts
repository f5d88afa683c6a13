// Farm and food news: a breed of livestock or a crop variety is no entity ("600 Hallam ewes", "the Brisca Gold
// variety": entity-breeds.ts); a lot or batch number is no body ("lot numbers K2204 to K2217": entity-coded-names.ts);
// a beat before "Editor" in a byline is no person ("Commodities Editor": entity-beat-titles.ts); a food firm named by
// its kind in an apposition is an organisation ("Varnholt, the Dutch confectioner,": entity-companies.ts).
// Run with `node --import tsx --test test/unit/entity-farm-breeds-lots.test.ts`. All names are fictional.
import { entityRowTests, type EntityRow } from './entity-rows';

const HEADLINE = 'Growers Count the Cost of a Dry Summer';

const BREEDS: EntityRow[] = [
  {
    label: 'a name between a count and a noun of livestock is a breed: "600 Hallam ewes", "180 Red Tarn cattle"',
    body: 'Nessa Coyle farms 600 Hallam ewes near Drumlow. Her neighbour keeps 180 Red Tarn cattle.',
    has: [{ text: 'Nessa Coyle', type: 'PERSON' }, { text: 'Drumlow', type: 'LOC' }],
    lacks: ['Hallam', 'Red Tarn'],
  },
  {
    label: 'a number word counts the herd too: "forty Brackwell heifers"',
    body: 'The sale drew forty Brackwell heifers and a few bulls.',
    has: [],
    lacks: ['Brackwell'],
  },
  {
    label: 'a name before "variety" or "breed" is no entity: "the Brisca Gold variety", "the Orrin breed"',
    body: 'Most of the crop was the Brisca Gold variety. Farmers in Drumlow favour the Orrin breed.',
    has: [{ text: 'Drumlow', type: 'LOC' }],
    lacks: ['Brisca Gold', 'Orrin'],
  },
  {
    label: 'guard: a name before a noun of livestock with no count before it stays a mention ("Tallow Farms cattle")',
    body: 'Inspectors checked Tallow Farms cattle on Monday, said Nessa Coyle.',
    has: [{ text: 'Tallow Farms' }, { text: 'Nessa Coyle', type: 'PERSON' }],
  },
];

const LOTS: EntityRow[] = [
  {
    label: 'a code after "lot numbers" and the code closing its range are no entities',
    body: 'The recall covers packs with lot numbers K2204 to K2217, sold at Brisco stores.',
    has: [],
    lacks: ['K2204', 'K2217'],
  },
  {
    label: 'a code after "batch" is no entity',
    body: 'Only batch B77 of the yoghurt was affected, Marra Dairies said.',
    has: [{ text: 'Marra Dairies', type: 'ORG' }],
    lacks: ['B77'],
  },
];

const BYLINES_FIRMS: EntityRow[] = [
  {
    label: 'a beat the model read as a person before "Editor" in a byline is dropped: "Commodities Editor"',
    body: 'By Rena Tull, Commodities Editor\n\nLONDON — Cocoa futures rose to a record on Tuesday.\n\nAnalysts at Varrow Commodities expect a deficit this season.',
    has: [{ text: 'Rena Tull', type: 'PERSON' }, { text: 'Varrow Commodities', type: 'ORG' }],
    lacks: ['Commodities'],
  },
  {
    label: 'a name with a food firm\'s kind in apposition is an organisation: "the Dutch confectioner", "a dairy processor"',
    body: 'Varnholt, the Dutch confectioner, said it would raise prices. Kelmor, a dairy processor, said prices would rise.',
    has: [{ text: 'Varnholt', type: 'ORG' }, { text: 'Kelmor', type: 'ORG' }],
  },
];

entityRowTests('breeds and varieties', HEADLINE, BREEDS);
entityRowTests('lot numbers', HEADLINE, LOTS);
entityRowTests('bylines and food firms', HEADLINE, BYLINES_FIRMS);
