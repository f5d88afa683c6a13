// Labelled sentences for a place always written with "The" ("flew in from The Varne": LOC, a paper's title stays
// no place), utility tails ("Orvane Grid said": ORG), a firm's job cuts ("Mossvale cut 40 jobs": ORG) and the sides of
// a result line ("Harwick 3 Castlemoor 0": ORG). Run with
// `node --import tsx --test test/unit/entity-the-places-tails-results.test.ts`. All names are fictional.
import { entityRowTests, type EntityRow } from './entity-rows';

const ROWS: EntityRow[] = [
  { label: '"from The X": an unknown word is a place', body: 'Envoys flew in from The Varne on Monday, officials said.', has: [{ text: 'Varne', type: 'LOC' }] },
  { label: '"in The X" before a verb: a place', body: 'Talks in The Varne stalled after the second day, officials said.', has: [{ text: 'Varne', type: 'LOC' }] },
  { label: '"at The X": a place', body: 'The ferry docked at The Kessel before dawn, the crew said.', has: [{ text: 'Kessel', type: 'LOC' }] },
  { label: '"wrote in The X": a paper, no place', body: 'The columnist wrote in The Varne that the plan would fail.', has: [{ text: 'Varne', notType: 'LOC' }] },
  { label: '"in The X" with an ordinary word: a paper, no place', body: 'The notice ran in The Clarion on Sunday, the council said.', has: [{ text: 'Clarion', notType: 'LOC' }] },
  { label: '"The X" opening a sentence: no place by this rule', body: 'The Varne said it would appeal.', has: [{ text: 'Varne', notType: 'LOC' }] },
  { label: 'a name ending in "Grid" is a utility', body: 'Orvane Grid said outages would last until Friday.', has: [{ text: 'Orvane Grid', type: 'ORG' }] },
  { label: 'a name ending in "Gas" after "of" is a utility, no place', body: 'Customers of Halvick Gas face higher bills this winter, the regulator said.', has: [{ text: 'Halvick Gas', type: 'ORG' }] },
  { label: 'a name ending in "Telecom" is a firm', body: 'Tarlin Telecom said it would sell its towers.', has: [{ text: 'Tarlin Telecom', type: 'ORG' }] },
  { label: 'a one-word name cutting jobs is a firm', body: 'Mossvale cut 40 jobs at its plant, the union said.', has: [{ text: 'Mossvale', type: 'ORG' }] },
  { label: 'a one-word name shedding workers is a firm', body: 'Velto shed 300 workers last year, the union said.', has: [{ text: 'Velto', type: 'ORG' }] },
  { label: 'a person cutting prices stays a person', body: 'Dana Velto cut prices at her bakery. Velto said sales rose.', has: [{ text: 'Dana Velto', type: 'PERSON' }] },
  { label: 'the second side of a result line is a club', body: 'Harwick 3 Castlemoor 0\n\nCastlemoor had the better of the first half, their manager said.', has: [{ text: 'Castlemoor', type: 'ORG' }] },
];

entityRowTests('the-places, tails, results', 'Council Notes', ROWS);
