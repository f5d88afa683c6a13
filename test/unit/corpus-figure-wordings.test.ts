/**
 * "Find corroborating source" where outlets word one figure differently: a share as a fraction or a
 * percentage, a share set beside a count, a count of jobs that names no event, a rounded figure
 * against an approximate one, a share against a count under one verb. Fictional articles.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus } from '../../server/src/core/corpus/corpus';
import { denominatorOf, distinctFigure, eventless, looseShare, sameThingsCounted, shareOf } from '../../server/src/core/corpus/corroborate-figures';
import type { Claim, Quantity } from '../../server/src/core/types';

interface Row {
  label: string; target: string; others: Record<string, string>; expected: [string, string, string][];
  /** How many claims the target article has (1 unless given), and which of them is looked up (0 unless given). */
  claims?: number; at?: number;
}

const ROWS: Row[] = [
  {
    label: 'a share written as a fraction ranks a percentage its denominator rounds to above a far one',
    target: 'Quillon Slumps\nShares in Quillon Motors lost a third of their value on Tuesday.\n',
    others: { other: 'Quillon Shares\nQuillon Motors shares fell 36% on Tuesday.\n', far: 'Quillon Profit\nQuillon Motors shares fell 20% on Tuesday.\n' },
    expected: [['other', 'fell 36%', 'related'], ['far', 'fell 20%', 'related']],
  },
  {
    label: 'a share set beside a count is a claim of its own that finds a passage giving only the share',
    target: 'Ostvale Cuts\nOstvale Bank will cut 1,200 jobs, or about 10% of its staff.\n',
    claims: 2,
    at: 1,
    others: { other: 'Ostvale Staff\nOstvale Bank said one in ten of its staff would leave.\n' },
    expected: [['other', 'one in ten of its staff would leave', 'related']],
  },
  {
    label: 'a count of jobs that names no event is backed by the same figure of cuts, not by another figure',
    target: 'Ostvale Jobs\nAbout 1,200 jobs will go at Ostvale Bank in Lerwick.\n',
    others: { more: 'Ostvale Review\nOstvale Bank will cut 3,000 jobs.\n', same: 'Ostvale Plan\nOstvale Bank will cut 1,200 jobs.\n' },
    expected: [['same', 'cut 1,200 jobs', 'supports'], ['more', 'cut 3,000 jobs', 'related']],
  },
  {
    label: '"of the cuts" counts jobs',
    target: 'Ostvale Cuts\nOstvale Bank said 400 of the cuts would fall in Lerwick.\n',
    others: { other: 'Ostvale Depot\nOstvale Bank will cut 400 jobs in Lerwick.\n' },
    expected: [['other', 'cut 400 jobs', 'supports']],
  },
  {
    label: 'an exact figure backs an approximate one only within its own rounding',
    target: 'Merrow Cuts\nMerrow Steel will cut 3,700 jobs.\n',
    others: { approx: 'Merrow Plan\nMerrow Steel plans to cut about 4,300 jobs.\n', near: 'Merrow Review\nMerrow Steel plans to cut about 3,800 jobs.\n' },
    expected: [['near', 'cut about 3,800 jobs', 'supports'], ['approx', 'cut about 4,300 jobs', 'related']],
  },
  {
    label: 'an approximate share is backed by an exact one within it, as a count is ("about 40%" / "41%"), not by one past its tenth ("45%")',
    target: 'Tarnby Poll\nAbout 40% of Tarnby residents oppose the new ferry fees.\n',
    others: { near: 'Tarnby Survey\nIn all, 41% of Tarnby residents oppose the new ferry fees.\n', far: 'Tarnby Vote\nIn all, 45% of Tarnby residents oppose the new ferry fees.\n' },
    expected: [['near', '41% of Tarnby residents oppose', 'supports'], ['far', '45% of Tarnby residents oppose', 'related']],
  },
  {
    label: 'a share price that "closed" lower is a fall, not a count of sites closed: it backs the same fall under another verb',
    target: 'Tallis Falls\nTallis Group shares closed 8 per cent lower on Monday.\n',
    others: { stores: 'Tallis Stores\nTallis Group will close eight stores.\n', fell: 'Tallis Shares\nTallis Group shares fell 8% on Monday.\n' },
    expected: [['fell', 'fell 8%', 'supports']],
  },
  {
    label: 'an index that "dropped" a figure ranks above one that "fell" by another figure: one move under two verbs',
    target: 'Dunmere Slide\nThe Dunmere Index fell 4.2% on Tuesday.\n',
    others: { same: 'Dunmere Close\nThe Dunmere Index dropped 4.2 percent on Tuesday.\n', other: 'Dunmere Data\nThe Dunmere Index fell 3.1% on Tuesday.\n' },
    expected: [['same', 'dropped 4.2 percent', 'supports'], ['other', 'fell 3.1%', 'conflicts']],
  },
  {
    label: 'a move of another index or firm is no figure of this one, however equal: it ranks below the same index\'s move',
    target: 'Dunmere Slide\nThe Dunmere Index fell 4.2% on Tuesday.\n',
    others: { firm: 'Kestal Slide\nKestal Freight shares fell 4.2% on Tuesday.\n', same: 'Dunmere Data\nThe Dunmere Index dropped 4.2 percent on Tuesday.\n' },
    expected: [['same', 'dropped 4.2 percent', 'supports'], ['firm', 'fell 4.2%', 'related']],
  },
  {
    label: 'two moves of one index that name no day can be of two days: they do not conflict',
    target: 'Dunmere Slide\nThe Dunmere Index fell 4.2% after the vote.\n',
    others: { other: 'Dunmere Data\nThe Dunmere Index fell 3.1% as traders sold.\n' },
    expected: [['other', 'fell 3.1%', 'related']],
  },
  {
    label: 'two moves of one firm on one day that no rounding makes one figure conflict, though within a tenth of each other',
    target: 'Pellow Slump\nPellow Retail shares fell 13% on Wednesday.\n',
    others: { other: 'Pellow Shares\nPellow Retail shares slid 11% on Wednesday.\n' },
    expected: [['other', 'slid 11%', 'conflicts']],
  },
  {
    label: 'a move to the unit and the same move to a tenth it rounds to do not conflict',
    target: 'Brennick Gains\nBrennick Foods shares rose 2% on Friday.\n',
    others: { other: 'Brennick Shares\nBrennick Foods shares gained 2.4% on Friday.\n' },
    expected: [['other', 'gained 2.4%', 'related']],
  },
  {
    label: 'a firm named with a plural word ("Stores") is what moved: its two wordings of one move back each other',
    target: 'Tamsin Gains\nTamsin Stores shares rose 5% on Monday.\n',
    others: { other: 'Tamsin Shares\nTamsin Stores shares climbed 5 percent on Monday.\n' },
    expected: [['other', 'climbed 5 percent', 'supports']],
  },
  {
    label: 'a group\'s move that names one of its members ("Lenders, led by Orvel Bank, fell") neither backs nor contradicts that firm\'s own move',
    target: 'Orvel Slide\nOrvel Bank shares fell 4% on Friday.\n',
    others: { same: 'Lender Slide\nLenders, led by Orvel Bank, fell 4% on Friday.\n', other: 'Bank Rout\nBank stocks such as Orvel Bank fell 7% on Friday.\n' },
    expected: [['same', 'fell 4%', 'related'], ['other', 'fell 7%', 'related']],
  },
  {
    label: 'a move given by "down" and no verb of moving ("closed down 0.7%") is a fall: it backs the same fall and contradicts another of that day',
    target: 'Halden Slide\nThe Halden 50 index fell 0.7% on Thursday.\n',
    others: { same: 'Halden Close\nThe Halden 50 index closed down 0.7% on Thursday.\n', other: 'Insurer Rout\nInsurers fell 2% on Thursday, dragging the Halden 50 index down 0.9%.\n' },
    expected: [['same', '0.7%', 'supports'], ['other', '0.9%', 'conflicts'], ['other', 'fell 2%', 'related']],
  },
  {
    label: 'a move given by "higher" after the figure is a rise of the index named before it',
    target: 'Halden Gains\nThe Halden 50 index rose 1.3% on Friday.\n',
    others: { same: 'Halden Close\nThe Halden 50 index ended 1.3% higher on Friday.\n' },
    expected: [['same', 'ended 1.3% higher', 'supports']],
  },
  {
    label: 'a firm named far before the verb ("Renwick Holdings shares had already dropped") is what moved',
    target: 'Market Report\nRenwick Holdings shares had already dropped 1.9% on Monday ahead of the results.\n',
    others: { same: 'Builders Report\nShares in Renwick Holdings slid 1.9% on Monday.\n', other: 'Results Day\nShares in Renwick Holdings had earlier slumped 3.6% on Monday.\n' },
    expected: [['same', 'slid 1.9%', 'supports'], ['other', 'slumped 3.6%', 'conflicts']],
  },
  {
    label: '"its shares" are the shares of the firm named in the sentence before',
    target: 'Results Day\nRenwick Holdings reported weak orders on Monday.\nIts shares slid 1.9% on Monday.\n',
    others: { same: 'Builders Report\nRenwick Holdings shares dropped 1.9% on Monday.\n' },
    expected: [['same', 'dropped 1.9%', 'supports']],
  },
  {
    label: 'a move of a firm\'s sales is a move of that firm: two wordings back each other, and its shares\' equal move is another figure',
    target: 'Vessin Sales\nVessin Foods said like-for-like sales fell 3.4% in the half year.\n',
    others: { same: 'Vessin Half\nLike-for-like sales at Vessin Foods dropped 3.4% in the half.\n', shares: 'Vessin Shares\nVessin Foods shares fell 3.4% in the half.\n' },
    expected: [['same', 'dropped 3.4%', 'supports'], ['shares', 'fell 3.4%', 'related']],
  },
  {
    label: 'bodies pulled from the water are a count of the dead: backed by a toll of the same figure, and no conflict with people rescued',
    target: 'Ferry Search\nDivers pulled 14 bodies from the harbour on Sunday, the coast guard said.\n',
    others: { rescued: 'Ferry Rescue\nLifeboats rescued 120 passengers from the harbour on Sunday, the coast guard said.\n', dead: 'Ferry Toll\nAt least 14 people died when the ferry sank in the harbour on Sunday.\n' },
    expected: [['dead', 'At least 14 people died', 'supports'], ['rescued', 'rescued 120 passengers', 'related']],
  },
  {
    label: 'bodies recovered so far do not contradict a higher death toll; more bodies than the toll do',
    target: 'Ferry Toll\nThe death toll from the sinking in Orsund harbour rose to 20 on Monday, officials said.\n',
    others: { bodies: 'Search Goes On\nRescuers have recovered 12 bodies from Orsund harbour so far, officials said.\n', more: 'Count Disputed\nDivers have recovered 26 bodies from Orsund harbour, the fishermen said.\n' },
    expected: [['more', 'recovered 26 bodies', 'conflicts'], ['bodies', 'recovered 12 bodies', 'related']],
  },
  {
    label: 'a precise count of the same things backs one with a verb though it names none ("312 polling stations" / "opened 312")',
    target: 'Wenlow Poll\nVoters in Wenlow queued at 417 polling stations on Sunday.\n',
    others: { same: 'Wenlow Count\nThe board opened 417 polling stations in Wenlow on Sunday.\n', other: 'Wenlow Turnout\nThe board opened 395 polling stations in Wenlow on Sunday.\n' },
    expected: [['same', 'opened 417 polling stations', 'supports'], ['other', 'opened 395 polling stations', 'related']],
  },
  {
    label: 'guard: a round count of the same things under another verb or none stays related ("500 polling stations")',
    target: 'Wenlow Poll\nVoters in Wenlow queued at 500 polling stations on Sunday.\n',
    others: { same: 'Wenlow Count\nThe board opened 500 polling stations in Wenlow on Sunday.\n' },
    expected: [['same', 'opened 500 polling stations', 'related']],
  },
  {
    label: 'a precise share of the vote backs an approximate one under another verb ("won 61.3% of the vote" / "took about 61%")',
    target: 'Wenlow Result\nIda Farrow won 61.3% of the vote in Wenlow, the board said.\n',
    others: { same: 'Farrow Wins\nIda Farrow took about 61% of the vote, the board said.\n', far: 'Farrow Margin\nIda Farrow took about 57% of the vote, the board said.\n' },
    expected: [['same', 'took about 61% of the vote', 'supports'], ['far', 'took about 57% of the vote', 'related']],
  },
  {
    label: 'a share with no noun backs the same share of the same verb with its noun ("won 27.4%" / "won 27.4% of the vote")',
    target: 'Wenlow Result\nHer rival Aksel Brun won 27.4%, the board said.\n',
    others: { same: 'Brun Trails\nAksel Brun won 27.4% of the vote, the board said.\n' },
    expected: [['same', 'won 27.4% of the vote', 'supports']],
  },
  {
    label: 'two approximate shares back each other only when each figure lies in the other\'s window ("about 40%" / "some 48%" do not, "nearly 42%" does)',
    target: 'Tarnby Poll\nAbout 40% of Tarnby residents oppose the new ferry fees.\n',
    others: { near: 'Tarnby Survey\nNearly 42% of Tarnby residents oppose the new ferry fees.\n', far: 'Tarnby Vote\nSome 48% of Tarnby residents oppose the new ferry fees.\n' },
    expected: [['near', 'Nearly 42% of Tarnby residents oppose', 'supports'], ['far', 'Some 48% of Tarnby residents oppose', 'related']],
  },
  {
    label: 'guard: two ranges that overlap still back each other ("40 to 50 jobs" / "45 to 55 jobs")',
    target: 'Merrow Cuts\nMerrow Steel will cut 40 to 50 jobs in Lerwick.\n',
    others: { other: 'Merrow Plan\nMerrow Steel will cut 45 to 55 jobs in Lerwick.\n' },
    expected: [['other', 'cut 45 to 55 jobs', 'supports']],
  },
];

