// Labelled rows for the text helpers: LineIndex (offsets ↔ positions), name normalisation and the
// article guess. Run with `node --import tsx --test test/unit/text.test.ts`.
// Every input below is written for this file (fictional names and places).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex } from '../../server/src/core/text/lines';
import { fold, initials, nameKey, slug } from '../../server/src/core/text/normalize';
import { looksLikeArticle } from '../../server/src/core/text/article-guess';

// ───────────────────────────── LineIndex ─────────────────────────────

interface LineRow {
  label: string;
  text: string;
  lineCount: number;
  /** [offset, line, character] for position(offset). */
  positions: [number, number, number][];
  /** [line, character, offset] for offset(line, character). */
  offsets: [number, number, number][];
  todo?: string;
}

const LINE_ROWS: LineRow[] = [
  {
    label: 'LF: a line starts after \\n',
    text: 'ab\ncd',
    lineCount: 2,
    positions: [[0, 0, 0], [2, 0, 2], [3, 1, 0], [5, 1, 2]],
    offsets: [[0, 1, 1], [1, 1, 4], [1, 2, 5]],
  },
  {
    label: 'CRLF counts as one line break; character past the end clamps before \\r',
    text: 'ab\r\ncd',
    lineCount: 2,
    positions: [[2, 0, 2], [4, 1, 0], [6, 1, 2]],
    offsets: [[0, 99, 2], [1, 0, 4]],
  },
  {
    label: 'lone CR (old Mac) ends a line',
    text: 'ab\rcd',
    lineCount: 2,
    positions: [[3, 1, 0], [4, 1, 1]],
    offsets: [[1, 0, 3], [0, 5, 2]],
  },
  {
    label: 'mixed CRLF, CR and LF in one text',
    text: 'a\r\nb\rc\nd',
    lineCount: 4,
    positions: [[3, 1, 0], [5, 2, 0], [7, 3, 0]],
    offsets: [[2, 0, 5], [3, 0, 7], [3, 1, 8]],
  },
  {
    label: 'emoji are two UTF-16 code units (surrogate pair) in the character count',
    text: 'x😀y\n😀z',
    lineCount: 2,
    positions: [[1, 0, 1], [3, 0, 3], [4, 0, 4], [5, 1, 0], [7, 1, 2]],
    offsets: [[0, 3, 3], [1, 2, 7], [1, 3, 8]],
  },
  {
    label: 'a BOM is one code unit of the first line (offsets count it)',
    text: '\uFEFFab\ncd',
    lineCount: 2,
    positions: [[0, 0, 0], [1, 0, 1], [4, 1, 0]],
    offsets: [[0, 0, 0], [0, 3, 3], [1, 0, 4]],
  },
  {
    label: 'empty text has one empty line',
    text: '',
    lineCount: 1,
    positions: [[0, 0, 0]],
    offsets: [[0, 0, 0], [0, 5, 0], [5, 5, 0]],
  },
  {
    label: 'out-of-range offsets and positions clamp into the text',
    text: 'ab\ncd',
    lineCount: 2,
    positions: [[-4, 0, 0], [100, 1, 2]],
    offsets: [[-1, 3, 0], [9, 0, 5], [0, -5, 0], [1, 40, 5]],
  },
  {
    label: 'a trailing newline opens an empty last line',
    text: 'ab\n',
    lineCount: 2,
    positions: [[2, 0, 2], [3, 1, 0]],
    offsets: [[1, 0, 3], [1, 4, 3]],
  },
];

for (const row of LINE_ROWS) {
  test(`LineIndex: ${row.label}`, row.todo ? { todo: row.todo } : {}, () => {
    const li = new LineIndex(row.text);
    assert.equal(li.lineCount, row.lineCount, 'lineCount');
    for (const [offset, line, character] of row.positions) {
      assert.deepEqual(li.position(offset), { line, character }, `position(${offset})`);
    }
    for (const [line, character, offset] of row.offsets) {
      assert.equal(li.offset(line, character), offset, `offset(${line}, ${character})`);
    }
  });
}

