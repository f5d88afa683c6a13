// Labelled sentences for sources a claim takes from its paragraph's colon tag (claim-colon-tag.ts), for "add"
// as a verb of increase that reports nothing (claim-added-object.ts), and for papers that "suggest" a figure
// (claim-papers-suggest.ts).
// Run with `node --import tsx --test test/unit/claims-tag-sources.test.ts`. All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';

const INTRO = 'Dara Velling, who chairs the Brankton housing board, answered questions on Tuesday.';

const COLON_TAG: ClaimRow[] = [
  {
    label: 'a paragraph opened by a person\'s name and a colon is that person\'s words',
    body: `${INTRO}\n\nVelling: We will build 270 flats on the old depot site.`,
    claims: [{ text: 'build 270 flats', counted: 'flat', sourced: 'yes', source: 'Velling' }],
  },
  {
    label: 'the tag covers a later sentence of the same paragraph',
    body: `${INTRO}\n\nVelling: The depot site is ready. The plan adds 270 flats to the estate.`,
    claims: [{ text: '270 flats', counted: 'flat', sourced: 'yes', source: 'Velling' }],
  },
  {
    label: 'a pronoun that "adds" the figure is no source; the colon tag is',
    body: `${INTRO}\n\nVelling: They add 270 flats to the estate.`,
    claims: [{ text: '270 flats', counted: 'flat', sourced: 'yes', source: 'Velling' }],
  },
  {
    label: 'guard: a pronoun that "said" the figure in the tagged paragraph stays its source',
    body: `${INTRO}\n\nVelling: They said 270 flats would be built.`,
    claims: [{ text: '270 flats would be built', sourced: 'yes', source: 'They' }],
  },
  {
    label: 'guard: a place before a colon is no speaker',
    body: 'Storms swept the coast on Sunday.\n\nBrankton: 270 homes lost power overnight.',
    claims: [{ text: '270 homes lost power', sourced: 'no' }],
  },
  {
    label: 'guard: the tag speaks for its own paragraph only',
    body: `${INTRO}\n\nVelling: We are ready.\n\nThe plan adds 270 flats to the estate.`,
    claims: [{ text: '270 flats', sourced: 'no' }],
  },
];

const ADDED: ClaimRow[] = [
  {
    label: 'a firm that "added" jobs did not report them',
    body: 'The Korlin bakery group added 430 jobs last year.',
    claims: [{ text: '430 jobs', counted: 'job', sourced: 'no' }],
  },
  {
    label: 'guard: "added" before a figure with a verb of its own reports it',
    body: 'Ilse Marrow, the county fire chief, added that 43 homes were destroyed.',
    claims: [{ text: '43 homes were destroyed', sourced: 'yes', source: 'Ilse Marrow' }],
  },
  {
    label: 'guard: "added" with the figure\'s clause right after it, no "that", reports it',
    body: 'Ilse Marrow, the county fire chief, added 43 homes were destroyed.',
    claims: [{ text: '43 homes were destroyed', sourced: 'yes', source: 'Ilse Marrow' }],
  },
];

const PAPERS: ClaimRow[] = [
  {
    label: 'court papers that "suggest" a figure source it, as when they "show" it',
    body: 'Court papers suggest 280 tenants were overcharged by the Dolvane agency.',
    claims: [{ text: '280 tenants were overcharged', sourced: 'yes', source: 'Court papers' }],
  },
  {
    label: '"Internal documents suggested that" sources the figure',
    body: 'Internal documents suggested that the Dolvane agency paid 36 bribes.',
    claims: [{ text: 'paid 36 bribes', sourced: 'yes', source: 'Internal documents' }],
  },
  {
    label: 'guard: estimates that "suggest" stay a vague finding',
    body: 'Estimates suggest 280 tenants were overcharged by the Dolvane agency.',
    claims: [{ text: '280 tenants were overcharged', sourced: 'vague' }],
  },
];

testClaimRows('Depot Site Plans Go Ahead', [
  ['colon tag', COLON_TAG],
  ['added object', ADDED],
  ['papers suggest', PAPERS],
]);
