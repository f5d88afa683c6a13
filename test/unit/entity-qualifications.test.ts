// School qualifications name no one: an exam's level ("A-level", "T-levels") and a name ending in
// "Baccalaureate" are no entity (entity-nonnames.ts); a body named with a level stays. Run with
// `node --import tsx --test test/unit/entity-qualifications.test.ts`. Fictional sentences.
import { entityRowTests, type EntityRow } from './entity-rows';

const ROWS: EntityRow[] = [
  { label: '"the A-level" is an exam', body: 'Pupils sitting the A-level in physics did well, said Ina Kral.', has: [{ text: 'Ina Kral', type: 'PERSON' }], lacks: ['A-level'] },
  { label: '"T-levels" is an exam', body: 'Colleges in Corvane will offer T-levels from May, said Ina Kral.', has: [{ text: 'Corvane' }], lacks: ['T-levels'] },
  { label: '"the Velmar Baccalaureate" is a qualification', body: 'The Velmar Baccalaureate was dropped by the board, said Ina Kral.', has: [{ text: 'Ina Kral', type: 'PERSON' }], lacks: ['Baccalaureate'] },
];

entityRowTests('qualifications', 'Exam Results Day', ROWS);