test('LineIndex: round trip offset → position → offset for every offset of a mixed string', () => {
  const text = '\uFEFFHeadline 😀\r\nSøren said “hi”.\rNext\n\nLast 🌊 line';
  const li = new LineIndex(text);
  let checked = 0;
  for (let o = 0; o <= text.length; o++) {
    // The gap between \r and \n of a CRLF is not a place a cursor can be; it maps to the line end.
    if (text[o - 1] === '\r' && text[o] === '\n') continue;
    const p = li.position(o);
    assert.equal(li.offset(p.line, p.character), o, `offset ${o} → ${JSON.stringify(p)}`);
    checked++;
  }
  assert.equal(checked, text.length); // every offset but the one inside the CRLF
  assert.equal(li.lineCount, 5);
});

// ───────────────────────────── fold ─────────────────────────────

const FOLD_ROWS: { label: string; input: string; expected: string }[] = [
  { label: 'combining diacritics are stripped, case folded', input: 'Ñuñez Ángel', expected: 'nunez angel' },
  { label: 'ø and å fold to o and a', input: 'Søren Ødegård', expected: 'soren odegard' },
  { label: 'ß becomes ss', input: 'Straße', expected: 'strasse' },
  { label: 'Polish ł (no decomposition) becomes l', input: 'Łódź', expected: 'lodz' },
  { label: 'curly apostrophe becomes straight', input: 'O’Neill', expected: "o'neill" },
  { label: 'en dash becomes hyphen', input: 'Vila–Nova', expected: 'vila-nova' },
  { label: 'dots of abbreviations are dropped', input: 'St. Brigid', expected: 'st brigid' },
];

for (const row of FOLD_ROWS) {
  test(`fold: ${row.label}`, () => {
    assert.equal(fold(row.input), row.expected);
  });
}

// ───────────────────────────── nameKey ─────────────────────────────

interface KeyRow {
  label: string;
  a: string;
  b: string;
  person: boolean;
  same: boolean;
  todo?: string;
}

