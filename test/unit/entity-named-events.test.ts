// Labelled sentences: a named war or revolt ("the Velmar War", "the Second Orsk War", "the Kessen Uprising") is an
// event, no person, body or place, so no mention covers it; a body whose name holds the event word ("Ministry of
// War") stays an organisation. Run with `node --import tsx --test test/unit/entity-named-events.test.ts`. All
// names are fictional.
import { entityRowTests, type EntityRow } from './entity-rows';

const EVENT_ROWS: EntityRow[] = [
  {
    label: 'a named war after "since the end of" is no mention',
    body: 'It was the largest drill in the region since the end of the Velmar War, officials said.',
    has: [],
    lacks: ['Velmar War'],
  },
  {
    label: 'a numbered war is no mention',
    body: 'Her grandfather flew bombers in the Second Orsk War before he joined the airline.',
    has: [],
    lacks: ['Second Orsk War'],
  },
  {
    label: 'a named uprising is no mention, and the place near it stays one',
    body: 'The Kessen Uprising of 1871 began in Dorvik and spread to the coast.',
    has: [{ text: 'Dorvik', type: 'LOC' }],
    lacks: ['Kessen Uprising'],
  },
  {
    label: 'a named revolution is no mention',
    body: 'Historians still argue over the Linden Revolution and what it cost.',
    has: [],
    lacks: ['Linden Revolution'],
  },
  {
    label: 'guard: a ministry named for war stays an organisation',
    body: 'The Ministry of War said the convoy had reached Dorvik.',
    has: [{ text: 'Ministry of War', type: 'ORG' }],
  },
];

entityRowTests('named events', 'Veterans Gather In Dorvik', EVENT_ROWS);
