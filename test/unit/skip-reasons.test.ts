// Labelled rows: the setting that would let a skipped file in, by the reason it was skipped
// (the Show Skipped Files button). Run with `node --import tsx --test test/unit/skip-reasons.test.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NOT_AN_ARTICLE, RAISE_LIMIT, settingToInclude } from '../../server/src/lsp/workspace';

// [label, skip reason, setting that would let the file in]
const REASONS: [string, string, string | undefined][] = [
  ['too large: the size limit', `larger than the 2.0 MB limit (2.4 MB)${RAISE_LIMIT}`, 'sourceAnnotator.maxFileSizeMB'],
  ['not an article: include', NOT_AN_ARTICLE, 'sourceAnnotator.include'],
  ['binary: none', 'binary (not text)', undefined],
  ['not UTF-8: none', 'not valid UTF-8 (byte 0xE9 at offset 3)', undefined],
];
for (const [label, reason, setting] of REASONS) test(`settingToInclude: ${label}`, () => assert.equal(settingToInclude(reason), setting));
