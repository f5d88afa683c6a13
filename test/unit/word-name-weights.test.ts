import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../server/src/core/pipeline/02-tokens';
import { emitNameFeatures } from '../../server/src/core/pipeline/entity-features';
import { scoreNameFeatures } from '../../server/src/core/pipeline/word-name-weights';
import { chunkKey } from '../../server/src/core/pipeline/03-entities';
import { FeatureScorer } from '../../server/src/core/model/ner-model';
import type { Token } from '../../server/src/core/types';
import { lexicon } from '../../server/src/core/model/lexicon';

/** The tokens of one line (a single sentence over the whole text). */
function tokensOf(text: string): Token[] {
  return tokenize(text, [{ start: 0, end: text.length, block: 0 } as never]);
}

/**
 * Chunks (a whole line, in a shouting line or not): the per-word sums must give the scorer exactly
 * what the name's features put in one by one, in every word position, and the same answer.
 */
const rows: [string, boolean][] = [
  ['Marta Vell', false],
  ['Vell Marta', false], // the same words in the other places, after their parts were kept
  ['Marta', false],
  ['Vell', false],
  ['Marta Quillan Vell', false],
  ['Marta Quillan Vell Orsk', false],
  ['Orvik Chemicals Ltd', false],
  ['Dock Workers’ Union', false],
  ['University of Tamsford', false],
  ['New Dravik City Council', false],
  ['River Fenn', false],
  ['The Brass Lantern', false],
  ['Paris', false],
  ['French', false],
  ['KESTREL BAY', true],
  ['Kestrel Bay', false],
  ['MARTA VELL', true],
  ['MARTA VELL', false], // capitals in a line that does not shout
  ['Ji-hoon Park', false],
  ['Zoë Ångström', false],
  ['O\'Brien', false],
  ['Route 66 Diner', false],
  ['ACME', false],
  ['X', false],
];

/** A whole name of several plain words from each lexicon list, in title case (the whole-name features). */
const titled = (name: string): string => name.replace(/(^| )([a-z])/g, (_m, sp: string, ch: string) => sp + ch.toUpperCase());
for (const list of [lexicon.organizations, lexicon.persons]) {
  const name = [...list].find((n) => /^[a-z]+( [a-z]+)+$/.test(n));
  if (name) rows.push([titled(name), false]);
}

test('word name weights: the per-word sums equal the name features added one by one', () => {
  for (const [line, shouting] of rows) {
    const tokens = tokensOf(line);
    const c = { first: 0, last: tokens.length - 1, role: null, shouting };
    const one = new FeatureScorer(), parts = new FeatureScorer();
    const want = emitNameFeatures(tokens, c, one);
    for (let round = 0; round < 2; round++) { // the second round reads the parts kept on the words
      const got = scoreNameFeatures(tokens, c, parts, chunkKey(tokens, c));
      assert.deepEqual(got, want, line);
      assert.deepEqual(parts.takeRaw(), round === 0 ? one.takeRaw() : emitAgain(tokens, c), `${line} (round ${round})`);
    }
  }
});

function emitAgain(tokens: Token[], c: { first: number; last: number; role: null; shouting: boolean }): number[] {
  const f = new FeatureScorer();
  emitNameFeatures(tokens, c, f);
  return f.takeRaw();
}

test('word name weights: a chunk with no word adds only the bias and gives null, like the features', () => {
  const tokens = tokensOf('— ,');
  const c = { first: 0, last: tokens.length - 1, role: null };
  const one = new FeatureScorer(), parts = new FeatureScorer();
  assert.equal(emitNameFeatures(tokens, c, one), null);
  assert.equal(scoreNameFeatures(tokens, c, parts, chunkKey(tokens, c)), null);
  assert.deepEqual(parts.takeRaw(), one.takeRaw());
});

test('word name weights: the sums are not all zero (the rows test a model that weighs names)', () => {
  const tokens = tokensOf('Orvik Chemicals Ltd');
  const f = new FeatureScorer();
  scoreNameFeatures(tokens, { first: 0, last: tokens.length - 1, role: null }, f, 'orvik chemicals ltd');
  assert.ok(f.takeRaw().some((x) => x !== 0));
});
