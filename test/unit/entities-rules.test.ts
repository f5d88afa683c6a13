// Labelled sentences for general entity rules (pipeline stage 3): multi-word job titles, a field
// word before a title. Run with `node --import tsx --test test/unit/entities-rules.test.ts`.
// All text is written for this file; people, places and organisations are fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';
import type { EntityType } from '../../server/src/core/types';

const HEADLINE = 'Storm Surge Hits Coastal Town';

interface Row {
  label: string;
  body: string;
  /** Mentions that must exist: exact text (first mention with that text), and type and role when given. */
  has?: { text: string; type?: EntityType; notType?: EntityType; role?: string }[];
  /** Words no mention may cover (first occurrence in the text). */
  lacks?: string[];
  todo?: string;
}

const ROWS: Row[] = [
  {
    label: 'a title of two heads with plain words between is one role: "Chief Operating Officer"',
    body: 'Chief Operating Officer Ana Reis said the line would reopen.',
    has: [{ text: 'Ana Reis', type: 'PERSON', role: 'Chief Operating Officer' }],
    lacks: ['Operating'],
  },
  {
    label: 'the same inside a sentence: "the company\'s Chief Technology Officer Ben Olde"',
    body: 'The plan came from the company\'s Chief Technology Officer Ben Olde on Monday.',
    has: [{ text: 'Ben Olde', type: 'PERSON', role: 'Chief Technology Officer' }],
    lacks: ['Technology'],
  },
  {
    label: '"Manager" is a title head: "Plant Manager Jo Pike"',
    body: 'The letter was signed by Plant Manager Jo Pike last week.',
    has: [{ text: 'Jo Pike', type: 'PERSON' }],
    lacks: ['Manager'],
  },
  {
    label: 'a field word before a title belongs to the title: "to Infrastructure Minister Rui Lopes"',
    body: 'The report went to Infrastructure Minister Rui Lopes on Monday.',
    has: [{ text: 'Rui Lopes', type: 'PERSON', role: 'Infrastructure Minister' }],
    lacks: ['Infrastructure'],
  },
  {
    label: 'a name before a title is not taken into it: "said Dorvo President Mara Lind"',
    body: 'Sales will rise, said Dorvo President Mara Lind.',
    has: [{ text: 'Dorvo' }, { text: 'Mara Lind', type: 'PERSON' }],
  },
  // ── a place by its context, for the whole document ──
  {
    label: 'a name written after "near" is a place in all its mentions',
    body: 'Tavuma has been dry since May. Farmers near Tavuma lost their crops, and Tavuma asked for help.',
    has: [{ text: 'Tavuma', type: 'LOC' }],
  },
  {
    label: 'a name in apposition to "the capital" is a place',
    body: 'Marevo said the roads were closed. Officials in the capital, Marevo, sent buses.',
    has: [{ text: 'Marevo', type: 'LOC' }],
  },
  {
    label: 'a name after "the outskirts of" is a place',
    body: 'Ostrel Vance was shelled again. Shells fell on the outskirts of Ostrel Vance overnight.',
    has: [{ text: 'Ostrel Vance', type: 'LOC' }],
  },
  {
    label: '"shares in" a name does not make it a place',
    body: 'Dorvex said profits rose. Investors bought shares in Dorvex on Monday.',
    has: [{ text: 'Dorvex', notType: 'LOC' }],
    todo: 'the place-context rule leaves it alone, but the model still types this unknown word LOC',
  },
  // ── chunks ──
  {
    label: 'an ordinary word, "and", and a capitalised organisation tail are one name: "Korvan Land and River Alliance"',
    body: 'Rosa Lima of the Korvan Land and River Alliance spoke on Monday.',
    has: [{ text: 'Korvan Land and River Alliance', type: 'ORG' }],
  },
];

for (const row of ROWS) {
  test(`entity rules: ${row.label}`, row.todo ? { todo: row.todo } : {}, () => {
    const text = `${HEADLINE}\n${row.body}\n`;
    const a = analyzeText(text);
    for (const h of row.has ?? []) {
      const m = a.mentions.find((x) => x.text === h.text);
      assert.ok(m, `a mention "${h.text}" (mentions: ${JSON.stringify(a.mentions.map((x) => x.text))})`);
      if (h.type !== undefined) assert.equal(m.type, h.type, `type of "${h.text}"`);
      if (h.notType !== undefined) assert.notEqual(m.type, h.notType, `type of "${h.text}"`);
      const e = a.entities[m.local];
      if (h.role !== undefined) assert.ok(e.roles.some((r) => r.text === h.role), `role "${h.role}" of "${h.text}" (roles: ${JSON.stringify(e.roles.map((r) => r.text))})`);
    }
    for (const word of row.lacks ?? []) {
      const at = text.indexOf(word);
      assert.ok(at >= 0, `"${word}" occurs in the text`);
      const covering = a.mentions.find((m) => m.start < at + word.length && at < m.end);
      assert.equal(covering, undefined, `no mention covers "${word}" (it is in "${covering?.text}")`);
    }
  });
}
