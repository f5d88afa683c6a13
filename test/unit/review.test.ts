// "Mark as checked": anchoring of a checked finding across edits, and the review file's atomic,
// always-valid writes. Run with `node --import tsx --test test/unit/review.test.ts`.
// The articles are written for this file; people and places are fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Corpus, anchorKey, findingsFor } from '../../server/src/core/index';
import { ReviewStore, parseReview, writeFileAtomic, REVIEW_DIR, REVIEW_FILE } from '../../server/src/node/review-store';
import { main } from '../../server/src/cli';

const ARTICLE = [
  'Quarry Town Counts Its Losses',
  'Nearly 80 homes were destroyed when the quarry wall gave way.',
  'Mayor Ilse Varga said the clean-up would take months.',
  'About 40 families have lost their homes.',
  '',
].join('\n');

/** The unsourced finding on the claim whose text starts with `prefix`. */
function finding(text: string, prefix: string, checked: Set<string> = new Set()) {
  const c = new Corpus();
  c.set('doc', text, 1);
  const all = findingsFor(c, 'doc', undefined, checked);
  return { all, f: all.find((x) => x.code === 'unsourced-claim' && text.slice(x.start, x.end).startsWith(prefix)) };
}

interface AnchorRow { label: string; edit: (t: string) => string; prefix: string; kept: boolean }

const ANCHOR_ROWS: AnchorRow[] = [
  { label: 'no edit', edit: (t) => t, prefix: 'Nearly 80', kept: true },
  { label: 'a paragraph added above moves every offset', edit: (t) => t.replace('\n', '\nRain had fallen for a week before the collapse.\n'), prefix: 'Nearly 80', kept: true },
  { label: 'another sentence rewritten', edit: (t) => t.replace('take months', 'take a year'), prefix: 'Nearly 80', kept: true },
  { label: 'the line re-wrapped and curly quotes/spacing changed', edit: (t) => t.replace('homes were destroyed', 'homes  were\u00a0destroyed'), prefix: 'Nearly 80', kept: true },
  { label: 'the figure of the claim changed', edit: (t) => t.replace('Nearly 80', 'Nearly 90'), prefix: 'Nearly 90', kept: false },
  { label: 'the rest of the claim\'s sentence changed', edit: (t) => t.replace('the quarry wall gave way', 'the river burst its banks'), prefix: 'Nearly 80', kept: false },
];

for (const row of ANCHOR_ROWS) {
  test(`review anchor: ${row.label} → ${row.kept ? 'still checked' : 'no longer checked'}`, () => {
    const { f: before } = finding(ARTICLE, 'Nearly 80');
    assert.ok(before, 'the claim is flagged before it is marked');
    const checked = new Set([anchorKey(before.anchor)]);
    const edited = row.edit(ARTICLE);
    const { all, f } = finding(edited, row.prefix, checked);
    assert.ok(f, 'the claim is still flagged after the edit');
    assert.equal(!!f.checked, row.kept, 'checked');
    assert.equal(f.severity, row.kept ? 'hint' : 'warning');
    if (row.kept) assert.match(f.message, /^Checked: /);
    // Only that finding: the other unsourced claim stays a warning.
    const other = all.find((x) => x !== f && x.code === 'unsourced-claim');
    assert.ok(other && !other.checked && other.severity === 'warning', 'the other claim is untouched');
  });
}

// ─────────────────────────── the review file ───────────────────────────

