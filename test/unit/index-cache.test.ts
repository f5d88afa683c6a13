// The persisted index cache (server/src/node/index-cache.ts) on its own: what a second open finds,
// when the file needs rewriting, and how damaged lines and foreign files are handled.
// Run with `node --import tsx --test test/unit/index-cache.test.ts`. Articles are written for this file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeText } from '../../server/src/core/index';
import { withClaimTermsOnly } from '../../server/src/core/corpus/corpus';
import { IndexCache, contentHash, diskVersion, hashOf } from '../../server/src/node/index-cache';
import { claimsParsed } from '../../server/src/node/cached-analysis';

const TEXTS = [
  'Ferry Service Resumes\n\nThe ferry to Lower Marsh ran again on Tuesday, the harbour office said.\n',
  'Bridge Closed\n\nAbout 300 drivers were turned back at the Keld bridge, police said.\n',
  'Market Day\n\nStalls returned to the square in Ostvale after a two-year gap.\n',
];
// Stored as the corpus keeps them (sentence terms of claim sentences only), as the server saves them.
const docs = TEXTS.map((text) => ({ text, analysis: withClaimTermsOnly(analyzeText(text)) }));
const FILE = 'index-cache.ndjson';

function quietLog() {
  const lines: string[] = [];
  return { lines, log: { info: (m: string) => lines.push(m), warn: (m: string) => lines.push(m) } };
}

async function saved(analyser = 'test:1'): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'sa-unit-cache-'));
  const cache = await IndexCache.open(dir, quietLog().log, analyser);
  assert.equal(await cache.save(docs), TEXTS.length);
  return dir;
}

const rows: { name: string; ask: number[]; upToDate: boolean }[] = [
  { name: 'every stored analysis asked for: the file is up to date', ask: [0, 1, 2], upToDate: true },
  { name: 'one stored analysis never asked for: the file needs pruning', ask: [0, 2], upToDate: false },
  { name: 'the same text asked for twice is served twice', ask: [1, 1, 0, 2], upToDate: true },
];

/**
 * The cache as the start-up scan opens it (every line parsed as it streams in), or as a folder added while
 * running reopens it after a scan released it (lines parsed when first asked for).
 */
const OPENINGS = ['opened', 'reopened'] as const;
async function openCache(dir: string, how: (typeof OPENINGS)[number], log = quietLog().log): Promise<IndexCache> {
  const cache = await IndexCache.open(dir, log, 'test:1');
  if (how === 'reopened') { cache.release(); await cache.reopen(); }
  return cache;
}

for (const row of rows) for (const how of OPENINGS) {
  test(`index cache, ${how}: ${row.name}`, async (t) => {
    const dir = await saved();
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const cache = await openCache(dir, how);
    for (const i of row.ask) assert.deepEqual(cache.get(contentHash(TEXTS[i]), TEXTS[i]), docs[i].analysis);
    assert.equal(cache.hits, row.ask.length);
    assert.equal(cache.release(), row.upToDate);
    assert.equal(cache.get(contentHash(TEXTS[0]), TEXTS[0]), undefined, 'released');
  });
}

test('index cache: a text that changed is not served', async (t) => {
  const dir = await saved();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const cache = await IndexCache.open(dir, quietLog().log, 'test:1');
  const edited = TEXTS[1].replace('300', '310');
  assert.equal(cache.get(contentHash(edited), edited), undefined);
});

test('index cache: saving removes the gzip\'d cache file of earlier versions, and only that', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'sa-unit-cache-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'index-cache.ndjson.gz'), 'stale');
  writeFileSync(join(dir, 'reviews.json'), '{}');
  const cache = await IndexCache.open(dir, quietLog().log, 'test:1');
  await cache.save(docs);
  assert.deepEqual(readdirSync(dir).sort(), [FILE, 'reviews.json']);
});

