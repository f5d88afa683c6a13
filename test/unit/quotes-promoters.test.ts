// Labelled sentences for a phrase framed by a promoter's verb ("Rena Okafor pitched the app as “…”")
// and by a plural body ("what both boards described as “…”"): the promoter or the bodies said it, so
// the quote is partial with them as speaker; with nobody named ("was touted as “…”") it stays a label.
// Run with `node --import tsx --test test/unit/quotes-promoters.test.ts`.
// All text is written for this file; people, firms and places are fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';
import type { QuoteKind } from '../../server/src/core/types';

const HEADLINE = 'Dockers Vote to Extend Strike';

const ROWS: { label: string; body: string; kind: QuoteKind; speaker: string | null; cue: string | null }[] = [
  { label: 'Name pitched the N as “…”', body: 'Rena Okafor pitched the app as “a bank in your pocket.”', kind: 'partial', speaker: 'Rena Okafor', cue: 'pitched … as' },
  { label: 'Name has touted the N as “…”, …', body: 'Tomas Vell has touted the ferry as “the fastest boat on the coast”, though rivals disagree.', kind: 'partial', speaker: 'Tomas Vell', cue: 'touted … as' },
  { label: 'which Name pitched as “…”', body: 'The fair, which Rena Okafor pitched as “a festival for every family”, opened late.', kind: 'partial', speaker: 'Rena Okafor', cue: 'pitched' },
  { label: 'guard: which Name billed as “…” is a seller\'s label', body: 'The fair, which Rena Okafor billed as “a festival for every family”, opened late.', kind: 'scare', speaker: null, cue: null },
  { label: 'what both boards described as “…”', body: 'The merger is what both boards described as “a union of equals.”', kind: 'partial', speaker: 'both boards', cue: 'described' },
  { label: 'Both unions described the N as “…”', body: 'Both unions described the offer as “an insult to every docker.”', kind: 'partial', speaker: 'Both unions', cue: 'described … as' },
  { label: 'The companies said … “…”', body: 'The companies said the deal was “good for the whole coast.”', kind: 'partial', speaker: 'The companies', cue: 'said' },
  { label: 'guard: was touted as “…” (nobody named) stays a label', body: 'The ferry was touted as “the fastest boat on the coast.”', kind: 'scare', speaker: null, cue: null },
  { label: 'guard: N, touted as “…”, (nobody named) stays a label', body: 'The ferry, touted as “the fastest boat on the coast”, sank in a week.', kind: 'scare', speaker: null, cue: null },
];

for (const row of ROWS) {
  test(`promoter or plural body: ${row.label}`, () => {
    const a = analyzeText(`${HEADLINE}\n${row.body}\n`);
    assert.equal(a.quotes.length, 1, 'one quote');
    assert.equal(a.quotes[0].kind, row.kind, 'kind');
    assert.equal(a.quotes[0].speaker?.text ?? null, row.speaker, 'speaker');
    assert.equal(a.quotes[0].cue, row.cue, 'cue');
  });
}
