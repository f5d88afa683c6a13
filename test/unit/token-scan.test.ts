// The hand-run token scanner must find exactly the tokens of the pattern it replaces.
// Run with `node --import tsx --test test/unit/token-scan.test.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { nextTokenStart, tokenEnd } from '../../server/src/core/pipeline/token-scan';

const PATTERN = /(?:\p{Lu}\.){2,}|\d+(?:[.,:]\d+)*|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’\-‐][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

const byPattern = (s: string) => [...s.matchAll(PATTERN)].map((m) => [m.index, m.index + m[0].length]);
const byScan = (s: string) => {
  const out: number[][] = [];
  for (let i = nextTokenStart(s, 0, s.length); i < s.length; i = nextTokenStart(s, out[out.length - 1][1], s.length)) out.push([i, tokenEnd(s, i)]);
  return out;
};

test('token scan: labelled strings', () => {
  const rows: [string, string[]][] = [
    ['The U.S. and E.U. met.', ['The', 'U.S.', 'and', 'E.U.', 'met', '.']],
    ["O'Brien's don't Ji-hoon 1,234.5 at 3:40", ["O'Brien's", "don't", 'Ji-hoon', '1,234.5', 'at', '3:40']],
    ['A. B. C.D. x-', ['A', '.', 'B', '.', 'C.D.', 'x', '-']],
    ['½ of ² and 3², Ελλάδα, 東京 😀 e\u0301', ['of', 'and', '3', 'Ελλάδα', ',', '東京', '😀', 'e\u0301']],
    ['12.', ['12', '.']],
  ];
  for (const [s, want] of rows) {
    const got = byScan(s).map(([a, b]) => s.slice(a, b));
    assert.deepEqual(got.filter((t) => t !== ','), want.filter((t) => t !== ','), s);
    assert.deepEqual(byScan(s), byPattern(s), s);
  }
});

test('token scan: the same tokens as the pattern', () => {
  const piece = fc.constantFrom('U', 'S', '.', 'a', 'é', 'e\u0301', '\u0301', "'", '’', '-', '‐', '1', '23', ',', ':', '½', '²', '٣', ' ', '\n', '\u00a0',
    '\u2009', 'Ω', 'ω', '東', '😀', '𝐀', '\ud800', '\udc00', '$', '"', 'İ', 'ǅ', 'ⅻ');
  fc.assert(fc.property(fc.array(piece, { maxLength: 25 }), (parts) => {
    const s = parts.join('');
    assert.deepEqual(byScan(s), byPattern(s), JSON.stringify(s));
  }), { numRuns: 20000 });
});
