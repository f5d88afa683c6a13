// The scan that tries the QUANTITY pattern only where a match may start (and reads plain figures
// without it) must find exactly what a search with the pattern finds: the same matches, spans and
// groups. Run with `node --import tsx --test test/unit/quantity-prefilter.test.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { MAY_HOLD_FIGURE, QUANTITY, crowdWordSeen, firstFigureWord, fractionWordSeen, invertedSum, hyphenNoRange, quantityMatchesAt, quantityMatchesIn, superlativeWordSeen } from '../../server/src/core/pipeline/quantities';
import { splitBlocks, splitSentences } from '../../server/src/core/pipeline/01-structure';
import { tokenize } from '../../server/src/core/pipeline/02-tokens';
import { endsInLargeScale, scaleGoesOn } from '../../server/src/core/pipeline/scale-goes-on';
import { vagueHarmObjects } from '../../server/src/core/pipeline/vague-harm-objects';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const matches = (s: string) => { QUANTITY.lastIndex = 0; return QUANTITY.test(s); };
const QUANTITY_AT = new RegExp(QUANTITY.source, 'iuy');

/**
 * What the scan must find: every match of a search with the pattern from `from`, each as
 * [index, ...groups], except that a bare "X to Y" whose X is a sum larger than Y ("$2 million to 300",
 * "$1-0") is the match of X alone, and the search goes on after it (quantities.ts, invertedSum; and "X-Y" that is no range, hyphenNoRange),
 * and that a smaller scale after a million or a billion goes on as one figure ("5 million one thousand", scaleGoesOn).
 */
function searchAll(s: string, from = 0): string[] {
  const out: string[] = [];
  QUANTITY.lastIndex = from;
  for (let m = QUANTITY.exec(s); m; m = QUANTITY.exec(s)) {
    if (m[7] !== undefined && (invertedSum(m[7], m[8]) || hyphenNoRange(m))) {
      QUANTITY_AT.lastIndex = m.index;
      const first = QUANTITY_AT.exec(s.slice(0, m.index + m[0].indexOf(m[7]) + m[7].length));
      if (first) { m = first; QUANTITY.lastIndex = first.index + first[0].length; }
    }
    // "5 million one thousand": a smaller scale after a million goes on as one figure (scale-goes-on.ts)
    if (m[10] !== undefined && endsInLargeScale(m[0])) {
      scaleGoesOn(s, m);
      QUANTITY.lastIndex = m.index + m[0].length;
    }
    out.push(JSON.stringify([m.index, ...m]));
  }
  return out;
}

const rows: [string, boolean][] = [
  ['The committee met on a quiet afternoon.', false],
  ['Someone had gone home.', false], // number words inside other words
  ['Nearly 40 people were hurt.', true],
  ['Twenty-five boats sank.', true],
  ['It cost a m, they said.', false], // "a"/"an" count only before a written-out scale
  ['The deal was worth abn.', false],
  ['I am told it was a million.', true],
  ['Scores of homes flooded.', true],
  ['A handful of officers stayed.', true],
  ['The ſix vessels left.', true], // 'ſ' folds to 's' in the pattern's Unicode case folding
  ["The o'ten crew.", true],
];

test('quantityMatchesAt: labelled sentences', () => {
  for (const [s, want] of rows) {
    assert.equal(quantityMatchesAt(s, 0).length > 0, want, s);
    assert.equal(matches(s), want, `pattern agrees on ${s}`);
  }
});

test('quantityMatchesAt finds a match wherever QUANTITY does', () => {
  const piece = fc.constantFrom('a', 'an', 'A', 'm', 'M', 'bn', 'one', 'foo_', '_ten', 'am', 'AN\u00a0M', 'anbn', 'ONE', 'some', 'ten', 'tens', 'dozen', 'score', 'handful', 'ſix', 'half', 'x', '7', '3.5', '$', 'US$', '-', "'", '’', 'é', ' ', ' ', '\n', ',', '.', 'million', 'of', 'between', 'and', 'İ', 'K', 'B52', 'sgd', 'SGD', 'usd', 'eur', 'US', 'dollars', 'few', 'hundred', 'several', 'billion');
  fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
    const s = parts.join('');
    return matches(s) === quantityMatchesAt(s, 0).length > 0;
  }), { numRuns: 5000 });
});

/** Every match of a plain search from the start: index, text and groups. */
const plainMatches = (s: string) => searchAll(s);
const cueMatches = (s: string) => quantityMatchesAt(s, 0).map((m) => JSON.stringify([m.index, ...m]));

