// Firms and titles of the games and record trade: a capitalised name ending in Esports, Gaming or Interactive is an
// organisation (model/words.ts ORG_HEADS), also where it opens the sentence; a title after "single", "mixtape" or
// "shooter" ("the lead single Northern Lights", "the hit shooter Ashfall") is a work's, no entity in any of its mentions
// (entity-work-titles.ts WORK_NOUNS), but "a single" counts one. Fictional sentences.
import { entityRowTests, type EntityRow } from './entity-rows';

const ROWS: EntityRow[] = [
  { label: 'a team named "… Esports" opening the sentence', body: 'Nightjar Esports reached the semifinals of the world championship last month.', has: [{ text: 'Nightjar Esports', type: 'ORG' }] },
  { label: 'an organiser named "… Esports" in apposition', body: 'The broadcast peaked at 2.3 million viewers, according to the organiser, Brightline Esports.', has: [{ text: 'Brightline Esports', type: 'ORG' }] },
  { label: 'a publisher named "… Interactive"', body: 'Sales have slowed since the release of a rival game from Orrel Interactive.', has: [{ text: 'Orrel Interactive', type: 'ORG' }] },
  { label: 'guard: a person named before "gaming" in lower case stays a person', body: 'Mira Olsen covers gaming for the paper.', has: [{ text: 'Mira Olsen', type: 'PERSON' }] },
];

const TITLES: EntityRow[] = [
  { label: 'a single\'s title after "the lead single", and its later mention', body: 'The band\'s lead single Northern Lights topped the chart. Northern Lights was written in a barn.', has: [], lacks: ['Northern Lights'] },
  { label: 'a game\'s title after "the hit shooter", and its later mention', body: 'Pale Harbor Games made the hit shooter Ashfall in Kestwick. Ashfall sold 9 million copies.', has: [{ text: 'Kestwick', type: 'LOC' }], lacks: ['Ashfall'] },
  { label: 'guard: "a single" counts one: "Not a single Orrel fan" keeps the side', body: 'Not a single Orrel fan was at the match, and Orrel lost.', has: [{ text: 'Orrel', type: 'ORG' }] },
];

entityRowTests('games firms', 'Games Desk Roundup', ROWS);
entityRowTests('work titles', 'Games Desk Roundup', TITLES);