for (const row of ROWS) {
  test(`figure wordings: ${row.label}`, () => {
    const c = new Corpus();
    c.set('target', row.target, 1);
    for (const [id, text] of Object.entries(row.others)) c.set(id, text, 1);
    assert.equal(c.get('target')!.analysis.claims.length, row.claims ?? 1, 'the target article\'s claims');
    assert.deepEqual(c.corroborations('target', row.at ?? 0).map((k) => [k.doc, k.claim.text, k.relation]), row.expected);
  });
}

const DENOMINATORS: [string, number][] = [
  ['one in eight', 8], ['about one in eight', 8], ['1 in 20', 20], ['one out of five', 5], ['a third', 3], ['nearly a quarter', 4],
  ['one-fifth', 5], ['half', 0], ['two-thirds', 0], ['12%', 0], ['one in one', 0],
];
for (const [text, n] of DENOMINATORS) {
  test(`figure wordings: the denominator of "${text}" is ${n}`, () => assert.equal(denominatorOf(text), n));
}

const pct = (text: string, low: number, high = low): Quantity => ({ start: 0, end: text.length, text, low, high, lowOpen: false, highOpen: false, approx: false, unit: 'percent' });
const LOOSE: [Quantity, number, number][] = [
  [pct('one in eight', 12.5), 11.8, 13.3], // 100/8.5 to 100/7.5
  [pct('a third', 33.3), 28.6, 38.3], // 100/3.5 to 115% of a third
  [pct('a half', 50), 42.5, 57.5], // within 15% of a half
  [pct('about one in eight', 11.3, 13.8), 11.3, 13.8], // already wider
  [pct('12%', 12), 12, 12], // no fraction: unchanged
];
for (const [q, low, high] of LOOSE) {
  test(`figure wordings: "${q.text}" stands for ${low} to ${high} per cent`, () => {
    const w = looseShare(q);
    assert.deepEqual([Math.round(w.low * 10) / 10, Math.round(w.high * 10) / 10], [low, high]);
  });
}

