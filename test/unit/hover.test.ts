// Hover Markdown of corpus-wide entities. Run with `node --import tsx --test test/unit/hover.test.ts`.
// Names are fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus, hoverAt } from '../../server/src/core/index';

test('hover: an entity named in many articles lists this article first, then the first others and a count', () => {
  const c = new Corpus();
  const text = (i: number) => `Report ${i} From the Coast\n\nMira Velasko, the harbour master, said ${i + 10} boats were damaged on Monday.\n`;
  for (let i = 0; i < 20; i++) c.set('d' + i, text(i), 1);
  const doc = 'd15';
  const at = c.get(doc)!.text.indexOf('Mira Velasko') + 2;
  const h = hoverAt(c, doc, at, (d) => `[${d}]`, (d) => d);
  assert.ok(h, 'a hover on the name');
  const items = h!.markdown.split('\n').filter((l) => l.startsWith('- '));
  assert.match(items[0], /\[d15\] \(this article\)/);
  assert.equal(items.filter((l) => /^- \[d\d+\]/.test(l)).length, 12);
  assert.ok(items.includes('- … and 8 more'), h!.markdown);
});
