// A token's cached answers (kept on its lexeme) must equal the plain functions they stand for.
// Run with `node --import tsx --test test/unit/token-fold.test.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCommonWord } from '../../server/src/core/model/lexicon';
import { fold } from '../../server/src/core/text/normalize';
import { isCommonToken, lowerToken, prepareTokenCache } from '../../server/src/core/pipeline/token-fold';
import type { Token } from '../../server/src/core/types';

const token = (text: string): Token => {
  const t: Token = { start: 0, end: text.length, text, kind: 'word', sentence: 0 };
  prepareTokenCache(t);
  return t;
};

test('isCommonToken: the common-word answer of the token\'s fold, the same when asked again', () => {
  const rows: [string, boolean][] = [
    ['Harbour', true], ['harbour', true], ['HARBOUR', true], ['Ships', true], ['Quorvath', false], ['Élodie', false],
    ['Tuesday', true], ['said', true], ['Zeltrani', false], ['fuel-efficient', true],
  ];
  for (const [text, want] of rows) {
    const t = token(text);
    assert.equal(isCommonToken(t), want, text);
    assert.equal(isCommonToken(t), isCommonWord(fold(text)), `${text}: as isCommonWord of its fold`);
    assert.equal(isCommonToken(token(text)), want, `${text}: a second token of the same word`);
    assert.equal(lowerToken(t), fold(text), `${text}: fold kept beside the answer`);
  }
});
