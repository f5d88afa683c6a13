// Claim left-overs of session 38: a range of shares whose ends both carry their mark ("grow by 2% to 4%",
// "between 2% and 4%") is one range, unless a verb of change before it makes the second share the level the
// change ended at; an age bound after a share's group ("are under 40") belongs to the claim; the second term of
// a ratio ("pegged 1:1 to the dollar") counts nothing; the price of admission ("Tickets cost £18") is no
// statistical claim; an appeal launched with a time phrase before its object ("launched on Monday an appeal
// for …") or with its sum before its noun ("launched a £50,000 appeal") is the launcher's figure; a crowd's own
// writings counted after "in" ("Players reported bugs in 12,000 reviews") are not the crowd's figure.
// Run with `node --import tsx --test test/unit/claims-leftovers-s38.test.ts`. All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';

const SHARE_RANGES: ClaimRow[] = [
  {
    label: '"grow by 2% to 4%" is one range, not two shares',
    body: 'Sales at Tarnby Foods are expected to grow by 2% to 4% next year, the firm said.',
    claims: [{ text: '2% to 4% next year', low: 2, high: 4, unit: 'percent', sourced: 'yes', source: 'the firm' }],
  },
  {
    label: '"between 2% and 4%" keeps its "between" and both ends',
    body: 'Orrel rents will rise between 2% and 4% this year.',
    claims: [{ text: 'between 2% and 4%', low: 2, high: 4, unit: 'percent' }],
  },
  {
    label: '"rose by 5% to 7%": a rise of five to seven per cent, not a change and its level',
    body: 'Rents in Orrel rose by 5% to 7% last year.',
    claims: [{ text: '5% to 7%', low: 5, high: 7, unit: 'percent' }],
  },
  {
    label: 'guard: after a verb of change a level far above the change is the level ("rose 0.2% to 3.1%")',
    body: 'Inflation in Tarnby rose 0.2% to 3.1% in June.',
    claims: [{ text: 'rose 0.2% to 3.1%', low: 0.2, high: 0.2 }],
  },
  {
    label: 'guard: "fell from 5.2% to 4.8%" keeps the new level alone',
    body: 'Unemployment in Tarnby fell from 5.2% to 4.8% in May.',
    claims: [{ text: '4.8%', low: 4.8, high: 4.8 }],
  },
  {
    label: 'guard: a list of shares is no range',
    body: 'Orrel rents rose 2%, 3% and 4% in the three years.',
    claims: [{ text: 'rose 2%' }, { text: '3%' }, { text: '4%' }],
  },
];

const AGE_BOUNDS: ClaimRow[] = [
  {
    label: '"Some 70% of members are under 40": the age bound is part of the claim',
    body: 'Some 70% of members of the Orrel club are under 40.',
    claims: [{ text: 'Some 70% of members of the Orrel club are under 40', unit: 'percent' }],
  },
  {
    label: '"were aged under 25" the same',
    body: 'Nearly 40% of Tarnby drivers were aged under 25.',
    claims: [{ text: 'Nearly 40% of Tarnby drivers were aged under 25' }],
  },
  {
    label: '"are over 60", read past the verb, with "years old"',
    body: 'About 30% of the Orrel staff are over 60 years old.',
    claims: [{ text: 'About 30% of the Orrel staff are over 60 years old' }],
  },
  {
    label: 'guard: a bound with a unit after it stays out ("within 5 miles")',
    body: 'Some 70% of members live within 5 miles of the Orrel club.',
    claims: [{ text: 'Some 70% of members live' }, { text: '5 miles' }],
  },
  {
    label: 'guard: a figure with a share after it is no age ("are under 40% of …")',
    body: 'Some 70% of Orrel schools are under 40% full.',
    claims: [{ text: 'Some 70% of Orrel schools are under' }, { text: 'under 40% full' }],
  },
];

