// Company news sources a figure with "disclosed" and "revealed" as well as "said" ("the company disclosed in a
// filing", "a report from the Tallow Herald revealed"), and a cue its subject is said to withhold vouches for
// nothing ("declined to disclose", "has not yet revealed"). Run with
// `node --import tsx --test test/unit/claims-disclosure-cues.test.ts`. All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';

const DISCLOSING: ClaimRow[] = [
  {
    label: '", the company disclosed in a filing" after the figure: the company is the source',
    body: 'Brannock Audio sold 3.2 million speakers last year, the company disclosed in a filing.',
    claims: [{ text: 'sold 3.2 million speakers', sourced: 'yes', source: 'the company' }],
  },
  {
    label: '"X disclosed" with the firm named: the firm is the source',
    body: 'The recall covers 48,000 kettles, Halbert Appliances disclosed on Friday.',
    claims: [{ text: '48,000 kettles', sourced: 'yes', source: 'Halbert Appliances' }],
  },
  {
    label: '"a report from … revealed": the named outlet is the source',
    body: 'Engineers replaced 600 faulty routers, a report from the Tallow Herald revealed.',
    claims: [{ text: 'replaced 600 faulty routers', sourced: 'yes', source: 'Tallow Herald' }],
  },
];

const WITHHELD: ClaimRow[] = [
  {
    label: '"declined to disclose": the firm vouches for nothing, the figure stays unsourced',
    body: 'Brannock Audio declined to disclose the price, but the deal is worth $40 million.',
    claims: [{ text: '$40 million', sourced: 'no' }],
  },
  {
    label: '"has not yet revealed": nobody vouches for the figure',
    body: 'Pellow Mobile has not yet revealed the cost, and the repairs run to $2 million.',
    claims: [{ text: '$2 million', sourced: 'no' }],
  },
];

testClaimRows('Gadget Maker Reports Results', [
  ['disclosing', DISCLOSING],
  ['withheld', WITHHELD],
]);
