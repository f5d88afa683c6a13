// Labelled sentences for three kinds of name the model typed a person or a body: a name said to be a kind of place
// ("Dunley is the only major Tessaly port", "Harwick was the largest city"), a product's name after a noun for its
// kind ("its painkiller Solvaxin", "the drug Merovil": no entity, the contract has no product type), and a word
// for an ethnic or community group ("Latino voters", "Native American tribes": NORP); also a central bank "X Reserve"
// named where its sentence has no money word, and a firm's tool ("the Marlow FedWatch tool"). Run with
// `node --import tsx --test test/unit/entity-places-products-groups.test.ts`. All names are fictional.
import { entityRowTests, type EntityRow } from './entity-rows';

const HEADLINE = 'Storm Surge Hits Coastal Town';


const ROWS: EntityRow[] = [
  {
    label: '"X is the only major <place noun>": X and the name before the port are places',
    body: 'Dunley is the only major Tessaly port still open, officials said.',
    has: [{ text: 'Dunley', type: 'LOC' }, { text: 'Tessaly', type: 'LOC' }],
  },
  {
    label: '"X was the largest city", "Y is the main airport", "Z remains the capital": places',
    body: 'Harwick was the largest city in the region. Brenmoor is the main airport for the north. Velmora remains the capital.',
    has: [{ text: 'Harwick', type: 'LOC' }, { text: 'Brenmoor', type: 'LOC' }, { text: 'Velmora', type: 'LOC' }],
  },
  {
    label: 'a name before "airport" is the airport\'s place; a port\'s noun after a rank word too ("the busiest Orlan port")',
    body: 'Flights left Castavel airport late. Cargo piled up at the busiest Orlan port on Monday.',
    has: [{ text: 'Castavel', type: 'LOC' }, { text: 'Orlan', type: 'LOC' }],
  },
  {
    label: 'guard: a place noun before another noun is a job ("the city manager"), after a possessive a person\'s ("the town\'s")',
    body: 'Nadia Korsch is the city manager, and Brell Tamsin was the town\'s only doctor.',
    has: [{ text: 'Nadia Korsch', type: 'PERSON' }, { text: 'Brell Tamsin', type: 'PERSON' }],
  },
  {
    label: 'guard: a device\'s socket is no port of a place ("the Zephlink port", no rank word before it)',
    body: 'The laptop keeps the Zephlink port for charging.',
    has: [{ text: 'Zephlink', notType: 'LOC' }],
  },
  {
    label: 'a product after a noun for its kind is no entity: "its painkiller Solvaxin", "the drug Merovil", "the app Zentry"',
    body: 'The company said its painkiller Solvaxin had been recalled. Regulators approved the drug Merovil last week. Outages hit the app Zentry on Friday.',
    has: [],
    lacks: ['Solvaxin', 'Merovil', 'Zentry'],
  },
  {
    label: 'software a verb of naming names is no entity: "a tool called Darnfly", "ransomware known as Pellbolt", "a worm, dubbed Orvex,"',
    body: 'The gang used a tool called Darnfly to copy files. Darnfly is hard to spot. Victims were hit by ransomware known as Pellbolt. A worm, dubbed Orvex, spread to 300 servers.',
    has: [],
    lacks: ['Darnfly', 'Pellbolt', 'Orvex'],
  },
  {
    label: 'guard: a group or a person a verb of naming names stays a name',
    body: 'A man called Ivo Brandt was arrested in Tessaly. The gang, known as Grey Lantern, denied it. At 10 p.m. the burner phone called Brandt six times.',
    has: [{ text: 'Ivo Brandt', type: 'PERSON' }, { text: 'Brandt', type: 'PERSON' }],
  },
  {
    label: 'a registry\'s identifier is no entity: "CVE-2026-41877"',
    body: 'The flaw, tracked as CVE-2026-41877, was fixed in May. A second flaw, CVE-2026-3310, is still open.',
    has: [],
    lacks: ['CVE-2026-41877', 'CVE-2026-3310'],
  },
  {
    label: 'any lower-case word before the product noun: "the experimental vaccine Cortavex", in all the name\'s mentions',
    body: 'Trials of the experimental vaccine Cortavex were halted in May. Cortavex will be tested on 420 volunteers.',
    has: [],
    lacks: ['Cortavex'],
  },
  {
    label: 'guard: a maker\'s verb or a past tense after the name keeps it: "the drug Pellar makes", "the phone Dorsey purchased"',
    body: 'Sales of the drug Pellar Labs makes rose. Police traced the phone Maren Dorsey purchased in June.',
    has: [{ text: 'Pellar Labs', type: 'ORG' }, { text: 'Maren Dorsey', type: 'PERSON' }],
  },
  {
    label: 'a word for an ethnic group is a NORP: "Latino voters", "Hispanic residents", "Latinos"',
    body: 'Support among Latinos fell. The share of Hispanic residents grew, and Latino leaders welcomed it.',
    has: [{ text: 'Latinos', type: 'NORP' }, { text: 'Hispanic', type: 'NORP' }, { text: 'Latino', type: 'NORP' }],
  },
  {
    label: 'two words for a community group are a NORP: "Native American tribes"',
    body: 'The Native American tribes sued the state over the dam.',
    has: [{ text: 'Native American', type: 'NORP' }],
  },
  {
    label: 'two nationality words for one community are one NORP: "Asian American voters", "Irish American families"',
    body: 'Asian American voters backed the plan. Irish American families marched in Dunlow.',
    has: [{ text: 'Asian American', type: 'NORP' }, { text: 'Irish American', type: 'NORP' }],
  },
  {
    label: 'a bank "X Reserve" in a sentence with no money word is an organisation when the document is about rates',
    body: 'Officials at the Tessaly Reserve declined to comment. Markets expect a cut in rates as inflation cools.',
    has: [{ text: 'Tessaly Reserve', type: 'ORG' }],
  },
  {
    label: 'guard: a reserve of land in a document with one money word stays a place ("the Kalma Reserve")',
    body: 'Officials at the Kalma Reserve counted 300 birds. Rangers said rates of nesting rose.',
    has: [{ text: 'Kalma Reserve', notType: 'ORG' }],
  },
  {
    label: 'a firm\'s tool before "tool": the firm is an organisation, the tool\'s name no entity ("the Marlow FedWatch tool")',
    body: 'Traders watched the Marlow FedWatch tool closely. The FedWatch tool showed a 70 percent chance.',
    has: [{ text: 'Marlow', type: 'ORG' }],
    lacks: ['FedWatch'],
  },
];

entityRowTests('places, products and groups', HEADLINE, ROWS);
