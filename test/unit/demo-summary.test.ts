// Labelled rows for the short summary `npm run demo` prints (scripts/demo/short-summary.mjs).
// Run with `node --import tsx --test test/unit/demo-summary.test.ts`. Names are fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
// @ts-ignore -- a plain .mjs script without type declarations
import { shortSummary } from '../../scripts/demo/short-summary.mjs';

const SUMMARY = [
  'a/one.txt: 2 people · 1 organization | 4 quotes | 2 unsourced claims',
  '  People: Ilse Varga-Horn ×2, Tomas Reed',
  '  Organizations: Valley Water Board',
  '  Quotes:',
  '    3:1      “We will open the sluice.” — Ilse Varga-Horn (said)',
  '    5:1      “Not before Monday.” — Tomas Reed (said)',
  '    7:1      “The board has met.” — Ilse Varga-Horn (added)',
  '    9:1      “Ask the mayor.” — Tomas Reed (said)',
  '  Figures without a named source:',
  '    2:4      unsourced: 40 homes flooded',
  '    6:9      unsourced: 3 metres of water',
  'a/two.txt: 1 person | 1 quote | 0 unsourced claims',
  '  People: Tomas Reed',
  '  Quotes:',
  '    4:1      “Fine.” — Tomas Reed (said)',
  '',
].join('\n');

// [label, options, expected lines]
const ROWS: [string, { detailed?: number; items?: number }, string[]][] = [
  ['default: the first article with up to 3 entries a list, the other headings only', {}, [
    SUMMARY.split('\n')[0], '  People: Ilse Varga-Horn ×2, Tomas Reed', '  Organizations: Valley Water Board', '  Quotes:',
    SUMMARY.split('\n')[4], SUMMARY.split('\n')[5], SUMMARY.split('\n')[6], '    … and 1 more',
    '  Figures without a named source:', SUMMARY.split('\n')[9], SUMMARY.split('\n')[10],
    'a/two.txt: 1 person | 1 quote | 0 unsourced claims',
  ]],
  ['one entry a list: each longer list ends with its count', { items: 1 }, [
    SUMMARY.split('\n')[0], '  People: Ilse Varga-Horn ×2, Tomas Reed', '  Organizations: Valley Water Board', '  Quotes:',
    SUMMARY.split('\n')[4], '    … and 3 more', '  Figures without a named source:', SUMMARY.split('\n')[9], '    … and 1 more',
    'a/two.txt: 1 person | 1 quote | 0 unsourced claims',
  ]],
  ['no article detailed: headings only', { detailed: 0 }, [SUMMARY.split('\n')[0], 'a/two.txt: 1 person | 1 quote | 0 unsourced claims']],
  ['every article detailed, lists long enough: unchanged', { detailed: 2, items: 10 }, SUMMARY.split('\n').filter(Boolean)],
];
for (const [label, opts, want] of ROWS) {
  test(`shortSummary: ${label}`, () => assert.deepEqual(shortSummary(SUMMARY, opts).split('\n').slice(0, -1), want));
}

test('shortSummary of no output is an empty line', () => assert.equal(shortSummary(''), '\n'));