test('quantityMatchesAt: the same matches as a search from the start', () => {
  const rows = [
    'The fire destroyed 40 homes and damaged as many as between US$ half a million and 3 million dollars of goods.',
    'Officials said more than a dozen boats, nearly half a million tonnes and an additional 2,000 people.',
    'Nothing to count here, said the spokesman, though the o\'ten crew and a m were mentioned, and twenty-five more.',
    // runs that open with a number word: no match ("fourth", "tenure", "ones") unless a scale, a share or a sign is glued on
    'The fourth-quarter tenure of the ones who tended the sevenths went on, fourth.',
    'They paid tenm, sixbn and fivepercent, then fiveper cent, ninem. and usd 5, usd5, eur$9 and tenpm.',
    // an approximation or a currency sign before a plain figure (openedFigureAt), and the near misses the pattern decides
    'About $40, over £3.5% and at least US$1,200, more than\n€7, up to $ 9, around £5m, nearly A$12th and from $3.',
    '',
  ];
  for (const s of rows) assert.deepEqual(cueMatches(s), plainMatches(s), s);
  const piece = fc.constantFrom('as many as', 'between', 'from', 'and', 'to', 'US$', '$', 'half', 'a', 'an', 'm', 'bn', 'million', 'dozen',
    'a few', 'several', 'hundreds', 'of', 'more than', 'nearly', '40', '3.5', '1,200', 'twenty', 'five', '-', '–', 'percent', '%', 'people',
    'boats', 'the', 'said', ',', '.', "o'ten", 'ſix', 'K', 'İ', '\n', 'fourth', 'tenm', 'sixbn', 'fiveper', 'ninepercent', 'ones', 'usd', 'eleventh', 'tenſ', '$',
    'about', 'over', 'up to', 'at least', 'some', '£', '€', '¥', 'A$', 'HK$', '12th');
  fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), fc.array(fc.constantFrom(' ', '', '  '), { minLength: 30, maxLength: 30 }), (parts, gaps) => {
    const s = parts.map((p, i) => p + gaps[i]).join('');
    assert.deepEqual(cueMatches(s), plainMatches(s), s);
  }), { numRuns: 5000 });
});

test('quantityMatchesAt: the same matches as a search from the start, sentence by sentence of the example articles', () => {
  const root = join(__dirname, '../../examples');
  let sentences = 0;
  for (const set of readdirSync(root, { withFileTypes: true })) {
    if (!set.isDirectory()) continue;
    for (const f of readdirSync(join(root, set.name)).filter((n) => n.endsWith('.txt'))) {
      const text = readFileSync(join(root, set.name, f), 'utf8');
      const blocks = splitBlocks(text);
      const sents = splitSentences(text, blocks);
      for (const st of sents) {
        const s = text.slice(st.start, st.end);
        const got = cueMatches(s);
        assert.deepEqual(got, plainMatches(s), s);
        sentences++;
      }
    }
  }
  assert.ok(sentences > 100);
});

/**
 * The candidate scan and the plain-figure reader against the pattern, from the start and from any
 * offset: phrases that start matches, characters the pattern's case folding or its look-behind and
 * look-ahead treat specially ('ſ', the Kelvin sign, U+0345 which folds to a letter, '_', dashes,
 * Unicode spaces), and what may go on a figure ("percent", "m", " to ", " 1/2").
 */
test('quantityMatchesAt: the same matches as the pattern searching on', () => {
  const fromAt = searchAll;
  const scanned = (s: string, from: number) => quantityMatchesAt(s, from).map((m) => JSON.stringify([m.index, ...m]));
  const rows = ['I am sure', 'Among 40 boats', 'A$5m and abn', '40%, 40 %, 40 percent and 40 per cent', '12 to 15, 12 - 15, 12–15', '7 1/2 and 7 and a half',
    '1,2345 and 1,234.5 and 40. 40,', 'the 4th, 5_ and _6', 'an estimated 5 m', 'a few hundred, tens of thousands of', '\u0345' + '40',
    '$1-0%', 'gave $2 million to 300 families'];
  for (const s of rows) assert.deepEqual(scanned(s, 0), fromAt(s, 0), s);
  const piece = fc.constantFrom('as many as', 'between', 'from', 'and', 'to', 'US$', 'A$', 'a$', 'ſ$', '$', '€', '£', '¥', 'half', 'half a', 'a', 'an', 'A',
    'AN', 'm', 'M', 'bn', 'BN', 'million', 'dozen', 'dozens', 'of', 'a few', 'several', 'hundreds', 'tens', 'scores', 'handful', 'more than', 'nearly',
    'at least', 'up to', 'upwards', 'just', 'close', '40', '3.5', '1,200', '1,2345', '7', '0', '2019', 'twenty', 'five', 'ſix', 'ſeven', 'K', '\u212a',
    'İ', 'é', '_', '-', '–', '‐', 'percent', 'per cent', '%', 'dollars', 'euros', 'yen', 'pounds', '1/2', 'and a half', 'people', 'the', 'said', ',',
    '.', ':', '/', "o'ten", '\n', '\u00a0', '\u2028', '\u0345', '“', '”', '(', 'am', 'abn', 'anm', 'anbn', 'amid', 'ab', 'x', 'st', 'th', 'e', 'p', 'y', 't');
  const gap = fc.constantFrom(' ', '', '', '  ', '\t', '\u00a0', '\n');
  fc.assert(fc.property(fc.array(piece, { maxLength: 16 }), fc.array(gap, { minLength: 16, maxLength: 16 }), fc.nat(40), (parts, gaps, from) => {
    const s = parts.map((p, i) => p + gaps[i]).join('');
    const f = Math.min(from, s.length);
    assert.deepEqual(scanned(s, f), fromAt(s, f), s);
  }), { numRuns: 10000 });
  const char = fc.constantFrom(...'0123456789aAbBmMnN $€,.-_%ſ\u212a\u00a0tTeEhHdDpPyYfFsS/1–'.split(''));
  fc.assert(fc.property(fc.array(char, { maxLength: 24 }), (chars) => {
    const s = chars.join('');
    assert.deepEqual(scanned(s, 0), fromAt(s, 0), s);
  }), { numRuns: 10000 });
});