const RATIOS: ClaimRow[] = [
  {
    label: '"a 1:1 peg to the dollar" is no claim',
    body: 'The Orrel Coin stablecoin is meant to hold a 1:1 peg to the US dollar.',
    claims: [],
  },
  {
    label: '"a 3:1 ratio": the second term counts nothing',
    body: 'The Tarnby token trades at a 3:1 ratio with the older coin.',
    claims: [],
  },
  {
    label: 'guard: a sum after the peg is still a claim',
    body: 'The Orrel Coin stablecoin is pegged 1:1 to the dollar but fell to 96 cents on Tuesday.',
    claims: [{ text: '96 cents', low: 96 }],
  },
];

const ADMISSION: ClaimRow[] = [
  {
    label: '"Tickets cost £18" is a price of admission, no claim',
    body: 'Tickets cost £18 and are on sale at the Orrel town hall.',
    claims: [],
  },
  {
    label: 'both prices after "Tickets for the fair cost"',
    body: 'Tickets for the Orrel fair cost £18 for adults and £9 for children.',
    claims: [],
  },
  {
    label: '"Entry is £5," with a speaker after it',
    body: 'Entry is £5, Mira Olsen said.',
    claims: [],
  },
  {
    label: 'guard: ticket sales are a claim',
    body: 'Ticket sales at the Orrel fair reached £2m last year.',
    claims: [{ text: 'reached £2m' }],
  },
  {
    label: 'guard: what tickets cost a body is a claim',
    body: 'Tickets cost the Orrel club £40,000 to print.',
    claims: [{ text: '£40,000' }],
  },
  {
    label: 'guard: a change in ticket prices is a claim',
    body: 'Ticket prices at the Orrel fair rose by £3 to £21.',
    claims: [{ text: '£3 to £21' }],
  },
];

const APPEALS: ClaimRow[] = [
  {
    label: '"launched on Monday an appeal for £50,000" is the launcher\'s',
    body: 'The Orrel Lions Club launched on Monday an appeal for £50,000 to repair the hall.',
    claims: [{ text: '£50,000', sourced: 'yes', source: 'Orrel Lions Club' }],
  },
  {
    label: '"launched a £50,000 appeal" is the launcher\'s',
    body: 'The Orrel Lions Club launched a £50,000 appeal to repair the hall.',
    claims: [{ text: '£50,000 appeal', sourced: 'yes', source: 'Orrel Lions Club' }],
  },
  {
    label: 'guard: a sum launched that is no appeal stays unsourced',
    body: 'The Orrel Lions Club launched a £50,000 refit of the hall.',
    claims: [{ text: '£50,000 refit of the hall', sourced: 'no' }],
  },
  {
    label: 'guard: a passive appeal stays unsourced',
    body: 'An appeal for £50,000 was launched on Monday.',
    claims: [{ text: '£50,000 was launched', sourced: 'no' }],
  },
];

const OWN_REPORTS: ClaimRow[] = [
  {
    label: '"Players reported bugs in more than 12,000 reviews": the crowd did not count its reviews',
    body: 'Players reported bugs in more than 12,000 reviews on the Norvale store.',
    claims: [{ text: 'more than 12,000 reviews', sourced: 'no' }],
  },
  {
    label: '"reported potholes in 400 complaints" the same',
    body: 'Residents reported potholes in 400 complaints to Tarnby council last year.',
    claims: [{ text: '400 complaints', sourced: 'no' }],
  },
  {
    label: 'guard: what the crowd reports is still its figure ("reported 12,000 bugs")',
    body: 'Players reported more than 12,000 bugs on the Norvale store.',
    claims: [{ text: 'more than 12,000 bugs', sourced: 'vague', source: 'Players' }],
  },
  {
    label: 'guard: a named body that found something in N complaints is the source',
    body: 'The Orrel Ombudsman said it found errors in 400 complaints.',
    claims: [{ text: '400 complaints', sourced: 'yes' }],
  },
];

testClaimRows('Orrel Weekly Round-Up', [
  ['ranges of shares', SHARE_RANGES],
  ['age bounds', AGE_BOUNDS],
  ['ratios', RATIOS],
  ['prices of admission', ADMISSION],
  ['appeals launched', APPEALS],
  ['a crowd\'s own writings', OWN_REPORTS],
]);
