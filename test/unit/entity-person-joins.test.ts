// Labelled sentences for joining a person's other names in one article: a gendered title and a surname ("Mrs
// Vell") picks the one namesake of its gender and never joins a full name of the other gender; a titled
// surname written before the full name joins it too; a short form of the given name ("Sam"/"Samuel", "Bill"/
// "William") is the same person; a birth name in apposition ("born Ida Carrow", "(née Carrow)") is the person.
// Run with `node --import tsx --test test/unit/entity-person-joins.test.ts`. All names are fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';

interface JoinRow { label: string; body: string; mention: string; owner: string | null }

const ROWS: JoinRow[] = [
  {
    label: '"Mrs" picks the woman of two namesakes named in full',
    body: 'Marta Kral was 84. Mrs Kral is survived by her son Tomas Kral. Mrs Kral taught piano for 50 years.',
    mention: 'Kral', owner: 'Marta Kral',
  },
  {
    label: '"Mr" picks the man of two namesakes named in full',
    body: 'Marta Kral was 84. Her son Tomas Kral spoke at the service. Mr Kral said she loved the sea.',
    mention: 'Kral', owner: 'Tomas Kral',
  },
  {
    label: 'two namesakes of the title\'s gender: neither',
    body: 'Marta Kral and her sister Ida Kral opened the shop. Mrs Kral said the rent had doubled.',
    mention: 'Kral', owner: null,
  },
  {
    label: 'a namesake whose given name tells no gender: neither',
    body: 'Marta Kral and her child Ina Kral opened the shop. Mrs Kral said the rent had doubled.',
    mention: 'Kral', owner: null,
  },
  {
    label: '"Mrs" and the surname of the one man named in full is not him (his widow)',
    body: 'Tomas Vell, 51, died on Friday. Mrs Vell said her husband loved the sea.',
    mention: 'Vell', owner: null,
  },
  {
    label: 'a title without gender still joins the one person named in full',
    body: 'Marta Vell was named head of the lab. Dr Vell will start in June.',
    mention: 'Vell', owner: 'Marta Vell',
  },
  {
    label: 'a titled surname before the full name joins it',
    body: 'Ms Kral said the ferry would run. Later, Marta Kral told reporters the board had agreed.',
    mention: 'Kral', owner: 'Marta Kral',
  },
  {
    label: 'a titled surname before a full name of the other gender does not',
    body: 'Mrs Kral said the ferry would run. Later, Tomas Kral told reporters the board had agreed.',
    mention: 'Kral', owner: null,
  },
  {
    label: 'a titled surname before two later namesakes of unknown gender joins neither',
    body: 'Dr Kral said the ferry would run. Later, Ina Kral and Alix Kral told reporters.',
    mention: 'Kral', owner: null,
  },
  {
    label: 'a short form of the given name is the same person ("Sam"/"Samuel")',
    body: 'Samuel Tolland joined the firm in 1980. Sam Tolland, as everyone knew him, rose to be chairman.',
    mention: 'Sam Tolland', owner: 'Samuel Tolland',
  },
  {
    label: 'a listed pet name is the same person ("Bill"/"William")',
    body: 'William Orrey ran the mill. Bill Orrey, his friends said, never took a day off.',
    mention: 'Bill Orrey', owner: 'William Orrey',
  },
  {
    label: 'a prefix of a name of another or unknown gender is a person of its own ("Max"/"Maxine")',
    body: 'Max Tolland and his sister Maxine Tolland run the farm.',
    mention: 'Maxine Tolland', owner: 'Maxine Tolland',
  },
  {
    label: 'a birth name after ", born" is the person',
    body: 'Ida Marsh, born Ida Carrow in 1940, ran the shop for decades.',
    mention: 'Ida Carrow', owner: 'Ida Marsh',
  },
  {
    label: 'a maiden name after "(née" is the person',
    body: 'The shop was run by Ida Marsh (née Carrow) for four decades.',
    mention: 'Carrow', owner: 'Ida Marsh',
  },
  {
    label: '"born in" a place is no birth name',
    body: 'Ida Marsh, born in Tessing in 1940, ran the shop for decades.',
    mention: 'Tessing', owner: 'Tessing',
  },
];

for (const row of ROWS) {
  test(`person joins: ${row.label}`, () => {
    const a = analyzeText(`Village Shop Closes\n${row.body}\n`);
    const m = a.mentions.find((x) => x.text === row.mention);
    assert.ok(m, `a mention "${row.mention}" (mentions: ${a.mentions.map((x) => x.text).join(', ')})`);
    const name = a.entities[m!.local].name;
    if (row.owner !== null) assert.equal(name, row.owner);
    else assert.equal(name, row.mention, `"${row.mention}" joined "${name}"`);
  });
}
