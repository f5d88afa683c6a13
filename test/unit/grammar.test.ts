// Lexical grammar checks: run with `node --import tsx --test test/unit/grammar.test.ts`.
// The grammar is written for Oniguruma (what VS Code uses); here every regex is compiled as a
// JavaScript RegExp with the `u` flag after translating the one Oniguruma-only anchor we use
// (\A, start of document), which catches syntax that only one of the two engines accepts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ambiguousAlternation, nestedUnboundedQuantifier } from '../helpers/regex-audit';

const root = join(__dirname, '..', '..');

interface Rule {
  name?: string;
  match?: string;
  begin?: string;
  end?: string;
  while?: string;
  include?: string;
  patterns?: Rule[];
  captures?: Record<string, { name: string }>;
}
interface Grammar extends Rule {
  scopeName: string;
  repository: Record<string, Rule>;
}

const grammar = JSON.parse(readFileSync(join(root, 'syntaxes', 'news-article.tmLanguage.json'), 'utf8')) as Grammar;

/** Oniguruma → JS: \A (start of the document) becomes ^ (start of the single test line). */
function toJs(source: string): string {
  return source.replace(/(?<!\\)((?:\\\\)*)\\A/g, '$1^');
}
const re = (source: string, flags = 'u') => new RegExp(toJs(source), flags);

function* regexes(rule: Rule, path: string): Generator<[string, string]> {
  for (const key of ['match', 'begin', 'end', 'while'] as const) {
    const source = rule[key];
    if (source !== undefined) yield [`${path}.${key}`, source];
  }
  for (const [i, child] of (rule.patterns ?? []).entries()) yield* regexes(child, `${path}.patterns[${i}]`);
}
function allRegexes(): [string, string][] {
  const out = [...regexes(grammar, '$')];
  for (const [key, rule] of Object.entries(grammar.repository)) out.push(...regexes(rule, `#${key}`));
  return out;
}
const rule = (key: string): Rule => {
  const r = grammar.repository[key];
  assert.ok(r, `repository has #${key}`);
  return r;
};
/** The text a match rule covers in `line`, or null. */
function matched(key: string, line: string): string | null {
  const m = re(rule(key).match!).exec(line);
  return m ? m[0] : null;
}
/** All texts a match rule covers in `line`, scanning left to right like a tokenizer. */
function matchedAll(key: string, line: string): string[] {
  return [...line.matchAll(re(rule(key).match!, 'gu'))].map((m) => m[0]);
}
/** The quoted text of the first begin/end string in `line`, marks excluded. */
function quoted(key: string, line: string): string | null {
  const { begin, end } = rule(key);
  const b = re(begin!).exec(line);
  if (!b) return null;
  const from = b.index + b[0].length;
  const e = re(end!, 'gu');
  e.lastIndex = from;
  const m = e.exec(line);
  assert.ok(m, `#${key} always finds an end on the same line`);
  return line.slice(from, m.index);
}

test('grammar identity', () => {
  assert.equal(grammar.scopeName, 'text.news-article');
  for (const p of grammar.patterns ?? []) {
    const key = p.include?.slice(1);
    assert.ok(key && grammar.repository[key], `top-level include ${p.include} exists`);
  }
});

test('every include points into the repository', () => {
  const visit = (r: Rule) => {
    if (r.include?.startsWith('#')) assert.ok(grammar.repository[r.include.slice(1)], `${r.include} exists`);
    (r.patterns ?? []).forEach(visit);
  };
  visit(grammar);
  Object.values(grammar.repository).forEach(visit);
});

test('every regex compiles as a JavaScript RegExp', () => {
  const all = allRegexes();
  assert.ok(all.length >= 10);
  for (const [where, source] of all) {
    assert.doesNotThrow(() => re(source), `${where}: ${source}`);
  }
});

test('the backtracking detector itself flags nested unbounded repetition', () => {
  assert.equal(nestedUnboundedQuantifier('(a+)+b'), '(a+)+');
  assert.equal(nestedUnboundedQuantifier('(?:\\w*\\s?)*$'), '(?:\\w*\\s?)*');
  assert.equal(nestedUnboundedQuantifier('(?:ab)+c*'), null);
  assert.equal(nestedUnboundedQuantifier('[(a+)]+'), null);
});

test('no regex repeats a group that can itself repeat without bound (catastrophic backtracking)', () => {
  for (const [where, source] of allRegexes()) {
    assert.equal(nestedUnboundedQuantifier(source), null, `${where}: ${source}`);
  }
});

test('no regex repeats an alternation whose branches can start alike (catastrophic backtracking)', () => {
  for (const [where, source] of allRegexes()) {
    assert.equal(ambiguousAlternation(toJs(source)), null, `${where}: ${source}`);
  }
});

test('quotations: curly and straight, closed or not', () => {
  assert.equal(quoted('quote-double-curly', 'He said, “We will rebuild the pier.” Then he left.'), 'We will rebuild the pier.');
  assert.equal(quoted('quote-double-straight', '"We will rebuild," she said.'), 'We will rebuild,');
  // An unbalanced mark ends at the end of its line instead of running on.
  assert.equal(quoted('quote-double-curly', 'the port would “review every metre of the wall'), 'review every metre of the wall');
  assert.equal(quoted('quote-double-straight', 'the port would "review every metre'), 'review every metre');
  // Nested single quotes; an apostrophe never opens one.
  assert.equal(quoted('quote-single-curly-inner', 'a sign that said ‘closed for repairs’, but'), 'closed for repairs');
  assert.equal(quoted('quote-single-straight-inner', "a sign that said 'closed for repairs'. Nobody"), 'closed for repairs');
  assert.equal(quoted('quote-single-straight-inner', "the ship's owner and the 1990s' boom"), null);
  assert.equal(quoted('quote-single-curly', 'the ship’s owner'), null);
});

