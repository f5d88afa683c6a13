// Labelled sentences from markets news where a firm reads like a person or a place: the data provider after
// "polled by", "compiled by" or "data from" ("Economists polled by Sarnow"), a firm whose last word names an
// investment house ("Dunmore Investors"), banks that "led the offering" in an underwriters' list, and a currency's
// adjective ("the Dalmese peso") that names a people, not a body. Guards keep a known person's name a person.
// Run with `node --import tsx --test test/unit/entity-market-firms.test.ts`. All names are fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';
import type { EntityType } from '../../server/src/core/types';

const HEADLINE = 'Grain Prices Climb on Drought Worries';

const ROWS: { label: string; body: string; text: string; type?: EntityType; notType?: EntityType }[] = [
  { label: '"polled by X": a data provider', body: 'Economists polled by Sarnow expected the index to climb 0.4 percent.', text: 'Sarnow', type: 'ORG' },
  { label: '"surveyed by X": a data provider', body: 'Traders surveyed by Quellmark saw two cuts this year.', text: 'Quellmark', type: 'ORG' },
  { label: '"data compiled by X": a data provider', body: 'The figures, according to data compiled by Ardenby, showed stocks fell for a third week.', text: 'Ardenby', type: 'ORG' },
  { label: '"according to data from X": a data provider', body: 'Wheat futures rose 4 percent on Monday, according to data from Pellwick.', text: 'Pellwick', type: 'ORG' },
  { label: '"polled by X Y": a two-word provider', body: 'Analysts polled by Brannock Tally had forecast a smaller loss.', text: 'Brannock Tally', type: 'ORG' },
  { label: 'guard: a known given name after "compiled by" stays a person', body: 'The list, compiled by Maria Tolland, named nine funds.', text: 'Maria Tolland', type: 'PERSON' },
  { label: '"X Investors took a stake": an investment house', body: 'Shares of Brisk Foods rose after Dunmore Investors took a stake.', text: 'Dunmore Investors', type: 'ORG' },
  { label: '"run by X Investors in Town": a house, not a place', body: 'The fund is run by Carrow Investors in Delham.', text: 'Carrow Investors', type: 'ORG' },
  { label: '"Given-name Capital said": a house named for a founder', body: 'Mallory Capital said it sold the bonds.', text: 'Mallory Capital', type: 'ORG' },
  { label: 'guard: a person\'s full name stays a person', body: 'Dunmore Havel took a stake in the firm.', text: 'Dunmore Havel', type: 'PERSON' },
  { label: '"the X Reserve would keep rates": a central bank', body: 'Stocks fell as investors bet the Merrow Reserve would keep interest rates higher.', text: 'Merrow Reserve', type: 'ORG' },
  { label: '"expect the X Reserve to cut rates": a central bank', body: 'Traders now expect the Merrow Reserve to cut rates in June.', text: 'Merrow Reserve', type: 'ORG' },
  { label: 'guard: a park named "X Reserve" stays a place', body: 'Rangers at the Kalma Reserve counted 40 rhinos.', text: 'Kalma Reserve', type: 'LOC' },
  { label: 'guard: "X Nature Reserve" stays a place', body: 'Hikers visited the Tarvel Nature Reserve on Sunday.', text: 'Tarvel Nature Reserve', type: 'LOC' },
  { label: '"the X peso": a people\'s adjective, not a body', body: 'The Dalmese peso weakened 2 percent against the dollar.', text: 'Dalmese', type: 'NORP' },
  { label: '"the X lira firmed": a people\'s adjective, not a person', body: 'Bonds slid, while the Ostran lira firmed.', text: 'Ostran', type: 'NORP' },
  { label: '"the X dollar": a people\'s adjective', body: 'The Vellan dollar slid to a record low.', text: 'Vellan', type: 'NORP' },
  // (any currency of model/currency.ts, not only the few a list here named: "pound", "koruna")
  { label: '"the X pound": a people\'s adjective', body: 'The Ostran pound slid to a record low.', text: 'Ostran', type: 'NORP' },
  { label: '"the X koruna firmed": a people\'s adjective', body: 'Bonds slid, while the Dalmese koruna firmed.', text: 'Dalmese', type: 'NORP' },
  { label: 'guard: "X pounds the table": a verb, no currency', body: 'Sullivan pounds the table at every meeting.', text: 'Sullivan', notType: 'NORP' },
  { label: '"X and Y led the offering": banks in an underwriters\' list', body: 'Goldberry Sachs and Hollis Morgan led the offering, which raised $450 million.', text: 'Hollis Morgan', type: 'ORG' },
  { label: '"X underwrote the sale": a bank', body: 'Whitcombe Lang underwrote the sale.', text: 'Whitcombe Lang', type: 'ORG' },
  { label: '"X, Y and Z managed the listing": each a bank', body: 'Pryor Lyle, Denton Hayes and Corvan Bell managed the listing.', text: 'Pryor Lyle', type: 'ORG' },
  { label: 'guard: a banker with a known given name who led a sale stays a person', body: 'Maria Tolland led the sale of the unit.', text: 'Maria Tolland', type: 'PERSON' },
  { label: 'guard: "killed by X" is no data provider', body: 'The deal was killed by Harrowgate after a long fight.', text: 'Harrowgate', notType: 'ORG' },
];

for (const row of ROWS) {
  test(`market firms: ${row.label}`, () => {
    const a = analyzeText(`${HEADLINE}\n\n${row.body}\n`);
    const m = a.mentions.find((e) => e.text === row.text);
    assert.ok(m, `a mention "${row.text}" (mentions: ${JSON.stringify(a.mentions.map((x) => x.text + ':' + x.type))})`);
    if (row.type) assert.equal(m.type, row.type);
    if (row.notType) assert.notEqual(m.type, row.notType);
  });
}
