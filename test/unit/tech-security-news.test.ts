// Technology and cybersecurity news: a hacker band's name after its noun is an organisation, also of several
// words or given with "calling itself" or "called" ("a gang known as Crimson Ferrule", "a group calling itself
// Velvet Harrow": entity-thing-nicknames.ts); a place's "-based" compound describes the firm's noun after a
// modifier or two, or the firm's own name ("the Tarnby-based mobile operator", "Brenna-based Sparrowlane":
// place-context.ts, entity-companies.ts); a one-word firm shows itself by "one of Europe's largest cloud providers"
// or its co-founder (entity-companies.ts); products, versions, units and tests are no entities ("Corvid-3",
// "Atlas 2.5", "OrvaneOS", "3.4GHz", "rated IP68", "scored 87% on Vellum-Pro", "the Q9 chip", "the LockMoth
// ransomware": entity-product-codes.ts, entity-products.ts); a device's or a model's specification is no claim
// ("2.8 GHz", "12 GB of memory", "a 6.7-inch display", "400 billion parameters": claim-rated-figure.ts).
// Run with `node --import tsx --test test/unit/tech-security-news.test.ts`. All text is fictional.
import { type EntityRow, entityRowTests } from './entity-rows';
import { type ClaimRow, testClaimRows } from './claim-rows';

const HEADLINE = 'Hackers Hit Kestrel Telecom';

const BANDS: EntityRow[] = [
  {
    label: 'a gang known as a name of two words is an organisation',
    body: 'A gang known as Crimson Ferrule later listed the hospital on its leak site.',
    has: [{ text: 'Crimson Ferrule', type: 'ORG' }],
  },
  {
    label: '"a group calling itself X" names an organisation',
    body: 'A group calling itself Velvet Harrow claimed the attack on Tuesday.',
    has: [{ text: 'Velvet Harrow', type: 'ORG' }],
  },
  {
    label: 'guard: "a man known as" keeps a person',
    body: 'A man known as Dale Pike was arrested in Velby.',
    has: [{ text: 'Dale Pike', type: 'PERSON' }],
  },
  {
    label: 'guard: "a hacker calling himself" keeps a person',
    body: 'A hacker calling himself Quillfox leaked the files.',
    has: [{ text: 'Quillfox', type: 'PERSON' }],
  },
];

const BASED: EntityRow[] = [
  {
    label: '"the Tarnby-based mobile operator": a place before a firm\'s kind after a modifier',
    body: 'Names and dates of birth were taken, the Tarnby-based mobile operator said on Tuesday.',
    has: [{ text: 'Tarnby', type: 'LOC' }],
  },
  {
    label: '"Brenna-based Sparrowlane": a place, and the firm based there',
    body: 'Quillo is made by Brenna-based Sparrowlane, which employs 90 people.',
    has: [{ text: 'Brenna', type: 'LOC' }, { text: 'Sparrowlane', type: 'ORG' }],
  },
  {
    label: 'guard: what a product is built on stays a brand ("Zantor-based Orvik tablets")',
    body: 'Zantor-based Orvik tablets sold well in Velby.',
    has: [{ text: 'Zantor', type: 'ORG' }],
  },
  {
    label: 'a place\'s compound before a person: the place is one, and a known given name after it stays a person',
    body: 'The Velby-based Mira said the plan was fine.',
    has: [{ text: 'Velby', type: 'LOC' }, { text: 'Mira', type: 'PERSON' }],
  },
];

const FIRMS: EntityRow[] = [
  {
    label: '"X, one of Europe\'s largest cloud providers," is a firm',
    body: 'A fault at Stratalis, one of Europe\'s largest cloud providers, took thousands of sites offline.',
    has: [{ text: 'Stratalis', type: 'ORG' }],
  },
  {
    label: '"X\'s co-founder" is a firm\'s',
    body: 'Quillo was made by Sparrowlane. Sparrowlane\'s co-founder Niko Haldane said a paid tier would follow.',
    has: [{ text: 'Sparrowlane', type: 'ORG' }],
  },
  {
    label: 'guard: "one of the country\'s best-known chefs" is a person',
    body: 'Dunmore, one of the country\'s best-known chefs, spoke at the dinner.',
    has: [{ text: 'Dunmore', type: 'PERSON' }],
  },
];