/**
 * Lone figures and number words are read without the pattern when nothing may go on them: the
 * reader against the pattern where words that start a continuation ("to", "m", "percent", a
 * scale, another number word) or merely look like one ("today", "members", "tenth") follow.
 */
test('quantityMatchesAt: lone figures and number words read as the pattern reads them', () => {
  const all = (s: string) => searchAll(s);
  const scanned = (s: string) => quantityMatchesAt(s, 0).map((m) => JSON.stringify([m.index, ...m]));
  const rows = ['one of them', 'Two people died', 'twenty five boats and twenty-five more', 'fourteen to fifteen', 'four teen', 'seventy m', 'nine bn dollars',
    'eight members', 'ten today', 'six percent', 'six per cent and six percentage', 'three and a half', 'three and a', 'oneself', 'tenth', 'one.5', 'one,5', 'one, 5',
    'one5', 'one_', 'one%', 'five 1/2', 'five 2', 'éone', 'one é', 'one\u00a0m', 'ſix ſix', 'FOUR\tDOZEN', 'two\nmillion', 'five  to six', 'five - six', 'Five yen', 'Five yenx'];
  for (const s of rows) assert.deepEqual(scanned(s), all(s), s);
  const piece = fc.constantFrom('one', 'One', 'ONE', 'two', 'four', 'fourteen', 'seventy', 'seven', 'ten', 'tens', 'tenth', 'oneself', 'twenty', 'ninety',
    'five', 'six', '7', '40', '2019', '1', '12', 'to', 'today', 'm', 'M', 'mb', 'members', 'bn', 'bnx', 'b', 'dozen', 'dozens', 'hundred', 'hundredth',
    'million', 'percent', 'percentage', 'per cent', 'per', 'cent', 'dollars', 'dollar', 'euros', 'yen', 'pounds', 'and', 'and a half', 'a', 'half', 'of',
    'people', 'the', '-', '–', '%', '.', ',', '.5', ',000', '/', '1/2', '_', 'é', 'ſ', '\u212a', '$', '(', ')', 'x', 'K');
  const gap = fc.constantFrom(' ', ' ', '', '  ', '\t', '\n', '\u00a0', '-');
  fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), fc.array(gap, { minLength: 12, maxLength: 12 }), (parts, gaps) => {
    const s = parts.map((p, i) => p + gaps[i]).join('');
    assert.deepEqual(scanned(s), all(s), s);
  }), { numRuns: 20000 });
});

/**
 * Figures with a decimal part, thousands' commas or a '%', and digits before a word that only
 * begins like a scale, a share or a currency ("20 people", "1998 the"), are read without the
 * pattern: the scan must still find what the pattern finds.
 */
