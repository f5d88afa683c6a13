// Firms of the arts and entertainment trade: a record label named "… Records" (model/words.ts ORG_HEADS), and a
// name right after a lower-case label, studio, distributor, streamer or promoter (entity-kind-words.ts) is an
// organisation; a promoter's name opened by a given name stays a person. Fictional sentences.
import { entityRowTests, type EntityRow } from './entity-rows';

const ROWS: EntityRow[] = [
  { label: 'a record label named "… Records"', body: 'The album, released on Tarrow Records, sold 9,000 copies.', has: [{ text: 'Tarrow Records', type: 'ORG' }] },
  { label: 'a name after "the promoter" is the firm', body: 'Every date sold out, the promoter Brightwell Live said.', has: [{ text: 'Brightwell Live', type: 'ORG' }] },
  { label: 'a name after "the label" is the firm', body: 'The single came out on the label Osk Atlas in May.', has: [{ text: 'Osk Atlas', type: 'ORG' }] },
  { label: 'a name after "the streamer" is the firm', body: 'The streamer Velvo bought the rights for three years.', has: [{ text: 'Velvo', type: 'ORG' }] },
  { label: 'guard: a promoter opened by a given name is a person', body: 'The boxing promoter Tomas Vell said the fight was off.', has: [{ text: 'Tomas Vell', type: 'PERSON' }] },
];

entityRowTests('arts firms', 'Arts Desk Roundup', ROWS);