const PRODUCTS: EntityRow[] = [
  {
    label: 'a name with its model number after a hyphen ("Corvid-3") is a product',
    body: 'Halden Labs released Corvid-3 on Thursday.',
    has: [{ text: 'Halden Labs', type: 'ORG' }],
    lacks: ['Corvid-3'],
  },
  {
    label: 'a name before a version number that ends its phrase ("Atlas 2.5.") is a product',
    body: 'It solved more problems than Meridian AI\'s Atlas 2.5.',
    has: [{ text: 'Meridian AI', type: 'ORG' }],
    lacks: ['Atlas'],
  },
  {
    label: 'guard: a name before a share stays a name ("Orvane 2.5%" is no version)',
    body: 'Sales at Orvane rose 2.5% in May.',
    has: [{ text: 'Orvane' }],
  },
  {
    label: 'an operating system written as one word ending in "OS" is a product',
    body: 'The X2 Pro runs OrvaneOS 7, which adds an assistant.',
    has: [],
    lacks: ['OrvaneOS'],
  },
  {
    label: 'a unit glued to its figure is no name ("3.4GHz"), nor a rating\'s code ("rated IP68")',
    body: 'It runs on a 3-nanometre processor clocked at 3.4GHz, which the company says is fast. It is rated IP68 for water resistance.',
    has: [],
    lacks: ['GHz', 'IP68'],
  },
  {
    label: 'tests a model is scored on are no entities ("scored 87.4% on X and 71% on Y", "the X coding test")',
    body: 'Corvid-3 scored 87.4% on Vellum-Pro and 71% on Quark Diamond. It solved 62% of problems on the Tessel Verified coding test.',
    has: [],
    lacks: ['Vellum-Pro', 'Quark Diamond', 'Tessel Verified'],
  },
  {
    label: 'guard: "fell 3% on Wall Street" keeps the place (no verb of scoring)',
    body: 'Kestrel shares fell 3% on Wall Street.',
    has: [{ text: 'Wall Street', type: 'LOC' }],
  },
  {
    label: 'a name before "chip" or "ransomware" is a product\'s',
    body: 'The phone uses the new Q9 chip. Files were encrypted with a variant of the LockMoth ransomware.',
    has: [],
    lacks: ['Q9', 'LockMoth'],
  },
  {
    label: 'guard: "the Tarnby ransomware attack" keeps its victim',
    body: 'The Tarnby ransomware attack shut the council\'s website.',
    has: [{ text: 'Tarnby' }],
  },
];

entityRowTests('hacker bands', HEADLINE, BANDS);
entityRowTests('-based places and firms', HEADLINE, BASED);
entityRowTests('firms by apposition and founders', HEADLINE, FIRMS);
entityRowTests('products, versions and tests', HEADLINE, PRODUCTS);

const SPECS: ClaimRow[] = [
  {
    label: 'a clock speed, a battery\'s charge and a camera\'s resolution are no claims',
    body: 'It runs at 2.8 GHz and has a 5,000 mAh battery and a 50 megapixel camera.',
    claims: [],
  },
  {
    label: 'storage and memory named as such are no claims ("the 256 GB model", "12 GB of memory")',
    body: 'The 256 GB model has 12 GB of memory.',
    claims: [],
  },
  {
    label: 'a screen\'s size is no claim ("a 6.7-inch OLED display", "a 13 inch screen")',
    body: 'The phone has a 6.7-inch OLED display, and the tablet a 13 inch screen.',
    claims: [],
  },
  {
    label: 'an AI model\'s size and context are no claims',
    body: 'The model has 400 billion parameters and a context window of 1 million tokens.',
    claims: [],
  },
  {
    label: 'guard: data thieves took stays a claim ("400 GB of data")',
    body: 'The hackers stole 400 GB of data.',
    claims: [{ text: 'stole 400 GB of data', sourced: 'no' }],
  },
  {
    label: 'guard: a length that is no screen\'s stays a claim; so does a sea distance in "nm"',
    body: 'The floods covered 12 inches of the road. The ship was 12 nm off the coast.',
    claims: [{ text: 'covered 12 inches' }, { text: '12 nm off the coast' }],
  },
];

testClaimRows(HEADLINE, [['device specifications', SPECS]]);