test('quantityMatchesAt: decimals, thousands, shares and the word after digits read as the pattern reads them', () => {
  const scanned = (s: string) => quantityMatchesAt(s, 0).map((m) => JSON.stringify([m.index, ...m]));
  const rows = ['12.5 tonnes', '1,234 boats', '12,345,678 people', '1,234.5 km', '1,23 x', '1,2345 x', '1234,567 x', '1,234,56 x', '12.5.6 x', '12.5x', '1,234th',
    '40% of them', '12.5%.', '40%s', '40%1', '40%.5', '40%é', '3 % more', '20 people', '1998 the', '20 pounds', '20 Per cent', '20 perhaps', '5 m', '5 mi', '5 bn.',
    '5 bnx', '20 to 30', '20 today', '20 and a half', '20 andy', '20 US dollars', '20 usual', '7 dozen', '7 dozy', '20 years', '1.5 Million', '$1,200 each'];
  for (const s of rows) assert.deepEqual(scanned(s), searchAll(s), s);
  const piece = fc.constantFrom('1', '12', '123', '1234', '5', '000', ',', '.', '%', '-', '–', 'm', 'bn', 'million', 'to', 'today', 'and', 'and a half', 'andy',
    'people', 'percent', 'per cent', 'perhaps', 'us', 'US', 'usual', 'dollars', 'yen', 'years', 'th', 'x', 'é', 'ſ', '\u212a', '$', '1/2', '_', '(');
  const gap = fc.constantFrom(' ', '', '', '  ', '\t', '\n', '\u00a0');
  fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), fc.array(gap, { minLength: 12, maxLength: 12 }), (parts, gaps) => {
    const s = parts.map((p, i) => p + gaps[i]).join('');
    assert.deepEqual(scanned(s), searchAll(s), s);
  }), { numRuns: 20000 });
});

/**
 * A plain figure with one scale ("5 million", "$2 billion", "3.5bn") or a share ("20 percent", "20 per
 * cent", "20pc") after it is read without the pattern when nothing could go on it; a second scale,
 * "and a half", a range, a hyphen or a currency after the scale leave it to the pattern. Number words
 * before a word that only begins like a continuation ("two months", "three more", "one and") too.
 */
test('quantityMatchesAt: a figure with one scale or share, and number words before near misses, read as the pattern reads them', () => {
  const scanned = (s: string) => quantityMatchesAt(s, 0).map((m) => JSON.stringify([m.index, ...m]));
  const rows = ['5 million people', '$2 billion.', 'about 3.5 million', 'US$4 trillion', 'over £40m, then 7bn', '12 dozen eggs', '5 Million', '5 thouſand',
    '20 percent of them', 'around 20 per cent.', '20percent', '20pc', '20 pc', '20 percentage', '20 percent5', '20 per cent.5', '5 millions', '5 million_',
    '5 million-strong', '5 million to 6 million', '5 million - 6', '5 million two boats', '3 hundred thousand', '3 hundred and five', '5 million and a half',
    '5 million dollars', '5 million US dollars', '5 million percent', '5 million %', '5 million%', '5 million 1/2', '5 million  people', '5 million\npeople',
    '5 million\u00a0people', '5 million é', '5 million.5', '5 million, 6', '5 mb', '5 m.', '5mx', '5bnx', '5pm', '$5 million to 300 families', '5 hundred-thousand',
    'two months', 'three more', 'one and all', 'ten together', 'two to three', 'two TO three', 'two m', 'two mb', 'two bn,', 'six per', 'six percent', 'two  point five million',
    'two\tpoint five million', 'one and a half'];
  for (const s of rows) assert.deepEqual(scanned(s), searchAll(s), s);
  const piece = fc.constantFrom('5', '3.5', '1,200', '20', 'two', 'six', 'about', 'over', '$', 'US$', '£', 'a', 'million', 'Million', 'hundred',
    'dozen', 'trillion', 'm', 'bn', 'M', 'b', 'mb', 'months', 'more', 'percent', 'percentage', 'per cent', 'per', 'pc', 'p', '%', 'and', 'and a half',
    'andy', 'to', 'TO', 'today', 'together', 'point', 'five', 'us', 'US', 'dollars', 'yen', 'people', '1/2', '-', '–', '_', '.', ',', 'é', 'ſ', 's', 'x', '(');
  // (no "thousand" or "billion": a smaller scale after a larger one, scale-goes-on.ts, is no part of the pattern's match)
  const gap = fc.constantFrom(' ', ' ', '', '  ', '\t', '\n', '\u00a0');
  fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), fc.array(gap, { minLength: 12, maxLength: 12 }), (parts, gaps) => {
    const s = parts.map((p, i) => p + gaps[i]).join('');
    assert.deepEqual(scanned(s), searchAll(s), s);
  }), { numRuns: 30000 });
});

/**
 * Session 38's shapes read without the pattern (each row labelled with what the pattern makes of it):
 * ranges of plain figures or number words joined by " to ", " - ", " – " (U+0020 around them), a
 * figure before a hyphen and a word that goes on no figure, a number word after an approximation, a
 * number word before a scale or a share, digits before ",1"/".5" that no grouping ends at, and a
 * closing mark (’, ”, —, °) after a figure. The near misses (two spaces, NBSP, a tab, a hyphen and a
 * digit, a scale after "to", "between X and Y", "from X to Y") must stay what the pattern finds.
 */
