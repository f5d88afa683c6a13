// Entity left-overs of industry and travel news: a body's possessive before a built place's noun ("its Gildmoor
// mine", entity-structure-nouns.ts), a union's name with an ordinary word, "and" and a plural possessive ("Transport
// and Dock Workers' Union", 03-entities.ts shortOrgTail), a data provider's name ending in "Data" or "Insights"
// (entity-firm-tails.ts), one-word names listed after "from" (entity-from-lists.ts) and a two-word product line
// before plural goods ("Orvane Core processors", entity-brand-goods.ts) and an index's name written after "index"
// ("the shipping index Caldra", entity-markets.ts).
// Run with `node --import tsx --test test/unit/entity-leftovers-s36.test.ts`. All names are fictional.
import { entityRowTests, type EntityRow } from './entity-rows';

const HEADLINE = 'Harbour board weighs new levy';

const POSSESSIVE_STRUCTURES: EntityRow[] = [
  {
    label: 'a body\'s "its" or "their" before a one-word name and a structure noun makes the name a place: "its Gildmoor mine"',
    body: 'Tarnby Metals said output at its Gildmoor mine fell in March. The firm said their Korval quarry shut.',
    has: [{ text: 'Gildmoor', type: 'LOC' }, { text: 'Korval', type: 'LOC' }],
  },
  {
    label: 'guard: a person\'s "his" before a name and "estate" leaves the name with the person who bears it',
    body: 'Ida Tasker said his Tasker estate was sold in May.',
    has: [{ text: 'Tasker', type: 'PERSON' }],
  },
];

const UNION_NAMES: EntityRow[] = [
  {
    label: 'an ordinary word, "and", capitalised words ending in a plural possessive and a head are one name: "Transport and Dock Workers\' Union"',
    body: 'The Transport and Dock Workers\' Union called a strike in Harwick. The Fire and Rescue Workers’ Union backed it.',
    has: [{ text: 'Transport and Dock Workers\' Union', type: 'ORG' }, { text: 'Fire and Rescue Workers’ Union', type: 'ORG' }],
  },
  {
    label: 'guard: a place before "and" stays apart from the union after it: "Harwick and Tarnby Workers\' Union"',
    body: 'Pickets from Harwick and Tarnby Workers\' Union leaders met on Monday.',
    has: [{ text: 'Tarnby Workers\' Union', type: 'ORG' }],
  },
];

const DATA_FIRMS: EntityRow[] = [
  {
    label: 'a two-word name ending in "Data" or "Insights" is a data provider, not a person: "Tessel Data showed"',
    body: 'Tessel Data showed a drop in exports, the ministry said. Corra Insights said sales rose.',
    has: [{ text: 'Tessel Data', type: 'ORG' }, { text: 'Corra Insights', type: 'ORG' }],
  },
  {
    label: 'guard: a known given name before "Data" keeps a person',
    body: 'Anna Data said she left the board in May.',
    has: [{ text: 'Anna Data', type: 'PERSON' }],
  },
];

const FROM_LISTS: EntityRow[] = [
  {
    label: 'one-word names listed after "from" with a place among them are all places: "from Kestan and Ombria"',
    body: 'Visitors came from Kestan and Ombria. Troops moved in from Delna, Ostby and Varrel.',
    has: [{ text: 'Kestan', type: 'LOC' }, { text: 'Ombria', type: 'LOC' }, { text: 'Delna', type: 'LOC' }, { text: 'Varrel', type: 'LOC' }],
  },
  {
    label: 'guard: a known given name in the list keeps its people: "a letter from Rusk and Mira"',
    body: 'A letter from Rusk and Mira arrived in Harwick.',
    has: [{ text: 'Mira', type: 'PERSON' }],
  },
];

const GOODS_LINES: EntityRow[] = [
  {
    label: 'a two-word product line before plural goods is no person: "Orvane Core processors", "Telvo Max phones"',
    body: 'Sales of Orvane Core processors rose in Harwick. Ada Rusk bought Telvo Max phones.',
    has: [{ text: 'Ada Rusk', type: 'PERSON' }],
    lacks: ['Orvane', 'Telvo'],
  },
  {
    label: 'guard: a firm\'s name with a head word before goods stays a firm: "Tarnby Metals phones"',
    body: 'Tarnby Metals phones sold out in Harwick.',
    has: [{ text: 'Tarnby Metals', type: 'ORG' }],
  },
];

const INDEX_NAMES: EntityRow[] = [
  {
    label: 'a name after "index" opened by a lower-case word is the index\'s, not a person\'s: "the shipping index Caldra"',
    body: 'Rates on the shipping index Caldra fell for a third week.',
    has: [{ text: 'Caldra', type: 'ORG' }],
  },
  {
    label: 'guard: a known given name after "index" stays a person: "the index Ada Rusk designed"',
    body: 'Brokers still use the index Ada Rusk designed in Harwick.',
    has: [{ text: 'Ada Rusk', type: 'PERSON' }],
  },
];

entityRowTests('index names', HEADLINE, INDEX_NAMES);
entityRowTests('goods lines', HEADLINE, GOODS_LINES);
entityRowTests('possessive structures', HEADLINE, POSSESSIVE_STRUCTURES);
entityRowTests('union names', HEADLINE, UNION_NAMES);
entityRowTests('data firms', HEADLINE, DATA_FIRMS);
entityRowTests('from lists', HEADLINE, FROM_LISTS);
