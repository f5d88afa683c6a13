// Labelled sentences for a quotation split by its tag ("“We are,” Tomas Vell said, “ready to talk.”"):
// the two pieces are one direct quote, so both are direct, with the tag's speaker and cue, however
// short the first piece. Run with `node --import tsx --test test/unit/quotes-split.test.ts`.
// All text is written for this file; people, firms and places are fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';
import type { QuoteKind } from '../../server/src/core/types';

const HEADLINE = 'Dockers Vote to Extend Strike';

const ROWS: { label: string; body: string; kinds: QuoteKind[]; speakers: (string | null)[] }[] = [
  { label: '“Two words,” Name said, “rest.”', body: '“We are,” Tomas Vell said, “ready to talk.”', kinds: ['direct', 'direct'], speakers: ['Tomas Vell', 'Tomas Vell'] },
  { label: '“Two words,” said Name, “rest.”', body: '“It is,” said Tomas Vell, “a bad day for the quay.”', kinds: ['direct', 'direct'], speakers: ['Tomas Vell', 'Tomas Vell'] },
  { label: '“One word,” she said, “rest.”', body: 'Tomas Vell left the quay. “Never,” he said, “will we sell the ferry.”', kinds: ['direct', 'direct'], speakers: ['he', 'he'] },
  { label: '“Clause,” she said, “and two words.”', body: 'Rena Okafor spoke last. “We are ready,” she said, “and willing.”', kinds: ['direct', 'direct'], speakers: ['she', 'she'] },
  { label: '“Two words” — she said — “rest.” (a tag between dashes)', body: 'Rena Okafor spoke last. “We will” — she said — “hold the quay all winter.”', kinds: ['direct', 'direct'], speakers: ['she', 'she'] },
  { label: '“Two words” – Name said – “rest.” (en dashes)', body: '“It is” – Tomas Vell said – “a bad day for the quay.”', kinds: ['direct', 'direct'], speakers: ['Tomas Vell', 'Tomas Vell'] },
  { label: 'guard: a dashed aside before two phrases is no split quote', body: 'The plan — Rena Okafor said — was “a gamble” and “a risk we must take.”', kinds: ['partial', 'partial'], speakers: ['Rena Okafor', 'Rena Okafor'] },
  { label: 'guard: two words in all stay partial', body: '“No,” Tomas Vell said, “never.”', kinds: ['partial', 'partial'], speakers: ['Tomas Vell', 'Tomas Vell'] },
  { label: 'guard: a phrase inside the sentence is no split quote', body: 'Rena Okafor called the plan “a gamble,” said Tomas Vell, “and a bad one.”', kinds: ['partial', 'direct'], speakers: ['Tomas Vell', 'Rena Okafor'] },
];

for (const row of ROWS) {
  test(`split quote: ${row.label}`, () => {
    const a = analyzeText(`${HEADLINE}\n${row.body}\n`);
    assert.deepEqual(a.quotes.map((q) => q.kind), row.kinds, 'kinds');
    assert.deepEqual(a.quotes.map((q) => q.speaker?.text ?? null), row.speakers, 'speakers');
    assert.equal(a.quotes[1].cue, a.quotes[0].cue, 'one cue');
  });
}
