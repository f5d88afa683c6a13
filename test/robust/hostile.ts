/**
 * Shared material for the robustness suite: hostile text (fast-check arbitraries and
 * pathological generators), and the invariants every analysis and every hover must satisfy.
 * All names and sentences are invented for this file.
 */
import fc from 'fast-check';
import assert from 'node:assert/strict';
import type { DocumentAnalysis } from '../../server/src/core/index';

/** The seed of every property in the suite; override with ROBUST_SEED to explore. */
export const SEED = Number(process.env.ROBUST_SEED ?? 20261121);

const NAMES = ['Anna Berg', 'Dr. Olu Adeyemi', 'Marek Novotný', 'Siân Pryce-Jones', 'the Harbour Authority', 'UNCHR', 'Greenvale Council',
  'Li Wen', 'O’Neill', "d'Arcy", 'Ngozi Okafor-Bell', 'ASHA', 'Ms Ruiz', 'President Tam', 'the Red Cliff Rescue Service (RCRS)'];
const CUES = [' said', ' told reporters', ' according to ', ' reportedly', ' added', ' is believed to have', ' quoted ', ' as saying', ' sources said', ', who ', ' called it a '];
const NUMBERS = ['40', '1,234.5', 'nearly 300', '€4.5 million', 'between 40 and 50', '12%', 'dozens of', 'two thousand', '3:40 p.m.', '2019',
  'more than 1,000,000', '0.5', 'US$20m', '99 per cent', 'hundreds of thousands of', '1e9', '٣٤'];
const WORDS = [' people', ' died', ' were killed', ' homes', ' families', ' the', ' and', ' in', ' on Monday', ' last week', ' were injured',
  ' children', ' he', ' she', ' they', ' it', ' officials', ' police', ' of', ' a', ' spokeswoman', ' minister'];
const MARKS = ['“', '”', '"', "'", '‘', '’', '«', '»', '„', '‹', '›', '「', '」'];
const PUNCT = ['.', ',', ';', ':', '!', '?', '…', '—', '–', '-', '(', ')', '[', ']', '/', '\\', '*', '_', '#', '|', '&', '@'];
const SPACE = [' ', '  ', '\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\t', '\u00a0', '\u2028', '\u2029', '\u3000'];
const ODD = ['😀', '🏳️‍🌈', '👩🏽‍🚒', 'e\u0301', '\u0301\u0301\u0301', '\u202e', '\u202d', 'مرحبا', 'שלום', '\u200b', '\u200d', '\u200c',
  '\ufeff', '\u0000', '\ud800', '\udc00', '\uffff', '𝔄𝔫𝔫𝔞', 'İ', 'ǅ', 'ß', 'Ⅻ', '\u0007', '\u001b[31m'];
/** Markup an article must never smuggle into a hover. */
export const PAYLOADS = ['[x](command:workbench.action.terminal.new)', '<img src=x onerror=alert(1)>', '<script>alert(1)</script>',
  '![](http://tracker.invalid/p.png)', '`rm -rf`', '**bold**', '&lt;b&gt;', '<http://evil.invalid>', 'www.evil.invalid',
  '[a]: http://evil.invalid', '\\[x\\](y)', '<!-- c -->', 'javascript:alert(1)', '$$x$$'];

const pick = (xs: string[]) => fc.constantFrom(...xs);

