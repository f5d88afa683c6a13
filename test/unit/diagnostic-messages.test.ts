// The wording of the sourcing diagnostics: each message starts with what the finding is, quotes
// the figure early (the Problems view cuts long lines), and a conflict names the other article.
// Run with `node --import tsx --test test/unit/diagnostic-messages.test.ts`. Sentences are fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus, findingsFor } from '../../server/src/core/index';
import { conflictMessage, docLabel } from '../../server/src/core/features/diagnostics';

const ROWS: { label: string; docs: Record<string, string>; code: string; want: RegExp }[] = [
  {
    label: 'an unsourced figure leads with "Unsourced figure" and the figure',
    docs: { 'file:///w/a.txt': 'Orchard Fire\n\nAbout 260 hectares of orchards burned on Sunday night.\n' },
    code: 'unsourced-claim',
    want: /^Unsourced figure “About 260 hectares[^”]*”: no person, body or document is credited with it nearby\.$/,
  },
  {
    label: 'a vague source leads with "Vague attribution" and the hedge',
    docs: { 'file:///w/a.txt': 'Orchard Fire\n\nAbout 260 hectares of orchards reportedly burned on Sunday night.\n' },
    code: 'vague-attribution',
    want: /^Vague attribution \(“reportedly”\)/,
  },
  {
    label: 'a conflict names the article that reports the other figure',
    docs: {
      'file:///w/valley%20news.txt': 'Ferry Toll Rises\n\n29 passengers were killed when the ferry capsized, the port warden said.\n',
      'file:///w/crew%20bulletin.txt': 'Crew Disputes Toll\n\nMore than 200 passengers were killed, the crew union claimed.\n',
    },
    code: 'conflicting-figure',
    want: /^Conflicting figure: (crew bulletin|valley news)\.txt reports “[^”]+”\.$/,
  },
];

for (const r of ROWS) {
  test(`diagnostic message: ${r.label}`, () => {
    const c = new Corpus();
    for (const [id, text] of Object.entries(r.docs)) c.set(id, text, 1);
    const messages = Object.keys(r.docs).flatMap((id) => findingsFor(c, id)).filter((f) => f.code === r.code).map((f) => f.message);
    assert.ok(messages.length, `no ${r.code} finding`);
    for (const m of messages) assert.match(m, r.want);
  });
}

test('conflictMessage counts the other articles, not their passages', () => {
  assert.equal(conflictMessage(['file:///w/b.txt'], '12 dead'), 'Conflicting figure: b.txt reports “12 dead”.');
  assert.equal(conflictMessage(['file:///w/b.txt', 'file:///w/b.txt'], '12 dead'), 'Conflicting figure: b.txt reports “12 dead”.');
  assert.equal(conflictMessage(['file:///w/b.txt', 'file:///w/c.txt', 'file:///w/b.txt', 'file:///w/d.txt'], '12 dead'),
    'Conflicting figure: b.txt reports “12 dead” (and 2 more articles).');
  assert.equal(conflictMessage(['file:///w/b.txt', 'file:///w/c.txt'], '12 dead'), 'Conflicting figure: b.txt reports “12 dead” (and 1 more article).');
});

test('docLabel: the file name of a URI (decoded) or of a path (as is)', () => {
  for (const [doc, want] of [
    ['file:///w/crew%20bulletin.txt', 'crew bulletin.txt'],
    ['/home/ana/articles/50%25 rise.txt', '50%25 rise.txt'],
    ['C:\\articles\\quay.txt', 'quay.txt'],
    ['untitled:Untitled-1', 'untitled:Untitled-1'],
    ['file:///w/bad%E0.txt', 'bad%E0.txt'],
  ] as const) assert.equal(docLabel(doc), want, doc);
});
