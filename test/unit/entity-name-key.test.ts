// Labelled rows for the key resolution pools an entity's name under (text/normalize.ts `entityNameKey`,
// pipeline/chunk-name-key.ts `chunkEntityNameKey`): a one-word place or organisation is keyed by its
// letters, a person and a name of several words by the consonant skeleton of `nameKey`.
// Run with `node --import tsx --test test/unit/entity-name-key.test.ts`.
// Every name below is written for this file (fictional places, firms and people).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Token } from '../../server/src/core/types';
import { chunkEntityNameKey } from '../../server/src/core/pipeline/chunk-name-key';
import { entityNameKey } from '../../server/src/core/text/normalize';

interface KeyRow { label: string; a: string; b: string; person: boolean; same: boolean }

const KEY_ROWS: KeyRow[] = [
  { label: 'two towns a vowel or two apart', a: 'Montara', b: 'Mantura', person: false, same: false },
  { label: 'two towns one vowel apart', a: 'Kessel', b: 'Kassel', person: false, same: false },
  { label: 'a firm and a town a vowel apart', a: 'Pellor', b: 'Pallar', person: false, same: false },
  { label: 'y written for i, and a run of vowels kept as its first', a: 'Velyk', b: 'Veliek', person: false, same: true },
  { label: 'an h and a doubled vowel of one romanisation', a: 'Dorhan', b: 'Doheran', person: false, same: true },
  { label: 'British and American spelling (-our / -or)', a: 'Harbour', b: 'Harbor', person: false, same: true },
  { label: 'doubled consonants and ph / f', a: 'Philloria', b: 'Filoria', person: false, same: true },
  { label: 'case and accents', a: 'ÖSTRAVIK', b: 'Ostravik', person: false, same: true },
  { label: '"the" is no part of a one-word key', a: 'The Kessel', b: 'Kessel', person: false, same: true },
  { label: 'a one-word person keeps the skeleton (a surname looks for it)', a: 'Montara', b: 'Mantura', person: true, same: true },
  { label: 'a name of several words keeps the skeleton', a: 'Montara Bay', b: 'Mantura Bay', person: false, same: true },
];

for (const row of KEY_ROWS) {
  test(`entityNameKey: ${row.label}`, () => {
    const ka = entityNameKey(row.a, row.person), kb = entityNameKey(row.b, row.person);
    assert.ok(ka.length > 0, 'key is not empty');
    if (row.same) assert.equal(ka, kb, `${row.a} ≡ ${row.b}`);
    else assert.notEqual(ka, kb, `${row.a} ≢ ${row.b}`);
  });
}

/** Word tokens of a text, split at runs of spaces (what the chunk's tokens would be). */
function words(text: string): Token[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0], kind: 'word', sentence: 0 }));
}

/** A chunk's key built from its words' lexemes equals the key of its name. */
const CHUNK_ROWS: { label: string; name: string; person: boolean }[] = [
  { label: 'a one-word place', name: 'Montara', person: false },
  { label: 'a one-word place after "the"', name: 'The Kessel', person: false },
  { label: 'a one-word person', name: 'Mantura', person: true },
  { label: 'a name of two words', name: 'Kessel Harbour', person: false },
  { label: 'only "the"', name: 'The', person: false },
  { label: 'shouting capitals', name: 'VELYK', person: false },
  { label: 'a person opening with a consonant', name: 'Samel Dorrow', person: true },
  { label: 'a person opening with a vowel', name: 'Yevdan Orlik', person: true },
  { label: 'a person opening with Gi and a vowel', name: 'Giorgos Pallantis', person: true },
  { label: 'a person opening with C', name: 'Catrin Holloway', person: true },
];

for (const row of CHUNK_ROWS) {
  test(`chunkEntityNameKey: ${row.label}`, () => {
    const tokens = words(row.name);
    assert.equal(chunkEntityNameKey(tokens, 0, tokens.length - 1, row.person), entityNameKey(row.name, row.person));
  });
}
