// Firms of the games trade: a capitalised name ending in Esports, Gaming or Interactive is an organisation (model/words.ts
// ORG_HEADS), as a studio, a publisher or a team is, also where it opens the sentence. Fictional sentences.
import { entityRowTests, type EntityRow } from './entity-rows';

const ROWS: EntityRow[] = [
  { label: 'a team named "… Esports" opening the sentence', body: 'Nightjar Esports reached the semifinals of the world championship last month.', has: [{ text: 'Nightjar Esports', type: 'ORG' }] },
  { label: 'an organiser named "… Esports" in apposition', body: 'The broadcast peaked at 2.3 million viewers, according to the organiser, Brightline Esports.', has: [{ text: 'Brightline Esports', type: 'ORG' }] },
  { label: 'a publisher named "… Interactive"', body: 'Sales have slowed since the release of a rival game from Orrel Interactive.', has: [{ text: 'Orrel Interactive', type: 'ORG' }] },
  { label: 'guard: a person named before "gaming" in lower case stays a person', body: 'Mira Olsen covers gaming for the paper.', has: [{ text: 'Mira Olsen', type: 'PERSON' }] },
];

entityRowTests('games firms', 'Games Desk Roundup', ROWS);
