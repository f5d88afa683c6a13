// A firm named after three or more partners ("Dorsey, Kalb & Marr") is one ORG, not a person "Dorsey" and a
// firm "Kalb & Marr"; a place before the comma and a citation's authors are left alone.
// Run with `node --import tsx --test test/unit/entity-comma-firms.test.ts`. All text is fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';

const rows: [label: string, body: string, names: string[]][] = [
  ['three partners after "a strategist at"', 'Bond prices slipped, said Tam Ruell, a strategist at Dorsey, Kalb & Marr.', ['Tam Ruell/PERSON', 'Dorsey, Kalb & Marr/ORG']],
  ['three partners as the subject', 'The bank Ostrow, Pell & Yarde cut its target for the shares on Monday.', ['Ostrow, Pell & Yarde/ORG']],
  ['four partners after "by"', 'The listing was run by Vantry, Hesk, Orlo & Dune, the broker said.', ['Vantry, Hesk, Orlo & Dune/ORG']],
  ['a place before the comma is where it happens', 'In Karvo, Dell & Marr opened a trading desk.', ['Karvo/LOC', 'Dell & Marr/ORG']],
  ['acronyms in a list are no partners', 'Officials of the IBF, WBO & IBO met in Karvo.', ['IBF/ORG', 'WBO & IBO/ORG', 'Karvo/LOC']],
  ['a citation of three authors stays three people', 'The model follows earlier work (Ostrow, Pell & Yarde, 2011) on prices.', ['Ostrow/PERSON', 'Pell/PERSON', 'Yarde/PERSON']],
];

for (const [label, body, names] of rows) {
  test(label, () => {
    const a = analyzeText(`Velmar markets briefing\n\n${body}\n`);
    assert.deepEqual(a.entities.map((e) => `${e.name}/${e.type}`).sort(), [...names].sort());
  });
}
