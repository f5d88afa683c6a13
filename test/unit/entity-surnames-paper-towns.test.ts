// Profiles and obituaries (s30 sweep): a nationality word that is the surname of a person named before is that
// person when it acts as a subject ("Victor Dane … Dane said"), and the town a newspaper is named after is no
// short name of the paper ("the Pellam Herald" … "died in Pellam"). All text is fictional.
// Run with `node --import tsx --test test/unit/entity-surnames-paper-towns.test.ts`.
import { entityRowTests, type EntityRow } from './entity-rows';

const rows: EntityRow[] = [
  {
    label: 'a nationality word as the surname of a person named before, then a speech verb, is the person',
    body: 'Victor Dane signed her in 1977. "She owned the room," Dane said.',
    has: [{ text: 'Dane', type: 'PERSON' }],
  },
  {
    label: 'the surname before a verb in the past tense is the person too',
    body: 'Ilse Scott met Harald Finn in Orvik. Years later Finn recorded her songs.',
    has: [{ text: 'Finn', type: 'PERSON' }],
  },
  {
    label: 'guard: the nationality word after an article stays a nationality',
    body: 'Victor Dane signed her in 1977. A Dane who lives in Orvik said the deal was fair.',
    has: [{ text: 'Dane', notType: 'PERSON' }],
  },
  {
    label: 'guard: the nationality word before a noun stays a nationality',
    body: 'Victor Dane signed her in 1977. Dane officials said the deal was fair.',
    has: [{ text: 'Dane', notType: 'PERSON' }],
  },
  {
    label: 'guard: the nationality word after a preposition is a language or a people, not the surname',
    body: 'Ilse Scott met Harald Finn in Orvik. In Finn, the word means lake.',
    has: [{ text: 'Finn', notType: 'PERSON' }],
  },
  {
    label: 'a town named before its newspaper\'s title word is the place, not the paper',
    body: 'The Pellam Herald reported the death on Friday. Oren Vask died on Thursday in Pellam, where he taught.',
    has: [{ text: 'Pellam', notType: 'ORG' }],
  },
  {
    label: 'a firm\'s short name still joins the firm',
    body: 'Pellam Freight cut 40 jobs on Friday. Pellam said the cuts were final.',
    has: [{ text: 'Pellam', type: 'ORG' }],
  },
];

entityRowTests('surnames and paper towns', 'Singer Who Never Left Home', rows);
