// Labelled sentences for the group a partitive speaker counts from: "“…,” said two of them" after a
// sentence naming "Three porters" is described as that group; with no counted group before, no description.
// Run with `node --import tsx --test test/unit/speaker-group-antecedent.test.ts`.
// All text is written for this file; people, firms and places are fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';

const ROWS: { label: string; body: string; speaker: string; description: string | null }[] = [
  {
    label: 'the group in the sentence before',
    body: 'Three porters were injured. “We could not see the crane,” said two of them.',
    speaker: 'two of them', description: 'Three porters',
  },
  {
    label: 'the group with a modifier, a clause after it',
    body: 'Nine striking dockers were fined on Monday, the port said. “We will not pay,” said several of them.',
    speaker: 'several of them', description: 'Nine striking dockers',
  },
  {
    label: 'a digit count',
    body: 'The depot laid off 14 drivers in May. “Nobody warned us,” said two of them.',
    speaker: 'two of them', description: '14 drivers',
  },
  {
    label: 'guard: a count of time is no group',
    body: 'The crew waited three days for help. “Nobody came,” said two of them.',
    speaker: 'two of them', description: null,
  },
  {
    label: 'guard: "of the nurses" names its group itself',
    body: 'Four nurses walked out. “We are exhausted,” said two of the nurses.',
    speaker: 'two of the nurses', description: null,
  },
];

for (const row of ROWS) {
  test(`group antecedent: ${row.label}`, () => {
    const a = analyzeText(`Crane Collapse at the Quay\n${row.body}\n`);
    const q = a.quotes[a.quotes.length - 1];
    assert.equal(q.speaker?.text ?? null, row.speaker, 'speaker');
    assert.equal(q.speaker?.description ?? null, row.description, 'description');
  });
}
