// Shared harness of the table-driven cross-article resolution tests: each row is a folder of fictional
// articles set into one Corpus, mentions that must share one corpus-wide entity, and pairs that must not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus } from '../../server/src/core/index';

export interface ResolveRow {
  label: string;
  docs: Record<string, string>;
  /** [doc, mention text] pairs that must share one corpus-wide id. */
  same?: [string, string][][];
  /** [doc, mention text] pairs that must have different ids. */
  different?: [[string, string], [string, string]][];
  todo?: string;
}

/** The corpus-wide id of the first mention with this text in a document. */
export function idOf(c: Corpus, doc: string, mentionText: string): string {
  const a = c.get(doc)!.analysis;
  const m = a.mentions.find((x) => x.text === mentionText);
  assert.ok(m, `mention "${mentionText}" in ${doc} (mentions: ${JSON.stringify(a.mentions.map((x) => x.text))})`);
  const g = c.entityOf(doc, m!.local);
  assert.ok(g, `global entity of "${mentionText}"`);
  return g!.id;
}

/** One test per row, named `group: label`. */
export function resolveRowTests(group: string, rows: readonly ResolveRow[]): void {
  for (const row of rows) {
    test(`${group}: ${row.label}`, row.todo ? { todo: row.todo } : {}, () => {
      const c = new Corpus();
      for (const [id, text] of Object.entries(row.docs)) c.set(id, text, 1);
      for (const group of row.same ?? []) {
        const ids = group.map(([doc, m]) => idOf(c, doc, m));
        assert.equal(new Set(ids).size, 1, `one id for ${JSON.stringify(group)}: ${JSON.stringify(ids)}`);
        const g = c.entities().byId.get(ids[0])!;
        assert.equal(g.documents, new Set(group.map(([doc]) => doc)).size, 'documents count');
      }
      for (const [[d1, m1], [d2, m2]] of row.different ?? []) {
        assert.notEqual(idOf(c, d1, m1), idOf(c, d2, m2), `${d1}:"${m1}" ≠ ${d2}:"${m2}"`);
      }
    });
  }
}
