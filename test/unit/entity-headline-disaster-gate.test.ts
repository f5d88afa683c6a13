// `headlineMayOpenWithDisaster` decides whether the headline-disaster pass runs at all: it must say yes
// wherever a headline or heading opens with a disaster's noun, and may say no elsewhere. All text is fictional.
// Run with `node --import tsx --test test/unit/entity-headline-disaster-gate.test.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Block, BlockKind } from '../../server/src/core/types';
import { headlineMayOpenWithDisaster } from '../../server/src/core/pipeline/entity-headline-disasters';

const rows: [label: string, kind: BlockKind, line: string, expected: boolean][] = [
  ['a disaster noun opening a headline', 'headline', 'Blaze Guts Kerrow Paint Plant', true],
  ['a capitalised plural noun opening a heading', 'heading', 'FLOODS CUT OFF TARVEL VALLEY', true],
  ['a headline opening with another word', 'headline', 'Tarvel Mayor Opens New Bridge', false],
  ['a disaster noun later in the headline', 'headline', 'Crews Fight Blaze Near Orrin', false],
  ['a longer word that starts like a disaster noun', 'headline', 'Firestone Deal Lifts Pellam', false],
  ['a disaster noun opening a body line', 'body', 'Blaze crews worked all night in Orrin.', false],
  ['a word beyond ASCII: the gate says yes', 'headline', 'Ésker Quarry Reopens', true],
];

for (const [label, kind, line, expected] of rows) {
  test(`headline-disaster gate: ${label}`, () => {
    const text = `Intro line.\n${line}\n`;
    const blocks: Block[] = [{ start: 0, end: 11, kind: 'body' }, { start: 12, end: 12 + line.length, kind }];
    assert.equal(headlineMayOpenWithDisaster(text, blocks), expected);
  });
}
