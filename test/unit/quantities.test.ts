// Labelled rows for quantities as intervals (server/src/core/pipeline/quantities.ts).
// Run with `node --import tsx --test test/unit/quantities.test.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { QUANTITY, compatible, parseNumber, quantityMatchesAt, toQuantity } from '../../server/src/core/pipeline/quantities';
import type { Quantity } from '../../server/src/core/types';

/** Every quantity found in a phrase, in order. */
function quantities(phrase: string): (Quantity | null)[] {
  const out: (Quantity | null)[] = [];
  QUANTITY.lastIndex = 0;
  for (let m = QUANTITY.exec(phrase); m; m = QUANTITY.exec(phrase)) out.push(toQuantity(m, 0));
  return out;
}

/** The single quantity of a phrase (fails the test if there is not exactly one). */
function q(phrase: string): Quantity {
  const all = quantities(phrase);
  assert.equal(all.length, 1, `one quantity in ${JSON.stringify(phrase)}, got ${JSON.stringify(all.map((x) => x?.text))}`);
  assert.ok(all[0], `quantity of ${JSON.stringify(phrase)} parses`);
  return all[0]!;
}

interface QRow {
  label: string;
  phrase: string;
  text: string;
  low: number;
  high: number;
  lowOpen?: boolean;
  highOpen?: boolean;
  approx?: boolean;
  unit?: Quantity['unit'];
  todo?: string;
}

