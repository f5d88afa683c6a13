// Labelled sentences for "County Executive": an office's title after a county's name, which is a place; "Executive"
// heading another body's name stays an organisation. Run with
// `node --import tsx --test test/unit/entity-county-executive.test.ts`. All names are fictional.
import { entityRowTests, type EntityRow } from './entity-rows';

const ROWS: EntityRow[] = [
  { label: 'before a name: the county is a place', body: 'Brinmoor County Executive Dana Holt said the budget was tight.', has: [{ text: 'Brinmoor County', type: 'LOC' }, { text: 'Dana Holt', type: 'PERSON' }], lacks: ['Executive'] },
  { label: 'in apposition: the county is a place', body: 'Dana Holt, the Ostrey County Executive, said the budget was tight.', has: [{ text: 'Ostrey County', type: 'LOC' }] },
  { label: 'another "… Executive" stays a body', body: 'The deal was approved by the Brinmoor Executive on Friday.', has: [{ text: 'Brinmoor Executive', type: 'ORG' }] },
];

entityRowTests('county executive', 'Council Notes', ROWS);