const claim = (text: string, qtext: string, low: number, measure = 'cut', counted = 'job'): Claim => ({
  start: 0, end: text.length, text, quantity: { start: 0, end: qtext.length, text: qtext, low, high: low, lowOpen: false, highOpen: false, approx: false, unit: 'count' },
  counted, measure, timeframe: null, sentence: 0, sourced: 'no', source: null, sourceCue: null,
});
const SHARES: [Claim, [number, number] | null][] = [
  [claim('cut 1,200 jobs, or about 10% of its staff', '1,200', 1200), [9, 11]],
  [claim('cut 1,200 jobs (8 per cent of the total)', '1,200', 1200), [8, 8]],
  [claim('cut 1,200 jobs after sales fell 10%', '1,200', 1200), null],
  [claim('cut 1,200 jobs', '1,200', 1200), null],
];
for (const [c, range] of SHARES) {
  test(`figure wordings: the share beside "${c.text}" is ${range ? range.join(' to ') : 'none'}`, () => {
    const s = shareOf(c);
    assert.deepEqual(s ? [Math.round(s.low * 10) / 10, Math.round(s.high * 10) / 10] : null, range);
  });
}

const EVENTLESS: [Claim, boolean][] = [
  [claim('3,000 jobs', '3,000', 3000, 'employment'), true],
  [claim('About 650 of the jobs will go', 'About 650', 650, 'employment'), true],
  [claim('hired 3,000 jobs', '3,000', 3000, 'employment'), false],
  [claim('3,000 jobs hired', '3,000', 3000, 'employment'), false],
  [claim('3,000 staff', '3,000', 3000, 'employment', 'staff'), false],
  [claim('3,000 jobs', '3,000', 3000, 'cut'), false],
];
for (const [c, want] of EVENTLESS) {
  test(`figure wordings: "${c.text}" (${c.measure}) ${want ? 'names no event' : 'names its event'}`, () => assert.equal(eventless(c), want));
}