const Q_ROWS: QRow[] = [
  { label: 'a country code before the dollar sign: "US$2.5 billion" is money', phrase: 'a loan of US$2.5 billion to the yard', text: 'US$2.5 billion', low: 2.5e9, high: 2.5e9, unit: 'money' },
  { label: '"CA$40 million" with an approximation', phrase: 'up to CA$40 million in aid', text: 'up to CA$40 million', low: 0, high: 4e7, approx: true, unit: 'money' },
  { label: 'a one-letter code: "A$300"', phrase: 'fares rose to A$300 a seat', text: 'A$300', low: 300, high: 300, unit: 'money' },
  { label: 'a range after a coded sign: "HK$3,000 to 5,000"', phrase: 'a HK$3,000 to 5,000 rebate', text: 'HK$3,000 to 5,000', low: 3000, high: 5000, unit: 'money' },
  { label: 'a share range joined by a bare hyphen: "15-20 percent"', phrase: 'a 15-20 percent rise in fares', text: '15-20 percent', low: 15, high: 20, unit: 'percent' },
  { label: 'a share range joined by a bare dash: "3–4%"', phrase: 'turnout fell 3–4% short', text: '3–4%', low: 3, high: 4, unit: 'percent' },
  { label: 'a score is no range: "won 3-2" reads only its first figure', phrase: 'the visitors won 3-2 at home', text: '3', low: 3, high: 3 },
  { label: 'a count range joined by a bare hyphen before a plural: "20-25 people"', phrase: '20-25 people were hurt', text: '20-25', low: 20, high: 25 },
  { label: 'a count range joined by a bare dash, with thousands: "1,200–1,500 homes"', phrase: 'some 1,200–1,500 homes lost power', text: 'some 1,200–1,500', low: 1080, high: 1650, approx: true },
  { label: 'a hyphen before a singular is no count range: "a 20-25 minute walk" reads its first figure', phrase: 'a 20-25 minute walk', text: '20', low: 20, high: 20 },
  { label: '"nearly" is just below: [90, 100)', phrase: 'nearly 100 homes', text: 'nearly 100', low: 90, high: 100, highOpen: true, approx: true },
  { label: '"almost" like nearly', phrase: 'almost 50 homes', text: 'almost 50', low: 45, high: 50, highOpen: true, approx: true },
  { label: '"more than" is an open lower bound: (200, ∞)', phrase: 'more than 200 people', text: 'more than 200', low: 200, high: Infinity, lowOpen: true, approx: true },
  { label: '"at least" is a closed lower bound: [35, ∞)', phrase: 'at least 35 workers', text: 'at least 35', low: 35, high: Infinity, approx: true },
  { label: '"between … and …" range', phrase: 'between 40 and 50 boats', text: 'between 40 and 50', low: 40, high: 50, approx: false },
  { label: '"from … to …" range', phrase: 'from 12 to 20 boats', text: 'from 12 to 20', low: 12, high: 20 },
  { label: '"N to M" range', phrase: '30 to 40 boats', text: '30 to 40', low: 30, high: 40 },
  { label: 'number words with a scale: two million', phrase: 'two million litres', text: 'two million', low: 2e6, high: 2e6, approx: false },
  { label: 'hyphenated number words: thirty-seven', phrase: 'thirty-seven miners', text: 'thirty-seven', low: 37, high: 37 },
  { label: 'digits with thousands separator and "about" (±10%)', phrase: 'about 1,200 people', text: 'about 1,200', low: 1080, high: 1320, approx: true },
  { label: '"some N" is approximate', phrase: 'some 300 people', text: 'some 300', low: 270, high: 330, approx: true },
  { label: 'the bounds of "about" carry no float noise: 770, not 770.0000000000001', phrase: 'about 700 homes', text: 'about 700', low: 630, high: 770, approx: true },
  { label: 'the bounds of "roughly" a decimal share carry no float noise', phrase: 'roughly 5.25% of the vote', text: 'roughly 5.25%', low: 4.725, high: 5.775, approx: true, unit: 'percent' },
  { label: '"nearly" a decimal sum: 0.9 of it exactly', phrase: 'nearly $3.3 million', text: 'nearly $3.3 million', low: 2.97e6, high: 3.3e6, highOpen: true, approx: true, unit: 'money' },
  { label: '"hundreds of" is a vague plural: [200, 999]', phrase: 'hundreds of families', text: 'hundreds', low: 200, high: 999, approx: true },
  { label: '"dozens of": [24, 99]', phrase: 'dozens of boats', text: 'dozens', low: 24, high: 99, approx: true },
  { label: '"tens of thousands of"', phrase: 'tens of thousands of people', text: 'tens of thousands', low: 20000, high: 99999, approx: true },
  { label: '"a dozen" is twelve', phrase: 'a dozen trawlers', text: 'a dozen', low: 12, high: 12 },
  { label: '"two dozen" is 24 (dozen as a scale word)', phrase: 'two dozen boats', text: 'two dozen', low: 24, high: 24, approx: false },
  { label: '"a handful of": [3, 6]', phrase: 'a handful of divers', text: 'a handful', low: 3, high: 6 },
  { label: '"up to" is [0, N]', phrase: 'up to 80 crew', text: 'up to 80', low: 0, high: 80, approx: true },
  { label: '"fewer than" is [0, N)', phrase: 'fewer than 10 boats', text: 'fewer than 10', low: 0, high: 10, highOpen: true },
  { label: '"as many as" is [0, N]', phrase: 'as many as 500 homes', text: 'as many as 500', low: 0, high: 500 },
  { label: 'euro sign with a scale word is money', phrase: '€4.5 million in aid', text: '€4.5 million', low: 4.5e6, high: 4.5e6, unit: 'money' },
  { label: 'dollar sign with "m" suffix is money', phrase: 'a $12m grant', text: '$12m', low: 12e6, high: 12e6, unit: 'money' },
  { label: '"bn euros" is money', phrase: '1.2bn euros', text: '1.2bn euros', low: 1.2e9, high: 1.2e9, unit: 'money' },
  { label: 'an ISO currency code glued to the figure, with a hyphened scale, is money', phrase: 'the HKD2.5-billion bridge', text: 'HKD2.5-billion', low: 2.5e9, high: 2.5e9, unit: 'money' },
  { label: 'an ISO currency code and a space before the figure is money', phrase: 'fined EUR 40m last year', text: 'EUR 40m', low: 40e6, high: 40e6, unit: 'money' },
  { label: '"US dollars" after a figure is money', phrase: '750 US dollars a month', text: '750 US dollars', low: 750, high: 750, unit: 'money' },
  { label: '"a few hundred million" is a vague quantity times a scale', phrase: 'a few hundred million euros in repairs', text: 'a few hundred million euros', low: 2e8, high: 5e8, approx: true, unit: 'money' },
  { label: '"several thousand million" is a vague quantity times a scale', phrase: 'several thousand million litres', text: 'several thousand million', low: 3e9, high: 9.999e9, approx: true },
  { label: 'pound sign is money', phrase: 'a £250 fine', text: '£250', low: 250, high: 250, unit: 'money' },
  { label: '"60%" is a percentage', phrase: '60% of voters', text: '60%', low: 60, high: 60, unit: 'percent' },
  { label: '"60 percent" is a percentage', phrase: '60 percent of voters', text: '60 percent', low: 60, high: 60, unit: 'percent' },
  { label: '"3.5 per cent" is a percentage', phrase: '3.5 per cent growth', text: '3.5 per cent', low: 3.5, high: 3.5, unit: 'percent' },
  { label: 'a plain count is unit count', phrase: '14 fishermen', text: '14', low: 14, high: 14, unit: 'count', approx: false },
  {
    label: '"one hundred and twenty" is one number, 120',
    phrase: 'one hundred and twenty volunteers', text: 'one hundred and twenty', low: 120, high: 120,
  },
  { label: '"a hundred and eleven" is one number, 111', phrase: 'a hundred and eleven rafts', text: 'a hundred and eleven', low: 111, high: 111 },
  { label: '"two hundred and forty-six" is one number, 246', phrase: 'two hundred and forty-six beds', text: 'two hundred and forty-six', low: 246, high: 246 },
  { label: '"one thousand and five" is one number, 1,005', phrase: 'one thousand and five kites', text: 'one thousand and five', low: 1005, high: 1005 },
  { label: 'a range\'s "and" before a scaled figure stays a range', phrase: 'between a hundred and two hundred kites', text: 'between a hundred and two hundred', low: 100, high: 200 },
  { label: '"more than" broken over a line still qualifies the figure', phrase: 'put the toll at more\nthan 200', text: 'more\nthan 200', low: 200, high: Infinity, lowOpen: true, approx: true },
  { label: '"between … and …" over a CRLF line break is a range', phrase: 'between 40\r\nand 50 boats', text: 'between 40\r\nand 50', low: 40, high: 50 },
  { label: '"a hundred" is 100', phrase: 'a hundred volunteers', text: 'a hundred', low: 100, high: 100 },
  { label: '"half a million pounds" is money, 500,000', phrase: 'a fund of half a million pounds', text: 'half a million pounds', low: 5e5, high: 5e5, unit: 'money' },
  { label: 'a decimal in words before a scale: "four point five million" is 4,500,000', phrase: 'four point five million tickets', text: 'four point five million', low: 4.5e6, high: 4.5e6 },
  { label: 'a decimal in words before "per cent" is one share, 2.3', phrase: 'fares rose two point three per cent', text: 'two point three per cent', low: 2.3, high: 2.3, unit: 'percent' },
  { label: 'two decimal words: "seven point two five percent" is 7.25', phrase: 'a seven point two five percent levy', text: 'seven point two five percent', low: 7.25, high: 7.25, unit: 'percent' },
  { label: 'hundreds after a thousand: "one thousand two hundred and five" is 1,205', phrase: 'one thousand two hundred and five kites', text: 'one thousand two hundred and five', low: 1205, high: 1205 },
  { label: 'a larger scale after "hundred and": "a hundred and sixty million" is 160,000,000', phrase: 'a hundred and sixty million litres', text: 'a hundred and sixty million', low: 1.6e8, high: 1.6e8 },
  { label: 'a scale after "hundred": "three hundred thousand" is 300,000', phrase: 'three hundred thousand voters', text: 'three hundred thousand', low: 3e5, high: 3e5 },
  { label: '"three hundred and fifty thousand" is 350,000', phrase: 'three hundred and fifty thousand bricks', text: 'three hundred and fifty thousand', low: 3.5e5, high: 3.5e5 },
  {
    label: '"two and a half million" is 2,500,000',
    phrase: 'two and a half million litres', text: 'two and a half million', low: 2.5e6, high: 2.5e6,
  },
];

