// Session 35 (ent35b) entity left-overs: a chamber written before a title or a party's plural is the chamber, ORG,
// also where it opens a sentence ("Senate Minority Leader …", "House Republicans …"). Run with
// `node --import tsx --test test/unit/entity-chamber-openers.test.ts`. All names are fictional.
import { entityRowTests, type EntityRow } from './entity-rows';

const ROWS: EntityRow[] = [
  { label: 'a chamber before a title opening a sentence', body: 'Senate Minority Leader Ola Brand objected.', has: [{ text: 'Senate', type: 'ORG' }, { text: 'Ola Brand', type: 'PERSON' }], lacks: ['Minority'] },
  { label: '"House" before "Speaker" opening a sentence', body: 'House Speaker Edda Morrow said the vote was close.', has: [{ text: 'House', type: 'ORG' }, { text: 'Edda Morrow', type: 'PERSON' }] },
  { label: '"House" before "Speaker" mid-sentence is no person', body: 'The vote was close, said House Speaker Edda Morrow on Monday.', has: [{ text: 'House', type: 'ORG' }, { text: 'Edda Morrow', type: 'PERSON' }] },
  { label: 'a chamber before a party\'s plural opening a sentence', body: 'Senate Democrats said the plan would fail.', has: [{ text: 'Senate', type: 'ORG' }], lacks: [] },
  { label: 'the chamber, then the party', body: 'The bill was blocked by House Republicans on Monday.', has: [{ text: 'House', type: 'ORG' }, { text: 'Republicans', type: 'ORG' }] },
  { label: 'an assembly before a party\'s plural', body: 'Assembly Conservatives walked out of the debate.', has: [{ text: 'Assembly', type: 'ORG' }] },
  { label: 'an ordinary "House" opening a sentence stays no name', body: 'House prices rose by a tenth in Dorrow.', lacks: ['House'], has: [{ text: 'Dorrow', type: 'LOC' }] },
  { label: 'a "House" with no title after it opening a sentence stays no name', body: 'House Rules were read out at the club.', lacks: ['House'], has: [] },
];

entityRowTests('chamber openers', 'Council Notes', ROWS);
