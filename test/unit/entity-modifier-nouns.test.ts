// Labelled sentences for names that stand before or between plain words which tell their kind: a name before a
// built place's noun ("the Halvin bridge", "the Millbrook estate": a place), the two ends of a route after
// "between" ("flights between Gorsby and Tell": places), a name before a body's people ("Unisel members voted":
// an organisation), "the Tasker family" (a surname, a person's name), a firm ending in "Consulting", and two wards
// in one councillor's bracket. Run with `node --import tsx --test test/unit/entity-modifier-nouns.test.ts`.
// All names are fictional.
import { entityRowTests, type EntityRow } from './entity-rows';

const HEADLINE = 'Council Reviews Transport Plan';

const ROWS: EntityRow[] = [
  {
    label: 'a name between "the" and a built place\'s noun is the place ("the Halvin bridge", "the Kessel dam")',
    body: 'Traffic was diverted after the Halvin bridge was closed. Officials said the Kessel dam would be finished next year.',
    has: [{ text: 'Halvin', type: 'LOC' }, { text: 'Kessel', type: 'LOC' }],
  },
  {
    label: 'a housing estate is a place ("the Millbrook estate")',
    body: 'Police were called to the Millbrook estate on Sunday night.',
    has: [{ text: 'Millbrook', type: 'LOC' }],
  },
  {
    label: 'guard: the estate of a person named in full is what she left, not a place',
    body: 'Ida Tasker died in May. The Tasker estate sued the publisher, and Tasker said nothing.',
    has: [{ text: 'Tasker', notType: 'LOC' }],
  },
  {
    label: 'the ends of a route after "between" are places ("four flights a day between Gorsby and Tell")',
    body: 'The airline runs four flights a day between Gorsby and Tell, the company said.',
    has: [{ text: 'Gorsby', type: 'LOC' }, { text: 'Tell', type: 'LOC' }],
  },
  {
    label: 'the ends of a freight route after "from" are places ("rates for a container from Delna to Harwick")',
    body: 'Spot rates for a container from Delna to Harwick jumped 12% on Monday.',
    has: [{ text: 'Delna', type: 'LOC' }, { text: 'Harwick', type: 'LOC' }],
  },
  {
    label: 'guard: talks between two names are no route ("Talks between Vellmore and Ostrander")',
    body: 'Talks between Vellmore and Ostrander broke down on Friday, their lawyers said.',
    has: [{ text: 'Vellmore', type: 'PERSON' }, { text: 'Ostrander', type: 'PERSON' }],
  },
  {
    label: 'a one-word name before a body\'s people is the body ("Unisel members voted", "Corvane staff")',
    body: 'Unisel members voted to strike on Tuesday. Corvane staff were told on Friday that the depot would close.',
    has: [{ text: 'Unisel', type: 'ORG' }, { text: 'Corvane', type: 'ORG' }],
  },
  {
    label: '"the Tasker family" names a person\'s surname, not a body',
    body: 'The Tasker family said they were relieved by the verdict.',
    has: [{ text: 'Tasker', type: 'PERSON' }],
  },
  {
    label: 'a firm ending in "Consulting" is a firm, not a person or a place',
    body: 'The council hired Hallam Consulting to review the plan. Hallam Consulting said the review would take a month.',
    has: [{ text: 'Hallam Consulting', type: 'ORG' }],
  },
  {
    label: 'two wards in one councillor\'s bracket are both places ("(Lab, Eastgate and Rook Hill)")',
    body: 'Councillor Ada Fenn (Lab, Eastgate and Rook Hill) said the plan was flawed.',
    has: [{ text: 'Ada Fenn', type: 'PERSON' }, { text: 'Eastgate', type: 'LOC' }, { text: 'Rook Hill', type: 'LOC' }],
  },
];

entityRowTests('modifier nouns', HEADLINE, ROWS);
