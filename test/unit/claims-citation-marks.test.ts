// Labelled sentences for reference marks ("[4]") in wiki-like pages: the bracketed number counts nothing, and
// the claims around it stay as they were (citation-mark.ts, skipped early in 05-claims.ts findClaims).
// Run with `node --import tsx --test test/unit/claims-citation-marks.test.ts`. All text is fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { citationMark } from '../../server/src/core/pipeline/citation-mark';
import { type ClaimRow, testClaimRows } from './claim-rows';

const MARKS: [label: string, text: string, figure: string, want: boolean][] = [
  ['a mark after a full stop', 'The ferry sank.[12] Divers', '12', true],
  ['a mark right after a word', 'the Orlin reservoir[3] holds', '3', true],
  ['a four-digit mark', 'as the guide says.[2031] It', '2031', true],
  ['no closing bracket: a figure with a noun', 'the list [12 names] was', '12', false],
  ['no opening bracket', 'a total of 12] of', '12', false],
  ['a decimal in brackets is a reading', 'the index [4.5] rose', '4.5', false],
  ['a word figure in brackets', 'the vote [twelve] was', 'twelve', false],
  ['a figure opening the text has no bracket before it', '12] boats left Orlin', '12', false],
];

for (const [label, text, figure, want] of MARKS) {
  test(`citationMark: ${label}`, () => {
    assert.equal(citationMark(text, text.indexOf(figure), figure), want);
  });
}

const ROWS: ClaimRow[] = [
  {
    label: 'a mark after a sentence with a claim: the claim stays, the mark is none',
    body: 'The storm left 40 families in Orlin without shelter.[7] Repairs began on Monday.',
    claims: [{ text: 'left 40 families', counted: 'family' }],
  },
  {
    label: 'a mark between two claims of one paragraph',
    body: 'Harlow Mills cut 250 jobs in the spring.[3] The firm later hired 90 engineers.[4]',
    claims: [{ text: 'cut 250 jobs', counted: 'job' }, { text: 'hired 90 engineers', counted: 'engineer' }],
  },
  {
    label: 'guard: a figure in brackets with its noun inside is still a claim',
    body: 'The Tarvel line carried more passengers (about 12,000 riders a day) than planned.',
    claims: [{ text: 'about 12,000 riders a day', counted: 'rider' }],
  },
];

testClaimRows('Orlin Notes', [['reference marks', ROWS]]);
