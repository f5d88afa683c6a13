// Labelled rows for a claim sentence's time frame (findTimeframe, server/src/core/model/measures.ts).
// Run with `node --import tsx --test test/unit/timeframe.test.ts`.
// The search runs only in sentences holding one of its words; rows cover each kind of frame, in any case.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimeframe } from '../../server/src/core/model/measures';

const rows: [string, string | null][] = [
  ['Talvo Marine sold 40 ferries LAST WEEK.', 'last week'],
  ['Output at the Orla yard rose 4% in the past 24 hours.', 'in the past 24 hours'],
  ['Brannock hired 300 welders since the start of the strike.', 'since the start of the strike'],
  ['The Vey depot shipped 900 crates on Monday.', 'on monday'],
  ['Fares on the Tarn line rose 3% overnight.', 'overnight'],
  ['Ticket sales fell 12% Yesterday.', 'yesterday'],
  ['The Orla council said on Monday that 40 homes flooded.', null], // the day the figure was announced
  ['Talvo has since been fined 2 million crowns.', null], // an adverb of the verb
  ['Brannock sold 40 boats to the Vey fleet.', null], // none of the words
];

test('findTimeframe: the time frame of a claim sentence', () => {
  for (const [sentence, want] of rows) assert.equal(findTimeframe(sentence), want, sentence);
});