for (const row of Q_ROWS) {
  test(`quantity: ${row.label}`, row.todo ? { todo: row.todo } : {}, () => {
    const x = q(row.phrase);
    assert.equal(x.text, row.text, 'text');
    assert.equal(row.phrase.slice(x.start, x.end), row.text, 'span');
    assert.ok(Math.abs(x.low - row.low) < 1e-6 * Math.max(1, Math.abs(row.low)), `low ${x.low} ≈ ${row.low}`);
    if (row.high === Infinity) assert.equal(x.high, Infinity, 'high');
    else assert.ok(Math.abs(x.high - row.high) < 1e-6 * Math.max(1, Math.abs(row.high)), `high ${x.high} ≈ ${row.high}`);
    assert.equal(x.lowOpen, row.lowOpen ?? false, 'lowOpen');
    assert.equal(x.highOpen, row.highOpen ?? false, 'highOpen');
    if (row.approx !== undefined) assert.equal(x.approx, row.approx, 'approx');
    assert.equal(x.unit, row.unit ?? 'count', 'unit');
  });
}

// Things that are not quantities at all: digits glued to letters.
const NOT_Q_ROWS: [string, string][] = [
  ['digits inside a model code', 'the B52 bomber'],
  ['three letters that are no currency code glued to digits', 'the ABC5 chip'],
  ['digits glued to a word', 'the COVID19 ward'],
  ['the verb "am" is not "a m(illion)"', 'I am told the ferry runs late'],
  ['"a m" with a space is not a million either', 'grade a m size'],
];
for (const [label, phrase] of NOT_Q_ROWS) {
  test(`no quantity: ${label}`, () => assert.deepEqual(quantities(phrase), []));
}

