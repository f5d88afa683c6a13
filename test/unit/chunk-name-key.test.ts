// Labelled rows for chunk-name-key.ts: a chunk's name key built from its words' lexemes must be
// `nameKey` of its name, and a name of plain words must key like the same name written otherwise.
// Run with `node --import tsx --test test/unit/chunk-name-key.test.ts`.
// Every input below is written for this file (fictional names and places).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Token } from '../../server/src/core/types';
import { chunkNameKey, wordsOnly } from '../../server/src/core/pipeline/chunk-name-key';
import { nameKey, PLAIN_WORDS } from '../../server/src/core/text/normalize';

/** Word tokens of a text, split at runs of spaces (what the chunk's tokens would be). */
function words(text: string): Token[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0], kind: 'word', sentence: 0 }));
}

interface ChunkRow { label: string; name: string; person: boolean }

const CHUNK_ROWS: ChunkRow[] = [
  { label: 'a person named in full', name: 'Marla Quenby', person: true },
  { label: 'the same words as a place or organisation', name: 'Marla Quenby', person: false },
  { label: 'a middle initial is left out of a person key', name: 'Tobin R Hastle', person: true },
  { label: 'a one-letter word keeps its place in another key', name: 'Tobin R Hastle', person: false },
  { label: 'a one-letter given name opens a person key', name: 'J Varrow', person: true },
  { label: '"the" is no part of a key', name: 'The Dellmoor Trust', person: false },
  { label: '"the" between words', name: 'Bank of the Orvane Coast', person: false },
  { label: 'a person key with "the" last', name: 'Corin the', person: true },
  { label: 'a one-word person', name: 'Vossberg', person: true },
  { label: 'shouting capitals', name: 'HARNETT MARINE GROUP', person: false },
  { label: 'doubled letters and ph/ks spellings', name: 'Phillippa Marksson', person: true },
  { label: 'only "the"', name: 'The', person: false },
  { label: 'British and American spellings of a body (z, a final -nce)', name: 'Harbour Defence Organization', person: false },
];

for (const row of CHUNK_ROWS) {
  test(`chunkNameKey: ${row.label}`, () => {
    const tokens = words(row.name);
    assert.ok(PLAIN_WORDS.test(row.name) && wordsOnly(tokens, 0, tokens.length - 1), 'the row is a chunk of plain words');
    assert.equal(chunkNameKey(tokens, 0, tokens.length - 1, row.person), nameKey(row.name, row.person));
  });
}

interface WordsOnlyRow { label: string; text: string; tokens: Token[]; expect: boolean }
const WORDS_ONLY_ROWS: WordsOnlyRow[] = [
  { label: 'words one space apart', text: 'Ilsa Fenwright', tokens: words('Ilsa Fenwright'), expect: true },
  { label: 'two spaces between words', text: 'Ilsa  Fenwright', tokens: words('Ilsa  Fenwright'), expect: false },
  {
    label: 'a punctuation token inside the chunk', text: 'Ilsa K. Fenwright',
    tokens: [...words('Ilsa K'), { start: 6, end: 7, text: '.', kind: 'punct', sentence: 0 }, { start: 8, end: 17, text: 'Fenwright', kind: 'word', sentence: 0 }],
    expect: false,
  },
];
for (const row of WORDS_ONLY_ROWS) {
  test(`wordsOnly: ${row.label}`, () => assert.equal(wordsOnly(row.tokens, 0, row.tokens.length - 1), row.expect));
}

interface SameKeyRow { label: string; a: string; b: string; person: boolean }
/** A plain name (`PLAIN_WORDS`, the short path of nameKey) keys like the same name written otherwise (the general path). */
const SAME_KEY_ROWS: SameKeyRow[] = [
  { label: 'a middle initial with and without its dot', a: 'Tobin R Hastle', b: 'Tobin R. Hastle', person: true },
  { label: 'single and double spacing', a: 'Marla Quenby', b: 'Marla  Quenby', person: true },
  { label: 'accents folded away', a: 'Elin Sorvik', b: 'Elín Sörvik', person: true },
  { label: 'a possessive dropped', a: 'Dellmoor Trust', b: "Dellmoor Trust's", person: false },
];
for (const row of SAME_KEY_ROWS) {
  test(`nameKey, plain and general path: ${row.label}`, () => {
    assert.ok(PLAIN_WORDS.test(row.a) && !PLAIN_WORDS.test(row.b), 'one name of each path');
    assert.equal(nameKey(row.a, row.person), nameKey(row.b, row.person));
  });
}
