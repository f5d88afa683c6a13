// Hard-wrapped text (paragraphs broken into lines of ~72 columns, as in e-mail, wire archives and
// plain-text exports) must be analysed like the same text with one line per paragraph.
// Run with `node --import tsx --test test/unit/wrap.test.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { analyzeText } from '../../server/src/core/index';

const HARBOR = path.join(__dirname, '..', '..', 'examples', 'harbor');
const ARTICLES = fs.readdirSync(HARBOR).filter((f) => f.endsWith('.txt'));

/** Breaks every line longer than `width` at spaces, keeping words whole. */
function hardWrap(text: string, width: number, eol = '\n'): string {
  return text.split('\n').map((line) => {
    const out: string[] = [];
    let cur = '';
    for (const word of line.split(' ')) {
      if (cur && cur.length + 1 + word.length > width) {
        out.push(cur);
        cur = word;
      } else cur = cur ? `${cur} ${word}` : word;
    }
    out.push(cur);
    return out.join(eol);
  }).join(eol);
}

const flat = (s: string) => s.replace(/\s+/g, ' ');

/** What a reader sees, independent of where the lines break. */
function summary(text: string) {
  const a = analyzeText(text);
  const name = (i: number | null | undefined) => (i == null ? null : a.entities[i]?.name ?? null);
  return {
    mentions: a.mentions.map((m) => `${flat(text.slice(m.start, m.end))}/${m.type}`),
    quotes: a.quotes.map((q) => `${flat(text.slice(q.start, q.end))} | ${q.kind} | ${q.cue ?? ''} | ${name(q.speaker?.local)}`),
    claims: a.claims.map((c) => `${flat(text.slice(c.start, c.end))} | ${c.sourced}`),
  };
}

// Known gap: a name or an approximator broken by a line end ("Praia\nBaixa", "more than\n9") is still
// read as two pieces by the entity and quantity stages.
const todo = 'names and approximators split by a line end are read as two pieces';
/** Articles that already read the same both ways (the others keep the todo). */
const WRAP_CLEAN = new Set(['02_meridian-wire.txt']);
for (const file of ARTICLES) {
  const original = fs.readFileSync(path.join(HARBOR, file), 'utf8');
  test(`hard-wrapped at 72 columns, ${file} reads the same`, WRAP_CLEAN.has(file) ? {} : { todo }, () => {
    assert.deepEqual(summary(hardWrap(original, 72)), summary(original));
  });
  test(`hard-wrapped at 60 columns with CRLF, ${file} reads the same`, WRAP_CLEAN.has(file) ? {} : { todo }, () => {
    assert.deepEqual(summary(hardWrap(original, 60, '\r\n')), summary(original.replace(/\n/g, '\r\n')));
  });
}

test('one short paragraph per line (no blank lines) is not mistaken for wrapped text', () => {
  const text = [
    'Port Strike Enters Third Week',
    'Dockers voted on Friday to continue the strike.',
    'The union said 300 members attended the meeting.',
    '“We will not go back,” said Lena Ortiz, a crane driver.',
    'The port authority declined to comment.',
  ].join('\n');
  assert.equal(analyzeText(text).blocks.length, 5);
});

test('a line that starts in lower case continues an unfinished line even when the text is not wrapped', () => {
  const text = 'Port Strike\n\nThe mayor said on Monday that “the wall\nwill be rebuilt before winter,” and left.\n';
  const a = analyzeText(text);
  assert.equal(a.quotes.length, 1);
  assert.equal(flat(text.slice(a.quotes[0].start, a.quotes[0].end)), 'the wall will be rebuilt before winter,');
});

test('a wrapped paragraph whose first line reads like a title is body text, and its sentence stays whole', () => {
  const text = [
    'Dock Fire Closes Berths',
    '',
    'Crews from three stations fought the fire through the night at the western',
    'quay, where stacks of timber had been waiting for export since the spring.',
    '',
    'Councillor Mira Holt, the leader of Dunmore District Council, said',
    '11 berths would stay closed on Friday while engineers checked the cranes',
    'for damage.',
    '',
  ].join('\n');
  const a = analyzeText(text);
  const holt = text.indexOf('Councillor');
  assert.equal(a.blocks.find((b) => b.start === holt)?.kind, 'body');
  const claim = a.claims.find((c) => c.text.startsWith('11 berths'));
  assert.ok(claim, 'the figure is a claim');
  assert.equal(claim.sourced, 'yes');
  assert.equal(claim.source?.text, 'Mira Holt');
});
