// tokenize collects a document's tokens in an array it reuses between documents (02-tokens.ts):
// each document gets exactly its own tokens, whatever longer or shorter documents came before it,
// including one past the number of tokens the array keeps between documents.
// Run with `node --import tsx --test test/unit/token-scratch.test.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitBlocks, splitSentences } from '../../server/src/core/pipeline/01-structure';
import { tokenize } from '../../server/src/core/pipeline/02-tokens';

const texts = (text: string): string[] => tokenize(text, splitSentences(text, splitBlocks(text))).map((t) => t.text);

const SHORT = 'Mira Telk left Orla.';
const LONG = 'The ferry from Orla was late again. '.repeat(12000); // 96,000 tokens

const ORDERS: [label: string, order: string[]][] = [
  ['short, then long, then short', [SHORT, LONG, SHORT]],
  ['long, then short, then long', [LONG, SHORT, LONG]],
  ['a medium one between', [SHORT, 'Dunmore Ferries cut 40 jobs, said Ana Reis. '.repeat(50), SHORT]],
];

for (const [label, order] of ORDERS) {
  test(`each document gets its own tokens: ${label}`, () => {
    const alone = order.map((t) => texts(t));
    for (const [i, t] of order.entries()) {
      const got = texts(t);
      assert.equal(got.length, alone[i].length);
      assert.deepEqual(got.slice(-3), alone[i].slice(-3));
    }
    assert.deepEqual(texts(SHORT), ['Mira', 'Telk', 'left', 'Orla', '.']);
  });
}