test('quantityMatchesAt: ranges, hyphens, approximated number words and cut-short figures read as the pattern reads them', () => {
  const scanned = (s: string) => quantityMatchesAt(s, 0).map((m) => JSON.stringify([m.index, ...m]));
  const rows: [string, string[]][] = [
    // a range of plain figures or number words
    ['1,500 to 2,000 jobs', ['1,500 to 2,000']],
    ['two to three years', ['two to three']],
    ['about 15 to 20 percent', ['about 15 to 20 percent']],
    ['8 – 11], then', ['8 – 11']],
    ['1 - 3] Later', ['1 - 3']],
    ['US$300 to 350 million a year', ['US$300 to 350 million']],
    ['5 to 6 million people', ['5 to 6 million']],
    ['5 TO 6', ['5 TO 6']],
    ['5 to 10 to 15', ['5 to 10', '15']],
    ['twelve to twenty-five', ['twelve to twenty-five']],
    // no range: the first figure alone (nothing can start a figure after " to ")
    ['20 to the city', ['20']],
    ['6 - this year', ['6']],
    ['one to trigger it', ['one']],
    ['5 to (6)', ['5', '6']],
    ['5 to', ['5']],
    // near misses of a range: the pattern decides
    ['5  to 6', ['5', '6']],
    ['5\u00a0to 6', ['5', '6']],
    ['5 to\u00a06', ['5', '6']],
    ['5\tto 6', ['5', '6']],
    ['5 -- 6', ['5', '6']],
    ['5 to $6', ['5 to $6']],
    ['5 to €6m', ['5 to €6m']],
    ['5 to 20th', ['5']],
    ['5 to a million', ['5 to a million']],
    ['5 to ſix', ['5 to ſix']],
    ['$2 million to 300 families', ['$2 million', '300']],
    ['7 - 14 raids of the 7 - 14 raids', ['7 - 14', '7 - 14']],
    ['3 - 1 win', ['3 - 1']],
    ['between 40 and 50', ['between 40 and 50']],
    ['between four and five thousand', ['between four and five thousand']],
    ['from 900 to 2 million', ['from 900 to 2 million']],
    ['from 9 months ago', ['9']],
    // a hyphen after a figure
    ['a 27-year contract', ['27']],
    ['a five-year high', ['five']],
    ['about 27-year', ['about 27']],
    ['twenty-five boats', ['twenty-five']],
    ['five-hundred men', ['five-hundred']],
    ['5-million homes', ['5-million']],
    ['15-20% of them', ['15-20%']],
    ['20-25 people', ['20-25']],
    ['2010-11 season', ['2010']],
    ['5-', ['5']],
    ['five-', ['five']],
    ['5-–', ['5']],
    ['5-ſix', ['5']],
    // an approximation before a number word
    ['nearly nine points', ['nearly nine']],
    ['over two per cent.', ['over two per cent']],
    ['up to four times', ['up to four']],
    ['at  least six months', ['at  least six']],
    ['about fourth place', []],
    ['only one point five million', ['only one point five million']],
    ['about one point two', ['about one', 'two']],
    ['about two  point five million', ['about two  point five million']],
    ['as many as seven million people', ['as many as seven million']],
    ['about a million', ['about a million']],
    ['about between fifty and seventy', ['about between fifty and seventy']],
    // a number word before a scale or a share
    ['one million visitors', ['one million']],
    ['ten thousand mark', ['ten thousand']],
    ['six percent', ['six percent']],
    ['six percentage points', ['six']],
    ['three hundred thousand', ['three hundred thousand']],
    ['three hundred and five', ['three hundred and five']],
    ['5 million one thousand', ['5 million one thousand']],
    ['5 million one', ['5 million', 'one']],
    ['two m', ['two m']],
    // digits before a comma or point and a digit that no grouping ends at
    ['9,1.', []],
    ['over 8,1 podcasts', []],
    ['$90,1 and more', []],
    ['10.4.1) then', []],
    ['8,26%, then', []],
    ['1,234,5 x', []],
    ['12,34,567,8 x', []],
    // closing marks after a figure
    ['the 1930’s', ['1930']],
    ['one’s right', ['one']],
    ['about 24°C', ['about 24']],
    ['24 — but', ['24']],
    ['“two” more', ['two']],
    ['1–10 in', ['1', '10']],
  ];
  for (const [s, want] of rows) {
    const got = scanned(s);
    assert.deepEqual(got, searchAll(s), s);
    assert.deepEqual(quantityMatchesAt(s, 0).map((m) => m[0]), want, `labelled: ${s}`);
  }
  const piece = fc.constantFrom('5', '12', '1,500', '3.5', ',1', '.4', '2010', 'two', 'five', 'twenty', 'one', 'fourth', 'about', 'over', 'at least', 'nearly',
    'between', 'from', 'and', 'to', 'TO', 'to the', '-', '–', '—', '’', '”', '°', '°C', '%', 'percent', 'per cent', 'percentage', 'point', 'points', 'million',
    'hundred', 'thousand', 'm', 'year', 'people', 'the', 'this', '$', 'US$', '€', 'a', 'ſix', 'th', 'x', '(', ')', ']', '.', ',', 'é');
  const gap = fc.constantFrom(' ', ' ', ' ', '', '', '-', '  ', '\t', '\n', '\u00a0');
  fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), fc.array(gap, { minLength: 12, maxLength: 12 }), (parts, gaps) => {
    const s = parts.map((p, i) => p + gaps[i]).join('');
    assert.deepEqual(scanned(s), searchAll(s), s);
  }), { numRuns: 30000 });
  // the same shapes in a piece of a text, which the pattern reads alone (a range's hyphen test reads the piece)
  const inText = (t: string, a: number, b: number) => quantityMatchesIn(t, a, b).map((m) => JSON.stringify([m.index, ...m]));
  fc.assert(fc.property(fc.array(piece, { maxLength: 10 }), fc.array(gap, { minLength: 10, maxLength: 10 }), fc.nat(50), fc.nat(50), (parts, gaps, x, y) => {
    const t = parts.map((p, i) => p + gaps[i]).join('');
    const a = Math.min(x, t.length), b = Math.min(t.length, a + y);
    assert.deepEqual(inText(t, a, b), searchAll(t.slice(a, b)), `${JSON.stringify(t)} [${a}, ${b})`);
  }), { numRuns: 20000 });
});

