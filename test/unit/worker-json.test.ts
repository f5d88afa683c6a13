// What an analysis worker replies with (server/src/node/worker-json.ts), restored as the pool does,
// is the analysis the corpus keeps when it analyses the text itself (same fields, values and key
// order, read lazily or not), for articles with open-ended and missing bounds and for every example.
// Run with `node --import tsx --test test/unit/worker-json.test.ts`. Articles are written for this file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../../server/src/core/index';
import { entityKeyStrings } from '../../server/src/core/corpus/join-keys';
import { withClaimTermsOnly } from '../../server/src/core/corpus/corpus';
import { analysisToJson, restoreNonFinite } from '../../server/src/node/analysis-json';
import { restoreAnalysis } from '../../server/src/node/cached-analysis';
import { consumeToParts } from '../../server/src/node/worker-json';

const examples = join(__dirname, '../../examples');
const ROWS: { name: string; text: string }[] = [
  { name: 'open-ended figure (infinite bound)', text: 'Power Cut\n\nMore than 40 homes lost power in Brindle on Friday, the utility said.\n' },
  { name: 'superlative without a figure (NaN bounds)', text: 'Floods\n\nIt was the worst flooding since the dam was built, residents said.\n' },
  { name: 'fewer than, and a range', text: 'Turnout\n\nFewer than 300 voters came, down from 450 to 500 last year, officials said.\n' },
  { name: 'empty text', text: '' },
  ...readdirSync(examples, { recursive: true }).map(String).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => ({ name: `example ${f}`, text: readFileSync(join(examples, f), 'utf8') })),
];

test('the rows include non-finite bounds', () => {
  const bounds = ROWS.flatMap((r) => analyzeText(r.text).claims.flatMap((c) => [c.quantity.low, c.quantity.high]));
  assert.ok(bounds.includes(Infinity) && bounds.some(Number.isNaN));
});

const analysed = (text: string) => {
  const a = analyzeText(text);
  a.joinKeys = entityKeyStrings(a.entities);
  return a;
};
const replied = (text: string) => {
  const { head, claims, detail } = consumeToParts(analysed(text));
  return restoreNonFinite(restoreAnalysis(head, Buffer.from(detail), claims));
};

for (const row of ROWS) {
  test(`worker reply restored = the analysis the corpus keeps: ${row.name}`, () => {
    const kept = withClaimTermsOnly(analysed(row.text));
    assert.equal(analysisToJson(replied(row.text)), analysisToJson(kept), 'serialises the same (detail not read before)');
    const r = replied(row.text);
    void r.sentences; // detail read first
    assert.deepEqual(r, kept);
  });
}

test('a worker reply gives its detail\'s UTF-8 length (what the worker sizes its transferred buffer by)', () => {
  for (const row of ROWS) {
    const { detail, detailBytes } = consumeToParts(analysed(row.text));
    assert.equal(detailBytes, Buffer.byteLength(detail), row.name);
  }
  // A detail with characters of two, three and four UTF-8 bytes.
  const { detail, detailBytes } = consumeToParts(analysed('Ødegård Talks\n\n“We agree,” said Åsa Lindqvist in Malmö 🙂.\n'));
  assert.ok(detailBytes > detail.length, 'multi-byte characters counted');
  assert.equal(detailBytes, Buffer.byteLength(detail));
});
