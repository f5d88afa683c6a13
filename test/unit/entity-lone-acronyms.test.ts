// Labelled sentences for a lone acronym after "the" that names a body ("the board of the CRA met"): an
// organisation, also where the model, which knew the letters from no name, dropped it. Run with `node --import tsx --test test/unit/entity-lone-acronyms.test.ts`.
// All names are fictional.
import { entityRowTests, type EntityRow } from './entity-rows';

const ROWS: EntityRow[] = [
  {
    label: '"of the CRA" after a person: the acronym is a body',
    body: 'The deal was signed by Pella Orvin of the CRA on Monday.',
    has: [{ text: 'Pella Orvin', type: 'PERSON' }, { text: 'CRA', type: 'ORG' }],
  },
  {
    label: '"the CRA met": a past-tense verb after the acronym',
    body: 'The board of the CRA met on Monday to discuss the levy.',
    has: [{ text: 'CRA', type: 'ORG' }],
  },
  {
    label: '"the CRA, which" after the head of a body',
    body: 'A letter from the head of the CRA, which oversees the quays, was read out.',
    has: [{ text: 'CRA', type: 'ORG' }],
  },
];

entityRowTests('lone acronyms', 'Levy Talks Resume', ROWS);