for (const how of OPENINGS) test(`index cache, ${how}: a damaged line is dropped, the others are served, and the file is rewritten`, async (t) => {
  const dir = await saved();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const lines = readFileSync(join(dir, FILE), 'utf8').split('\n');
  lines[2] = lines[2].slice(0, lines[2].length - 20); // a cut-off analysis
  writeFileSync(join(dir, FILE), lines.join('\n'));
  const { lines: logged, log } = quietLog();
  const cache = await openCache(dir, how, log);
  const served = TEXTS.filter((text) => cache.get(contentHash(text), text) !== undefined);
  assert.equal(served.length, TEXTS.length - 1);
  assert.ok(logged.some((m) => /corrupt entry/.test(m)), logged.join('\n'));
  assert.equal(cache.release(), false);
});

test('index cache: a cache of another analyser or an unreadable file serves nothing', async (t) => {
  const dir = await saved('test:1');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const other = quietLog();
  const foreign = await IndexCache.open(dir, other.log, 'test:2');
  assert.equal(foreign.get(contentHash(TEXTS[0]), TEXTS[0]), undefined);
  assert.ok(other.lines.some((m) => /another version/.test(m)), other.lines.join('\n'));
  assert.equal(foreign.release(), false);
  writeFileSync(join(dir, FILE), Buffer.from([0x1f, 0x8b, 8, 0, 0, 0xff, 0xfe, 0])); // binary, no header line
  const broken = quietLog();
  const unreadable = await IndexCache.open(dir, broken.log, 'test:1');
  assert.equal(unreadable.get(contentHash(TEXTS[0]), TEXTS[0]), undefined);
  assert.ok(broken.lines.some((m) => /unreadable/.test(m)), broken.lines.join('\n'));
});

test('index cache: open-ended and figure-less claims keep their infinite and NaN bounds', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'sa-unit-cache-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const text = 'Storm Hits Coast\n\nMore than 40 homes lost power in Brindle on Friday. ' +
    'It was the worst flooding since the dam was built, residents said.\n';
  const analysis = withClaimTermsOnly(analyzeText(text));
  const bounds = analysis.claims.flatMap((c) => [c.quantity.low, c.quantity.high]);
  assert.ok(bounds.includes(Infinity) && bounds.some(Number.isNaN), `fixture has both kinds: ${bounds}`);
  const cache = await IndexCache.open(dir, quietLog().log, 'test:1');
  await cache.save([{ text, analysis }]);
  const reopened = await IndexCache.open(dir, quietLog().log, 'test:1');
  const got = reopened.get(contentHash(text), text)!;
  assert.equal(claimsParsed(got), false, 'served with its claims unparsed');
  assert.deepEqual(got, analysis);
});

// A save keys each document by its text's hash: read from a disk version (the workspace writes the
// hash there), computed for any other version (an open buffer's).
const hashRows: { name: string; version?: number | string; text: string; want: (text: string) => string }[] = [
  { name: 'a disk version carries the hash', version: diskVersion('abc='), text: 'Some text.\n', want: () => 'abc=' },
  { name: 'an open buffer\'s version is hashed from its text', version: 'open:3', text: 'Some text.\n', want: contentHash },
  { name: 'a numeric version is hashed from its text', version: 7, text: 'Other text.\n', want: contentHash },
  { name: 'no version: hashed from its text', text: 'Third text.\n', want: contentHash },
];
for (const row of hashRows) {
  test(`index cache key: ${row.name}`, () => {
    assert.equal(hashOf({ text: row.text, version: row.version }), row.want(row.text));
  });
}

test('index cache: a save from disk versions finds the same entries as a save that hashes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sa-unit-cache-'));
  try {
    const cache = await IndexCache.open(dir, quietLog().log, 'test:1');
    await cache.save(docs.map((d) => ({ ...d, version: diskVersion(contentHash(d.text)) })));
    const again = await IndexCache.open(dir, quietLog().log, 'test:1');
    for (const d of docs) assert.equal(again.get(contentHash(d.text), d.text)?.length, d.text.length);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
