// Hover Markdown for quotations (core/features/quote-hover.ts) and the word-level diff it shows
// (core/features/word-diff.ts). Article text is untrusted: every row checks that it comes out escaped.
// Run with `node --import tsx --test test/unit/quote-hover.test.ts`.
// All articles are written for this file; people and places are fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus, hoverAt } from '../../server/src/core/index';
import { renderDiff, wordDiff } from '../../server/src/core/features/word-diff';

const link = (doc: string, start: number, label: string) => `[${label}](file:///${doc}#${start})`;
const name = (d: string) => `${d}.txt`;

function hoverOnQuote(c: Corpus, doc: string, words: string): string {
  const text = c.get(doc)!.text;
  const at = text.indexOf(words);
  assert.ok(at >= 0, `"${words}" in ${doc}`);
  const h = hoverAt(c, doc, at + 1, link, name);
  assert.ok(h, 'a hover');
  return h!.markdown;
}

// ── the diff ──
const DIFFS: { label: string; a: string; b: string; md: string }[] = [
  { label: 'a swapped word: struck in this version, bold in the other', a: 'We will not stop until spring', b: 'We will not rest until spring',
    md: 'We will not ~~stop~~ **rest** until spring' },
  { label: 'case, punctuation and apostrophe style are not differences', a: 'We’re staying, whatever happens.', b: "we're staying whatever happens",
    md: "we\\'re staying whatever happens" },
  { label: 'Markdown in the article text is escaped inside the markers', a: 'pay *now* or [never](command:x)', b: 'pay **later** or [never](command:x)',
    md: 'pay ~~\\*now\\*~~ **\\*\\*later\\*\\*** or \\[never\\]\\(command\\:x\\)' },
  { label: 'a long unchanged run is shortened around an ellipsis', a: 'one two three four five six seven eight nine ten eleven stop', b: 'one two three four five six seven eight nine ten eleven rest',
    md: '… eight nine ten eleven ~~stop~~ **rest**' },
];
for (const d of DIFFS) {
  test(`word diff: ${d.label}`, () => {
    const parts = wordDiff(d.a, d.b);
    assert.ok(parts);
    assert.equal(renderDiff(parts!), d.md);
  });
}

test('word diff: texts too long to compare give null, not a slow hover', () => {
  const long = Array.from({ length: 600 }, (_, i) => `w${i}`).join(' ');
  assert.equal(wordDiff(long, long + ' more'), null);
});

// ── the hover ──
const A = 'Dockers Walk Out\nLena Ortiz leads the dockworkers union.\n“We have repeatedly offered talks to the owners before the vote,” Lena Ortiz said.\n';
const B = 'Port Strike Widens\n“We have time and again offered talks to the owners ahead of the vote,” said Lena Ortiz, who leads the union.\n';
const C = 'Strike Enters Second Week\nMarco Bellini said the owners “have repeatedly offered talks to the owners before the vote.”\n';

test('hover on a quote: speaker and cue, then the other article’s version with a diff and the same speaker', () => {
  const c = new Corpus();
  c.set('a', A, 1);
  c.set('b', B, 1);
  const md = hoverOnQuote(c, 'a', 'We have repeatedly');
  assert.match(md, /^\*\*Quote\*\* — Lena Ortiz \(said\)/);
  assert.match(md, /The same statement in other articles/);
  assert.ok(md.includes('[b.txt](file:///b#'), 'links the other article');
  assert.match(md, /paraphrase; credits the same speaker/);
  assert.ok(md.includes('~~repeatedly~~ **time and again**'), md);
  assert.ok(md.includes('~~before~~ **ahead of**'), md);
});

test('hover on a quote: another article crediting someone else is flagged', () => {
  const c = new Corpus();
  c.set('a', A, 1);
  c.set('c', C, 1);
  const md = hoverOnQuote(c, 'a', 'We have repeatedly');
  assert.match(md, /⚠ credits Marco Bellini, not Lena Ortiz/);
});

test('hover on a quote with no variant has no "other articles" section', () => {
  const c = new Corpus();
  c.set('a', A, 1);
  const md = hoverOnQuote(c, 'a', 'We have repeatedly');
  assert.doesNotMatch(md, /other articles/);
});

test('hover on a quote: article text in the speaker, the cue and the other version is escaped', () => {
  const c = new Corpus();
  c.set('x', 'Harbour Row\n“Pay [now](command:evil) or <img src=x> we **walk** out tonight,” said a union_rep official.\n', 1);
  c.set('y', 'Harbour Row Grows\n“Pay [now](command:evil) or <img src=x> we **walk** out tonight and tomorrow,” said a union_rep official.\n', 1);
  const md = hoverOnQuote(c, 'x', 'Pay');
  assert.ok(!md.includes('](command'), 'no live link from article text');
  assert.ok(!md.includes('<img'), 'no raw HTML');
  assert.ok(!/[^\\]_rep/.test(md), 'underscores escaped');
  assert.match(md, /\*\*and tomorrow,\*\*/, 'the added words are bold');
});

test('hover on a scare quote says it is not speech', () => {
  const c = new Corpus();
  c.set('s', 'Harbour Row\nThe dockers walked past a “temporary” fence of sandbags.\n', 1);
  assert.match(hoverOnQuote(c, 's', 'temporary'), /^\*\*Scare quote\*\*/);
});
