// Claims of economic-data news: a rate compared "year on year" or "month on month" (no duration),
// a count that "rose by X to Y" (a change and a level, not a range: change-by-to.ts), and the
// superlatives of markets and statistics ("the sharpest fall since", "its weakest level in ten months").
// Run with `node --import tsx --test test/unit/claims-economy-data.test.ts`. All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';

const PERIOD_ON_PERIOD: ClaimRow[] = [
  {
    label: '"year on year" after a share compares two periods: the share is a claim',
    body: 'Consumer prices in Varnholm rose 4.2% year on year in May, the statistics office said.',
    claims: [{ text: 'rose 4.2%', counted: 'percent', measure: 'rose', sourced: 'yes', source: 'the statistics office' }],
  },
  {
    label: '"month-on-month" with hyphens is no duration either',
    body: 'Rents in Teslow edged up 0.3% month-on-month in June.',
    claims: [{ text: '0.3%', counted: 'percent', unit: 'percent' }],
  },
  {
    label: '"quarter on quarter": the periods are not what is counted',
    body: 'Output at Brennic mills fell 1.8 percent quarter on quarter.',
    claims: [{ text: 'fell 1.8 percent', counted: 'percent', measure: 'fell' }],
  },
];

const PERIOD_KEPT: ClaimRow[] = [
  {
    label: 'a figure before a lone period is still a duration (no claim)',
    body: 'The Harrowgate survey ran for 3 years in a row before it closed.',
    claims: [],
  },
];

const CHANGE_AND_LEVEL: ClaimRow[] = [
  {
    label: '"rose by X to Y": the level, not a range from the change to the level',
    body: 'The number of people out of work rose by 52,000 to 1.4 million, the Tarvel labour agency said.',
    claims: [{ text: 'The number of people out of work rose by 52,000 to 1.4 million', low: 1400000, high: 1400000, counted: 'person', sourced: 'yes' }],
  },
  {
    label: 'the people counted end at "people", not at the words after them',
    body: 'The number of people out of work rose to 980,000 in Pellam.',
    claims: [{ text: 'The number of people out of work rose to 980,000', counted: 'person' }],
  },
  {
    label: '"rose by" alone: the change is the figure of the count',
    body: 'The number of jobless fell by 12,000, the Corvel agency said.',
    claims: [{ text: 'The number of jobless fell by 12,000', low: 12000, high: 12000 }],
  },
  {
    label: '"rose by 2 to 3 percent" stays a range (the level is not far beyond the change)',
    body: 'Fares on the Dunmore line rose by 2 to 3 percent.',
    claims: [{ text: '2 to 3 percent', low: 2, high: 3 }],
  },
];

const MARKET_SUPERLATIVES: ClaimRow[] = [
  {
    label: '"the sharpest quarterly decline since" is a superlative anchored in time',
    body: 'Exports from Velmar fell 4.1%, the sharpest quarterly decline since 2011.',
    claims: [{ text: 'fell 4.1%' }, { text: 'the sharpest quarterly decline since 2011', measure: 'superlative' }],
  },
  {
    label: '"its weakest level in ten months": months anchor a superlative like years',
    body: 'The Ostrel mark slid 0.9% on Monday, its weakest level in ten months.',
    claims: [{ text: 'slid 0.9%' }, { text: 'its weakest level in ten months', measure: 'superlative' }],
  },
  {
    label: '"the fastest pace in a decade"',
    body: 'Wages in Harlow grew at the fastest pace in a decade.',
    claims: [{ text: 'the fastest pace in a decade', measure: 'superlative' }],
  },
  {
    label: 'a superlative with no anchor in time is no claim',
    body: 'Brennic is the smallest of the three mills.',
    claims: [],
  },
];

const FORECAST_SOURCES: ClaimRow[] = [
  {
    label: 'a bank that raises its own forecast states the figure ("The bank raised its forecast to")',
    body: 'The Varnholm central bank raised its inflation forecast for next year to 3.1%.',
    claims: [{ text: '3.1%', sourced: 'yes', source: 'The Varnholm central bank' }],
  },
  {
    label: 'a named body that cuts its estimate is the source',
    body: 'The Tarvel Finance Ministry cut its growth estimate to 0.7% on Friday.',
    claims: [{ text: '0.7%', sourced: 'yes', source: 'Tarvel Finance Ministry' }],
  },
  {
    label: '"after data showed": the data are a vague source of what they showed, not of the move before "after"',
    body: 'The Ostrel mark slipped 0.6% after data showed the trade gap widened to 1.9 billion marks.',
    claims: [{ text: 'slipped 0.6%', sourced: 'no' }, { text: '1.9 billion marks', sourced: 'vague' }],
  },
];

// A rate a bank held is a level it reports of itself: "left … unchanged at" reads as "held … at" does (one claim
// of the level, the same shape), whichever verb the copy uses.
const HELD_LEVELS: ClaimRow[] = [
  {
    label: '"held rates at" gives the level as a share claim',
    body: 'The Varnholm central bank held rates at 4.75% on Thursday.',
    claims: [{ text: '4.75%', low: 4.75, unit: 'percent' }],
  },
  {
    label: '"left its key rate unchanged at" reads as "held" does',
    body: 'The Varnholm central bank left its key rate unchanged at 4.75% on Thursday.',
    claims: [{ text: '4.75%', low: 4.75, unit: 'percent' }],
  },
  {
    label: '"kept … unchanged at" the same way',
    body: 'The Varnholm central bank kept its deposit rate unchanged at 2.5% on Thursday.',
    claims: [{ text: '2.5%', low: 2.5, unit: 'percent' }],
  },
];

testClaimRows('Varnholm economy briefing', [
  ['held levels', HELD_LEVELS],
  ['forecast sources', FORECAST_SOURCES],
  ['period on period', PERIOD_ON_PERIOD],
  ['a period alone', PERIOD_KEPT],
  ['change and level', CHANGE_AND_LEVEL],
  ['market superlatives', MARKET_SUPERLATIVES],
]);
