// Labelled sentences for names in the furniture of broadcast transcripts and press releases: a turn label in
// capitals ("SOLBERG:") is the person the article names in full with that surname, and the same entity; a person's
// name before "on" and a programme is two names ("Rhea Solberg on Morning Ledger"); a wire between slashes after a
// dateline is an organisation ("/Wirelink/"); a maker and a model after "a" in a sentence about a vehicle ("drives a
// Vorda Pelican") keep the maker only. Run with `node --import tsx --test test/unit/entity-press-transcripts.test.ts`.
// All names are fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';
import { entityRowTests, type EntityRow } from './entity-rows';

const HEADLINE = 'Ferry Link Talks Resume';
const TRANSCRIPT = `${HEADLINE}\nRhea Solberg, the transport minister, spoke to the programme on Tuesday.\nHOST: And the unions?\nSOLBERG: They will be heard.\n`;

const ROWS: EntityRow[] = [
  {
    label: 'a turn label in capitals is the person named in full with that surname; a host\'s label names no one',
    body: TRANSCRIPT,
    full: true,
    has: [{ text: 'SOLBERG', type: 'PERSON' }],
    lacks: ['HOST'],
  },
  {
    label: 'a person\'s name, "on" and a programme are two names ("Rhea Solberg on Morning Ledger")',
    body: 'Rhea Solberg on Morning Ledger said the plan was flawed.',
    has: [{ text: 'Rhea Solberg', type: 'PERSON' }, { text: 'Morning Ledger', type: 'ORG' }],
  },
  {
    label: 'guard: a body\'s head before "on" keeps the name whole ("the Council on Harbour Affairs")',
    body: 'The Council on Harbour Affairs said on Monday it would meet the unions.',
    has: [{ text: 'Council on Harbour Affairs', type: 'ORG' }],
  },
  {
    label: 'a wire between slashes after a press release\'s dateline is an organisation ("/Wirelink/")',
    body: 'DUNMORE, Ostland, March 3, 2026 /Wirelink/ -- Kelvar Inc said on Tuesday it had won a contract.',
    has: [{ text: 'Wirelink', type: 'ORG' }, { text: 'Kelvar Inc', type: 'ORG' }],
  },
  {
    label: 'a maker and a model after "a" in a sentence about a vehicle: the maker only ("drives a Vorda Pelican")',
    body: 'She drives a Vorda Pelican to work every day.',
    has: [{ text: 'Vorda', type: 'ORG' }],
    lacks: ['Pelican'],
  },
  {
    label: 'guard: a given name after "a" is a person, vehicle or not ("a Marta Fenn of Dunmore crashed her car")',
    body: 'A driver, a Marta Fenn of Dunmore, crashed her car on Monday.',
    has: [{ text: 'Marta Fenn', type: 'PERSON' }],
  },
];

entityRowTests('press and transcripts', HEADLINE, ROWS);

const JOINS: { label: string; text: string; label1: string; full: string }[] = [
  { label: 'the capitals label joins the full name', text: TRANSCRIPT, label1: 'SOLBERG', full: 'Rhea Solberg' },
];

for (const row of JOINS) {
  test(`press and transcripts: ${row.label}`, () => {
    const a = analyzeText(row.text);
    const l = a.mentions.find((m) => m.text === row.label1), f = a.mentions.find((m) => m.text === row.full);
    assert.ok(l && f, `mentions "${row.label1}" and "${row.full}"`);
    assert.equal(l!.local, f!.local);
  });
}
