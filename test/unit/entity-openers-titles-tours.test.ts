// Labelled sentences for four entity cases: a one-word name no dictionary holds, opening a sentence before
// "troops" or owning a ministry, is a country (the model left it untyped there); a two-word name before
// ", president of the …" is a person; "Tour of X" is a race, no body and no person; a
// result line ("X Rovers 3 Y City 1") is a score. All names are fictional.
// Run with `node --import tsx --test test/unit/entity-openers-titles-tours.test.ts`.
import { entityRowTests, type EntityRow } from './entity-rows';

const ROWS: EntityRow[] = [
  {
    label: 'an unknown word opening a sentence before "troops" is a place',
    body: 'Tarrowia troops crossed the river on Tuesday, officials said.',
    has: [{ text: 'Tarrowia', type: 'LOC' }],
  },
  {
    label: 'an unknown word opening a sentence before "villagers" is a place',
    body: 'Quenmark villagers blocked the road before dawn.',
    has: [{ text: 'Quenmark', type: 'LOC' }],
  },
  {
    label: 'an unknown word opening a sentence and owning a water ministry is a country',
    body: "Nuvaria's water ministry said supplies would last a week.",
    has: [{ text: 'Nuvaria', type: 'LOC' }],
  },
  {
    label: 'an ordinary word opening a sentence before "troops" stays no name',
    body: 'Fresh troops crossed the river on Tuesday, officials said.',
    has: [],
    lacks: ['Fresh'],
  },
  {
    label: 'an opener the document writes after "Mr." is no place',
    body: "Ostrova's ministry aide met Mr. Ostrova on Monday. Ostrova's ministry said nothing.",
    has: [{ text: 'Ostrova', notType: 'LOC' }],
  },
  {
    label: 'a name before ", president of the bakery" is a person',
    body: 'Ivo Lark, president of the bakery, said prices would rise.',
    has: [{ text: 'Ivo Lark', type: 'PERSON' }],
  },
  {
    label: 'a name before ", the founder of" is a person',
    body: 'Ivo Lark, the founder of the orchard cooperative, said yields fell.',
    has: [{ text: 'Ivo Lark', type: 'PERSON' }],
  },
  {
    label: 'a firm before ", owner of the chain" stays a firm',
    body: 'Brenford Holdings, owner of the bakery chain, said prices would rise.',
    has: [{ text: 'Brenford Holdings', type: 'ORG' }],
  },
  {
    label: '"the Tour of X" is a race: the place after "of" is no person',
    body: 'Riders reached the summit during the Tour of Arlen on Sunday.',
    has: [],
    lacks: ['Tour', 'Arlen'],
  },
  {
    label: 'a race "Tour of X" opening a sentence',
    body: 'Tour of Kessmere organisers cut the last stage because of snow.',
    has: [],
    lacks: ['Kessmere'],
  },
  {
    label: 'a result line "X Rovers 3 Y City 1" is a score: the town\'s club is ORG',
    full: true,
    body: 'Harwick Rovers 3 Dunmore City 1\n\nHarwick moved up to fourth after a comfortable afternoon at home, with two late goals sealing the win.\n',
    has: [{ text: 'Dunmore City', type: 'ORG' }],
  },
];

entityRowTests('openers, titles, tours', 'Notes from the week', ROWS);
