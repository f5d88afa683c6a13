// A name ending in "Point" is a headland's, a place ("off Skerrow Point"), as "Cape" and "Head" names are
// (model/words.ts LOC_HEADS); a firm named with its own head after "Point" stays a firm. Run with
// `node --import tsx --test test/unit/entity-headland-points.test.ts`. Fictional sentences.
import { entityRowTests, type EntityRow } from './entity-rows';

const ROWS: EntityRow[] = [
  { label: '"off Skerrow Point" is a place', body: 'The trawler sank off Skerrow Point on Sunday, said Ina Kral.', has: [{ text: 'Skerrow Point', type: 'LOC' }] },
  { label: '"reached Dunmore Point" is a place', body: 'Walkers reached Dunmore Point by noon, the rescue team said.', has: [{ text: 'Dunmore Point', type: 'LOC' }] },
  { label: 'guard: "Harbour Point Capital" is a firm', body: 'Harbour Point Capital said profits rose in the year.', has: [{ text: 'Harbour Point Capital', type: 'ORG' }] },
];

entityRowTests('headland points', 'Coast Rescue', ROWS);
