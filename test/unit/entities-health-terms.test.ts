// Health news, session 30 sweep (fictional sentences; each row but the guards failed before its fix):
// - a disease spelled out in lower-case words, one of them rare, then abbreviated in brackets ("respiratory
//   syncytial virus (RSV)") is a term: neither the abbreviation there nor later is an organisation
//   (entity-nonnames.ts spelledOutTerm);
// - a feast or season alone ("by Christmas", "over Easter") is a time, no organisation or person
//   (entity-nonnames.ts HOLIDAYS).
// Run with `node --import tsx --test test/unit/entities-health-terms.test.ts`.
import { entityRowTests, type EntityRow } from './entity-rows';

const ROWS: EntityRow[] = [
  {
    label: 'a virus spelled out with a rare lower-case word, then its abbreviation',
    body: 'The jab protects against respiratory syncytial virus (RSV) in older people. RSV causes thousands of admissions in Ferrow.',
    has: [{ text: 'Ferrow', type: 'LOC' }],
    lacks: ['RSV', 'RSV causes'],
  },
  {
    label: 'guard: an organisation spelled out in capitals keeps its abbreviation',
    body: 'The Tarvel Heart Foundation (THF) said the clinics would stay open.',
    has: [{ text: 'Tarvel Heart Foundation', type: 'ORG' }, { text: 'THF', type: 'ORG' }],
  },
  {
    label: 'a feast alone is a time',
    body: 'The Ferrow Health Board said it would offer the jab to everyone by Christmas.',
    has: [{ text: 'Ferrow Health Board', type: 'ORG' }],
    lacks: ['Christmas'],
  },
  {
    label: 'a feast after "over" is a time',
    body: 'Clinics in Orlin will close over Easter, the board said.',
    has: [{ text: 'Orlin', type: 'LOC' }],
    lacks: ['Easter'],
  },
  {
    label: 'guard: a feast in a place\'s name stays a place',
    body: 'The ferry to Christmas Island sank on Monday.',
    has: [{ text: 'Christmas Island', type: 'LOC' }],
  },
];

entityRowTests('health terms', 'Fictional health report', ROWS);
