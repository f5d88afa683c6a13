// North American local TV news websites and Canadian press: a US police address names a street's hundred-block
// ("in the 1400 block of Elm St."), no count of blocks (05-claims.ts isNotAClaim); a Canadian legislator's office
// acronym before a name ("NDP MPP Claire Dufresne", "MLA Fiona Greer") is a title, not part of the name
// (model/words.ts TITLE_HEADS); a name ending in a force acronym ("Prince George RCMP") is its detachment.
// Run with `node --import tsx --test test/unit/local-tv-canadian-press.test.ts`. All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';
import { type EntityRow, entityRowTests } from './entity-rows';

const BLOCKS: ClaimRow[] = [
  {
    label: 'a hundred-block address after "the" is no claim',
    body: 'Crews were called to a warehouse fire in the 1400 block of Elm St. early Tuesday.',
    claims: [],
  },
  {
    label: 'the same with a numbered road',
    body: 'Deputies responded to a crash in the 2300 block of Route 9 just after 10 p.m.',
    claims: [],
  },
  {
    label: 'guard: a block of shares with a figure stays a claim',
    body: 'A 4,000 block of Tarnby Mining shares changed hands on Friday.',
    claims: [{ text: '4,000 block of Tarnby Mining shares changed hands', sourced: 'no' }],
  },
];

testClaimRows('Crews battle overnight fire', [['hundred-block addresses', BLOCKS]]);

const MEMBER_TITLES: EntityRow[] = [
  {
    label: 'a party and "MPP" before a name are no part of it',
    body: 'NDP MPP Claire Dufresne said the money falls far short of what is needed.',
    has: [{ text: 'Claire Dufresne', type: 'PERSON' }],
    lacks: ['MPP'],
  },
  {
    label: '"MLA" before a name is a title',
    body: 'Liberal MLA Fiona Greer said the province should help.',
    has: [{ text: 'Fiona Greer', type: 'PERSON' }],
    lacks: ['MLA'],
  },
  {
    label: 'guard: "MP" was a title already',
    body: 'Liberal MP Sophie Tremblay said Ottawa is preparing a support package.',
    has: [{ text: 'Sophie Tremblay', type: 'PERSON' }],
  },
];

entityRowTests('legislator titles', 'Province to fund rural clinics', MEMBER_TITLES);

// A name that ends in a police force's acronym is its local detachment, and the bare acronym elsewhere in the
// story stays ORG (entity-acronym-led.ts acronymEnded).
const FORCE_TAILS: EntityRow[] = [
  {
    label: 'a place name then a force acronym is no person, nor is the bare acronym',
    body: 'The RCMP say they are investigating a break-in. Anyone with information is asked to call the Prince George RCMP detachment.',
    has: [{ text: 'RCMP', type: 'ORG' }],
  },
  {
    label: 'guard: a roman numeral after a name keeps a person',
    body: 'Harlan Vossberg III said the ranch had been in his family for a century.',
    has: [{ text: 'Harlan Vossberg III', notType: 'ORG' }],
  },
];

entityRowTests('force acronym tails', 'Band office break-in probed', FORCE_TAILS);
