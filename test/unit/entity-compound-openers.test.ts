// Labelled sentences for a closed compound of ordinary words opening a sentence ("Cyberattacks rose", "Ransomware
// hit"): no person, and no entity; a surname the document names in full, or one the lexicon knows, stays a person.
// Run with `node --import tsx --test test/unit/entity-compound-openers.test.ts`. All names are fictional.
import { entityRowTests, type EntityRow } from './entity-rows';

const ROWS: EntityRow[] = [
  { label: '"Cyberattacks rose" names no one', body: 'Cyberattacks rose sharply last year in Ostland.', has: [{ text: 'Ostland' }], lacks: ['Cyberattacks'] },
  { label: '"Ransomware hit" names no one', body: 'Ransomware hit the billing system of Dorrin Port on Tuesday.', has: [], lacks: ['Ransomware'] },
  { label: '"Microplastics were found" names no one', body: 'Microplastics were found in the Velling river.', has: [], lacks: ['Microplastics'] },
  { label: 'a compound surname named in full elsewhere stays a person', body: 'Ina Stonebridge chairs the board. Stonebridge said the vote was close.', has: [{ text: 'Ina Stonebridge', type: 'PERSON' }, { text: 'Stonebridge', type: 'PERSON' }] },
  { label: 'a compound opener before a verb of saying stays a speaker', body: 'Westbrook told reporters the vote was close.', has: [{ text: 'Westbrook', type: 'PERSON' }] },
];

entityRowTests('compound openers', 'Council Notes', ROWS);
