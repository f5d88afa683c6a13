// A name after a preposition and a lower-case role ("for striker Lio Dannet") is the preposition's object:
// the tag after its comma ("…, the club said") speaks, not the name (speakers.ts headsApposition). Fictional
// transfer news; before the fix the player was taken for the source.
import { testClaimRows, type ClaimRow } from './claim-rows';

const rows: readonly ClaimRow[] = [
  {
    label: 'a fee for a role and a name, then "the club confirmed"',
    body: 'Stelmoor United have agreed a fee of £45 million with Brackton Athletic for striker Lio Dannet, the club confirmed on Tuesday.',
    claims: [{ text: '£45 million', sourced: 'yes', source: 'the club' }],
  },
  {
    label: 'two role words between the preposition and the name, then "the ministry said"',
    body: 'The agency paid £3 million to chief executive Ana Ruiz, the ministry said.',
    claims: [{ text: 'paid £3 million', sourced: 'yes', source: 'the ministry' }],
  },
  {
    label: 'guard: a name opening its clause keeps its apposition: "Ana Ruiz, the agency\'s director, said"',
    body: 'Ana Ruiz, the agency\'s director, said 40 staff would leave.',
    claims: [{ text: '40 staff would leave', sourced: 'yes', source: 'Ana Ruiz' }],
  },
];

testClaimRows('Fictional transfer news', [['a role and a name after a preposition are no source', rows]]);
