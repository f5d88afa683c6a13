// British and Irish regional press: "pc" glued to the digits is the papers' percent sign ("rose by
// 18pc", "a 4.99pc rise"), read as a share like "18%"; "PCs" after a space stays a count of computers.
// An emergency number ("rang 999", "a 911 call") is a telephone number, no count.
// Run with `node --import tsx --test test/unit/claims-uk-press.test.ts`. All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';

const PC_SHARES: ClaimRow[] = [
  {
    label: 'a rise glued to "pc" is a share, sourced by the trust that said it',
    body: 'A spokesman for the Orlay Health Trust said waiting times rose by 18pc last year.',
    claims: [{ text: '18pc', low: 18, unit: 'percent', sourced: 'yes', source: 'A spokesman for the Orlay Health Trust' }],
  },
  {
    label: 'a decimal glued to "pc" keeps its decimal and is unsourced with nobody behind it',
    body: 'Council tax in Dunmere will rise by 4.99pc from April.',
    claims: [{ text: '4.99pc', low: 4.99, unit: 'percent', sourced: 'no' }],
  },
  {
    label: 'a share of a whole glued to "pc" is a claim like "30%"',
    body: 'Tarrow Homes said 30pc of the new flats would be affordable.',
    claims: [{ text: '30pc of the new flats would be affordable', unit: 'percent', sourced: 'yes', source: 'Tarrow Homes' }],
  },
  {
    label: 'capital "PC" glued to the digits reads the same',
    body: 'Burglaries in Kelbridge fell by 12PC, Corvel Police said.',
    claims: [{ text: '12PC', low: 12, unit: 'percent', sourced: 'yes', source: 'Corvel Police' }],
  },
  {
    label: 'guard: "PCs" after a space is a count of computers, not a share',
    body: 'Tarrow school bought 40 PCs for its library, Mira Solt said.',
    claims: [{ text: 'bought 40 PCs', unit: 'count' }],
  },
  {
    label: 'guard: a word that runs on after "pc" leaves no figure ("5pcs")',
    body: 'The Corvel shop sold the screws in packs of 5pcs.',
    claims: [],
  },
];

const EMERGENCY_NUMBERS: ClaimRow[] = [
  { label: 'an emergency number after "rang" counts nothing', body: 'Orla Penn said her son rang 999 twice before help came.', claims: [] },
  { label: 'an emergency number before "call" counts nothing', body: 'A 911 call was logged at the Tarrow depot at 9pm.', claims: [] },
  { label: 'an emergency number before "operator" counts nothing', body: 'The 112 operator told Dara Vell to stay in the car.', claims: [] },
  {
    label: 'guard: 999 calls as a plural after a verb of handling stay a count',
    body: 'The Orlay trust handled 999 emergency calls in a single night.',
    claims: [{ text: 'handled 999 emergency calls', sourced: 'no' }],
  },
  {
    label: 'guard: a plural noun after "called 112" makes a count again',
    body: 'Tarrow Homes said it called 112 buyers last week.',
    claims: [{ text: 'called 112 buyers', sourced: 'yes', source: 'Tarrow Homes' }],
  },
];

const PLANNING_SOURCES: ClaimRow[] = [
  {
    label: '"the developer" speaks for the firm behind a planning bid',
    body: 'Tarrow Homes has applied to build on the Corvel site. The developer claims the scheme would bring £3m of investment.',
    claims: [{ text: 'bring £3m of investment', sourced: 'yes', source: 'The developer' }],
  },
  {
    label: 'a bereaved family that said the figure in a statement is its source',
    body: 'The family said in a statement that more than 300 people came to the vigil for Orla Penn.',
    claims: [{ text: 'more than 300 people came', sourced: 'yes', source: 'The family' }],
  },
];

testClaimRows('Fictional regional paper', [['percent as "pc"', PC_SHARES], ['emergency numbers', EMERGENCY_NUMBERS], ['planning and inquest sources', PLANNING_SOURCES]]);