const KEY_ROWS: KeyRow[] = [
  { label: 'Ukrainian/Russian transliteration of a given name', a: 'Oleksandr Tkachenko', b: 'Aleksandr Tkachenko', person: true, same: true },
  { label: 'English form of the same given name', a: 'Oleksandr Tkachenko', b: 'Alexander Tkachenko', person: true, same: true },
  { label: 'Russian form vs English form', a: 'Aleksandr Tkachenko', b: 'Alexander Tkachenko', person: true, same: true },
  { label: 'hyphenated Korean given name, case of the second syllable', a: 'Park Ji-hoon', b: 'Park Ji-Hoon', person: true, same: true },
  { label: 'Arabic article al-, capitalised or not (non-person key)', a: 'Al-Mansouri', b: 'al-Mansouri', person: false, same: true },
  { label: 'Arabic article al-, capitalised or not (person key)', a: 'Al-Mansouri', b: 'al-Mansouri', person: true, same: true },
  { label: 'Andrei / Andrey (-ei / -ey transliteration)', a: 'Andrei Volkov', b: 'Andrey Volkov', person: true, same: true },
  { label: 'Mohammed / Muhammad', a: 'Mohammed Haddad', b: 'Muhammad Haddad', person: true, same: true },
  { label: 'accents dropped in one spelling', a: 'José Núñez', b: 'Jose Nunez', person: true, same: true },
  { label: 'different given names, same surname: different people', a: 'Rui Teixeira', b: 'Manuel Teixeira', person: true, same: false },
  { label: 'same given name, different surnames', a: 'Ana Silva', b: 'Ana Souza', person: true, same: false },
  { label: 'given names apart only by a first consonant and vowels: relatives (Samel / Amara)', a: 'Samel Dorrow', b: 'Amara Dorrow', person: true, same: false },
  { label: 'short given names apart only by a first consonant (Dan / Ann)', a: 'Dan Quillam', b: 'Ann Quillam', person: true, same: false },
  { label: 'two given names of one skeleton after the first letter (Tomas / Amos)', a: 'Tomas Verrick', b: 'Amos Verrick', person: true, same: false },
  { label: 'C or K opening one given name (Catrin / Katrin)', a: 'Catrin Holloway', b: 'Katrin Holloway', person: true, same: true },
  { label: 'G or K opening one romanised given name (Gurvan / Kurvan)', a: 'Gurvan Teshkulov', b: 'Kurvan Teshkulov', person: true, same: true },
  { label: 'Gi- or Yi- opening one Greek given name (Giorgos / Yiorgos)', a: 'Giorgos Pallantis', b: 'Yiorgos Pallantis', person: true, same: true },
  { label: 'W or V opening one given name (Wasil / Vasil)', a: 'Wasil Drobek', b: 'Vasil Drobek', person: true, same: true },
  { label: 'family name first or last ("Seo Min-ha" / "Min-ha Seo")', a: 'Seo Min-ha', b: 'Min-ha Seo', person: true, same: true },
  { label: 'family name first, written with the hyphen moved ("Seo Min-ha" / "Seo-Min Ha")', a: 'Seo Min-ha', b: 'Seo-Min Ha', person: true, same: true },
  { label: 'either order, but another given name is another person', a: 'Seo Min-ha', b: 'Da-eun Seo', person: true, same: false },
  { label: 'dzh / zh / j / dj romanise one sound (Dzhumabayev / Zhumabayev)', a: 'Timur Dzhumabayev', b: 'Timur Zhumabayev', person: true, same: true },
  { label: 'dzh / zh / j / dj romanise one sound (Jumabayev / Djumabayev), Y- dropped from the given name', a: 'Yerzhan Jumabayev', b: 'Erzhan Djumabayev', person: true, same: true },
  { label: 'different Korean given names of one family', a: 'Park Ji-hoon', b: 'Park Min-jun', person: true, same: false },
  { label: 'British and American spelling of a body (-isation / -ization)', a: 'Coastal Health Organisation', b: 'Coastal Health Organization', person: false, same: true },
  { label: 'British and American spelling of a body (Defence / Defense)', a: 'Vardian Ministry of Defence', b: 'Vardian Ministry of Defense', person: false, same: true },
  { label: 'British and American spelling of a body (Centre / Center, Programme / Program)', a: 'Tidewater Research Centre Programme', b: 'Tidewater Research Center Program', person: false, same: true },
  { label: 'a different body is another key (Defence / Finance)', a: 'Vardian Ministry of Defence', b: 'Vardian Ministry of Finance', person: false, same: false },
  { label: 'a z inside a word is no spelling variant (Nazi / Nice)', a: 'Nazi', b: 'Nice', person: false, same: false },
  { label: 'a final -ce that is no -ence is no spelling variant (France / Furness)', a: 'France', b: 'Furness', person: false, same: false },
  { label: 'a short word ending in -ize is no spelling variant (Maize / M5S)', a: 'Maize', b: 'M5S', person: false, same: false },
  { label: 'British and American spelling of one word alone (Defence / Defense)', a: 'Defence', b: 'Defense', person: false, same: true },
  { label: 'Mark vs Mike (different given names)', a: 'Mark Holt', b: 'Mike Holt', person: true, same: false },
  {
    label: 'surnames differing only in a vowel are different families (Berg / Borg)',
    a: 'Anna Berg', b: 'Anna Borg', person: true, same: false,
  },
  {
    label: 'a man and a woman: Ivan Petrov / Ivana Petrova',
    a: 'Ivan Petrov', b: 'Ivana Petrova', person: true, same: false,
  },
];

for (const row of KEY_ROWS) {
  test(`nameKey: ${row.label}`, row.todo ? { todo: row.todo } : {}, () => {
    const ka = nameKey(row.a, row.person);
    const kb = nameKey(row.b, row.person);
    assert.ok(ka.length > 0, 'key is not empty');
    if (row.same) assert.equal(ka, kb, `${row.a} ≡ ${row.b}`);
    else assert.notEqual(ka, kb, `${row.a} ≢ ${row.b}`);
  });
}

