// British and Irish regional papers: a feast day written as a possessive ("New Year's Eve", "St Brigid's Day")
// dates an event and names nobody; a name after "the townland of" or "the hamlet of", or before "townland", is a place;
// a result verb's object is a side when the score follows "by" ("beat Kilcorran by 2-14 to 1-11").
// Run with `node --import tsx --test test/unit/entity-uk-regional.test.ts`. All text is fictional.
import { type EntityRow, entityRowTests } from './entity-rows';

const FEAST_DAYS: EntityRow[] = [
  {
    label: '"New Year\'s Eve" dates the attack and is no body',
    body: 'The attack on Dara Vell happened on New Year\'s Eve in the Tarnock Arms.',
    has: [{ text: 'Dara Vell', type: 'PERSON' }],
    lacks: ['New Year'],
  },
  {
    label: 'a saint\'s feast day before "Day" is no person',
    body: 'Crowds lined Main Street in Kilbreen for the St Brigid\'s Day parade.',
    has: [{ text: 'Kilbreen', type: 'LOC' }],
    lacks: ['St Brigid'],
  },
  {
    label: '"Mother\'s Day" and "Valentine\'s Night" name nobody',
    body: 'Orla Penn said bookings at her Corvel cafe doubled on Mother\'s Day and again on Valentine\'s Night.',
    has: [{ text: 'Orla Penn', type: 'PERSON' }],
    lacks: ['Mother', 'Valentine'],
  },
  {
    label: 'guard: a saint\'s possessive before a building stays a name ("St Brigid\'s Hospital")',
    body: 'Nurses at St Brigid\'s Hospital in Kilbreen voted to strike.',
    has: [{ text: 'St Brigid\'s Hospital' }],
  },
];

const TOWNLANDS: EntityRow[] = [
  {
    label: 'a name after "the townland of" is a place',
    body: 'A farmer from the townland of Ballyrook died on Tuesday.',
    has: [{ text: 'Ballyrook', type: 'LOC' }],
  },
  {
    label: 'a name before "townland" is a place',
    body: 'Sheep were stolen from a farm in the Derrylane townland overnight.',
    has: [{ text: 'Derrylane', type: 'LOC' }],
  },
];

const GAELIC_SCORES: EntityRow[] = [
  {
    label: 'two one-word names across "beat", the score after "by" in goals and points, are sides',
    body: 'Drumlane beat Kilcorran by 2-14 to 1-11 in the county final on Sunday.',
    has: [{ text: 'Drumlane', type: 'ORG' }, { text: 'Kilcorran', type: 'ORG' }],
  },
  {
    label: 'a one-word name that a club beat "by" a score is the other side',
    body: 'Ardmore Rovers beat Tullyvin by 3-1 at the Corvel ground.',
    has: [{ text: 'Tullyvin', type: 'ORG' }],
  },
  {
    label: 'guard: a person who beat another by a margin that is no score stays a person',
    body: 'Orla Penn beat Dara Vell by 40 votes in the Kilbreen ward.',
    has: [{ text: 'Dara Vell', type: 'PERSON' }],
  },
];

entityRowTests('Fictional regional paper', 'Farmer dies in tractor fall', [...FEAST_DAYS, ...TOWNLANDS, ...GAELIC_SCORES]);
