// East and Southeast Asian English-language press, figures and sentences: sums in the region's currencies written
// with their letters or signs ("RM1.2 billion", "RM1.52", "Rp 4.5 trillion", "P340-million", "P1.8 billion",
// "₱2.5 billion", "₩3 trillion", "VND 15 trillion", "RM1.2b") are sums of money (regional-money.ts, quantities.ts
// CURRENCY_CODES) in their own currency (currency.ts); a poll or survey with an indefinite article that "said" a
// figure sources it as "according to" one does: its maker when the phrase names one, else vaguely (05-claims.ts
// source, anonymous-finding.ts showingVerb); a clock time's "a.m."/"p.m." ends its sentence before an opening
// quote mark or "I" (01-structure.ts clockTimeEnd), so the quote after it is a whole one, not a partial.
// Run with `node --import tsx --test test/unit/claims-asia-press.test.ts`. All text is fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type ClaimRow, testClaimRows } from './claim-rows';
import { currencyOf } from '../../server/src/core/model/currency';
import { splitBlocks, splitSentences } from '../../server/src/core/pipeline/01-structure';
import { analyzeText } from '../../server/src/core/index';

const SUMS: ClaimRow[] = [
  {
    label: 'the ringgit\'s "RM" glued to a sum: "RM1.2 billion", and a share price "RM1.52"',
    body: 'Orchid Land Bhd will sell the stake for RM1.2 billion. Its shares closed at RM1.52 on Friday.',
    claims: [{ text: 'RM1.2 billion', low: 1.2e9, unit: 'money', sourced: 'no' }, { text: 'RM1.52', low: 1.52, unit: 'money' }],
  },
  {
    label: '"b" after a ringgit sum is a billion: "RM1.2b"',
    body: 'Orchid Land signed an RM1.2b deal with the fund.',
    claims: [{ text: 'RM1.2b deal', low: 1.2e9, unit: 'money' }],
  },
  {
    label: 'the peso\'s "P" with a hyphened scale or a scale word: "P340-million", "P1.8 billion"',
    body: 'The council approved a P340-million drainage project. Auditors said P1.8 billion in relief funds remained unspent.',
    claims: [{ text: 'P340-million drainage project', low: 3.4e8, unit: 'money' }, { text: 'P1.8 billion', low: 1.8e9, unit: 'money', sourced: 'yes', source: 'Auditors' }],
  },
  {
    label: 'the rupiah\'s "Rp" before a sum, spaced or glued',
    body: 'The province will contribute Rp 4.5 trillion, the minister said. Jayapura will add Rp900 billion.',
    claims: [{ text: 'Rp 4.5 trillion', low: 4.5e12, unit: 'money', sourced: 'yes', source: 'the minister' }, { text: 'Rp900 billion', low: 9e11, unit: 'money' }],
  },
  {
    label: 'the peso\'s and the won\'s signs glued on: "₱2.5 billion", "₩3 trillion"',
    body: 'The council set aside ₱2.5 billion for relief. The group posted a ₩3 trillion loss.',
    claims: [{ text: '₱2.5 billion', low: 2.5e9, unit: 'money' }, { text: '₩3 trillion loss', low: 3e12, unit: 'money' }],
  },
  {
    label: 'the dong\'s code before a sum: "VND 15 trillion"',
    body: 'The bank lent VND 15 trillion to the group.',
    claims: [{ text: 'lent VND 15 trillion', low: 1.5e13, unit: 'money' }],
  },
  {
    label: 'guard: a lone "P" or "R" with no scale is no sum ("Room P5", "the R2 road")',
    body: 'Room P5 holds 40 desks, and the R2 road reopened.',
    claims: [{ text: '40 desks', low: 40, unit: 'count' }],
  },
  {
    label: 'guard: the rand\'s and the naira\'s glued sums read as before',
    body: 'The N2.5 billion grant and the R1.2bn loan were approved.',
    claims: [{ text: 'N2.5 billion grant', low: 2.5e9, unit: 'money' }, { text: 'R1.2bn loan were approved', low: 1.2e9, unit: 'money' }],
  },
];

