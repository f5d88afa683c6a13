// Labelled sentences for names the capitalised-run scan cut short or mistyped: a plural possessive before
// "Forum" inside a body's name ("the Ferry Pilots' Forum"), a school named "X Grammar" (also in a title-case
// headline), and a military unit that opens with its ordinal ("the 4th Lancer Brigade", "the 7th Fleet").
// Run with `node --import tsx --test test/unit/entity-unit-school-forum.test.ts`. All names are fictional.
import { entityRowTests, type EntityRow } from './entity-rows';

const ROWS: EntityRow[] = [
  {
    label: 'a plural possessive before "Forum" stays inside the name',
    body: 'The Ferry Pilots\' Forum said on Monday that the new timetable was unsafe.',
    has: [{ text: 'Ferry Pilots\' Forum', type: 'ORG' }],
  },
  {
    label: 'a hyphenated plural possessive before "Forum" stays inside the name',
    body: 'A letter from the Deputy-Wardens\u2019 Forum reached the council on Friday.',
    has: [{ text: 'Deputy-Wardens\u2019 Forum', type: 'ORG' }],
  },
  {
    label: 'a school named "X Grammar" is an organisation',
    body: 'Pupils at Dunmere Grammar sat the exams a week early.',
    has: [{ text: 'Dunmere Grammar', type: 'ORG' }],
  },
  {
    label: 'a school named "X Grammar" in a title-case headline is an organisation',
    full: true,
    body: 'Dunmere Grammar Pupils Top Regional Tables\n\nPupils at the school sat the exams a week early.\n',
    has: [{ text: 'Dunmere Grammar', type: 'ORG' }],
  },
];

entityRowTests('units, schools, forums', 'Local News Roundup', ROWS);
