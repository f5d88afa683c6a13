// A hover answered while the folder is still being indexed says that other articles are missing.
// Run with `node --import tsx --test test/unit/lsp-hover-note.test.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { INDEXING_NOTE, withIndexingNote } from '../../server/src/lsp/hover';

const MD = '**Mira Velasko** — person\n\nNamed in 1 article, 2 mentions.';

for (const [label, indexing, note] of [['while indexing: the note follows the hover', true, true], ['after indexing: the hover is unchanged', false, false]] as const) {
  test(`hover note: ${label}`, () => {
    const out = withIndexingNote(MD, indexing);
    assert.ok(out.startsWith(MD));
    assert.equal(out.includes(INDEXING_NOTE), note);
    if (!note) assert.equal(out, MD);
  });
}

test('hover note: says what is missing, in plain words', () => {
  assert.match(INDEXING_NOTE, /indexing.*other articles/i);
});
