/**
 * "Find corroborating source" where outlets word one figure differently: a share as a fraction or a
 * percentage, a share set beside a count, a count of jobs that names no event, a rounded figure
 * against an approximate one, a share against a count under one verb. Fictional articles.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus } from '../../server/src/core/corpus/corpus';

interface Row { label: string; target: string; others: Record<string, string>; expected: [string, string, string][] }

const ROWS: Row[] = [
  {
    label: 'an exact figure backs an approximate one only within its own rounding',
    target: 'Merrow Cuts\nMerrow Steel will cut 3,700 jobs.\n',
    others: { approx: 'Merrow Plan\nMerrow Steel plans to cut about 4,300 jobs.\n', near: 'Merrow Review\nMerrow Steel plans to cut about 3,800 jobs.\n' },
    expected: [['near', 'cut about 3,800 jobs', 'supports'], ['approx', 'cut about 4,300 jobs', 'related']],
  },
];

for (const row of ROWS) {
  test(`figure wordings: ${row.label}`, () => {
    const c = new Corpus();
    c.set('target', row.target, 1);
    for (const [id, text] of Object.entries(row.others)) c.set(id, text, 1);
    assert.equal(c.get('target')!.analysis.claims.length, 1, 'the target article has one claim');
    assert.deepEqual(c.corroborations('target', 0).map((k) => [k.doc, k.claim.text, k.relation]), row.expected);
  });
}
