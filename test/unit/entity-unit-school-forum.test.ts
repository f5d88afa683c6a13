// Labelled sentences for names the capitalised-run scan cut short or mistyped: a plural possessive before
// "Forum" inside a body's name ("the Ferry Pilots' Forum"), a school named "X Grammar" (also in a title-case
// headline), a military unit that opens with its ordinal ("the 4th Lancer Brigade", "the 7th Fleet"), and a shop
// named by a possessive after "at"/"from" with no noun after it ("at Tarrin's every morning"), and a name before
// a noun only a place's people are ("Norvaya troops").
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
  {
    label: 'a brigade keeps its ordinal',
    body: 'Soldiers of the 4th Lancer Brigade crossed the river at dawn, officials said.',
    has: [{ text: '4th Lancer Brigade', type: 'ORG' }],
  },
  {
    label: 'a lone battalion keeps its ordinal',
    body: 'The 2nd Battalion was moved north to Tarrowick on Sunday.',
    has: [{ text: '2nd Battalion', type: 'ORG' }, { text: 'Tarrowick', type: 'LOC' }],
  },
  {
    label: 'a fleet named only by its ordinal is an organisation',
    body: 'Ships of the 7th Fleet left port before the storm arrived.',
    has: [{ text: '7th Fleet', type: 'ORG' }],
  },
  {
    label: 'an ordinal before a non-unit name is left out',
    body: 'The 3rd Tarrow Street Fair drew 430 people on Saturday.',
    has: [{ text: 'Tarrow Street Fair' }],
    lacks: ['3rd'],
  },
  {
    label: 'a possessive after "at" with a time word after it is a shop',
    body: 'Nadia Ferrow buys her bread at Tarrin\'s every morning.',
    has: [{ text: 'Tarrin\'s', type: 'ORG' }, { text: 'Nadia Ferrow', type: 'PERSON' }],
  },
  {
    label: 'a possessive after "from" at the end of a sentence is a shop',
    body: 'The cakes for the fete came from Oswell\u2019s.',
    has: [{ text: 'Oswell\u2019s', type: 'ORG' }],
  },
  {
    label: 'a possessive with its noun after it is not a shop',
    body: 'Smoke rose from Velmora\'s harbour on Tuesday.',
    has: [{ text: 'Velmora', type: 'LOC' }],
  },
  {
    label: 'a name opening its sentence before "troops" is a place',
    body: 'Norvaya troops crossed the river on Sunday.',
    has: [{ text: 'Norvaya', type: 'LOC' }],
  },
  {
    label: 'a name before "farmers" is a place, and so is its later mention',
    body: 'Talmere farmers protest. Later, Talmere officials agreed to meet them.',
    has: [{ text: 'Talmere', type: 'LOC' }],
  },
  {
    label: 'a name that opens a firm\'s name in the document stays the firm',
    body: 'Talmere Foods said prices rose. Talmere farmers protest.',
    has: [{ text: 'Talmere Foods', type: 'ORG' }, { text: 'Talmere', notType: 'LOC' }],
  },
];

entityRowTests('units, schools, forums', 'Local News Roundup', ROWS);
