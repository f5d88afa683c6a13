// Labelled interviews in question-and-answer form: an "A:" (or "A.") line's quote is the answer of
// the one the introduction says was interviewed ("We spoke to …", "… sat down with her"), else of
// the first person it names; a "Q:" line's quote has no speaker.
// Run with `node --import tsx --test test/unit/quotes-interview.test.ts`.
// All text is written for this file; people, firms and places are fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';

const HEADLINE = 'Thirty Winters on the Corran Light';
const BYLINE = 'By Tessa Linde';

interface Row {
  label: string;
  /** The paragraphs after the byline. */
  paragraphs: string[];
  /** The name of the entity each quote's speaker resolves to, in order (null: no speaker). */
  speakers: (string | null)[];
}

const ROWS: Row[] = [
  {
    label: 'We spoke to Name: the A: lines are hers',
    paragraphs: [
      'We spoke to Dr Ilse Marr, who has kept the Corran light since 1994.',
      'Q: “What was the worst night you remember?”',
      'A: “The January gale. We lost the generator and ran on batteries until dawn.”',
    ],
    speakers: [null, 'Ilse Marr'],
  },
  {
    label: 'sat down with her (a pronoun), another person named after: the one interviewed',
    paragraphs: [
      'Few know the Corran coast better than Ilse Marr. We sat down with her at the cottage, where her assistant, Jonas Pell, was mending a lamp.',
      'Q. “Do you ever think of leaving?”',
      'A. “We will stay as long as the board lets us.”',
    ],
    speakers: [null, 'Ilse Marr'],
  },
  {
    label: 'no interview verb: the first person the introduction names',
    paragraphs: [
      'Ilse Marr has kept the Corran light for thirty years.',
      'Q: “What keeps you here?”',
      'A: “The boats. Someone has to watch for them.”',
    ],
    speakers: [null, 'Ilse Marr'],
  },
  {
    label: 'guard: an "A:" line with no question before it is no answer',
    paragraphs: [
      'Ilse Marr has kept the Corran light for thirty years.',
      'A: “The boats. Someone has to watch for them.”',
    ],
    speakers: [null],
  },
];

for (const row of ROWS) {
  test(`interview answers: ${row.label}`, () => {
    const a = analyzeText([HEADLINE, BYLINE, ...row.paragraphs].join('\n\n') + '\n');
    const names = a.quotes.map((q) => (q.speaker?.local ?? null) === null ? null : a.entities[q.speaker!.local!].name);
    assert.deepEqual(names, row.speakers);
  });
}
