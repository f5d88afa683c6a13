// Shared harness of the table-driven claim tests: each row's body under a fictional headline, every claim
// of it in order, and what each claim must have (figure, counted noun, measure, sourcing, unit: each checked
// only when the row gives it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';

export interface ClaimWant {
  /** Exact claim text. */
  text: string;
  low?: number;
  high?: number;
  counted?: string;
  measure?: string;
  sourced?: 'yes' | 'no' | 'vague';
  /** Text of the source phrase. */
  source?: string;
  /** Name of the entity the source phrase resolves to ("the force" → the police force named before). */
  sourceEntity?: string;
  unit?: 'count' | 'percent' | 'money';
}

export interface ClaimRow {
  label: string;
  body: string;
  /** Every claim of the body, in order. */
  claims: ClaimWant[];
}

/** One test per row, named `group: label`. */
export function testClaimRows(headline: string, groups: readonly (readonly [string, readonly ClaimRow[]])[]): void {
  for (const [group, rows] of groups) {
    for (const row of rows) {
      test(`${group}: ${row.label}`, () => {
        const a = analyzeText(`${headline}\n\n${row.body}\n`);
        assert.deepEqual(a.claims.map((c) => c.text), row.claims.map((w) => w.text));
        row.claims.forEach((w, i) => {
          const c = a.claims[i];
          if (w.low !== undefined) assert.equal(c.quantity.low, w.low, `low of "${w.text}"`);
          if (w.high !== undefined) assert.equal(c.quantity.high, w.high, `high of "${w.text}"`);
          if (w.counted !== undefined) assert.equal(c.counted, w.counted, `counted of "${w.text}"`);
          if (w.measure !== undefined) assert.equal(c.measure, w.measure, `measure of "${w.text}"`);
          if (w.sourced !== undefined) assert.equal(c.sourced, w.sourced, `sourced of "${w.text}"`);
          if (w.source !== undefined) assert.equal(c.source?.text, w.source, `source of "${w.text}"`);
          if (w.sourceEntity !== undefined) assert.equal(c.source?.local != null ? a.entities[c.source.local].name : undefined, w.sourceEntity, `source entity of "${w.text}"`);
          if (w.unit !== undefined) assert.equal(c.quantity.unit, w.unit, `unit of "${w.text}"`);
        });
      });
    }
  }
}
