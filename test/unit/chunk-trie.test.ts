import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ChunkTrie } from '../../server/src/core/pipeline/chunk-trie';
import { tokenize } from '../../server/src/core/pipeline/02-tokens';
import { lexemeOf } from '../../server/src/core/text/intern';
import type { Token } from '../../server/src/core/types';

/** The tokens of one line (a single sentence over the whole text). */
function tokensOf(text: string): Token[] {
  return tokenize(text, [{ start: 0, end: text.length, block: 0 } as never]);
}

/** Two chunks (whole lines, shouting or not) and whether the trie must give them one value. */
const rows: [string, boolean, string, boolean, boolean][] = [
  ['Marta Vell', false, 'Marta Vell', false, true],
  ['Marta Vell', false, 'Marta  Vell', false, false], // a wider gap
  ['Marta Vell', false, 'Marta\nVell', false, true], // a gap of one character either way
  ['Marta Vell', false, 'MartaVell', false, false],
  ['Marta Vell', false, 'Marta Vell', true, false], // a line in capitals
  ['Marta Vell', false, 'Marta Velle', false, false],
  ['Marta Vell', false, 'Marta', false, false], // a prefix of the other
  ['Orvik Chemicals Ltd', false, 'Orvik Chemicals Ltd', false, true],
  ['Dock Workers’ Union', false, 'Dock Workers’ Union', false, true],
];

test('chunk trie: one value for the same tokens, kinds, gaps and line case', () => {
  for (const [a, sa, b, sb, same] of rows) {
    const trie = new ChunkTrie<object>(100);
    const ta = tokensOf(a), tb = tokensOf(b);
    const va = trie.get(ta, 0, ta.length - 1, sa, () => ({}));
    const vb = trie.get(tb, 0, tb.length - 1, sb, () => ({}));
    assert.equal(va === vb, same, `${a} / ${b}`);
  }
});

test('chunk trie: bounded, emptied when full', () => {
  const trie = new ChunkTrie<object>(2);
  const t = tokensOf('Alpha Beta Gamma');
  const a = trie.get(t, 0, 0, false, () => ({}));
  trie.get(t, 1, 1, false, () => ({}));
  assert.equal(trie.get(t, 0, 0, false, () => ({})), a);
  trie.get(t, 2, 2, false, () => ({})); // the third value empties it
  assert.notEqual(trie.get(t, 0, 0, false, () => ({})), a);
});

test('lexemes: one per distinct word, holding a string of its own', () => {
  assert.equal(lexemeOf('harbour'), lexemeOf('harbour'));
  assert.notEqual(lexemeOf('harbour'), lexemeOf('Harbour'));
  const long = 'x'.repeat(20) + 'Kristiansund-Nordmøre' + 'y'.repeat(20);
  const word = long.slice(20, 41);
  assert.equal(lexemeOf(word).text, 'Kristiansund-Nordmøre');
});
