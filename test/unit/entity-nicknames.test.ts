// Labelled sentences for nicknames: a phrase in quotation marks after a verb of naming ("nicknamed him “…”",
// "known as “…”") names no entity, in none of its mentions; a known given name so given stays a person, and a
// name outside such marks stays what it is. Run with `node --import tsx --test test/unit/entity-nicknames.test.ts`.
// All names are fictional.
import { entityRowTests, type EntityRow } from './entity-rows';

const ROWS: EntityRow[] = [
  {
    label: '"nicknamed him “the Old Badger”" names no entity',
    body: 'The lads nicknamed him “the Old Badger” long before he retired.',
    has: [],
    lacks: ['Old Badger'],
  },
  {
    label: '"known as “Red Tam”" and its later bare mention name no entity',
    body: 'He was known as “Red Tam” on the docks, and Red Tam never missed a shift.',
    has: [],
    lacks: ['Red Tam'],
  },
  {
    label: '"called her “Salt Queen”" names no entity',
    body: 'The trawlermen called her “Salt Queen” for forty years.',
    has: [],
    lacks: ['Salt Queen'],
  },
  {
    label: 'a known given name as the nickname stays a person',
    body: 'Friends called him “Tom”, though Tomas Vell disliked it.',
    has: [{ text: 'Tom', type: 'PERSON' }, { text: 'Tomas Vell', type: 'PERSON' }],
  },
  {
    label: 'a firm after "called" with no pronoun and no marks stays a firm',
    body: 'Ina Kral called Harwick Foods reckless on Monday.',
    has: [{ text: 'Harwick Foods', type: 'ORG' }],
  },
];

entityRowTests('nicknames', 'Docker Retires', ROWS);
