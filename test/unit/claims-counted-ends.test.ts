// Words that end what a figure counts: "gone"/"went" (never a noun: "$15,000 gone"), a time ahead or behind
// ("hire 2,000 more next year"), a bare "more" (no noun: it counts what the claim before counts), and a verb of origin after a plural ("half of its sales come from").
// Run with `node --import tsx --test test/unit/claims-counted-ends.test.ts`. All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';

const ENDS: ClaimRow[] = [
  {
    label: '"gone" after a sum is no counted word',
    body: '"That is probably $15,000 gone," said Ama Kell, who runs a bakery in Tarrow.',
    claims: [{ text: '$15,000 gone', counted: 'money' }],
  },
  {
    label: '"went missing" after a sum is no counted word',
    body: 'About $3m went missing from the Dunmere harbour fund.',
    claims: [{ text: 'About $3m went missing', counted: 'money' }],
  },
  {
    label: '"next year" after a figure is when, not what is counted',
    body: 'Orvale employs about 9,000 people and plans to hire 2,000 more next year.',
    claims: [{ text: 'about 9,000 people', counted: 'person' }, { text: 'hire 2,000 more next year', counted: 'person' }],
  },
  {
    label: 'a bare "more" counts nothing when no claim before names what',
    body: 'Pellam Dairies plans to hire 2,000 more.',
    claims: [{ text: 'hire 2,000 more', counted: '', measure: 'employment' }],
  },
  {
    label: '"more" with its noun after it counts the noun',
    body: 'Pellam Dairies plans to hire 2,000 more drivers.',
    claims: [{ text: 'hire 2,000 more drivers', counted: 'driver' }],
  },
  {
    label: 'a bare "more" in the next sentence counts what the claim before counts',
    body: 'Crews rescued 40 sheep from the Tollan marsh on Monday. They reached 25 more after dark.',
    claims: [{ text: 'rescued 40 sheep', counted: 'sheep' }, { text: 'reached 25 more', counted: 'sheep' }],
  },
  {
    label: 'a bare "more" counts the last figure\'s noun, not a time before it',
    body: 'The repair took six weeks. A second clinic charged 250 more.',
    claims: [{ text: 'charged 250 more', counted: '' }],
  },
  {
    label: '"come from" after a plural share is the verb, not what is counted',
    body: 'Nearly half of Velmar\'s sales come from just three buyers.',
    claims: [{ text: 'Nearly half of Velmar\'s sales come', counted: 'sale' }, { text: 'three buyers', counted: 'buyer' }],
  },
];

testClaimRows('Fictional business report', [['counted ends', ENDS]]);