/**
 * The scan of a piece of a text (a sentence of a document) finds what the pattern finds in the
 * piece's own string: nothing outside the piece is read, before it (the look-behind) or after it.
 */
test('quantityMatchesIn: a piece of a text as the pattern reads the piece alone', () => {
  const own = (s: string) => searchAll(s);
  const inText = (t: string, a: number, b: number) => quantityMatchesIn(t, a, b).map((m) => JSON.stringify([m.index, ...m]));
  const rows: [string, number, number][] = [['x40 people', 1, 10], ['40m', 0, 2], ['5 million', 0, 3], ['a million', 0, 2], ['two-thirds', 0, 4], ['US$5', 1, 4], ['one', 0, 2],
    ['more than 40', 0, 10], ['nearly ten', 0, 8], ['ab', 0, 2], ['a bn', 0, 3], ['5 per cent', 0, 6], ['7 and a half', 0, 9], ['.5 boats', 1, 8], ['between 4 and 5', 0, 14],
    // the piece's end and a NUL inside it, which the scan reads alike: as no letter, digit, sign or space
    ['sgd 5', 0, 4], ['usd5', 0, 3], ['a m', 0, 2], ['about 5', 0, 6], ['usd\u00005', 0, 5], ['a\u0000million', 0, 9], ['US\u0000$5', 0, 5], ['5\u0000m', 0, 3]];
  for (const [t, a, b] of rows) assert.deepEqual(inText(t, a, b), own(t.slice(a, b)), `${t} [${a}, ${b})`);
  const piece = fc.constantFrom('one', 'Two', 'ten', 'tens', 'twenty', 'five', '7', '40', '1,200', '3.5', 'a', 'an', 'half', 'm', 'bn', 'million', 'dozen', 'percent',
    'per cent', '%', 'to', 'and a half', 'and', 'between', 'from', 'nearly', 'more than', 'at least', 'US$', '$', '€', 'of', 'people', 'x', '-', '.', ',', 'ſ', '\u212a', 'é');
  const gap = fc.constantFrom(' ', '', '  ', '\n', '\u00a0');
  fc.assert(fc.property(fc.array(piece, { maxLength: 10 }), fc.array(gap, { minLength: 10, maxLength: 10 }), fc.nat(60), fc.nat(60), (parts, gaps, x, y) => {
    const t = parts.map((p, i) => p + gaps[i]).join('');
    const a = Math.min(x, t.length), b = Math.min(t.length, a + y);
    assert.deepEqual(inText(t, a, b), own(t.slice(a, b)), `${JSON.stringify(t)} [${a}, ${b})`);
  }), { numRuns: 20000 });
});

