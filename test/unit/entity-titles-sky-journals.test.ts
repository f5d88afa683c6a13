// Labelled sentences for three entity cases: a title and a surname alone ("Ms Kral") is the one person the article
// names in full with that surname (and no one else when two share it, unless all but one are known to be of the
// title's other gender); a planet or the Moon in a sentence about
// space is a place, a craft's name after "the" ("the Orbis probe") no mention, and "Mars" that speaks a firm; a
// journal's name ending in "Lancet", "Journal", "Gazette" is an organisation. Run with
// `node --import tsx --test test/unit/entity-titles-sky-journals.test.ts`. All names are fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';
import { entityRowTests, type EntityRow } from './entity-rows';

interface TitleRow { label: string; text: string; titled: string; owner: string | null }

const TITLE_ROWS: TitleRow[] = [
  {
    label: 'a title and the surname of the one person named in full is that person',
    text: 'Ferry Board Names Chief\nThe board named Ina Kral as its chief on Monday.\nMs Kral will start in June.\n',
    titled: 'Kral', owner: 'Ina Kral',
  },
  {
    label: 'a turn label in capitals after a title is that person too ("MS KRAL:")',
    text: 'Ferry Board Names Chief\nThe board named Ina Kral as its chief on Monday.\nMS KRAL: We will not cut routes.\n',
    titled: 'KRAL', owner: 'Ina Kral',
  },
  {
    label: 'two persons named in full share the surname, one a known man: "Ms Kral" is the other (s39: his sister)',
    text: 'Ferry Board Names Chief\nIna Kral and her brother Tomas Kral both applied.\nMs Kral said she was pleased.\n',
    titled: 'Kral', owner: 'Ina Kral',
  },
  {
    label: 'two persons named in full share the surname, neither of a known gender: the titled surname is neither',
    text: 'Ferry Board Names Chief\nIna Kral and Tor Kral both applied.\nMs Kral said she was pleased.\n',
    titled: 'Kral', owner: null,
  },
  {
    label: 'a second full name with the surname after the titled one still makes it neither',
    text: 'Ferry Board Names Chief\nIna Kral was named chief.\nMr Kral, her cousin, also applied.\nTomas Kral declined to comment.\n',
    titled: 'Kral', owner: null,
  },
  {
    label: 'a title and a surname nobody is named in full with is a person of its own',
    text: 'Ferry Board Names Chief\nThe board named Ina Kral as its chief.\nMr Voss, the chair, said the vote was unanimous.\n',
    titled: 'Voss', owner: null,
  },
];

for (const row of TITLE_ROWS) {
  test(`titled surnames: ${row.label}`, () => {
    const a = analyzeText(row.text);
    const m = a.mentions.find((x) => x.text === row.titled);
    assert.ok(m, `a mention "${row.titled}"`);
    assert.equal(m!.type, 'PERSON');
    const name = a.entities[m!.local].name;
    if (row.owner !== null) assert.equal(name, row.owner);
    else assert.equal(name.includes(' '), false, `"${row.titled}" joined "${name}"`);
  });
}

const SKY_ROWS: EntityRow[] = [
  {
    label: 'a planet in a sentence about landing is a place ("landed on Mars")',
    body: 'The lander touched down on Mars on Sunday after a seven-month flight.',
    has: [{ text: 'Mars', type: 'LOC' }],
  },
  {
    label: 'a planet the model took for a person is a place in a sentence about an orbit',
    body: 'It will also watch Jupiter and the rings of Saturn from the planet\'s surface.',
    has: [{ text: 'Jupiter', type: 'LOC' }],
  },
  {
    label: '"the Moon" is a place',
    body: 'The agency said it found ice near the Moon\'s south pole on Tuesday.',
    has: [{ text: 'Moon', type: 'LOC' }],
  },
  {
    label: 'a probe\'s name after "the" is no mention ("the Orbis space probe")',
    body: 'The Orbis space probe has found ice in 30 craters, the Velmar Space Agency said.',
    has: [{ text: 'Velmar Space Agency', type: 'ORG' }],
    lacks: ['Orbis'],
  },
  {
    label: 'a lander\'s name after "the" is no mention',
    body: 'Engineers said the Tarrow lander was working well.',
    has: [],
    lacks: ['Tarrow'],
  },
  {
    label: 'guard: a planet before a craft\'s noun is the place it went to ("the Mars rover")',
    body: 'The Mars rover sent back images of the dry surface on Friday.',
    has: [{ text: 'Mars', type: 'LOC' }],
  },
  {
    label: 'guard: a firm named like a planet keeps its name in a firm\'s words ("Mars Foods")',
    body: 'Shares in Mars Foods rose 3% on Monday after its results.',
    has: [{ text: 'Mars Foods', type: 'ORG' }],
  },
  {
    label: 'guard: an agency\'s acronym before "probe" stays ("the VSA probe")',
    body: 'Data from the VSA probe were released on Friday by Velmar officials.',
    has: [{ text: 'VSA' }],
  },
];
entityRowTests('sky', 'Probe Finds Ice', SKY_ROWS);

const JOURNAL_ROWS: EntityRow[] = [
  {
    label: 'a journal named with "Lancet" after "published in" is an organisation',
    body: 'About 14% of the children developed a rash, according to research published in The Halvern Lancet on Monday.',
    has: [{ text: 'Halvern Lancet', type: 'ORG' }],
  },
  {
    label: 'a journal named with "Journal" is an organisation',
    body: 'The study, published in the Orrin Journal of Surgery, followed 300 patients.',
    has: [{ text: 'Orrin Journal of Surgery', type: 'ORG' }],
  },
  {
    label: 'a paper named with "Gazette" is an organisation',
    body: 'The Kelby Gazette reported the closure on Tuesday.',
    has: [{ text: 'Kelby Gazette', type: 'ORG' }],
  },
];
entityRowTests('journals', 'Study Links Sleep To Memory', JOURNAL_ROWS);
