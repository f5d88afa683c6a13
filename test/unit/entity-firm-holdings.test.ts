// Labelled sentences for a one-word name that "said its" results or holdings: a firm reports its own revenue,
// profit, sales or shareholders ("Dravik said its quarterly revenue rose"), so the name is an organisation however
// much it looks like a surname; "its" of anything else ("said its roof leaked") and a person's full name stay as
// they were. Run with `node --import tsx --test test/unit/entity-firm-holdings.test.ts`. All names are fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';
import type { EntityType } from '../../server/src/core/types';

const HEADLINE = 'Gadget Maker Reports Results';

const ROWS: { label: string; body: string; text: string; type?: EntityType; notType?: EntityType }[] = [
  { label: '"X said its quarterly revenue rose": a firm', body: 'Dravik said its quarterly revenue rose 12% on the year.', text: 'Dravik', type: 'ORG' },
  { label: '"said on Monday that its net profit": a firm', body: 'Pellomar said on Monday that its net profit fell by a third.', text: 'Pellomar', type: 'ORG' },
  { label: '"said its shareholders": a firm', body: 'Ostrevin said its shareholders would vote on the merger in May.', text: 'Ostrevin', type: 'ORG' },
  { label: 'guard: "said its roof leaked" is no firm\'s holding', body: 'Halvard said its roof had leaked for years.', text: 'Halvard', notType: 'ORG' },
  { label: 'guard: a full name speaking for a firm stays a person', body: 'Ada Tolland said its revenue fell 4%.', text: 'Ada Tolland', type: 'PERSON' },
];

for (const row of ROWS) {
  test(`firm holdings: ${row.label}`, () => {
    const a = analyzeText(`${HEADLINE}\n\n${row.body}\n`);
    const m = a.mentions.find((e) => e.text === row.text);
    assert.ok(m, `a mention "${row.text}" (mentions: ${JSON.stringify(a.mentions.map((x) => x.text + ':' + x.type))})`);
    if (row.type) assert.equal(m.type, row.type);
    if (row.notType) assert.notEqual(m.type, row.notType);
  });
}
