// Labelled document pairs: a rule that reads a mention's surroundings answers for that mention only, though the
// rules' answers that read a name's own words are kept per name across documents. The first document of each
// row uses the name one way; the second must be read by its own context. Run with
// `node --import tsx --test test/unit/entity-context-per-mention.test.ts`. All names are fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';
import type { EntityType } from '../../server/src/core/types';

const HEADLINE = 'Storm Surge Hits Coastal Town';

interface Row { label: string; before: string; body: string; name: string; type: EntityType }

const ROWS: Row[] = [
  {
    label: 'a street after "on" is a place though an earlier document used the same words as a person ("Travin Close told reporters")',
    before: 'Dara Holt, a baker, said the depot would close. Travin Close told reporters so.',
    body: 'Lorna Wexby, a baker, said the depot would close.\nThe office on Travin Close closed on Monday.',
    name: 'Travin Close',
    type: 'LOC',
  },
  {
    label: 'a street after a house number is a place though an earlier document used the same words as a person ("Orrin Walk said")',
    before: 'Orrin Walk said the depot would close. Orrin Walk told reporters so.',
    body: 'Lorna Wexby, a baker, said the depot would close.\nThe shop at 14 Orrin Walk closed on Monday.',
    name: 'Orrin Walk',
    type: 'LOC',
  },
  {
    label: 'a masthead before "| date" is a paper there only: the body of a later document naming the harbour keeps it a place',
    before: 'Tollan Harbour | 5 March 2026',
    body: 'Fishing boats left Tollan Harbour at dawn, Ada Merrow said.',
    name: 'Tollan Harbour',
    type: 'LOC',
  },
  {
    label: 'a faith\'s word that is a given name too is the group\'s after "a" only: "Christian told reporters" after "became a Christian" is a person',
    before: 'Wenna Dray became a Christian in 2001.',
    body: 'On Monday the coach, Christian, told reporters that Christian was tired.',
    name: 'Christian',
    type: 'PERSON',
  },
];

for (const row of ROWS) {
  test(`entity context per mention: ${row.label}`, () => {
    analyzeText(`${HEADLINE}\n${row.before}\n`);
    const a = analyzeText(`${HEADLINE}\n${row.body}\n`);
    const m = a.mentions.find((x) => x.text === row.name);
    assert.ok(m, `a mention "${row.name}" (mentions: ${JSON.stringify(a.mentions.map((x) => x.text))})`);
    assert.equal(m.type, row.type, `type of "${row.name}"`);
  });
}
