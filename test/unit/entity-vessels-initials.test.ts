// Labelled sentences for vessels' names (no entity, in none of their mentions), names opened by a first initial
// (the initial is in the person's name), a titled person "of" an institution (two entities), a title word
// inside a body's name after "of", and units of freight and power after a figure. Run with `node --import tsx --test test/unit/entity-vessels-initials.test.ts`.
// All names are fictional.
import { entityRowTests, type EntityRow } from './entity-rows';

const ROWS: EntityRow[] = [
  {
    label: '"the ferry Mira Dawn" and a later "the Mira Dawn" name no entity',
    body: 'The ferry Mira Dawn sank off Corvane on Tuesday. Divers reached the Mira Dawn at dawn.',
    has: [{ text: 'Corvane' }],
    lacks: ['Mira Dawn'],
  },
  {
    label: '"the cargo ship Elna Brook" and "MV Orsa Bay" name no entity',
    body: 'The cargo ship Elna Brook collided with MV Orsa Bay near Velmar, the coastguard said.',
    has: [{ text: 'Velmar', type: 'LOC' }],
    lacks: ['Elna Brook', 'Orsa Bay'],
  },
  {
    label: '"to ferry" is a verb: the name after it stays',
    body: 'Buses were hired to ferry Tessaly Mills workers home, said Ina Kral.',
    has: [{ text: 'Ina Kral', type: 'PERSON' }, { text: 'Tessaly Mills' }],
  },
  {
    label: 'a first initial after a role noun is in the name: "the teacher N. Vessova"',
    body: 'The teacher N. Vessova said her pupils were safe. Later Vessova said the school would reopen.',
    has: [{ text: 'N. Vessova', type: 'PERSON' }, { text: 'Vessova', type: 'PERSON' }],
  },
  {
    label: 'a first initial opening a sentence is in the name: "Y. Torrin, a deckhand, said"',
    body: 'Y. Torrin, a deckhand, said the crew had warned the owners. Officials met J. Pellam on Monday.',
    has: [{ text: 'Y. Torrin', type: 'PERSON' }, { text: 'J. Pellam', type: 'PERSON' }],
  },
  {
    label: 'a compass letter after a house number is no initial: "42 W. Tessaly Avenue"',
    body: 'The office at 42 W. Tessaly Avenue closed, said Ina Kral.',
    has: [{ text: 'Ina Kral', type: 'PERSON' }],
    lacks: ['W.'],
  },
  {
    label: '"Professor Hanne Lindqvar of Kessby University" is a person and a body',
    body: 'Professor Hanne Lindqvar of Kessby University said the hull was old.',
    has: [{ text: 'Hanne Lindqvar', type: 'PERSON' }, { text: 'Kessby University', type: 'ORG' }],
  },
  {
    label: '"Brenmoor Association of Head Teachers" is one body, no person "Teachers"',
    body: 'The Brenmoor Association of Head Teachers said schools would close.',
    has: [{ text: 'Brenmoor Association of Head Teachers', type: 'ORG' }],
  },
  {
    label: 'an exam\'s acronym is no body: "GCSE results"',
    body: 'Pupils at Harwick Academy collected their GCSE results on Thursday.',
    has: [{ text: 'Harwick Academy' }],
    lacks: ['GCSE'],
  },
  {
    label: 'a unit of freight after a figure is no body: "1.6 million TEU"',
    body: 'Velkport handled 1.6 million TEU last year, Harnett Lines said.',
    has: [{ text: 'Harnett Lines' }],
    lacks: ['TEU'],
  },
  {
    label: 'a unit of power after a figure is no body: "a 45 MW plant"',
    body: 'Ossory Energy will build a 45 MW plant near Bralin, its chief said.',
    has: [{ text: 'Ossory Energy' }],
    lacks: ['MW'],
  },
  {
    label: 'an initial after a lower-case title ends no sentence though the surname is a common word: "minister N. Brook"',
    body: 'Harbour minister N. Brook said the quay would reopen in June.',
    has: [{ text: 'N. Brook', type: 'PERSON' }],
  },
  {
    label: 'the initial "A." after a title is a first initial, not the article: "the coach A. Vessova"',
    body: 'The coach A. Vessova said her squad was ready. Later Vessova named the team.',
    has: [{ text: 'A. Vessova', type: 'PERSON' }],
  },
];

entityRowTests('vessels and initials', 'Ferry Talks Stall', ROWS);
