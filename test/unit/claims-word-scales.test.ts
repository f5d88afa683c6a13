// Labelled sentences for figures in words whose scale goes on or is shared (scale-goes-on.ts,
// quantities.ts sharedScale), what a sum "of an owner's" thing counts, an adverb between what is counted and its
// verb, and small counts of classes (05-claims.ts ownerWordsAfterOf, adverbBeforeVerb, KIND_NOUNS).
// Run with `node --import tsx --test test/unit/claims-word-scales.test.ts`. All text is fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';
import { type ClaimRow, testClaimRows } from './claim-rows';


const SCALES_GO_ON: ClaimRow[] = [
  {
    label: '"two million three hundred thousand" is 2,300,000, not 2,000,300',
    body: 'Two million three hundred thousand voters turned out in Tarsk.',
    claims: [{ text: 'Two million three hundred thousand voters turned out', low: 2.3e6, high: 2.3e6, counted: 'voter' }],
  },
  {
    label: '"two million fifty thousand" residents is 2,050,000',
    body: 'The town of Brellin has two million fifty thousand residents.',
    claims: [{ text: 'two million fifty thousand residents', low: 2.05e6, high: 2.05e6, counted: 'resident' }],
  },
  {
    label: '"one billion two hundred million" euros is 1.2 billion',
    body: 'The Orla dam cost one billion two hundred million euros.',
    claims: [{ text: 'cost one billion two hundred million euros', low: 1.2e9, high: 1.2e9 }],
  },
  {
    label: '"at one point two million" is a decimal before a scale, not "at one point"',
    body: 'At one point two million people had fled the Corvel valley.',
    claims: [{ text: 'one point two million people had fled', low: 1.2e6, high: 1.2e6, counted: 'person' }],
  },
];

const SHARED_SCALES: ClaimRow[] = [
  {
    label: '"two to three million people": the scale applies to both ends',
    body: 'Two to three million people live along the Orlen river.',
    claims: [{ text: 'Two to three million people live', low: 2e6, high: 3e6, counted: 'person' }],
  },
  {
    label: '"between four and five thousand" workers is [4,000, 5,000]',
    body: 'Between four and five thousand workers marched through Tarsk.',
    claims: [{ text: 'Between four and five thousand workers marched', low: 4000, high: 5000, counted: 'worker' }],
  },
  {
    label: '"from 3 to 4 billion" in digits shares the scale too',
    body: 'Losses at Pellam Mutual grew from 3 to 4 billion dollars.',
    claims: [{ text: 'grew from 3 to 4 billion dollars', low: 3e9, high: 4e9 }],
  },
  {
    label: '"from 900 to 2 million" keeps its first figure: 900 million would pass the second',
    body: 'The Tesk ferry line carried from 900 to 2 million passengers a year.',
    claims: [{ text: 'carried from 900 to 2 million passengers a year', low: 900, high: 2e6 }],
  },
];

const OWNERS_AND_ADVERBS: ClaimRow[] = [
  {
    label: 'a sum "of Vantor\'s debt" counts the debt, not the place',
    body: 'Lenders now hold a hundred billion dollars of Vantor\'s debt.',
    claims: [{ text: 'a hundred billion dollars of Vantor\'s debt', low: 1e11, counted: 'debt' }],
  },
  {
    label: 'a two-word owner: "€3 billion of Kestrel Bank\'s loans" counts loans',
    body: 'Regulators wrote off €3 billion of Kestrel Bank\'s loans.',
    claims: [{ text: '€3 billion of Kestrel Bank\'s loans', low: 3e9, counted: 'loan' }],
  },
  {
    label: 'an adverb before the verb is no counted word: "three drones jointly carried"',
    body: 'The team whose three drones jointly carried the most cargo won the Tesk trophy.',
    claims: [{ text: 'three drones jointly carried', low: 3, counted: 'drone', measure: 'carried' }],
  },
];

testClaimRows('Valley Desk Report', [['scale goes on', SCALES_GO_ON], ['shared scale', SHARED_SCALES], ['owners and adverbs', OWNERS_AND_ADVERBS]]);

const CLASS_COUNTS: { label: string; body: string }[] = [
  { label: '"applicants of five nationalities" says how a group divides', body: 'The scheme fast-tracks applicants of five nationalities.' },
  { label: '"offers three sizes" is no figure to check', body: 'Brell Homeware offers three sizes of kettle.' },
  { label: '"two tiers" of a plan', body: 'Members of the Orla gym pick two tiers of membership.' },
];

for (const row of CLASS_COUNTS) {
  test(`small count of classes: ${row.label}`, () => {
    const a = analyzeText(`Valley Desk Report\n\n${row.body}\n`);
    assert.deepEqual(a.claims.map((c) => c.text), []);
  });
}
