// How far a source reaches, and who "the force" is. A source after a comma and a conjunction of
// contrast ("…, although a survey by the Velm Institute found …") covers only its own clause, not a
// figure before it; "the force" after a named police force is that force (speaker-resolve.ts), as
// "the agency" after a named agency is. Run with `node --import tsx --test test/unit/claims-source-scope.test.ts`.
// All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';

const CONTRAST: ClaimRow[] = [
  {
    label: 'a survey after ", although" does not source the figure before it',
    body: 'Some 3,000 jobs were lost in the valley, although a survey by the Pellam Institute found that hiring had resumed.',
    claims: [{ text: 'Some 3,000 jobs were lost', sourced: 'no' }],
  },
  {
    label: 'the figure inside the contrast clause is that source\'s',
    body: 'Some 3,000 jobs were lost in the valley, although a survey by the Pellam Institute found that 40 percent of firms plan to hire.',
    claims: [{ text: 'Some 3,000 jobs were lost', sourced: 'no' }, { text: '40 percent of firms plan', sourced: 'yes', source: 'Pellam Institute' }],
  },
  {
    label: 'a speaker after ", while" does not source the figure before it',
    body: 'Some 40 flights were cancelled at Pellam, while the Harlow Airport Authority said its runways stayed open.',
    claims: [{ text: 'Some 40 flights were cancelled', sourced: 'no' }],
  },
  {
    label: 'a speaker after ", but" does not source the figure before it',
    body: 'Two tenants were evicted from the Corvel block, but the council says the landlord acted alone.',
    claims: [{ text: 'Two tenants were evicted', sourced: 'no' }],
  },
  {
    label: 'a speaker before the claim still sources it',
    body: 'The council says two tenants were evicted, although the landlord disputes it.',
    claims: [{ text: 'two tenants were evicted', sourced: 'yes', source: 'The council' }],
  },
];

const FORCE: ClaimRow[] = [
  {
    label: '"the force" after a named police force sources the figure',
    body: 'Brindle Valley Police said the roads were shut. The force added that 212 calls were received overnight.',
    claims: [{ text: '212 calls were received', sourced: 'yes', source: 'The force', sourceEntity: 'Brindle Valley Police' }],
  },
  {
    label: '"the force" two sentences after a named police force is still that force',
    body: 'Brindle Valley Police shut the coast road on Monday. Officers were sent to the harbour. The force added that 212 calls were received overnight.',
    claims: [{ text: '212 calls were received', sourced: 'yes', sourceEntity: 'Brindle Valley Police' }],
  },
  {
    label: '"the ministry" after a named ministry is that ministry',
    body: 'The Ministry of Ports in Velmar issued a warning. The ministry said 300 ships were delayed.',
    claims: [{ text: '300 ships were delayed', sourced: 'yes', sourceEntity: 'Ministry of Ports' }],
  },
  {
    label: '"the force said" at the end of the sentence sources the figure',
    body: 'Harlow Police closed the bridge. About 40 drivers were turned back, the force said.',
    claims: [{ text: 'About 40 drivers were turned back', sourced: 'yes', source: 'the force' }],
  },
];

testClaimRows('Fictional local report', [['contrast clauses', CONTRAST], ['the force and the ministry', FORCE]]);
