// A fact-check's capitalised rating ("Verdict: False", "We rate this claim Mostly True") names no one
// (entity-verdicts.ts); the same words elsewhere are left to the other passes. Run with
// `node --import tsx --test test/unit/entity-verdicts.test.ts`. Fictional sentences.
import { entityRowTests, type EntityRow } from './entity-rows';

const ROWS: EntityRow[] = [
  { label: 'a rating after "Verdict:"', body: 'Claim: Ina Kral said the Orvane bridge cost twice its budget.\n\nVerdict: False\n\nThe council said the bridge came in on budget.', has: [{ text: 'Ina Kral', type: 'PERSON' }], lacks: ['False'] },
  { label: 'a two-word rating after "Rating:"', body: 'Rating: Mostly True\n\nTomas Vell was right about the fares, the Orvane transport board said.', has: [{ text: 'Tomas Vell', type: 'PERSON' }], lacks: ['Mostly True'] },
  { label: 'a rating after "we rate the claim"', body: 'Tomas Vell said fares had doubled. We rate the claim Misleading, since only one route changed.', has: [{ text: 'Tomas Vell', type: 'PERSON' }], lacks: ['Misleading'] },
  { label: 'a rating after "rated it"', body: 'Tomas Vell said fares had doubled. The Orvane Checkdesk rated it Half True on Monday.', has: [{ text: 'Tomas Vell', type: 'PERSON' }], lacks: ['Half True'] },
  { label: 'guard: a name after "Verdict:" stays', body: 'Verdict: Orvane Transport Board was right.\n\nTomas Vell said fares had doubled.', has: [{ text: 'Orvane Transport Board' }] },
];

entityRowTests('verdicts', 'Fact Check: Orvane Fares', ROWS);