/** One piece of news-like or hostile text. */
export const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: pick(NAMES) },
  { weight: 3, arbitrary: pick(CUES) },
  { weight: 3, arbitrary: pick(NUMBERS) },
  { weight: 5, arbitrary: pick(WORDS) },
  { weight: 3, arbitrary: pick(MARKS) },
  { weight: 2, arbitrary: pick(PUNCT) },
  { weight: 3, arbitrary: pick(SPACE) },
  { weight: 2, arbitrary: pick(ODD) },
  { weight: 1, arbitrary: pick(PAYLOADS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  // a news-like sentence, so the deep paths (speakers, claims, sourcing) run
  { weight: 4, arbitrary: fc.tuple(pick(NAMES), pick(CUES), pick(MARKS), pick(NUMBERS), pick(WORDS), pick([...PAYLOADS, ...ODD, ...PUNCT]), pick(WORDS), pick(MARKS), pick(['. ', '.\n', ',” she said. ', '\n\n']))
    .map(([n, c, q1, x, w1, odd, w2, q2, end]) => ` ${q1}${x}${w1} ${odd}${w2}${q2}${c} ${n}${end}`) },
  { weight: 3, arbitrary: fc.tuple(pick(NAMES), pick(CUES), pick(NUMBERS), pick([...PAYLOADS, ...WORDS]), pick(WORDS)).map(([n, c, x, w1, w2]) => `${n}${c} ${x} ${w1}${w2}. `) },
  // a long run of one fragment: very long lines, quotes and punctuation runs
  { weight: 1, arbitrary: fc.tuple(fc.oneof(pick(PUNCT), pick(MARKS), pick(NAMES), pick(NUMBERS), pick(WORDS)), fc.integer({ min: 20, max: 400 })).map(([s, n]) => s.repeat(n)) },
);

/** Hostile text: news-like fragments mixed with odd Unicode, markup, line breaks and long runs. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.array(fragment, { maxLength: 80 }).map((xs) => xs.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...MARKS, ...SPACE, ...PUNCT, 'a', 'A', '1'), maxLength: 300 }) },
  // with a byte order mark in front, as files saved by some editors are
  { weight: 1, arbitrary: fc.array(fragment, { maxLength: 40 }).map((xs) => '\ufeff' + xs.join('')) },
);

/** Pathological inputs of about `n` UTF-16 code units, for the scaling table. */
export const PATHOLOGICAL: Record<string, (n: number) => string> = {
  'unclosed quotes': (n) => fill('“It was ', n),
  'straight quotes, unbalanced': (n) => fill('"a "b ', n),
  'many short quotes, one sentence': (n) => fill('“a b c” ', n),
  'capitalised words, one line': (n) => fill('Alpha Beta Gamma ', n),
  'digits and commas': (n) => fill('1,234,5', n),
  'figures, one sentence': (n) => fill('40 people died and ', n),
  'news sentences, one paragraph': (n) => fill('Anna Berg said 40 people died, “he said” she told reporters. ', n),
  'news lines': (n) => fill('Anna Berg said 40 people died, “he said” she told reporters.\n', n),
  'punctuation run': (n) => fill('!', n),
  'mixed line breaks': (n) => fill('x\r\n\ry\n', n),
  'emoji and combining marks': (n) => fill('😀e\u0301 ', n),
  'one long word': (n) => fill('a', n),
  'pronouns and names': (n) => fill('Anna Berg came, he said. She said ', n),
  'acronyms and organisations': (n) => fill('ABC Greenvale Foundation QRS ', n),
};

function fill(unit: string, n: number): string {
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Does the offset fall between the two halves of a surrogate pair? */
export function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

/** Every {start, end} object anywhere in `value`, with its path. */
export function spansIn(value: unknown, path = '$', out: [string, { start: number; end: number }][] = []): [string, { start: number; end: number }][] {
  if (Array.isArray(value)) value.forEach((v, i) => spansIn(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ('start' in o || 'end' in o) out.push([path, o as { start: number; end: number }]);
    for (const [k, v] of Object.entries(o)) spansIn(v, `${path}.${k}`, out);
  }
  return out;
}

/** Asserts the span invariants over a whole analysis (or any result holding spans into `text`). */
export function assertSpans(text: string, result: unknown, what = 'analysis'): number {
  const spans = spansIn(result);
  for (const [path, s] of spans) {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what} ${path}: integer offsets ${s.start}..${s.end}`);
    assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `${what} ${path}: 0 ≤ ${s.start} ≤ ${s.end} ≤ ${text.length}`);
    assert.ok(!splitsPair(text, s.start) && !splitsPair(text, s.end), `${what} ${path}: ${s.start}..${s.end} splits a surrogate pair`);
  }
  return spans.length;
}

/** The structural invariants of one document's analysis. */
export function assertAnalysis(text: string, a: DocumentAnalysis): number {
  assert.equal(a.length, text.length);
  const n = assertSpans(text, a);
  // Quotes never overlap, except that one may lie inside another.
  const qs = [...a.quotes].sort((x, y) => x.start - y.start || y.end - x.end);
  for (let i = 1; i < qs.length; i++) {
    const p = qs[i - 1], q = qs[i];
    assert.ok(q.start >= p.end || q.end <= p.end, `quotes ${p.start}..${p.end} and ${q.start}..${q.end} overlap`);
  }
  for (const q of a.quotes) assert.equal(q.text, text.slice(q.start, q.end), 'a quote’s text is its span');
  for (const m of a.mentions) {
    assert.equal(m.text, text.slice(m.start, m.end), 'a mention’s text is its span');
    assert.ok(a.entities[m.local]?.mentions.length, 'a mention belongs to a local entity');
  }
  for (const c of a.claims) {
    assert.equal(c.text, text.slice(c.start, c.end), 'a claim’s text is its span');
    assert.ok(c.start <= c.quantity.start && c.quantity.end <= c.end, `claim ${c.start}..${c.end} holds its figure ${c.quantity.start}..${c.quantity.end}`);
    assert.ok(c.sentence >= 0 && c.sentence < a.sentences.length);
    const s = a.sentences[c.sentence];
    assert.ok(s.start <= c.start && c.end <= s.end, 'a claim lies in its sentence');
  }
  for (let i = 1; i < a.sentences.length; i++) assert.ok(a.sentences[i - 1].end <= a.sentences[i].start, 'sentences are ordered and disjoint');
  for (let i = 1; i < a.blocks.length; i++) assert.ok(a.blocks[i - 1].end <= a.blocks[i].start, 'blocks are ordered and disjoint');
  return n;
}

/** The stand-in for the product's own links in hover tests: plain letters, no Markdown. */
export const LINK = 'PRODUCTLINK';

/**
 * The first piece of live Markdown in a hover built with LINK for links, or null: a link or image
 * bracket, raw HTML, a code span, an HTML entity, an autolink or a URI scheme. Backslash escapes
 * are honoured, so "\[" is text, but "\\[" is a backslash and a live bracket.
 */
export function liveMarkup(markdown: string): string | null {
  const md = markdown.split(LINK).join(' ');
  for (let i = 0; i < md.length; i++) {
    const c = md[i];
    if (c === '\\') { i++; continue; }
    const at = `${JSON.stringify(c)} at ${i} in ${JSON.stringify(md.slice(Math.max(0, i - 30), i + 30))}`;
    if (c === '[' || c === ']' || c === '<' || c === '>' || c === '`') return at;
    if (c === '&' && !/^&(amp|lt|gt);/.test(md.slice(i))) return at;
    if (c === ':' && i + 1 < md.length && !/\s/.test(md[i + 1]) && /[A-Za-z0-9]$/.test(md.slice(0, i))) return `scheme ${at}`;
    if (md.startsWith('www.', i)) return `autolink ${at}`;
  }
  return null;
}