/**
 * A whole sentence is first searched for what any match holds (a digit, a number word, a scale) and
 * the words the scan marks; one without any is not scanned. Its answers (matches and the
 * superlative and fraction marks) must be those of the full scan, which a search from inside the
 * piece always runs (here: from after a leading space, where the scan starts as at the piece's start).
 */
test('quantityMatchesIn: a sentence ruled out before the scan gives what the scan gives', () => {
  const answers = (s: string, gated: boolean) => {
    const t = gated ? s : ' ' + s;
    const found = quantityMatchesIn(t, 0, t.length, t, gated ? 0 : 1).map((m) => JSON.stringify([m.index - (gated ? 0 : 1), ...m]));
    return { found, superlative: superlativeWordSeen(), fraction: fractionWordSeen() };
  };
  const rows: [string, boolean, boolean][] = [
    // sentence, superlative mark, fraction mark
    ['The harbour was quiet that night.', false, false],
    ['It was the worst storm in memory.', true, false],
    ['The mayor spoke mostly of roads.', true, false],
    ['Voters set a record turnout.', true, false],
    ['It was a  record day.', true, false],
    ['Half the village left.', false, true],
    ['The halfway mark came late.', false, true],
    ['Stocks hit a new high_lowest, then the_worst.', true, false],
    ['A quarter-final was played.', false, true],
    ['It was e.g.most unusual.', true, false],
    ['$worst and -tenth', true, true],
    ['The ſtrongest gale', true, false],
    ['Twenty boats sank.', false, false],
    ['Someone had gone home often.', false, false],
    // the longest run of words a match has before its first figure or scale: the scan must start before it
    ['The aid came to as many as between US$ 5 and 6 a day.', false, false],
    ['The aid came to as many as between US$ a million and 2 million.', false, false],
    ['The aid came to as  many\nas from usd 5 to 6 a day.', false, false],
    ['Officials said at least a few hundred million were lost.', false, false],
    ['Officials said upwards of tens of thousands of homes flooded.', false, false],
  ];
  for (const [s, sup, frac] of rows) {
    const gated = answers(s, true);
    assert.deepEqual(gated, answers(s, false), s);
    assert.equal(gated.superlative, sup, s);
    assert.equal(gated.fraction, frac, s);
  }
  const piece = fc.constantFrom('worst', 'Most', 'a record', 'record', 'half', 'Thirds', 'tenth', 'ten', 'one', 'score', 'dozen', 'a', 'the', 'x', '_', '-', '$', '.', ',',
    'é', 'ſ', '\u212a', 'K', 'ſix', 'iſ', '7', 'million', 'about', 'biggest', 'unprecedented', 'quarter', 'fifth', "o'", '“');
  const gap = fc.constantFrom(' ', '', '', '  ', '\n');
  fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), fc.array(gap, { minLength: 12, maxLength: 12 }), (parts, gaps) => {
    const s = parts.map((p, i) => p + gaps[i]).join('');
    assert.deepEqual(answers(s, true), answers(s, false), s);
  }), { numRuns: 5000 });
});

/**
 * The scan marks a vague crowd's word ("dozens", "Hundreds") wherever one stands after white space, as
 * vague-harm-objects.ts looks for it after a verb ("injuring dozens"), also where a match or the
 * sentence's gate passes near it; a sentence without one is not searched for harmed crowds (the
 * search must find the same with the mark).
 */
test('quantityMatchesIn: a crowd word after white space is marked', () => {
  const marked = (s: string) => { quantityMatchesIn(s, 0, s.length); return crowdWordSeen(); };
  const rows: [string, boolean][] = [['The blast at Tarnby market injured dozens.', true], ['Smoke sent HUNDREDS to hospital', true],
    ['A storm killed scores, then 40 more', true], ['Over 5 million fled; thousands\nstayed', true],
    ['The dozen boats left.', false], ['The scoreboard was blank.', false], ['Nothing happened at Orrel.', false]];
  for (const [s, want] of rows) assert.equal(marked(s), want, s);
  const piece = fc.constantFrom('killed', 'injuring', 'sent', 'dozens', 'Dozens', 'scores', 'hundreds', 'thousands', 'millions', 'tens of', 'a few', 'several',
    'of', 'more', 'dead', '5', '3.5', 'million', 'DOZENS', 'Scores', 'two', 'about', '$', 'the', 'x', '-', '.', ',', '_', 'ſ', 'é', 'to hospital');
  const gap = fc.constantFrom(' ', '', '\n', '\u00a0', '  ');
  fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), fc.array(gap, { minLength: 12, maxLength: 12 }), (parts, gaps) => {
    const s = parts.map((p, i) => p + gaps[i]).join('');
    // what the search finds with the mark as it finds it without
    assert.deepEqual(vagueHarmObjects(0, s, marked(s)), vagueHarmObjects(0, s, true), s);
  }), { numRuns: 20000 });
});

