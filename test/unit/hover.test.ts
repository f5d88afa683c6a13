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

test('hover: the quotes of an entity come in article order, the first six listed and the rest counted', () => {
  const c = new Corpus();
  // Two quotes per article credited to the entity, one scare quote that is not speech.
  const text = (i: number) => `Storm Report ${i}\n\nThe so-called "safe harbour" flooded again.\n\n` +
    `"We lost ${i + 3} boats overnight," Tomas Brandvik said on Tuesday.\n\n"The pier held until dawn," Brandvik said.\n`;
  for (let i = 0; i < 5; i++) c.set('d' + i, text(i), 1);
  const at = c.get('d2')!.text.indexOf('Tomas Brandvik') + 2;
  const h = hoverAt(c, 'd2', at, (d, o) => `[${d}@${o}]`, (d) => d);
  assert.ok(h, 'a hover on the name');
  const md = h!.markdown;
  const quoted = md.slice(md.indexOf('**Quoted**')).split('\n').filter((l) => l.startsWith('- '));
  assert.deepEqual(quoted.slice(0, 6).map((l) => /\[(d\d)@/.exec(l)?.[1]), ['d0', 'd0', 'd1', 'd1', 'd2', 'd2']);
  assert.match(quoted[0], /We lost 3 boats/);
  assert.match(quoted[1], /The pier held/);
  assert.equal(quoted[6], '- … and 4 more');
  assert.doesNotMatch(md, /safe harbour/);
});

test('hover: an edit that keeps every name but changes what an entity is quoted saying shows the new quote', () => {
  const c = new Corpus();
  const text = (quote: string) => `Harbour Notes\n\nEdda Lindqvaar runs the ferry office.\n\n"${quote}," Edda Lindqvaar said on Friday.\n`;
  c.set('d0', text('The ferries run on time'), 1);
  c.set('d1', text('Two ferries were cancelled'), 1);
  const hover = () => hoverAt(c, 'd1', c.get('d1')!.text.indexOf('Edda') + 1, (d) => `[${d}]`, (d) => d)!.markdown;
  assert.match(hover(), /The ferries run on time/);
  const before = c.entityOf('d0', 0);
  c.set('d0', text('The ferries are all late'), 2);
  assert.equal(c.entityOf('d0', 0), before, 'the edit keeps the corpus-wide entity');
  assert.match(hover(), /The ferries are all late/);
  assert.doesNotMatch(hover(), /run on time/);
});

test('hover on a claim: the other articles\' passages are labelled supporting / conflicting, as the quick fix labels them', () => {
  const c = new Corpus();
  c.set('lake', 'Ferry Toll Rises\n\n29 passengers were killed when the ferry capsized, the port warden said.\n', 1);
  c.set('near', 'Inquiry Opens\n\nAt least 27 passengers were killed when the ferry capsized, the port warden said.\n', 1);
  c.set('far', 'Crew Disputes Toll\n\nMore than 200 passengers were killed, the crew union claimed.\n', 1);
  const at = c.get('lake')!.text.indexOf('29 passengers') + 1;
  const h = hoverAt(c, 'lake', at, (d) => `[${d}]`, (d) => d);
  assert.ok(h, 'a hover on the figure');
  const items = h!.markdown.split('\n').filter((l) => l.startsWith('- '));
  assert.ok(items.some((l) => /^- supporting: .*\[near\]$/.test(l)), h!.markdown);
  assert.ok(items.some((l) => /^- conflicting: .*\[far\]$/.test(l)), h!.markdown);
  assert.doesNotMatch(h!.markdown, /^- (supports|conflicts):/m);
});

// A headline's figure is never flagged as unsourced (the body names the source), so its hover must
// not say "no source named"; it points to the body's passages with the same figure instead.
const HEADLINE_ROWS: { name: string; text: string; at: string; expect: RegExp[]; not: RegExp[] }[] = [
  {
    name: 'the body repeats the figure with a named source',
    text: '340 Families Forced From Homes by Flood\n\nRising water forced 340 families from their homes on Sunday, the county sheriff, Dara Quillon, said.\n',
    at: '340 Families',
    expect: [/headline figure, not checked for a source/, /\*\*In the body\*\*/, /forced 340 families” — sourced: Dara Quillon — /, /\[line 3\]/],
    not: [/no source named/],
  },
  {
    name: 'the body never gives the figure',
    text: '340 Families Forced From Homes by Flood\n\nRising water forced hundreds of people from their homes on Sunday.\n',
    at: '340 Families',
    expect: [/headline figure, not checked for a source/, /The body of this article does not give this figure\./],
    not: [/no source named/, /In the body/],
  },
  {
    name: 'a body figure keeps its own label',
    text: 'Flood Forces Families From Homes\n\nRising water forced 340 families from their homes on Sunday.\n',
    at: '340 families',
    expect: [/no source named/],
    not: [/headline figure/],
  },
];

for (const row of HEADLINE_ROWS) {
  test(`hover on a headline claim: ${row.name}`, () => {
    const c = new Corpus();
    c.set('d', row.text, 1);
    const h = hoverAt(c, 'd', c.get('d')!.text.indexOf(row.at) + 1, (_d, _o, label) => `[${label}]`, (d) => d);
    assert.ok(h, 'a hover on the figure');
    for (const re of row.expect) assert.match(h!.markdown, re);
    for (const re of row.not) assert.doesNotMatch(h!.markdown, re);
  });
}

test('hover on a headline claim: article text in the body passages stays escaped', () => {
  const c = new Corpus();
  c.set('d', '340 Families Forced From Homes by Flood\n\nWater forced 340 families [out](command:x) of their homes on Sunday.\n', 1);
  const h = hoverAt(c, 'd', c.get('d')!.text.indexOf('340 Families') + 1, (_d, _o, label) => `{${label}}`, (d) => d);
  assert.ok(h);
  assert.doesNotMatch(h!.markdown, /\[out\]\(command/);
});