function tempFolder(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'sa-review-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
const anchor = (n: number) => ({ rule: 'unsourced-claim', claim: `Nearly ${n} homes were destroyed`, context: `nearly ${n} homes were destroyed when the quarry wall gave way` });
const readJson = (dir: string) => JSON.parse(readFileSync(join(dir, REVIEW_DIR, REVIEW_FILE), 'utf8'));

test('review file: marks are written as readable version-1 JSON with the relative path, rule, claim, context, who and when', async (t) => {
  const dir = tempFolder(t);
  const store = new ReviewStore(dir);
  await store.load();
  await store.mark('articles/quarry.txt', anchor(80), new Date('2026-01-02T03:04:05Z'));
  const raw = readFileSync(join(dir, REVIEW_DIR, REVIEW_FILE), 'utf8');
  assert.match(raw, /\n {2}"entries"/, 'indented for people to read');
  const json = JSON.parse(raw);
  assert.equal(json.version, 1);
  assert.equal(json.entries.length, 1);
  const e = json.entries[0];
  assert.deepEqual({ file: e.file, rule: e.rule, claim: e.claim, context: e.context, at: e.at },
    { file: 'articles/quarry.txt', ...anchor(80), at: '2026-01-02T03:04:05.000Z' });
  assert.equal(typeof e.by, 'string');
  // A second store (another window, a restart) reads the same marks.
  const again = new ReviewStore(dir);
  await again.load();
  assert.deepEqual([...again.checkedKeys('articles/quarry.txt')], [anchorKey(anchor(80))]);
  assert.equal(again.checkedKeys('articles/other.txt').size, 0);
});

test('review file: marking twice keeps one entry; unmark and clear remove entries', async (t) => {
  const dir = tempFolder(t);
  const store = new ReviewStore(dir);
  await store.load();
  await store.mark('a.txt', anchor(1));
  await store.mark('a.txt', anchor(1));
  await store.mark('a.txt', anchor(2));
  await store.mark('b.txt', anchor(3));
  assert.equal(readJson(dir).entries.length, 3);
  await store.unmark('a.txt', anchor(1));
  assert.deepEqual(readJson(dir).entries.map((e: { claim: string }) => e.claim), [anchor(2).claim, anchor(3).claim]);
  assert.equal(await store.clear('a.txt'), 1);
  assert.deepEqual(readJson(dir).entries.map((e: { file: string }) => e.file), ['b.txt']);
});

test('review file: many marks at once are all written and the file stays valid JSON', async (t) => {
  const dir = tempFolder(t);
  const store = new ReviewStore(dir);
  await store.load();
  await Promise.all(Array.from({ length: 25 }, (_, i) => store.mark('a.txt', anchor(i))));
  assert.equal(readJson(dir).entries.length, 25);
  assert.deepEqual(readdirSync(join(dir, REVIEW_DIR)), [REVIEW_FILE], 'no temporary file is left behind');
});

test('review file: a crash after the temporary file is written and before the rename leaves the old file intact', async (t) => {
  const dir = tempFolder(t);
  let crash = false;
  const store = new ReviewStore(dir, { beforeRename: () => { if (crash) throw new Error('simulated crash'); } });
  await store.load();
  await store.mark('a.txt', anchor(1));
  const before = readFileSync(join(dir, REVIEW_DIR, REVIEW_FILE), 'utf8');
  crash = true;
  await assert.rejects(store.mark('a.txt', anchor(2)), /simulated crash/);
  assert.equal(readFileSync(join(dir, REVIEW_DIR, REVIEW_FILE), 'utf8'), before, 'review.json is the old, complete file');
  assert.equal(readJson(dir).entries.length, 1);
  // The store keeps working after the failed write.
  crash = false;
  await store.mark('a.txt', anchor(3));
  assert.equal(parseReview(readFileSync(join(dir, REVIEW_DIR, REVIEW_FILE), 'utf8')).error, null);
});

test('review file: a half-written temporary file left by a killed process never reaches review.json', async (t) => {
  const dir = tempFolder(t);
  mkdirSync(join(dir, REVIEW_DIR));
  writeFileSync(join(dir, REVIEW_DIR, REVIEW_FILE), JSON.stringify({ version: 1, entries: [{ file: 'a.txt', ...anchor(1), by: 'x', at: '2026-01-01T00:00:00.000Z' }] }));
  writeFileSync(join(dir, REVIEW_DIR, `.${REVIEW_FILE}.4242.1.0.tmp`), '{"version":1,"entries":[{"file":"a.tx');
  const store = new ReviewStore(dir);
  await store.load();
  assert.equal(store.lastError, null);
  assert.equal(store.entries().length, 1, 'the leftover temporary file is not read');
  await store.mark('a.txt', anchor(2));
  assert.equal(readJson(dir).entries.length, 2);
});

test('review file: a broken review.json is reported, never thrown, and kept aside instead of overwritten', async (t) => {
  const dir = tempFolder(t);
  mkdirSync(join(dir, REVIEW_DIR));
  writeFileSync(join(dir, REVIEW_DIR, REVIEW_FILE), '{"version": 1, "entries": [');
  const store = new ReviewStore(dir);
  await store.load();
  assert.ok(store.lastError, 'the problem is reported');
  assert.equal(store.entries().length, 0);
  await store.mark('a.txt', anchor(1));
  assert.equal(readJson(dir).entries.length, 1, 'a new valid file');
  const aside = readdirSync(join(dir, REVIEW_DIR)).filter((n) => n.startsWith(`${REVIEW_FILE}.broken-`));
  assert.equal(aside.length, 1, 'the broken file is kept for the reviewer');
  assert.equal(readFileSync(join(dir, REVIEW_DIR, aside[0]), 'utf8'), '{"version": 1, "entries": [');
});

test('review file: a missing file is an empty review, and nothing is written until something is marked', async (t) => {
  const dir = tempFolder(t);
  const store = new ReviewStore(dir);
  await store.load();
  assert.equal(store.lastError, null);
  assert.equal(store.entries().length, 0);
  assert.equal(existsSync(join(dir, REVIEW_DIR)), false);
});

test('review file: parseReview accepts only version 1 with well-formed entries', () => {
  const good = { file: 'a.txt', ...anchor(1), by: 'x', at: 'y' };
  const rows: [string, number, boolean][] = [
    [JSON.stringify({ version: 1, entries: [good] }), 1, true],
    [JSON.stringify({ version: 2, entries: [good] }), 0, false],
    [JSON.stringify({ version: 1, entries: [good, { file: 3 }] }), 1, false],
    [JSON.stringify([good]), 0, false],
    ['not json', 0, false],
  ];
  for (const [json, n, ok] of rows) {
    const r = parseReview(json);
    assert.equal(r.data.entries.length, n, json);
    assert.equal(r.error === null, ok, json);
  }
});

test('atomic write: the target is replaced whole and the folder is created', async (t) => {
  const dir = tempFolder(t);
  const path = join(dir, 'deep', 'file.json');
  await writeFileAtomic(path, '{"a":1}');
  await writeFileAtomic(path, '{"a":2}');
  assert.equal(readFileSync(path, 'utf8'), '{"a":2}');
  assert.deepEqual(readdirSync(join(dir, 'deep')), ['file.json']);
});

test('check (CLI): claims marked as checked in the folder are hints and no longer fail the check', async (t) => {
  const dir = tempFolder(t);
  writeFileSync(join(dir, 'quarry.txt'), ARTICLE);
  const run = async () => {
    let out = '';
    // --all: this short article is below the length the article guess wants
    const code = await main(['check', '--all', dir], (s) => { out += s; }, () => undefined);
    return { code, out };
  };
  const first = await run();
  assert.equal(first.code, 1, 'unsourced claims fail the check');
  const c = new Corpus();
  c.set('doc', ARTICLE, 1);
  const store = new ReviewStore(dir);
  await store.load();
  for (const f of findingsFor(c, 'doc').filter((x) => x.severity === 'warning')) await store.mark('quarry.txt', f.anchor);
  const second = await run();
  assert.equal(second.code, 0, `every warning was checked:\n${second.out}`);
  assert.match(second.out, / hint Checked: Unsourced figure “/);
});
