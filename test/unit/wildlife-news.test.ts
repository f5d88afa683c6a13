// Wildlife and conservation news: an animal's name is no person, body or place — the name next to a noun for
// an animal ("the gorilla Koko", "a tiger named Raja", "the zoo's elephant, Tembo,", "Koko the gorilla", "a bull
// elephant known as Big Hollis") and its later mentions are no entity (entity-animals.ts), as a ship's name is;
// a moor, heath, fell or marsh ends a place's name ("Harlow Moor", "Dunmere Fell"), unless a given name leads it
// ("Ida Marsh": model/words.ts LOC_HEADS, SURNAME_LOC_HEADS).
// Run with `node --import tsx --test test/unit/wildlife-news.test.ts`. All names are fictional.
import { entityRowTests, type EntityRow } from './entity-rows';

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
