// "Chamber" heads an organisation's name like "Council" or "Bureau": "the Harlow Chamber of Commerce"
// is one ORG, not a person "Harlow Chamber" and an ORG "Commerce".
// Run with `node --import tsx --test test/unit/entities-chamber.test.ts`. All text is fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';

const rows: [label: string, body: string, name: string, type: string][] = [
  ['a town\'s chamber of commerce after "by the"', 'According to a survey by the Harlow Chamber of Commerce, most shops plan to hire.', 'Harlow Chamber of Commerce', 'ORG'],
  ['a chamber of commerce as the subject', 'The Tarvel Chamber of Commerce said exporters were struggling.', 'Tarvel Chamber of Commerce', 'ORG'],
  ['a chamber with no place before it', 'The Chamber of Industry warned of higher costs.', 'Chamber of Industry', 'ORG'],
];

for (const [label, body, name, type] of rows) {
  test(label, () => {
    const a = analyzeText(`Velmar business briefing\n\n${body}\n`);
    const e = a.entities.find((x) => x.name === name);
    assert.ok(e, `${name} among ${a.entities.map((x) => `${x.name}/${x.type}`).join(', ')}`);
    assert.equal(e.type, type);
  });
}