/** The hand-read gate finds where the gate's pattern first finds something in a piece of a text (or -1), reading nothing outside the piece. */
test('firstFigureWord: where MAY_HOLD_FIGURE first matches the piece', () => {
  const want = (t: string, a: number, b: number) => { const i = t.slice(a, b).search(MAY_HOLD_FIGURE); return i < 0 ? -1 : a + i; };
  const rows: [string, number, number, number][] = [
    ['The ferry left at dawn.', 0, 23, -1],
    ['Some forty boats sank.', 0, 22, 5],
    ['Oneself and the tenant', 0, 22, 0], // a prefix is enough: the pattern is a superset
    ['foo_ten bar', 0, 11, 3], // the '_' before a word starts the match
    ['often, fourteen', 1, 15, 7], // "ften" in the piece is no word start of "ten"
    ['xten', 1, 4, 1], // the piece's start is a word start
    ['B52 bombers', 0, 11, 1],
    ['a ſeven', 0, 7, 2],
    ['Thr', 0, 3, -1],
    ['Three', 0, 4, -1], // the piece ends inside the word
    ['éone', 0, 4, 1],
  ];
  for (const [t, a, b, at] of rows) {
    assert.equal(firstFigureWord(t, a, b), at, t);
    assert.equal(want(t, a, b), at, `${t} (pattern)`);
  }
  const piece = fc.constantFrom('one', 'ONE', 'tenth', 'ten', 'te', 'thr', 'three', 'most', 'Most', 'halves', 'record', 'handful', 'x', '_', '-', '.', 'é', 'ſ', '\u212a', 'K', '7', 'the');
  const gap = fc.constantFrom(' ', '', '', '\n');
  fc.assert(fc.property(fc.array(piece, { maxLength: 10 }), fc.array(gap, { minLength: 10, maxLength: 10 }), fc.nat(3), fc.nat(3), (parts, gaps, x, y) => {
    const t = parts.map((p, i) => p + gaps[i]).join('');
    const a = Math.min(x, t.length), b = Math.max(a, t.length - y);
    assert.equal(firstFigureWord(t, a, b), want(t, a, b), JSON.stringify([t, a, b]));
  }), { numRuns: 20000 });
});

/** tokenize's figures of a text: for each sentence, 1 when it may hold a figure. */
function figuresOf(t: string): { sentences: { start: number; end: number }[]; figures: Uint8Array } {
  const sentences = splitSentences(t, splitBlocks(t));
  const figures = new Uint8Array(sentences.length);
  tokenize(t, sentences, figures);
  return { sentences, figures };
}

test('tokenize: a sentence it marks as holding no figure holds nothing firstFigureWord finds', () => {
  const rows: [string, number][] = [
    ['The ferry left Tarnby at dawn.', 0],
    ['Some forty boats sank.', 1],
    ["The o'ten crew sailed.", 1], // a word after a joiner
    ['Half-time came late.', 1],
    ['The well-known ferry left.', 0], // joined runs without a figure word
    ['A ſeven day trip.', 1], // 'ſ' (beyond ASCII)
    ['The B52 crew left.', 1], // a digit inside a word
    ['Mostly calm seas.', 1], // a prefix is enough
    ['Mira Olsen’s crew left.', 0],
  ];
  for (const [t, want] of rows) {
    const { sentences, figures } = figuresOf(t);
    assert.equal(sentences.length, 1, t);
    assert.equal(figures[0], want, t);
    assert.equal(firstFigureWord(t, sentences[0].start, sentences[0].end) >= 0 ? 1 : 0, want, `${t} (scan)`);
  }
  const piece = fc.constantFrom('one', 'ONE', 'tenth', 'ten', 'te', 'thr', 'most', 'Most', 'halves', 'record', 'handful', 'x', 'Mira', '_', '-', "'", '’', '‐', '.', 'é', 'ſ', '\u212a', 'K', '7', '²', 'the', 'U.S.', "'s");
  const gap = fc.constantFrom(' ', '', '', '\n', '. ', '\n\n');
  fc.assert(fc.property(fc.array(piece, { maxLength: 14 }), fc.array(gap, { minLength: 14, maxLength: 14 }), (parts, gaps) => {
    const t = parts.map((p, i) => p + gaps[i]).join('');
    const { sentences, figures } = figuresOf(t);
    sentences.forEach((s, i) => {
      if (figures[i] === 0) assert.equal(firstFigureWord(t, s.start, s.end), -1, JSON.stringify([t, s.start, s.end]));
    });
  }), { numRuns: 20000 });
});
