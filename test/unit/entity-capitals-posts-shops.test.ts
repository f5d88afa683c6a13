// Labelled sentences for three entity cases: a name in apposition after "the (provincial) capital," is a place;
// names before a border's noun ("the Korval border crossing", also two joined by "and") are places; a business
// named after its town and ending in "Bakery" is an organisation, not the town, and the town's word where only
// places stand ("grew up in Pellby") is the town, not that business's short name.
// Run with `node --import tsx --test test/unit/entity-capitals-posts-shops.test.ts`. All names are fictional.
import { entityRowTests, type EntityRow } from './entity-rows';

const ROWS: EntityRow[] = [
  {
    label: 'a two-word name after "the provincial capital," is a place',
    body: 'The convoy reached the provincial capital, Ostrava Teska, on Tuesday.',
    has: [{ text: 'Ostrava Teska', type: 'LOC' }],
  },
  {
    label: 'its other mentions are the place too',
    body: 'Dun Harrow was quiet on Monday. Fighting spread to the regional capital, Dun Harrow, overnight.',
    has: [{ text: 'Dun Harrow', type: 'LOC' }],
  },
  {
    label: 'a person the clause goes on with after "In the capital," stays a person',
    body: 'In the capital, Ida Marsh said the queues were getting longer.',
    has: [{ text: 'Ida Marsh', type: 'PERSON' }],
  },
  {
    label: 'two names joined by "and" before "border posts" are places',
    body: 'Trucks queued for days at the Korval and Dessa border posts.',
    has: [{ text: 'Korval', type: 'LOC' }, { text: 'Dessa', type: 'LOC' }],
  },
  {
    label: 'a name before "border crossing" is a place',
    body: 'Aid trucks were turned back at the Velmora border crossing on Friday.',
    has: [{ text: 'Velmora', type: 'LOC' }],
  },
  {
    label: 'a town\'s co-operative bakery is an organisation',
    body: 'She worked for 30 years at the Marrowby Co-operative Bakery before she retired.',
    has: [{ text: 'Marrowby Co-operative Bakery', type: 'ORG' }],
  },
  {
    label: 'a town\'s bakery is an organisation',
    body: 'He ran the Tessing Bakery with his brother until 1990.',
    has: [{ text: 'Tessing Bakery', type: 'ORG' }],
  },
  {
    label: 'the town a bakery is named after, where only places stand, is the town, not the bakery\'s short name',
    body: 'She worked at the Pellby Bakery for 30 years. She had grown up in Pellby, where her father farmed.',
    has: [{ text: 'Pellby', type: 'LOC' }],
  },
  {
    label: 'a firm\'s first word as a subject is still its short name',
    body: 'Orvik Chemicals said it would cut jobs. Orvik said the plant would close.',
    has: [{ text: 'Orvik', type: 'ORG' }],
  },
];

entityRowTests('capitals, border posts, shops', 'Village Shop Closes', ROWS);
