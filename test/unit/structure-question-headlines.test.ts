// A first line that asks one question is the headline, as explainers and fact-checks title themselves
// (01-structure.ts, questionHeadline): its words are typed as a headline's and its figure is not flagged.
// A first line of two sentences stays body text. Run with
// `node --import tsx --test test/unit/structure-question-headlines.test.ts`. Fictional text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitBlocks } from '../../server/src/core/pipeline/01-structure';
import { entityRowTests, type EntityRow } from './entity-rows';

const KINDS: [label: string, first: string, kind: string][] = [
  ['a title-case question', 'Did Mayor Tova Rusk Really Plant 9,000 Trees?', 'headline'],
  ['a sentence-case question', 'Is the Orvane ferry really the slowest in the region?', 'headline'],
  ['a question after a label and colon', 'Fact check: Has Velmar Cut Bus Fares by Half?', 'headline'],
  ['guard: two sentences before the question mark', 'The ferry was late again. Who is to blame?', 'body'],
  ['guard: talk with commas, asked in a transcript', 'Right, so the next item is, uh, the Orvane ferry?', 'body'],
  ['guard: a first line ending in a full stop', 'Mayor Tova Rusk said on Monday that she would stand again.', 'body'],
];

for (const [label, first, kind] of KINDS) {
  test(`question headlines: ${label}`, () => {
    const text = `${first}\n\nThe council met on Monday.\n`;
    assert.equal(splitBlocks(text)[0].kind, kind);
  });
}

const ROWS: EntityRow[] = [
  {
    label: 'a person in a question headline, no firm made of its verbs',
    body: 'Did Tova Rusk Really Plant 9,000 Trees Last Year?\nThe mayor, Tova Rusk, made the claim in a speech.',
    full: true,
    has: [{ text: 'Tova Rusk', type: 'PERSON' }],
    lacks: ['Really Plant', 'Trees Last Year'],
  },
];
entityRowTests('question headlines', '', ROWS);
