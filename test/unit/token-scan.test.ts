// The hand-run token scanner must find exactly the tokens of the pattern it replaces.
// Run with `node --import tsx --test test/unit/token-scan.test.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lastTokenIsOwnLower, nextTokenStart, tokenEnd } from '../../server/src/core/pipeline/token-scan';

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

// lastTokenIsOwnLower may say no for a word that is its own lower case (a curly apostrophe, 'é'),
// never yes for one that is not: tokenize then keeps the token's text as its lower case.
const ownLowerOf = (s: string) => {
  const out: [string, boolean][] = [];
  for (let i = nextTokenStart(s, 0, s.length); i < s.length;) {
    const end = tokenEnd(s, i);
    out.push([s.slice(i, end), lastTokenIsOwnLower()]);
    i = nextTokenStart(s, end, s.length);
  }
  return out;
};

test('token scan: own lower case, labelled', () => {
  const rows: [string, [string, boolean][]][] = [
    ["the U.S. harbour's 3,400 boats, don't", [['the', true], ['U.S.', false], ["harbour's", true], ['3,400', true], ['boats', true], [',', true], ["don't", true]]],
    ['ice-cold Ice café e\u0301 don’t “x”', [['ice-cold', true], ['Ice', false], ['café', false], ['e\u0301', false], ['don’t', false], ['“', false], ['x', true], ['”', false]]],
    ['x9 9x aB', [['x9', true], ['9', true], ['x', true], ['aB', false]]],
  ];
  for (const [s, want] of rows) assert.deepEqual(ownLowerOf(s), want, s);
});

test('token scan: a token said to be its own lower case is', () => {
  const piece = fc.constantFrom('U', 'S', '.', 'a', 'é', 'e\u0301', "'", '’', '-', '‐', '1', ',', ' ', 'Ω', 'ω', '😀', 'İ', 'ǅ', 'z', 'Z', '"');
  fc.assert(fc.property(fc.array(piece, { maxLength: 25 }), (parts) => {
    for (const [t, own] of ownLowerOf(parts.join(''))) if (own) assert.equal(t.toLowerCase(), t, t);
  }), { numRuns: 5000 });
});
