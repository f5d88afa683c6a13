// After an amount or a share, a subject pronoun or "if" opens a new clause: it is neither what the figure counts nor
// its predicate ("At $449 it is the dearest kettle", "12% of its revenue if returns are counted"). After a bare count
// the pronoun may open a relative clause whose verb is the figure's ("the 40 million it had raised"), so it is kept.
// Run with `node --import tsx --test test/unit/claims-new-clause.test.ts`. All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';

const NEW_CLAUSE: ClaimRow[] = [
  {
    label: '"At $449 it is …": the price alone, counted as money',
    body: 'At $449 it is the dearest kettle Brannock sells.',
    claims: [{ text: '$449', counted: 'money', measure: '' }],
  },
  {
    label: '"12% of its revenue if returns are counted": the condition is no part of the share',
    body: 'Telvo shipped phones worth 12% of its revenue if returns are counted.',
    claims: [{ text: '12% of its revenue', counted: 'revenue' }],
  },
  {
    label: '"For $30 they get …": what they get is not what the amount counts',
    body: 'For $30 they get a charger and a case.',
    claims: [{ text: '$30', counted: 'money' }],
  },
  {
    label: 'guard: a bare count keeps the relative clause its pronoun opens',
    body: 'Ostrel kept the 40 million it had already raised.',
    claims: [{ text: '40 million it had already raised', measure: 'raised' }],
  },
];

testClaimRows('Gadget Maker Reports Results', [['new clause', NEW_CLAUSE]]);
