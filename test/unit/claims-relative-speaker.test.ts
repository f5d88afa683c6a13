// A named speaker whose relative clause reports the figure ("Tunelark, which said sales rose 25%, will …") sources
// the figures inside that clause, not those after it (relative-speaker.ts).
// Run with `node --import tsx --test test/unit/claims-relative-speaker.test.ts`. All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';

const INSIDE: ClaimRow[] = [
  {
    label: 'a firm\'s "which said" clause sources its figure',
    body: 'Brevik Motors, which reported that profits fell 12%, cut its forecast.',
    claims: [{ text: 'fell 12%', sourced: 'yes', source: 'Brevik Motors' }],
  },
  {
    label: 'a person\'s "who estimates that" clause sources its figure',
    body: 'Dr Ama Kell, who estimates that 420 homes were damaged, led the survey.',
    claims: [{ text: '420 homes were damaged', sourced: 'yes', source: 'Ama Kell' }],
  },
  {
    label: 'a time inside the clause still sources it; the figure after the clause stays the writer\'s',
    body: 'Tunelark, which said on Monday that sales rose 25%, will open 40 stores.',
    claims: [{ text: 'rose 25%', sourced: 'yes', source: 'Tunelark' }, { text: 'open 40 stores', sourced: 'no' }],
  },
];

const OUTSIDE: ClaimRow[] = [
  {
    label: 'guard: a clause that reports nothing sources nothing',
    body: 'The Orvale Trust, which was founded in 1990, employs 300 people.',
    claims: [{ text: '300 people', sourced: 'no' }],
  },
];

testClaimRows('Fictional business report', [['inside the clause', INSIDE], ['outside the clause', OUTSIDE]]);
