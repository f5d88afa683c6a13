// Labelled sentences for two speakers that stand before their cue inside a longer phrase: the subject
// of a relative clause whose naming verb gives a judgement ("a move the union called “a betrayal”",
// "profits that its finance chief called “poor”": the union's word, not a thing's name), and an unnamed
// source tied to what it knows ("A person familiar with the talks said …", "a source close to the
// board said": the source speaks, not the board). Guards keep a participle after a verb or an
// indefinite noun a name ("joined the group called “…”", "a ferry called “…”").
// Run with `node --import tsx --test test/unit/quotes-relative-speakers.test.ts`.
// All text is written for this file; people, firms and places are fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';
import type { QuoteKind } from '../../server/src/core/types';

const HEADLINE = 'Dockers Vote to Extend Strike';

const ROWS: { label: string; body: string; kind: QuoteKind; speaker: string | null; cue: string | null }[] = [
  // ── the subject of a relative clause calls something a name ──
  { label: 'a noun, the X called “…”', body: 'Harwell Shipping will shut two depots, a move the union called "a betrayal".', kind: 'partial', speaker: 'the union', cue: 'called' },
  { label: 'that its own X called “…”', body: 'Harwell Shipping posted profits that its own finance chief called "disappointing".', kind: 'partial', speaker: 'its own finance chief', cue: 'called' },
  { label: ', which the X called “…”', body: 'The quay fees rose again, which the harbour board called "regrettable".', kind: 'partial', speaker: 'the harbour board', cue: 'called' },
  { label: 'a noun, bare plural X called “…”', body: 'Harwell Shipping will shut two depots, a move campaigners called "a betrayal".', kind: 'partial', speaker: 'campaigners', cue: 'called' },
  { label: 'a noun, adjective and plural X described as “…”', body: 'The deal asks firms to shift away from coal, a phrase green groups described as "weak and vague".', kind: 'partial', speaker: 'green groups', cue: 'described' },
  { label: 'guard: a few X called “…” is one phrase', body: 'The quay fees rose again, and a few traders called the rise "a scandal".', kind: 'partial', speaker: 'a few traders', cue: 'called' },
  { label: 'guard: a verb, the group called “…” names the group', body: 'Lena Ortiz joined the group called "quay watchers" last year.', kind: 'scare', speaker: null, cue: null },
  { label: 'guard: a ferry called “…” names the ferry', body: 'Tomas Reiter bought a ferry called "the old gull" in May.', kind: 'scare', speaker: null, cue: null },
  // ── an unnamed source tied to what it knows, before its cue ──
  { label: 'A person with knowledge of X said … “…” (one table of ties before and after the cue)', body: 'A person with knowledge of the plans said the ferry deal was "off for good."', kind: 'partial', speaker: 'A person with knowledge of the plans', cue: 'said' },
  { label: 'A person familiar with X said … “…”', body: 'A person familiar with the matter said the regulator had "serious questions" about the sale.', kind: 'partial', speaker: 'A person familiar with the matter', cue: 'said' },
  { label: 'A source close to the board said … “…”', body: 'A source close to the board said the price was "far too high" for the depots.', kind: 'partial', speaker: 'A source close to the board', cue: 'said' },
  { label: 'Two executives briefed on X said: “…”', body: 'Two executives briefed on the plans said: "The sale will close in June."', kind: 'direct', speaker: 'Two executives briefed on the plans', cue: 'said' },
  { label: '“…”, said a person familiar with X', body: 'The sale was "very close", said a person familiar with the talks.', kind: 'partial', speaker: 'a person familiar with the talks', cue: 'said' },
  { label: 'guard: a named speaker before a tie to nothing', body: 'Lena Ortiz said the board was "close to a deal" on the depots.', kind: 'partial', speaker: 'Lena Ortiz', cue: 'said' },
];

for (const row of ROWS) {
  test(`relative or tied speaker: ${row.label}`, () => {
    const a = analyzeText(`${HEADLINE}\n${row.body}\n`);
    assert.equal(a.quotes.length, 1, 'one quote');
    assert.equal(a.quotes[0].kind, row.kind, 'kind');
    assert.equal(a.quotes[0].speaker?.text ?? null, row.speaker, 'speaker');
    assert.equal(a.quotes[0].cue, row.cue, 'cue');
  });
}
