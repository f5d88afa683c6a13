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

// A sub-headline that is a quote in capitals, a paragraph of its own between body paragraphs
// (quote-subhead.ts): display words, kept out as a scare quote with no speaker from the paragraph above.
const SUBHEAD_ROWS: { label: string; body: string; kind: QuoteKind; speaker: string | null }[] = [
  {
    label: 'a long capitals sub-headline after a tagged quote takes no speaker',
    body: '“The depot has ignored every complaint we filed,” Ilka Marrow said.\n\n“WE WILL NOT LEAVE THE QUAY WITHOUT A DEAL”\n\nThe strikers met again on Sunday.',
    kind: 'scare', speaker: null,
  },
  {
    label: 'a capitals sub-headline after a pronoun-tagged quote takes no speaker',
    body: 'Ilka Marrow said the depot had ignored them. “We wrote nine times,” she said.\n\n“NOT ONE OF OUR LETTERS WAS EVER ANSWERED”\n\nThe strikers met again on Sunday.',
    kind: 'scare', speaker: null,
  },
  {
    label: 'guard: a paragraph ending in a colon hands the capitals quote its speaker',
    body: 'Ilka Marrow shouted to the crowd:\n\n“WE WILL NOT LEAVE THE QUAY WITHOUT A DEAL”\n\nThe strikers met again on Sunday.',
    kind: 'direct', speaker: 'Ilka Marrow',
  },
  {
    label: 'guard: a quote paragraph in capitals that ends a sentence is speech',
    body: 'Ilka Marrow said the depot had ignored them. “We wrote nine times,” she said.\n\n“NOT ONE OF OUR LETTERS WAS EVER ANSWERED.”\n\nThe strikers met again on Sunday.',
    kind: 'direct', speaker: 'she',
  },
];

for (const row of SUBHEAD_ROWS) {
  test(`capitals sub-headline: ${row.label}`, () => {
    const a = analyzeText(`Dockers vow to stay out\n\n${row.body}\n`);
    const q = a.quotes[a.quotes.length - 1];
    assert.ok(q && /^\p{Lu}+ /u.test(q.text), 'the capitals quote is last');
    assert.equal(q.kind, row.kind, 'kind');
    assert.equal(q.speaker?.text ?? null, row.speaker, 'speaker');
  });
}
