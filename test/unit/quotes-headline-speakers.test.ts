// Labelled headlines that are statements of a named speaker: "Ferry Chief: “We Will Sail Again”" and
// "“We Will Sail Again,” Says Ferry Chief" report the speaker's words, though in title case the quote
// looks like a title. Run with `node --import tsx --test test/unit/quotes-headline-speakers.test.ts`.
// All text is written for this file; people, firms and places are fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';
import type { QuoteKind } from '../../server/src/core/types';

const BODY = 'The ferry company said on Monday that sailings from Dellport would resume.';

const ROWS: { label: string; headline: string; kind: QuoteKind; speaker: string | null; cue: string | null }[] = [
  { label: 'Role: “Statement”', headline: 'Ferry Chief: “We Will Sail Again”', kind: 'direct', speaker: 'Ferry Chief', cue: null },
  { label: 'Role: “Statement” With More Words', headline: 'Dellport Ferry Chief: “No Boat Leaves Tonight” After Storm', kind: 'direct', speaker: 'Dellport Ferry Chief', cue: null },
  { label: '“Statement,” Says Role', headline: '“We Will Sail Again,” Says Ferry Chief', kind: 'direct', speaker: 'Ferry Chief', cue: 'Says' },
  { label: '‘Statement,’ Says Role (single marks)', headline: '‘We Will Sail Again,’ Says Ferry Chief', kind: 'direct', speaker: 'Ferry Chief', cue: 'Says' },
  { label: '“Statement,” Says Name', headline: '“The Quay Stays Open,” Says Rena Okafor', kind: 'direct', speaker: 'Rena Okafor', cue: 'Says' },
  { label: 'guard: a work noun before the colon is no speaker', headline: 'Film Review: “The Lantern Keepers”', kind: 'scare', speaker: null, cue: null },
  { label: 'guard: a title mid-headline stays a title', headline: 'Critics Hail “The Lantern Keepers” at Dellport Festival', kind: 'scare', speaker: null, cue: null },
];

for (const row of ROWS) {
  test(`headline statement: ${row.label}`, () => {
    const a = analyzeText(`${row.headline}\n${BODY}\n`);
    assert.equal(a.quotes.length, 1, 'one quote');
    assert.equal(a.quotes[0].kind, row.kind, 'kind');
    assert.equal(a.quotes[0].speaker?.text ?? null, row.speaker, 'speaker');
    assert.equal(a.quotes[0].cue, row.cue, 'cue');
  });
}