// The scan (quantityMatchesAt) reads a hyphen before a plural as a range only when the second figure is the larger.
const HYPHEN_SCAN_ROWS: [string, string, string[]][] = [
  ['a score before a plural is its first figure: "a 4-2 wins record"', 'Ostrel hold a 4-2 wins record.', ['4']],
  ['a season before a plural is its first figure: "2008-09 fixtures"', 'The 2008-09 fixtures were moved.', ['2008']],
  ['a count range before a plural: "30-40 boats"', 'Crews freed 30-40 boats.', ['30-40']],
  ['a tally before a capitalised team name is its first figure: "12-16 Herons"', 'It ended 12-16 Herons ahead.', ['12']],
  ['a record from zero is its first figure: "0-9 streaks"', 'They had 0-9 streaks twice.', ['0']],
  ['a month and day after "the" is a date: "the 4-18 floods"', 'Since the 4-18 floods the dam holds.', ['4']],
  ['after "the", figures that make no month and day are a range: "the 20-25 people"', 'Of the 20-25 people inside, none were hurt.', ['20-25']],
];
for (const [label, phrase, want] of HYPHEN_SCAN_ROWS) {
  test(`hyphen scan: ${label}`, () => assert.deepEqual(quantityMatchesAt(phrase, 0).map((m) => m[0]), want));
}

test('"point" with no scale or share after it is no decimal: "at one point two riders" is two figures', () => {
  assert.deepEqual(quantities('at one point two riders fell').map((x) => x?.text), ['one', 'two']);
});

// ───────────────────────────── parseNumber ─────────────────────────────

const PARSE_ROWS: [string, number][] = [
  ['two million', 2e6],
  ['4.5m', 4.5e6],
  ['$12', 12],
  ['a', 1],
  ['thirty-seven', 37],
  ['ninety nine', 99],
  ['1,250', 1250],
  ['seven and a half', 7.5],
  ['two and a half million', 2.5e6],
  ['3 thousand', 3000],
  ['a hundred and eleven', 111],
  ['two thousand and forty', 2040],
  ['four point five million', 4.5e6],
  ['two point three', 2.3],
  ['one thousand two hundred and five', 1205],
  ['a hundred and sixty million', 1.6e8],
  ['three hundred thousand', 3e5],
];
for (const [raw, expected] of PARSE_ROWS) {
  test(`parseNumber(${JSON.stringify(raw)}) = ${expected}`, () => assert.equal(parseNumber(raw), expected));
}
test('parseNumber of a non-number is NaN', () => assert.ok(Number.isNaN(parseNumber('several boats'))));

// ───────────────────────────── compatible ─────────────────────────────

const COMPAT_ROWS: { label: string; a: string; b: string; expected: boolean; todo?: string }[] = [
  { label: '37 fits "at least 35"', a: '37 dead', b: 'at least 35 dead', expected: true },
  { label: '120 does not fit "more than 300"', a: '120 dead', b: 'more than 300 dead', expected: false },
  { label: '95 fits "nearly 100"', a: '95 homes', b: 'nearly 100 homes', expected: true },
  { label: '45 fits "between 40 and 50"', a: '45 boats', b: 'between 40 and 50 boats', expected: true },
  { label: '70 does not fit "between 40 and 50"', a: '70 boats', b: 'between 40 and 50 boats', expected: false },
  { label: '60 does not fit "between 40 and 50" (20% above the top: a range gets no slack of its own)', a: '60 boats', b: 'between 40 and 50 boats', expected: false },
  { label: '"about 4,000" does not fit "more than 5,000" (both already say how far they reach)', a: 'about 4,000 people', b: 'more than 5,000 people', expected: false },
  { label: '"about 4,000" fits "nearly 4,000"', a: 'about 4,000 people', b: 'nearly 4,000 people', expected: true },
  { label: '"about 4,000" fits an exact 4,500 through the exact figure\'s rounding', a: 'about 4,000 people', b: '4,500 people', expected: true },
  { label: '250 fits "hundreds of"', a: '250 families', b: 'hundreds of families', expected: true },
  { label: '108 vs 100: within 10% slack', a: '108 people', b: '100 people', expected: true },
  { label: '130 vs 100: outside the slack', a: '130 people', b: '100 people', expected: false },
  { label: '"fewer than 10" vs 40', a: 'fewer than 10 boats', b: '40 boats', expected: false },
  { label: 'two open-ended figures overlap', a: 'at least 35 dead', b: 'more than 300 dead', expected: true },
];
for (const row of COMPAT_ROWS) {
  test(`compatible: ${row.label}`, row.todo ? { todo: row.todo } : {}, () => {
    const a = q(row.a), b = q(row.b);
    assert.equal(compatible(a, b), row.expected, 'a~b');
    assert.equal(compatible(b, a), row.expected, 'symmetric');
  });
}