const DISTINCT: [Quantity, boolean][] = [
  [pct('312', 312), true], [pct('54.2%', 54.2), true], [pct('1,250', 1250), true], [pct('0.35%', 0.35), false],
  [pct('300', 300), false], [pct('54%', 54), false], [pct('3,000', 3000), false], [pct('about 312', 300, 320), false],
];
for (const [q, want] of DISTINCT) {
  test(`figure wordings: "${q.text}" is ${want ? '' : 'not '}precise enough to match by itself`, () => assert.equal(distinctFigure(q), want));
}

const COUNTED: [[string, string], [string, string], boolean][] = [
  [['station', ''], ['station', 'opened'], true],
  [['percent', 'won'], ['vote', 'won'], true],
  [['percent', 'won'], ['vote', 'took'], false],
  [['percent', 'won'], ['percent', 'won'], false],
  [['', 'won'], ['', 'won'], false],
  [['station', ''], ['school', ''], false],
];
for (const [[ac, am], [bc, bm], want] of COUNTED) {
  test(`figure wordings: "${ac}" (${am || 'no measure'}) and "${bc}" (${bm || 'no measure'}) count ${want ? 'the same' : 'different'} things`, () => {
    assert.equal(sameThingsCounted({ counted: ac, measure: am }, { counted: bc, measure: bm }), want);
  });
}
