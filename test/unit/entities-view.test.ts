// Labelled rows for the Entities view's data (core/features/entities-view.ts): summaries sorted
// by articles then mentions, mentions with plain-text line excerpts, and the excerpt cutter.
// Run with `node --import tsx --test test/unit/entities-view.test.ts`.
// All articles are written for this file; people, places and organisations are fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus, entityMentions, entitySummaries, lineExcerpt } from '../../server/src/core/index';

const A = 'Levee Breach Floods Lower Town\nIlse Varga-Horn, the deputy mayor, said the levee gave way before dawn.\nThe Valley Water Board said pumps were running in Lower Town.\n';
const B = 'Town Counts the Cost of the Flood\nVarga-Horn told residents that help was coming.\nIlse Varga-Horn later visited the shelter with Tomas Quell.\n';
const C = 'Water Board Defends Its Record\nThe Valley Water Board rejected the criticism on Friday.\n';

function corpus(): Corpus {
  const c = new Corpus();
  c.set('a.txt', A, 1);
  c.set('b.txt', B, 1);
  c.set('c.txt', C, 1);
  return c;
}

test('summaries: each entity once, with its mentions and articles', () => {
  const list = entitySummaries(corpus());
  const varga = list.find((e) => e.name === 'Ilse Varga-Horn');
  assert.ok(varga, `Ilse Varga-Horn in ${JSON.stringify(list.map((e) => e.name))}`);
  assert.equal(varga!.type, 'PERSON');
  assert.equal(varga!.articles, 2);
  assert.equal(varga!.mentions, 3);
  assert.deepEqual(varga!.aliases, ['Varga-Horn']);
  assert.equal(new Set(list.map((e) => e.id)).size, list.length, 'ids are unique');
});

test('summaries: sorted by articles, then mentions, then name', () => {
  const list = entitySummaries(corpus());
  for (let i = 1; i < list.length; i++) {
    const [p, q] = [list[i - 1], list[i]];
    const ok = p.articles > q.articles || (p.articles === q.articles && (p.mentions > q.mentions || (p.mentions === q.mentions && p.name.localeCompare(q.name) <= 0)));
    assert.ok(ok, `${p.name} (${p.articles}/${p.mentions}) before ${q.name} (${q.articles}/${q.mentions})`);
  }
});

test('summaries: an empty corpus has none', () => {
  assert.deepEqual(entitySummaries(new Corpus()), []);
});

test('mentions: every mention of the entity, by document and position, with its line as excerpt', () => {
  const c = corpus();
  const id = entitySummaries(c).find((e) => e.name === 'Ilse Varga-Horn')!.id;
  const ms = entityMentions(c, id);
  assert.deepEqual(ms.map((m) => [m.doc, c.get(m.doc)!.text.slice(m.start, m.end)]), [
    ['a.txt', 'Ilse Varga-Horn'],
    ['b.txt', 'Varga-Horn'],
    ['b.txt', 'Ilse Varga-Horn'],
  ]);
  assert.equal(ms[0].excerpt, 'Ilse Varga-Horn, the deputy mayor, said the levee gave way before dawn.');
  for (const m of ms) {
    const text = c.get(m.doc)!.text.slice(m.start, m.end);
    assert.equal(m.excerpt.slice(m.highlight[0], m.highlight[1]), text, 'the highlight is the mention');
    assert.doesNotMatch(m.excerpt, /[\r\n]/);
  }
});

test('mentions: an unknown id gives none', () => {
  assert.deepEqual(entityMentions(corpus(), 'no-such-entity'), []);
});

// [name, line, mention, max, expected excerpt (the mention in [brackets])]
const EXCERPTS: [string, string, string, number, string][] = [
  ['short line kept whole', 'Tomas Quell visited the shelter.', 'Tomas Quell', 120, '[Tomas Quell] visited the shelter.'],
  ['whitespace collapsed and trimmed', '   Then  Tomas\tQuell   left.  ', 'Tomas\tQuell', 120, 'Then [Tomas Quell] left.'],
  ['long tail cut on a word with an ellipsis', 'Tomas Quell said that the pumps had been running since midnight and would run until the water went down.', 'Tomas Quell', 40, '[Tomas Quell] said that the pumps had…'],
  ['long head cut on a word with an ellipsis', 'After a night of pumping and a morning of sandbagging along the river, the shelter was visited by Tomas Quell.', 'Tomas Quell', 40, '…the shelter was visited by [Tomas Quell].'],
  ['a wide room still keeps little before the mention', 'After a night of pumping and a morning of sandbagging along the whole river, the shelter was visited by Tomas Quell, who said the pumps would keep running until the water went down on Sunday evening or later, if needed.', 'Tomas Quell', 120, '…the shelter was visited by [Tomas Quell], who said the pumps would keep running until the water went down on Sunday…'],
  ['both sides cut', 'After a night of pumping and sandbagging along the whole river, Tomas Quell said that the pumps would keep running until the water went down.', 'Tomas Quell', 50, '…along the whole river, [Tomas Quell] said that the…'],
  ['only its own line', 'First line about something else.\r\nTomas Quell arrived.\nThird line.', 'Tomas Quell', 120, '[Tomas Quell] arrived.'],
  ['no surrogate half at a cut', 'Tomas Quell said 😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀', 'Tomas Quell', 30, '[Tomas Quell] said 😀😀😀😀😀😀…'],
];

for (const [name, line, mention, max, expected] of EXCERPTS) {
  test(`excerpt: ${name}`, () => {
    const start = line.indexOf(mention);
    const { excerpt, highlight } = lineExcerpt(line, start, start + mention.length, max);
    const shown = excerpt.slice(0, highlight[0]) + '[' + excerpt.slice(highlight[0], highlight[1]) + ']' + excerpt.slice(highlight[1]);
    assert.equal(shown, expected);
    assert.ok(excerpt.length <= max + 2, `at most about ${max} characters: ${excerpt.length}`);
    assert.doesNotMatch(excerpt, /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/, 'no lone surrogate');
  });
}
