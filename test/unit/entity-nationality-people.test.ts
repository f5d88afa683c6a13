// Border and asylum news names people by nationality adjectives no list holds: "Kestani nationals", "Ombrel and
// Tarvish asylum seekers". A one-word name with a nationality's ending before a state's people is a NORP, never a
// person or a firm; an "-i" ending only there ("Ferrani officials" may be a firm's). Run with
// `node --import tsx --test test/unit/entity-nationality-people.test.ts`. Its seas and straits ("the Strait of Morvel")
// are places, and a coastguard cutter's name no person. All text is fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';
import type { EntityType } from '../../server/src/core/types';

interface Row {
  label: string;
  body: string;
  /** The first mention with this text must have this type (or must not). */
  has: { text: string; type?: EntityType; notType?: EntityType }[];
  /** Words no mention may cover. */
  lacks?: string[];
}

const ROWS: Row[] = [
  {
    label: '"-i" adjective before "applicants": a nationality',
    body: 'Velkani applicants had the highest grant rate, officials said.',
    has: [{ text: 'Velkani', type: 'NORP' }],
  },
  {
    label: '"-i" adjective before "refugees": a nationality',
    body: 'Four Ombrali refugees were held at the port on Monday.',
    has: [{ text: 'Ombrali', type: 'NORP' }],
  },
  {
    label: 'two adjectives joined before "nationals": both nationalities',
    body: 'Most of them were Velkani and Tarvish nationals, the coastguard said.',
    has: [{ text: 'Velkani', type: 'NORP' }, { text: 'Tarvish', type: 'NORP' }],
  },
  {
    label: '"-ian" adjective before "migrants": a nationality',
    body: 'The boat carried 40 Ostrelian migrants, the navy said.',
    has: [{ text: 'Ostrelian', type: 'NORP' }],
  },
  {
    label: '"-i" name before "officials" stays open: firms have officials',
    body: 'Ferrani officials said sales rose on Monday.',
    has: [{ text: 'Ferrani', notType: 'NORP' }],
  },
  {
    label: 'a body of water\'s form before "of": "the Strait of Morvel", "the Bay of Tessa" are places',
    body: 'Boats crossed the Strait of Morvel overnight. The Bay of Tessa is calm, and the Sea of Orran rough.',
    has: [{ text: 'Strait of Morvel', type: 'LOC' }, { text: 'Bay of Tessa', type: 'LOC' }, { text: 'Sea of Orran', type: 'LOC' }],
  },
  {
    label: 'a coastguard cutter\'s name is no person: "its cutter Saint Orvel"',
    body: 'Its cutter Saint Orvel picked up the survivors, Adela Moss said.',
    has: [{ text: 'Adela Moss', type: 'PERSON' }],
    lacks: ['Saint Orvel'],
  },
];

for (const row of ROWS) {
  test(row.label, () => {
    const a = analyzeText(`Crossings Rise Again\n\n${row.body}\n`);
    for (const w of row.has) {
      const m = a.mentions.find((x) => x.text === w.text);
      assert.ok(m, `no mention "${w.text}"`);
      if (w.type !== undefined) assert.equal(m.type, w.type, `type of "${w.text}"`);
      if (w.notType !== undefined) assert.notEqual(m.type, w.notType, `type of "${w.text}"`);
    }
    for (const word of row.lacks ?? []) assert.ok(!a.mentions.some((x) => x.text.includes(word)), `a mention covers "${word}"`);
  });
}
