// An acronym defined in brackets after a name ("the Kestrel Basin Water Authority (KWA)") is that body's
// wherever it stands alone later ("KWA said", "KWA's director"), also when the name's initials spell it
// otherwise (KBWA): only the bracketed one was joined, so a later lone acronym became a second entity.
// Run with `node --import tsx --test test/unit/entity-acronym-joins.test.ts`. All text is fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';

interface JoinRow {
  label: string;
  body: string;
  acronym: string;
  /** The name of the entity every mention of the acronym must belong to. */
  entity: string;
}

const ROWS: JoinRow[] = [
  {
    label: 'a later lone acronym whose letters skip a word of the name joins the bracketed one',
    body: 'Wells are drying up, according to the Kestrel Basin Water Authority (KWA).\n\nKWA said 3,000 wells had failed.',
    acronym: 'KWA',
    entity: 'Kestrel Basin Water Authority',
  },
  {
    label: 'a possessive acronym later joins the name too',
    body: 'The Orlen Highland Refugee Relief Office (OHRO) opened a camp.\n\n"We need tents," said Mira Cask, OHRO\'s director in Tarsk.',
    acronym: 'OHRO',
    entity: 'Orlen Highland Refugee Relief Office',
  },
  {
    label: 'an acronym whose letters the name does not hold stays its own body',
    body: 'The Velmar Board (VTX) met on Monday.\n\nVTX said it would vote again.',
    acronym: 'VTX',
    entity: 'VTX',
  },
];

for (const row of ROWS) {
  test(`acronym joins: ${row.label}`, () => {
    const a = analyzeText(`Aid Office Opens Camp\n\n${row.body}\n`);
    const ms = a.mentions.filter((m) => m.text === row.acronym);
    assert.ok(ms.length >= 2, `two mentions of ${row.acronym} (mentions: ${a.mentions.map((m) => m.text).join(', ')})`);
    for (const m of ms) assert.equal(a.entities[m.local].name, row.entity, `entity of "${row.acronym}" at ${m.start}`);
  });
}
