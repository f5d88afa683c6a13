// Shared harness of the table-driven speaker tests: each row's body under a fictional headline, and of its
// quote (the only one, or the last) the speaker phrase as written, the cue, and the entity the speaker
// resolves to when the row names one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';

export interface SpeakerRow {
  label: string;
  body: string;
  /** The speaker phrase as written, or null. */
  speaker: string | null;
  cue: string | null;
  /** The name of the entity the speaker resolves to, when the row checks it. */
  entity?: string | null;
}

/** One test per row, named `group: label`; `which` says whether the article must hold one quote or the row is about its last. */
export function speakerRowTests(group: string, headline: string, rows: readonly SpeakerRow[], which: 'only' | 'last'): void {
  for (const row of rows) {
    test(`${group}: ${row.label}`, () => {
      const a = analyzeText(`${headline}\n${row.body}\n`);
      if (which === 'only') assert.equal(a.quotes.length, 1, 'one quote');
      else assert.ok(a.quotes.length >= 1, 'a quote');
      const q = a.quotes[a.quotes.length - 1];
      assert.equal(q.speaker?.text ?? null, row.speaker, 'speaker');
      assert.equal(q.cue, row.cue, 'cue');
      if (row.entity !== undefined) {
        const local = q.speaker?.local ?? null;
        assert.equal(local === null ? null : a.entities[local].name, row.entity, 'speaker entity');
      }
    });
  }
}