// ───────────────────────────── initials, slug ─────────────────────────────

const INITIAL_ROWS: [string, string][] = [
  ['Coastal Rescue Federation', 'crf'],
  ['Bank of Northern Isles', 'bni'], // lower-case connectors do not count
  ['Anti-Fraud Office', 'afo'], // hyphenated words count twice
  ["World Children's Fund", 'wcf'],
];
for (const [name, expected] of INITIAL_ROWS) {
  test(`initials: ${name} → ${expected}`, () => assert.equal(initials(name), expected));
}

const SLUG_ROWS: [string, string][] = [
  ['Ana-Lúcia Ferreira', 'ana-lucia-ferreira'],
  ["Harbour Authority's", 'harbour-authority'],
  ['  Dr. Søren Ørsted  ', 'dr-soren-orsted'],
  ["Marta O'Brien", 'marta-o-brien'],
  ['!!!', 'entity'], // nothing sluggable left: a fixed fallback
  ['Tova Renn', 'tova-renn'], // plain words: the fast path
  ['Pier 7 Holdings', 'pier-7-holdings'], // a digit: the regex chain
];
for (const [name, expected] of SLUG_ROWS) {
  test(`slug: ${JSON.stringify(name)} → ${expected}`, () => assert.equal(slug(name), expected));
}

// ───────────────────────────── looksLikeArticle ─────────────────────────────

const ARTICLE = [
  'Harbour Town Counts the Cost of the Storm',
  '',
  'The storm that struck the coastal town of Velmora on Tuesday flooded more than 200 homes, officials said.',
  '',
  'Residents spent the night in the school gym while volunteers handed out blankets and hot soup to families.',
  '',
  '"We have never seen the water this high," said Ines Marlow, who has run the bakery on the quay for years.',
  '',
].join('\n');
const REQUIREMENTS = 'numpy==1.26.4\npandas>=2.1\nrequests~=2.31\nflask==3.0.0\npytest>=7.4\nblack==24.1.0\nmypy==1.8\nruff>=0.2\nuvicorn==0.27\nfastapi==0.109\n';
const LOG = Array.from({ length: 10 }, (_, i) =>
  `2024-05-0${(i % 9) + 1} 12:0${i}:11 INFO worker-${i} processed batch ${i} in 32ms with status ok and no retries needed.`).join('\n');
const CSV = 'id,name,city,count,score\n' + Array.from({ length: 12 }, (_, i) => `${i},item${i},town${i},${i * 3},${i * 7}`).join('\n');

const GUESS_ROWS: { label: string; text: string; file: string; expected: boolean }[] = [
  { label: 'a prose news article', text: ARTICLE, file: 'storm.txt', expected: true },
  { label: 'a prose article with CRLF line ends', text: ARTICLE.replace(/\n/g, '\r\n'), file: 'storm.txt', expected: true },
  { label: 'requirements.txt content under a neutral name', text: REQUIREMENTS, file: 'deps.txt', expected: false },
  { label: 'a file named requirements.txt (even with prose in it)', text: ARTICLE, file: 'requirements.txt', expected: false },
  { label: 'a log with timestamps and levels', text: LOG, file: 'output.txt', expected: false },
  { label: 'a CSV table', text: CSV, file: 'data.txt', expected: false },
  { label: 'an empty file', text: '', file: 'empty.txt', expected: false },
  {
    label: 'a title, a date line and the whole body on one line (no paragraph breaks)',
    text: `Harbour Town Counts the Cost\nTuesday, March 4, 2025\n${ARTICLE.split('\n').slice(1).filter(Boolean).join(' ')}\n`,
    file: 'wire.txt',
    expected: true,
  },
  { label: 'a tiny file of two short sentences', text: 'Hello there. This is short.', file: 'note.txt', expected: false },
];

for (const row of GUESS_ROWS) {
  test(`looksLikeArticle: ${row.label} → ${row.expected ? 'yes' : 'no'}`, () => {
    assert.equal(looksLikeArticle(row.text, row.file), row.expected);
  });
}
