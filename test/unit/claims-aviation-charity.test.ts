// Air accident and charity news, claims: a body named by its noun reports what its relative clause says ("The fund,
// which says it supports 25,000 orphans, …": relative-speaker.ts BODY_BEFORE, as a named body already did), and a
// fund, trust, NGO, nonprofit or planemaker that "said" a figure is its source, as a charity or an airline is
// (model/words.ts INSTITUTIONAL_SOURCES). Run with `node --import tsx --test test/unit/claims-aviation-charity.test.ts`.
// All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';

const RELATIVE_BODY: ClaimRow[] = [
  {
    label: '"The fund, which says it supports 25,000 orphans": the fund reports the count',
    body: 'The fund, which says it supports 25,000 orphans in eastern Marovia, is under inquiry.',
    claims: [{ text: '25,000 orphans', sourced: 'yes', source: 'The fund' }],
  },
  {
    label: '"the aid agency, which said …": a body noun with a modifier',
    body: 'Food was flown in by the aid agency, which said 40,000 families had lost their homes.',
    claims: [{ text: '40,000 families had lost their homes', sourced: 'yes', source: 'the aid agency' }],
  },
  {
    label: 'guard: a relative clause that says nothing leaves the count unsourced',
    body: 'The fund, which supports 25,000 orphans in eastern Marovia, is under inquiry.',
    claims: [{ text: '25,000 orphans', sourced: 'no' }],
  },
  {
    label: 'guard: a figure after the clause has closed is the writer\'s',
    body: 'The charity, which said it would close its shelter, has 300 beds in Kestwick.',
    claims: [{ text: '300 beds', sourced: 'no' }],
  },
  {
    label: 'guard: people who said something are no body',
    body: 'The villagers, who said they had walked for days, were given 3,000 tents.',
    claims: [{ text: '3,000 tents', sourced: 'no' }],
  },
];

const BODY_NOUNS: ClaimRow[] = [
  {
    label: '"The fund said" sources the figure it gives',
    body: 'The fund said it had paid out £4.2 million in grants last year.',
    claims: [{ text: '£4.2 million', sourced: 'yes', source: 'The fund' }],
  },
  {
    label: '"the NGO said" in capitals',
    body: 'About 12,000 people are sheltering in schools, the NGO said.',
    claims: [{ text: 'About 12,000 people are sheltering', sourced: 'yes', source: 'the NGO' }],
  },
  {
    label: '"the planemaker said"',
    body: 'About 1,200 of the jets are in service, the planemaker said.',
    claims: [{ text: 'About 1,200 of the jets', sourced: 'yes', source: 'the planemaker' }],
  },
  {
    label: 'guard: a sum the fund raised, with nobody saying so, stays unsourced',
    body: 'The fund raised £12 million last year.',
    claims: [{ text: 'raised £12 million', sourced: 'no' }],
  },
];

testClaimRows('Aid And Air Safety Roundup', [['a body\'s relative clause', RELATIVE_BODY], ['bodies named by their noun', BODY_NOUNS]]);
