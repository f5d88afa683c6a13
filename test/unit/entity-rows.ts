// Shared harness of the table-driven entity tests: each row's body under a fictional headline (or, with `full`,
// the whole text), the first mention with each named text and its type (or a type it must not have), and words
// no mention may cover.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';
import type { EntityType } from '../../server/src/core/types';

export interface EntityRow {
  label: string;
  /** The body after the headline, or (with `full`) the whole text. */
  body: string;
  full?: boolean;
  /** The first mention with this text and its type (or a type it must not have). */
  has: { text: string; type?: EntityType; notType?: EntityType }[];
  /** Words no mention may cover (first occurrence in the text). */
  lacks?: string[];
}

/** One test per row, named `group: label`. */
export function entityRowTests(group: string, headline: string, rows: readonly EntityRow[]): void {
  for (const row of rows) {
    test(`${group}: ${row.label}`, () => {
      const text = row.full ? row.body : `${headline}\n${row.body}\n`;
      const a = analyzeText(text);
      for (const h of row.has) {
        const m = a.mentions.find((x) => x.text === h.text);
        assert.ok(m, `a mention "${h.text}" (mentions: ${JSON.stringify(a.mentions.map((x) => x.text + ':' + x.type))})`);
        if (h.type !== undefined) assert.equal(m!.type, h.type, `type of "${h.text}"`);
        if (h.notType !== undefined) assert.notEqual(m!.type, h.notType, `type of "${h.text}"`);
      }
      for (const word of row.lacks ?? []) {
        const at = text.indexOf(word);
        assert.ok(at >= 0, `"${word}" occurs in the text`);
        assert.equal(a.mentions.find((m) => m.start < at + word.length && at < m.end), undefined, `no mention covers "${word}"`);
      }
    });
  }
}
