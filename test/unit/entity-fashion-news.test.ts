// Fashion and luxury news: a house named with "Maison" or "Atelier" before its name is an organisation ("Maison
// Derval", where the model read a surname), and a two-word name right after "model" or "supermodel" is a person
// ("opened with model Inga Berg", where the model read a product's model); a capitalised maker before "model" keeps
// the product reading ("the Tarvo model Astra Sport") (entity-fashion-names.ts). A collection's title is no entity.
// Run with `node --import tsx --test test/unit/entity-fashion-news.test.ts`. All names are fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';
import type { EntityType } from '../../server/src/core/types';

const HEADLINE = 'New Designer Wins Over Buyers';

/** `notType`: every mention of `text` is not of that type (or no entity). */
const ROWS: { label: string; body: string; text: string; type?: EntityType; notType?: EntityType }[] = [
  { label: '"Maison X" is a fashion house (the model said PERSON)', body: 'Maison Derval showed its first collection under Lucien Marsh on Tuesday.', text: 'Maison Derval', type: 'ORG' },
  { label: '"Atelier X" is a house too', body: 'The gown came from Atelier Vossen, which employs 40 seamstresses.', text: 'Atelier Vossen', type: 'ORG' },
  { label: 'guard: a person after "Maison" in lower case is no house', body: 'The new designer, Lucien Marsh, left the maison in May.', text: 'Lucien Marsh', type: 'PERSON' },
  { label: '"model X Y" is a person (the model said ORG)', body: 'The show opened with model Inga Berg in a black wool coat.', text: 'Inga Berg', type: 'PERSON' },
  { label: '"supermodel X Y" at a sentence\'s start is a person', body: 'Supermodel Inga Berg closed the show.', text: 'Inga Berg', type: 'PERSON' },
  { label: 'guard: "the Maker model X Y" is a product\'s model, no person', body: 'Sales of the Tarvo model Astra Sport rose 8% last year.', text: 'Astra Sport', notType: 'PERSON' },
  { label: 'guard: a collection\'s title is no entity', body: 'The collection, called "Salt and Ash", opened with a white silk gown.', text: 'Salt and Ash', notType: 'PERSON' },
];

for (const row of ROWS) {
  test(`fashion news: ${row.label}`, () => {
    const a = analyzeText(`${HEADLINE}\n\n${row.body}\n`);
    const ms = a.mentions.filter((e) => e.text === row.text);
    const seen = JSON.stringify(a.mentions.map((x) => x.text + ':' + x.type));
    if (row.type) {
      assert.ok(ms.length > 0, `a mention "${row.text}" (mentions: ${seen})`);
      for (const m of ms) assert.equal(m.type, row.type, seen);
    }
    if (row.notType) for (const m of ms) assert.notEqual(m.type, row.notType, seen);
  });
}
