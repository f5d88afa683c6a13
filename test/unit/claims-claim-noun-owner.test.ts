// "his claim that …", "the minister's claim that …": the noun "claim" after a possessive and before "that"
// reports the possessor's words, so a figure in it is sourced to them, not to whoever disputes it
// (claim-noun-owner.ts). Run with `node --import tsx --test test/unit/claims-claim-noun-owner.test.ts`. Fictional text.
import { type ClaimRow, testClaimRows } from './claim-rows';

const ROWS: ClaimRow[] = [
  {
    label: '"his claim that": the pronoun\'s person',
    body: 'Mayor Tomas Vell spoke at the depot on Monday. On Tuesday he stood by his claim that 9,000 trees were planted in Orvane last year.',
    claims: [{ text: '9,000 trees were planted', sourced: 'yes', source: 'his', sourceEntity: 'Tomas Vell' }],
  },
  {
    label: '"her claim that": the pronoun\'s person',
    body: 'Ina Kral, the transport minister, spoke in Orvane. Critics mocked her claim that 40 new buses were bought this year.',
    claims: [{ text: '40 new buses were bought', sourced: 'yes', source: 'her', sourceEntity: 'Ina Kral' }],
  },
  {
    label: '"the minister\'s claim that": the owner, not the one who rejects it',
    body: 'The head of the Orvane statistics board has rejected the minister\'s claim that 9,000 homes were built last year.',
    claims: [{ text: '9,000 homes were built', sourced: 'yes', source: 'the minister' }],
  },
  {
    label: 'guard: a verb "claim" keeps its subject',
    body: 'Tomas Vell claims that 9,000 trees were planted in Orvane last year.',
    claims: [{ text: '9,000 trees were planted', sourced: 'yes', source: 'Tomas Vell' }],
  },
];

testClaimRows('Orvane Figures Disputed', [['claim noun owner', ROWS]]);