test('quotation marks carry punctuation scopes', () => {
  for (const key of ['quote-double-curly', 'quote-double-straight']) {
    const r = rule(key) as Rule & { beginCaptures?: Record<string, { name: string }>; endCaptures?: Record<string, { name: string }> };
    assert.equal(r.name, 'string.quoted.double.news-article');
    assert.match(r.beginCaptures?.['0']?.name ?? '', /^punctuation\.definition\.string\.begin\./);
    assert.match(r.endCaptures?.['0']?.name ?? '', /^punctuation\.definition\.string\.end\./);
    assert.match(r.end ?? '', /\|\$$/, `${key} falls back to the end of the line`);
  }
});

test('numbers, percentages and amounts', () => {
  const cases: [string, string[]][] = [
    ['at least 37 people', ['37']],
    ['a total of 1,234.5 tonnes', ['1,234.5']],
    ['about 60% of homes and 12 per cent of boats', ['60%', '12 per cent']],
    ['released €4.5 million and US$20m', ['€4.5 million', 'US$20m']],
    ['a fund of 4.5 million euros', ['4.5 million euros']],
    ['waves of 9\u00A0metres', ['9']],
    ['a 30,000-tonne vessel', ['30,000']],
    ['the 2nd storm', []],
  ];
  for (const [line, expected] of cases) assert.deepEqual(matchedAll('number', line), expected, line);
  assert.equal(rule('number').name, 'constant.numeric.news-article');
  assert.deepEqual(matchedAll('time', 'at 3:40 a.m. and 4 p.m., not 37 people'), ['3:40 a.m.', '4 p.m.']);
});

test('attribution cues', () => {
  assert.deepEqual(matchedAll('cue', '“No,” the spokeswoman said, according to police.'), ['said', 'according to']);
  assert.deepEqual(matchedAll('cue', 'He told reporters the ships reportedly sank, she added.'), ['told', 'reportedly', 'added']);
  assert.deepEqual(matchedAll('cue', 'The unsaid truth, retold.'), []);
  assert.equal(rule('cue').name, 'keyword.other.attribution.news-article');
});

test('page furniture lines', () => {
  for (const line of [
    'Follow Jane Doe on Twitter @janedoe',
    'Image source: Coastal Lifeboat Alliance / handout',
    'Share this article',
    'Share 📣 | Wednesday 12 February 2025',
    'This article was republished from Harbour Notes under a Creative Commons licence.',
    'This article was translated from the Portuguese edition.',
    '(Reporting by Jane Doe; editing by John Roe)',
    'Published 12 February 2025 — The Daily Example',
  ]) assert.equal(matched('furniture', line), line, line);
  for (const line of [
    'Share prices fell 3% on Monday.',
    'Followers of the club gathered on the quay.',
    'The report was published in 2021 and ignored.',
  ]) assert.equal(matched('furniture', line), null, line);
  assert.equal(rule('furniture').name, 'comment.line.furniture.news-article');
});

test('bylines', () => {
  const name = (line: string) => re(rule('byline').match!).exec(line)?.[2] ?? null;
  assert.equal(name('By Jane Doe'), 'Jane Doe');
  assert.equal(name('By JANE DOE, Staff Writer'), 'JANE DOE');
  assert.equal(name('By Park Ji-hoon and Inês Saraiva, Example Wire'), 'Park Ji-hoon and Inês Saraiva');
  assert.equal(name('By Tuesday, the water had gone.'), null);
  assert.equal(name('By the time rescuers arrived'), null);
  assert.equal(rule('byline').name, 'meta.byline.news-article');
  assert.match(rule('byline').captures?.['2']?.name ?? '', /^entity\.name\./);
});

test('datelines', () => {
  const parts = (line: string) => {
    const m = re(rule('dateline').match!).exec(line);
    return m && { city: m[1], date: m[3] ?? null, region: m[4] ?? null, outlet: m[6] ?? null };
  };
  assert.deepEqual(parts('LISBON (Example Wire) — The government said'), { city: 'LISBON', date: null, region: null, outlet: 'Example Wire' });
  assert.deepEqual(parts('SETÚBAL, Portugal (Example Wire) — At least'), { city: 'SETÚBAL', date: null, region: 'Portugal', outlet: 'Example Wire' });
  assert.deepEqual(parts('PORTO, May 3 - Fishermen'), { city: 'PORTO', date: 'May 3', region: null, outlet: null });
  assert.deepEqual(parts('LISBON, Feb. 13 - The'), { city: 'LISBON', date: 'Feb. 13', region: null, outlet: null });
  assert.deepEqual(parts('SETÚBAL — The fishermen'), { city: 'SETÚBAL', date: null, region: null, outlet: null });
  assert.equal(parts('The LISBON office - closed'), null);
  assert.equal(parts('COVID-19 cases rose'), null);
  assert.equal(rule('dateline').name, 'meta.dateline.news-article');
});
