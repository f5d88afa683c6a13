import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileToMachineCode } from '../../server/src/core/pipeline/machine-regexp';

// Compiling a pattern ahead changes no search: each row's pattern, compiled so, finds what a fresh copy finds.
const rows: Array<{ source: string; flags: string; subject: string; from: number }> = [
  { source: String.raw`(?<![\p{L}\p{N}])(?:about\s+)?\d+(?!\p{L})`, flags: 'iuy', subject: 'Officials counted about 40 boats.', from: 18 },
  { source: String.raw`(?<![\p{L}\p{N}])(?:about\s+)?\d+(?!\p{L})`, flags: 'iuy', subject: 'Officials counted about 40 boats.', from: 0 },
  { source: String.raw`\d+`, flags: 'g', subject: 'In “2031” the ferry carried 812 cars and 95 vans.', from: 0 },
  { source: String.raw`nearly \w+`, flags: 'i', subject: 'NEARLY half of the orchards', from: 0 },
];

test('compileToMachineCode leaves lastIndex at 0 and every match unchanged', () => {
  for (const { source, flags, subject, from } of rows) {
    const compiled = new RegExp(source, flags);
    compileToMachineCode(compiled);
    assert.equal(compiled.lastIndex, 0, source);
    const fresh = new RegExp(source, flags);
    compiled.lastIndex = from;
    fresh.lastIndex = from;
    assert.deepEqual(compiled.exec(subject), fresh.exec(subject), `${source} on ${subject}`);
    assert.equal(compiled.lastIndex, fresh.lastIndex, source);
  }
});
