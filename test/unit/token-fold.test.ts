// A token's cached answers (kept on its lexeme) must equal the plain functions they stand for.
// Run with `node --import tsx --test test/unit/token-fold.test.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCommonWord, lexicon } from '../../server/src/core/model/lexicon';
import { fold } from '../../server/src/core/text/normalize';
import { isCommonToken, isFirstNameToken, isLastNameToken, lowerToken, prepareTokenCache } from '../../server/src/core/pipeline/token-fold';
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

test('isFirstNameToken / isLastNameToken: the name lists\' answers for the token\'s fold, the same when asked again', () => {
  // [text, in the given-name list, in the surname list]
  const rows: [string, boolean, boolean][] = [
    ['Maria', true, false], ['MARIA', true, false], ['maria', true, false], ['John', true, false], ['José', true, false],
    ['Smith', false, true], ['GARCIA', false, true], ['Zhang', false, true],
    ['Quorvath', false, false], ['Harbour', false, false], ['said', false, false], ['Élodie', false, false],
  ];
  for (const [text, first, last] of rows) {
    const a = token(text), b = token(text);
    assert.equal(isFirstNameToken(a), first, `${text}: given name`);
    assert.equal(isFirstNameToken(a), lexicon.firstNames.has(lowerToken(a)), `${text}: as the given-name list of its fold`);
    assert.equal(isLastNameToken(a), last, `${text}: surname`);
    assert.equal(isLastNameToken(a), lexicon.lastNames.has(lowerToken(a)), `${text}: as the surname list of its fold`);
    // a second token of the same word reads its lexeme's kept bits, the common-word bit beside them
    assert.equal(isLastNameToken(b), last, `${text}: second token, surname`);
    assert.equal(isFirstNameToken(b), first, `${text}: second token, given name`);
    assert.equal(isCommonToken(b), isCommonWord(fold(text)), `${text}: common-word bit kept beside the name bits`);
  }
});
