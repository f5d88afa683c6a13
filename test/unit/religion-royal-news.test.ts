// Religion and royal news: the titles of clergy and of the peerage, and forms of address ("His Majesty",
// "Their Royal Highnesses", "His Excellency"), before a name ("the Rt Rev Sorla Danmere",
// "Canon Ilsa Marrin", "Fr Anso Kurel", "Revd Jena Larrow") are titles, not parts of the name (model/words.ts
// TITLE_HEADS, "Rt" a TITLE_MODIFIER); a peer's title takes no portfolio after it, so "Duke Energy" stays a firm;
// and after a territorial title and "of" ("Bishop of Kestwick", "the Duchess of Arnby"), a short capitalised
// name is the see or the dukedom, a place (03-entities.ts seeTitle), so that it is never the speaker of
// "X, Bishop of Kestwick, said".
// A byline writer's surname may be an ordinary word ("By Lexi Bramble"; entity-bylines.ts).
// Run with `node --import tsx --test test/unit/religion-royal-news.test.ts`. All names are fictional.
import { entityRowTests, type EntityRow } from './entity-rows';
import { speakerRowTests, type SpeakerRow } from './speaker-rows';

const CLERGY_TITLES: EntityRow[] = [
  {
    label: '"the Rt Rev" before a bishop\'s name: no ORG "Rt", the name whole',
    body: 'The Rt Rev Sorla Danmere opposed the measure on Tuesday.',
    has: [{ text: 'Sorla Danmere', type: 'PERSON' }],
    lacks: ['Rt'],
  },
  {
    label: '"Canon" before a priest\'s name is a title',
    body: 'Rev Canon Ilsa Marrin, a synod member, said about 40% of new clergy were women.',
    has: [{ text: 'Ilsa Marrin', type: 'PERSON' }],
    lacks: ['Canon'],
  },
  {
    label: '"Fr" and "Revd" before a name are titles',
    body: 'The rector, Fr Anso Kurel, met the vicar, Revd Jena Larrow, at the shrine.',
    has: [{ text: 'Anso Kurel', type: 'PERSON' }, { text: 'Jena Larrow', type: 'PERSON' }],
    lacks: ['Fr', 'Revd'],
  },
  {
    label: 'guard: a "Canon" inside a firm\'s name after another word stays in it',
    body: 'Shares in Delvin Canon Holdings rose 4% on Monday.',
    has: [{ text: 'Delvin Canon Holdings', type: 'ORG' }],
  },
];

const SEES_AND_PEERAGE: EntityRow[] = [
  {
    label: '"Bishop of Orrelford": the see is a place, not a person',
    body: 'The Rt Rev Sorla Danmere, Bishop of Orrelford, voted against the measure.',
    has: [{ text: 'Orrelford', type: 'LOC' }, { text: 'Sorla Danmere', type: 'PERSON' }],
  },
  {
    label: '"the Duchess of Arnby": the dukedom is a place; no ORG "Duchess"',
    body: 'The Duchess of Arnby wore a red dress in Port Welby.',
    has: [{ text: 'Arnby', type: 'LOC' }],
    lacks: ['Duchess'],
  },
  {
    label: '"the Duke and Duchess of Arnby": no ORG "Duke"',
    body: 'The Duke and Duchess of Arnby arrived in Port Welby on Monday.',
    has: [{ text: 'Arnby', type: 'LOC' }],
    lacks: ['Duke'],
  },
  {
    label: 'guard: a firm whose first word is a peer\'s title stays whole ("Duke Energy" form)',
    body: 'Earl Energy and Baron Trust reported higher profits on Monday.',
    has: [{ text: 'Earl Energy', type: 'ORG' }, { text: 'Baron Trust', type: 'ORG' }],
  },
  {
    label: 'guard: "Chaplain of" a body with an organisation\'s head is no place',
    body: 'Mara Tellen, Chaplain of Kessby University, led the prayers.',
    has: [{ text: 'Kessby University', type: 'ORG' }],
  },
];

const FORMS_OF_ADDRESS: EntityRow[] = [
  {
    label: '"Their Royal Highnesses" and "His Majesty" are forms of address, no person or body',
    body: 'Their Royal Highnesses are delighted to be back. His Majesty King Orrin waved from the car.',
    has: [{ text: 'Orrin', type: 'PERSON' }],
    lacks: ['Highnesses', 'Majesty'],
  },
  {
    label: '"His Excellency" before a name is no part of it',
    body: 'His Excellency Tomas Vell, the ambassador, opened the fair.',
    has: [{ text: 'Tomas Vell', type: 'PERSON' }],
    lacks: ['Excellency'],
  },
  {
    label: 'guard: firms named with such a word keep it ("Majesty Foods")',
    body: 'Majesty Foods and Royal Highness Ltd reported higher profits.',
    has: [{ text: 'Majesty Foods', type: 'ORG' }, { text: 'Royal Highness Ltd', type: 'ORG' }],
  },
];

// Entertainment bylines: a writer's surname may be an ordinary word (entity-bylines.ts surnameWord).
const BYLINES: EntityRow[] = [
  {
    label: 'a byline\'s surname that is an ordinary word: the writer is a person, not a firm',
    body: 'Stars Finalize Divorce\n\nBy Lexi Bramble\n\nPop star Dana Vireo and actor Marco Stell have finalized their divorce.\n',
    full: true,
    has: [{ text: 'Lexi Bramble', type: 'PERSON' }],
  },
  {
    label: 'guard: a desk\'s credit stays no person ("By Orvel Staff")',
    body: 'Stars Finalize Divorce\n\nBy Orvel Staff\n\nPop star Dana Vireo and actor Marco Stell have finalized their divorce.\n',
    full: true,
    has: [{ text: 'Orvel Staff', notType: 'PERSON' }],
  },
  {
    label: 'guard: a firm\'s head word after "By" stays no person ("By Velm Energy")',
    body: 'Stars Finalize Divorce\n\nBy Velm Energy\n\nPop star Dana Vireo and actor Marco Stell have finalized their divorce.\n',
    full: true,
    has: [{ text: 'Velm Energy', notType: 'PERSON' }],
  },
];

const SPEAKERS: SpeakerRow[] = [
  {
    label: 'the bishop named before his see speaks, not the see',
    body: 'The Rt Rev Sorla Danmere, Bishop of Kestwick, who had opposed the measure, said the vote would “test our unity”.',
    speaker: 'Sorla Danmere', cue: 'said',
  },
  {
    label: 'guard: a person named after "Bishop" speaks',
    body: 'Bishop Oren Vallis said the vote would “test our unity”.',
    speaker: 'Oren Vallis', cue: 'said',
  },
];

entityRowTests('clergy titles', 'Synod Backs Measure', CLERGY_TITLES);
entityRowTests('sees and peerage', 'Royal Tour Opens', SEES_AND_PEERAGE);
entityRowTests('forms of address', 'Royal Tour Opens', FORMS_OF_ADDRESS);
entityRowTests('entertainment bylines', 'Stars Finalize Divorce', BYLINES);
speakerRowTests('religion and royal speakers', 'Synod Backs Measure', SPEAKERS, 'only');
