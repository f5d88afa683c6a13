// The scan's read-ahead thread gives, file by file, exactly what reading the file in the main thread
// gives (text or refusal, and the text's content hash), in order; a reader that is missing, closed
// or told to forget a file leaves the caller to read it. The worker entry is bundled to a temp
// folder, as the build does. Run with `node --import tsx --test test/unit/read-ahead.test.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { ReadAhead } from '../../server/src/node/read-ahead';
import { readArticleSync } from '../../server/src/node/read-article';
import { contentHash } from '../../server/src/node/content-hash';

const dir = mkdtempSync(join(tmpdir(), 'sa-read-ahead-'));
const workerFile = join(dir, 'read-worker.js');
buildSync({ entryPoints: [join(__dirname, '../../server/src/node/read-worker.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: workerFile, logLevel: 'error' });
test.after(() => rmSync(dir, { recursive: true, force: true }));

const MAX = 4096;
/** name → bytes (undefined: no file; 'dir': a folder) */
const FILES: [string, Uint8Array | 'dir' | undefined][] = [
  ['plain.txt', Buffer.from('Harbour board meets\n\nThe board of the Velm harbour met on Monday.\n')],
  ['bom.txt', Buffer.from('\uFEFFA text saved with a byte order mark.\n')],
  ['utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Saved as UTF-16 by an old editor.\n', 'utf16le')])],
  ['accents.txt', Buffer.from('Café owners in Zürich said “no” — twice.\n')],
  ['binary.txt', Buffer.from([0x41, 0x00, 0x42, 0x43])],
  ['broken.txt', Buffer.from([0x61, 0xc3, 0x28, 0x62])],
  ['huge.txt', Buffer.alloc(MAX + 1, 0x61)],
  ['empty.txt', Buffer.alloc(0)],
  ['gone.txt', undefined],
  ['folder.txt', 'dir'],
];
const paths = FILES.map(([name, bytes]) => {
  const p = join(dir, name);
  if (bytes === 'dir') mkdirSync(p);
  else if (bytes) writeFileSync(p, bytes);
  return p;
});
const expected = (p: string) => {
  const r = readArticleSync(p, MAX, false);
  return r.ok ? { r, hash: contentHash(r.text) } : { r };
};

test('each file read ahead is what reading it in this thread gives', async () => {
  const reader = ReadAhead.start(paths, MAX, workerFile);
  assert.ok(reader, 'the reader starts');
  try {
    for (const [i, p] of paths.entries()) assert.deepEqual(await reader.take(p), expected(p), FILES[i][0]);
    assert.equal(reader.take(paths[0]), undefined, 'a file is taken once');
    assert.equal(reader.take(join(dir, 'never-listed.txt')), undefined, 'a file not listed is not read');
  } finally {
    reader.close();
  }
});

test('reads resolve in the order listed, whatever the order they are taken in', async () => {
  const many = Array.from({ length: 300 }, (_, i) => paths[i % 4]).map((p, i) => (i < 4 ? p : `${p}.${i}`));
  for (const p of many.slice(4)) writeFileSync(p, 'Text number ' + p + '\n');
  const reader = ReadAhead.start(many, MAX, workerFile)!;
  try {
    const order: number[] = [];
    const taken = [...many.keys()].reverse().map((i) => reader.take(many[i])!.then(() => order.push(i)));
    await Promise.all(taken);
    assert.deepEqual(order, [...many.keys()]);
  } finally {
    reader.close();
  }
});

const LEFT_TO_CALLER: [string, (r: ReadAhead) => Promise<unknown> | undefined][] = [
  ['forgotten before it is taken', (r) => { r.forget(paths[0]); return r.take(paths[0]); }],
  ['taken after the reader was closed', (r) => { r.close(); return r.take(paths[0]); }],
  ['taken, then the reader closed before it read it', (r) => { const p = r.take(paths[paths.length - 1]); r.close(); return p; }],
];
for (const [what, act] of LEFT_TO_CALLER) {
  test(`a file ${what} is left to the caller`, async () => {
    const reader = ReadAhead.start(paths, MAX, workerFile)!;
    try {
      const got = act(reader);
      assert.ok(got === undefined || (await got) === null, `got ${JSON.stringify(await got)}`);
    } finally {
      reader.close();
    }
  });
}

test('no reader starts without its worker file or without files', () => {
  assert.equal(ReadAhead.start(paths, MAX, join(dir, 'no-such-worker.js')), null);
  assert.equal(ReadAhead.start([], MAX, workerFile), null);
});
