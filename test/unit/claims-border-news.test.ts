// Border and asylum news counts claims by the claimants' nation ("4% of Tarvish claims were granted") and tells a
// boat's position at sea as a distance "off" a cape or coast. A name before the plural noun "claims" vouches for
// nothing, and a position is no statistic. Run with `node --import tsx --test test/unit/claims-border-news.test.ts`.
// All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';

const CLAIMS_NOUN: ClaimRow[] = [
  {
    label: '"of Tarvish claims": the nation after "of" qualifies the noun, no source',
    body: 'Just 4% of Tarvish claims succeeded last year.',
    claims: [{ text: '4% of Tarvish claims', sourced: 'no' }],
  },
  {
    label: '"Ombrel claims rose": a plural noun before a move, no source',
    body: 'Ombrel claims rose by 40% last year.',
    claims: [{ text: '40%', sourced: 'no' }],
  },
  {
    label: '"Tarvish claims were refused …, the directorate said": the directorate is the source',
    body: 'Tarvish claims were refused in 60% of cases, the directorate said.',
    claims: [{ text: '60% of cases', sourced: 'yes', source: 'the directorate' }],
  },
  {
    label: '"Orrin claims the plan …": the verb still makes the name the source',
    body: 'Wenna Orrin claims the plan cut 40 jobs.',
    claims: [{ text: 'cut 40 jobs', sourced: 'yes', source: 'Wenna Orrin' }],
  },
];

const POSITION_AT_SEA: ClaimRow[] = [
  {
    label: '"sank about six miles off Cape Lendra": a position, no claim',
    body: 'The dinghy sank about six miles off Cape Lendra on Monday, with 40 people aboard, the coastguard said.',
    claims: [{ text: '40 people aboard', sourced: 'yes', source: 'the coastguard' }],
  },
  {
    label: '"found 20 miles off the coast of Tarvin": a position, no claim',
    body: 'The boat was found 20 miles off the coast of Tarvin.',
    claims: [],
  },
  {
    label: '"drifted 40 miles off course": a distance moved stays a claim',
    body: 'The trawler drifted 40 miles off course.',
    claims: [{ text: 'drifted 40 miles', sourced: 'no' }],
  },
];

testClaimRows('Crossings Rise Again', [
  ['claims as a noun', CLAIMS_NOUN],
  ['position at sea', POSITION_AT_SEA],
]);
