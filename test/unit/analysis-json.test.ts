// An analysis as JSON text (server/src/node/analysis-json.ts), as the analysis workers reply and
// the index cache stores it: parsing it back gives the analysis itself, non-finite bounds included.
// Run with `node --import tsx --test test/unit/analysis-json.test.ts`. Articles are written for this file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';
import { analysisFromJson, analysisToJson } from '../../server/src/node/analysis-json';

const ROWS: { name: string; text: string; check?: (bounds: number[]) => boolean }[] = [
  { name: 'open-ended figure (infinite bound)', text: 'Power Cut\n\nMore than 40 homes lost power in Brindle on Friday, the utility said.\n', check: (b) => b.includes(Infinity) },
  { name: 'superlative without a figure (NaN bounds)', text: 'Floods\n\nIt was the worst flooding since the dam was built, residents said.\n', check: (b) => b.some(Number.isNaN) },
  { name: 'quotes, speakers and curly marks', text: 'Talks Resume\n\n“We will keep talking,” said Mara Velt, the envoy. She added: “Nobody wants another winter like that.”\n' },
  { name: 'empty text', text: '' },
];

for (const row of ROWS) {
  test(`analysis JSON round trip: ${row.name}`, () => {
    const a = analyzeText(row.text);
    if (row.check) assert.ok(row.check(a.claims.flatMap((c) => [c.quantity.low, c.quantity.high])), 'fixture has the bound it is about');
    assert.deepEqual(analysisFromJson(analysisToJson(a)), a);
  });
}