const SURVEY_SAID: ClaimRow[] = [
  {
    label: 'a named maker\'s survey that "said" a figure: the maker',
    body: 'A recent Dalmae Research survey said 62 percent backed the plan.',
    claims: [{ text: '62 percent backed the plan', sourced: 'yes', source: 'Dalmae Research' }],
  },
  {
    label: 'the same when the figure counts the respondents "in" the survey',
    body: 'About 62 percent of respondents in a recent Dalmae Research survey said they backed the plan.',
    claims: [{ text: 'About 62 percent of respondents', sourced: 'yes', source: 'Dalmae Research' }],
  },
  {
    label: 'a survey of no maker that "said" a figure is a vague source, not none',
    body: 'A survey said 62 percent backed the plan.',
    claims: [{ text: '62 percent backed the plan', sourced: 'vague', source: 'A survey' }],
  },
  {
    label: 'guard: a survey that "found" a figure reads as before (the finding rules)',
    body: 'A Dalmae Research survey found 62 percent backed the plan. A survey found 40 percent opposed it.',
    claims: [{ text: '62 percent backed the plan', sourced: 'yes', source: 'Dalmae Research' }, { text: '40 percent opposed', sourced: 'vague', source: 'A survey' }],
  },
  {
    label: 'guard: a report of no maker that "said" a figure stays vague',
    body: 'A recent report said 62 percent backed the plan.',
    claims: [{ text: '62 percent backed the plan', sourced: 'vague', source: 'A recent report' }],
  },
];

testClaimRows('Harbour Estate Opens Late', [['asia press sums', SUMS], ['asia press survey said', SURVEY_SAID]]);

test('asia press currencies: the letters and signs of the region\'s sums name their currency', () => {
  const rows: [string, string][] = [
    ['Rp 12 trillion', 'idr'], ['RM1.2 billion', 'myr'], ['P340-million', 'php'], ['₱2.5 billion', 'php'],
    ['₩3 trillion', 'krw'], ['VND15 trillion', 'vnd'],
    // guards: the signs read before stay as they were
    ['R1.2bn', 'zar'], ['Rs 600 crore', 'inr'], ['HK$6.2 billion', 'hkd'],
  ];
  for (const [text, want] of rows) assert.equal(currencyOf(text), want, text);
});

const sentencesOf = (text: string): string[] => splitSentences(text, splitBlocks(text)).map((s) => text.slice(s.start, s.end));

const CLOCK: [label: string, text: string, sentences: string[]][] = [
  ['a clock time\'s "a.m." ends its sentence before an opening quote mark', 'Choi arrived at 9:50 a.m. "I will answer the questions," Choi said.',
    ['Choi arrived at 9:50 a.m.', '"I will answer the questions," Choi said.']],
  ['the same before "I"', 'The hearing opened at 10 a.m. I was there.', ['The hearing opened at 10 a.m.', 'I was there.']],
  ['guard: a capitalised word alone after the time goes on with it, as before', 'The vote is set for 10 a.m. Tarnby time.', ['The vote is set for 10 a.m. Tarnby time.']],
  ['guard: "p.m." before a common word ends a sentence as before', 'It ended at 4 p.m. "We are disappointed," Kim said.', ['It ended at 4 p.m.', '"We are disappointed," Kim said.']],
];

for (const [label, text, want] of CLOCK) test(`asia press clock times: ${label}`, () => assert.deepEqual(sentencesOf(text), want));

test('asia press clock times: the quote after "a.m." is a whole quote with its speaker', () => {
  const a = analyzeText('Harbour Estate Opens Late\n\nChoi arrived at around 9:50 a.m. "I will answer the questions," Choi said.\n');
  assert.equal(a.quotes.length, 1);
  assert.equal(a.quotes[0].kind, 'direct');
  assert.equal(a.quotes[0].speaker?.text, 'Choi');
});
