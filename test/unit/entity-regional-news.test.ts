// Honorifics of South Asian and West African news before a name ("Shri", "Sri", "Smt.", "Alhaji") are titles,
// as "Mr" and "Dr" are: the person's name is the words after them (model/words.ts TITLE_HEADS), and "Smt." with
// its dot ends no sentence (01-structure.ts ABBREVIATIONS). A "Command" that ends a capitalised name is a
// body ("the Ostava State Police Command", "Northern Command"; ORG_HEADS).
// Run with `node --import tsx --test test/unit/entity-regional-news.test.ts`. All names are fictional.
import { entityRowTests, type EntityRow } from './entity-rows';

const HONORIFICS: EntityRow[] = [
  {
    label: '"Shri" and "Sri" before a name are titles, not part of it',
    body: 'Chief Minister Shri Ravan Palvendan opened the Dalpur canal. Sri Devan Kottar, a trader, was there.',
    has: [{ text: 'Ravan Palvendan', type: 'PERSON' }, { text: 'Devan Kottar', type: 'PERSON' }],
    lacks: ['Shri', 'Sri'],
  },
  {
    label: '"Smt." with its dot is a title: no person "Smt", and the name after it is whole',
    body: 'Farm Minister Smt. Kavya Rennal said the fund was ready.',
    has: [{ text: 'Kavya Rennal', type: 'PERSON' }],
    lacks: ['Smt'],
  },
  {
    label: '"Alhaji" before a name is a title',
    body: 'Alhaji Musa Garvati, a community leader in Ibora, said the youths were not involved.',
    has: [{ text: 'Musa Garvati', type: 'PERSON' }],
    lacks: ['Alhaji'],
  },
];

const COMMANDS: EntityRow[] = [
  {
    label: 'a state police "Command" is an organisation, not a person or a place',
    body: 'The Ostava State Police Command paraded nine suspects on Tuesday.',
    has: [{ text: 'Ostava State Police Command', type: 'ORG' }],
  },
];

entityRowTests('regional honorifics', 'Canal Opens in Dalpur', HONORIFICS);
entityRowTests('commands', 'Canal Opens in Dalpur', COMMANDS);
