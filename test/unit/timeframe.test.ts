// Labelled rows for a claim sentence's time frame (findTimeframe, server/src/core/model/measures.ts).
// Run with `node --import tsx --test test/unit/timeframe.test.ts`.
// The search runs only in sentences holding one of its words; rows cover each kind of frame, in any case.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimeframe, timeKey } from '../../server/src/core/model/measures';
import { analyzeText } from '../../server/src/core/index';

const rows: [string, string | null][] = [
  ['Talvo Marine sold 40 ferries LAST WEEK.', 'last week'],
  ['Output at the Orla yard rose 4% in the past 24 hours.', 'in the past 24 hours'],
  ['Brannock hired 300 welders since the start of the strike.', 'since the start of the strike'],
  ['The Vey depot shipped 900 crates on Monday.', 'on monday'],
  ['Fares on the Tarn line rose 3% overnight.', 'overnight'],
  ['Ticket sales fell 12% Yesterday.', 'yesterday'],
  ['The Orla council said on Monday that 40 homes flooded.', null], // the day the figure was announced
  ['Talvo has since been fined 2 million crowns.', null], // an adverb of the verb
  ['Talvo had   since shed 90 jobs.', null], // the same, after a run of spaces
  ['The Vey board STATED LATE ON Friday that 12 barges sank.', null], // announced, in capitals
  ['Yesterday, said the Orla mayor, 30 pumps failed.', null], // a speech verb right after the day
  ['The Orla council said on Monday that 40 homes flooded on Sunday.', 'on sunday'], // the announced day left, the next taken
  ['The Vey mayor unsaid on Monday that 40 homes flooded.', 'on monday'], // no speech verb: "unsaid" holds "said" inside a word
  ['Brannock sold 40 boats to the Vey fleet.', null], // none of the words
  ['Rents in Orla climbed 5.1% from a year earlier.', 'from a year earlier'], // the period a change is measured against
  ['Vey exports fell 3% compared with the same quarter a year ago.', 'compared with the same quarter a year ago'],
  ['Orla fares were 2% higher than a month earlier.', 'than a month earlier'],
  ['The Vey ferry left a year earlier than planned.', null], // no comparison word before the period
  ['Orla bread prices rose 0.3% month-on-month.', 'month-on-month'],
  ['Vey fish prices fell 1.2% over the month, while rents climbed 5.1% from a year earlier.', 'over the month'],
  ['Vey fares will rise over the year to come.', null], // a span ahead, no period of a change
  // A span a change took or will take, with its length.
  ['Rents in Orla rose 14% over two years.', 'over two years'],
  ['The Vey depot plans to hire 60 drivers in five years.', 'in five years'],
  ['Brannock aims to cut 300 posts within 18 months.', 'within 18 months'],
  ['Bus fares in Orla doubled over the past decade.', 'over the past decade'],
  ['Talvo will spend 40 million crowns over the next decade.', 'over the next decade'],
  ['Some 260 families in Vey have waited for over two years.', null], // a duration that is the figure itself
  ['The Orla weaver opened her shop 12 years ago, in three years of drought.', null], // "of" after the span: no length of a change
  ['The Vey trust has run 40 hostels for over a decade.', null], // a duration, not a span of a change
];

test('findTimeframe: the time frame of a claim sentence', () => {
  for (const [sentence, want] of rows) assert.equal(findTimeframe(sentence), want, sentence);
});

// A sentence with two figures and two time frames: each figure takes the frame nearest it (its own
// phrase), not the sentence's first. Rows: sentence, figure, its time frame.
const nearest: [string, string, string | null][] = [
  ['Drell Mining shares fell 7% on Thursday, after they slid 2.5% on Wednesday.', '2.5%', 'on wednesday'],
  ['Drell Mining shares fell 7% on Thursday, after they slid 2.5% on Wednesday.', '7%', 'on thursday'],
  ['Its shares slid 1.4% on Friday, a day before the vote on Saturday.', '1.4%', 'on friday'],
  ['Since the start of the strike, 300 welders have left, 20 of them last week.', '300', 'since the start of the strike'],
  ['Since the start of the strike, 300 welders have left, 20 of them last week.', '20', 'last week'],
  ['The Vey depot shipped 900 crates on Monday.', '900', 'on monday'], // one frame: its own
  // A change "from a year earlier" is measured against that period, not another clause's "since".
  ['Rents in Orla climbed 5.1% from a year earlier, while prices have risen 20% since 2019.', '5.1%', 'from a year earlier'],
  ['Rents in Orla climbed 5.1% from a year earlier, while prices have risen 20% since 2019.', '20%', 'since 2019'],
  ['Fish prices in Vey fell 1.2% over the month, the biggest drop since 2019, while rents climbed 5.1% from a year earlier.', '1.2%', 'over the month'],
  ['Fish prices in Vey fell 1.2% over the month, the biggest drop since 2019, while rents climbed 5.1% from a year earlier.', 'the biggest drop since 2019', 'since 2019'],
  // A "since" span of a superlative is the superlative's, not the figure's beside it.
  ['Over the past week the Orla valley saw the worst floods since the dam was built, with 60 homes lost.', '60', 'over the past week'],
  // A frame behind a relative pronoun after the figure is of the clause the pronoun opens.
  ['Last week the Orla agency registered 4,000 people who fled since the landslide.', '4,000', 'last week'],
  ['On Tuesday volunteers from the Vey parish shelter took in 300 families who lost homes since the storm.', '300', 'on tuesday'],
  // A span after a superlative is the superlative's ("the lowest level in a decade"), as a "since" span is.
  ['Over the past week Vey reserves fell to 3 million crowns, the lowest level in a decade.', '3 million', 'over the past week'],
  // A span right after the figure is its frame, not another clause's "last year".
  ['Orla Transit says its wage bill rose 9% over two years, while its profits reached 12 million crowns last year.', '9%', 'over two years'],
  ['Orla Transit says its wage bill rose 9% over two years, while its profits reached 12 million crowns last year.', '12 million', 'last year'],
];

// Keys that match frames across articles: a span by its length in one unit, a span to come apart.
const keys: [string, string][] = [
  ['over two years', 'span:24 month'],
  ['in 24 months', 'span:24 month'],
  ['within a year', 'span:12 month'],
  ['over three days', 'span:3 day'],
  ['over the next decade', 'ahead:120 month'],
  ['over the next five years', 'ahead:60 month'],
  ['in several weeks', 'span:several week'],
  ['over the past decade', 'recent:decade'],
  ['in the past two years', 'recent:year'],
];

test('timeKey: spans of time by their length', () => {
  for (const [frame, want] of keys) assert.equal(timeKey(frame), want, frame);
});

test('the time frame of each figure of a sentence with two frames is the nearer one', () => {
  for (const [sentence, figure, want] of nearest) {
    const claim = analyzeText(`Drell Report\n\n${sentence}\n`).claims.find((c) => c.text === figure || c.quantity.text.includes(figure));
    assert.ok(claim, `${figure} is a claim of: ${sentence}`);
    assert.equal(claim.timeframe, want, `${figure} in: ${sentence}`);
  }
});
