// Wildlife and conservation news: an animal's name is no person, body or place — the name next to a noun for
// an animal ("the gorilla Koko", "a tiger named Raja", "the zoo's elephant, Tembo,", "Koko the gorilla", "a bull
// elephant known as Big Hollis") and its later mentions are no entity (entity-animals.ts), as a ship's name is;
// a moor, heath or fell ends a place's name ("Harlow Moor", "Dunmere Fell"), unless a given name leads it
// ("Tom Heath": model/words.ts LOC_HEADS, SURNAME_LOC_HEADS); the place the counters were in is no counter ("Rangers in
// Orrel National Park counted …, according to …": 04-quotes.ts).
// Run with `node --import tsx --test test/unit/wildlife-news.test.ts`. All names are fictional.
import { entityRowTests, type EntityRow } from './entity-rows';
import { type ClaimRow, testClaimRows } from './claim-rows';

const ANIMALS: EntityRow[] = [
  {
    label: 'the name after a noun for an animal, and its later mentions, are no entity',
    body: 'The gorilla Koko died on Sunday. Koko was 46 and had lived at the park since 1990.',
    has: [],
    lacks: ['Koko', 'Koko was'],
  },
  {
    label: '"named" and "called" between the noun and the name',
    body: 'A tiger named Raja escaped from its pen at Velby Zoo. Keepers said a sea eagle called Freya had nested.',
    has: [{ text: 'Velby Zoo' }],
    lacks: ['Raja', 'Freya'],
  },
  {
    label: 'an apposition after the noun ("the zoo\'s elephant, Tembo,") and "X the gorilla"',
    body: 'The zoo\'s elephant, Tembo, is ill. Obi the silverback arrived from Tarnby in 2021.',
    has: [{ text: 'Tarnby', type: 'LOC' }],
    lacks: ['Tembo', 'Obi'],
  },
  {
    label: 'a two-word name after "known as" an animal noun that ends like a person\'s ("elephant")',
    body: 'A bull elephant known as Big Hollis was seen near the Brenna river last week.',
    has: [],
    lacks: ['Big Hollis'],
  },
  {
    label: 'guard: a person after a compound with an animal noun ("the horse trainer Ada Moss") keeps a person',
    body: 'The horse trainer Ada Moss said the mare was fit. Keepers thanked Mira Olsen the dog walker for the photo.',
    has: [{ text: 'Ada Moss', type: 'PERSON' }, { text: 'Mira Olsen', type: 'PERSON' }],
  },
  {
    label: 'guard: the same word as a verb after "to" or a modal names no animal ("continue to dog Ivo Sabri")',
    body: 'Doubts about his arm will continue to dog Ivo Sabri. Sabri pitched on Sunday. Critics could hound Ada Moss.',
    has: [{ text: 'Ivo Sabri', type: 'PERSON' }, { text: 'Ada Moss', type: 'PERSON' }],
  },
  {
    label: 'guard: a capitalised animal word in a name ("Lion Holdings") is not the noun',
    body: 'Lion Holdings bought land near Tarnby. Rangers Kel Dunn and Ines Kral counted the herd.',
    has: [{ text: 'Kel Dunn', type: 'PERSON' }, { text: 'Ines Kral', type: 'PERSON' }],
  },
];

const MOORS: EntityRow[] = [
  {
    label: 'a moor, heath or fell ends a place\'s name',
    body: 'Councillors voted to cull deer on Harlow Moor. Ponies roam Ostrel Heath and Dunmere Fell.',
    has: [{ text: 'Harlow Moor', type: 'LOC' }, { text: 'Ostrel Heath', type: 'LOC' }, { text: 'Dunmere Fell', type: 'LOC' }],
  },
  {
    label: 'guard: a given name before "Marsh" or "Heath" keeps a person',
    body: 'The ranger Ida Marsh said the birds had returned. Tom Heath, a farmer, agreed.',
    has: [{ text: 'Ida Marsh', type: 'PERSON' }, { text: 'Tom Heath', type: 'PERSON' }],
  },
];

entityRowTests('animal names', 'Zoo Celebrates Birth', ANIMALS);
entityRowTests('moors and heaths', 'Deer Cull Approved', MOORS);

// A place the counters were in ("Rangers in Orrel National Park counted …") is no counter: the "according to"
// source of the sentence reports the count (04-quotes.ts, as a place that "recorded" a reading).
const COUNTED_IN: ClaimRow[] = [
  {
    label: 'the place after "in" before "counted" is not the source; "according to" is',
    body: 'Rangers in Orrel National Park counted 1,240 elephants this year, according to the Orrel Wildlife Authority.',
    claims: [{ text: '1,240 elephants', sourced: 'yes', source: 'the Orrel Wildlife Authority' }],
  },
  {
    label: 'guard: a body that counted at a place is the source',
    body: 'The Tarnby Bird Trust counted 312 swans at Kelby Lake.',
    claims: [{ text: '312 swans', sourced: 'yes', source: 'Tarnby Bird Trust' }],
  },
];

testClaimRows('Elephant Numbers Rise', [['counted in a place', COUNTED_IN]]);
