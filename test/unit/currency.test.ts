import { test } from 'node:test';
import assert from 'node:assert/strict';
import { currencyOf, sameCurrency } from '../../server/src/core/model/currency';

test('currencyOf reads the currency a sum is written in', () => {
  const rows: [string, string][] = [
    ['$40 million', 'dollar'], ['US$2.69', 'usd'], ['CA$1 billion', 'cad'], ['A$3 million', 'aud'], ['HK$12', 'hkd'],
    ['£13 billion', 'gbp'], ['€2.73', 'eur'], ['¥500', 'yen-yuan'], ['SGD1.75-billion', 'sgd'], ['EUR 40m', 'eur'],
    ['6 billion dollars', 'dollar'], ['300 million euros', 'eur'], ['2 million pounds', 'gbp'], ['80 billion yen', 'jpy'],
    ['12 million', ''], ['about 400', ''],
    ['Rs 600 crore', 'inr'], ['Rs. 1,20,000', 'inr'], ['₹900', 'inr'], ['600 crore rupees', 'inr'], ['KSh 300 million', 'kes'], ['Ksh45', 'kes'],
    ['R1.2bn', 'zar'], ['N2.5 billion', 'ngn'], ['₦40 billion', 'ngn'], ['$A2.3 billion', 'dollar'], ['N95 masks worth $3 million', 'dollar'],
    ['12p', 'pence'], ['412.5p', 'pence'], ['85 pence', 'pence'], ['99c', 'cent'], ['26 cents', 'cent'], ['$40 million, or 9 cents a share', 'dollar'], ['4C', ''],
  ];
  for (const [text, want] of rows) assert.equal(currencyOf(text), want, text);
});

test('sameCurrency: equal, one unknown, or a bare dollar and a country\'s dollar', () => {
  const rows: [string, string, boolean][] = [
    ['usd', 'usd', true], ['dollar', 'usd', true], ['cad', 'dollar', true], ['', 'gbp', true], ['yen-yuan', 'jpy', true],
    ['gbp', 'usd', false], ['eur', 'dollar', false], ['usd', 'aud', false], ['yen-yuan', 'eur', false],
    ['pence', 'gbp', false], ['cent', 'dollar', false], ['cent', 'eur', false],
  ];
  for (const [a, b, want] of rows) assert.equal(sameCurrency(a, b), want, `${a} / ${b}`);
});
