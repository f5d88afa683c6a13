// The CLI on a folder with a great many .txt files. The folder walk once spread the kept files
// into push(...files): with about 120,000 files that overflowed the call stack ("Maximum call stack
// size exceeded") before anything was analysed. The child runs with a small stack so that 20,000
// files are enough to show it. Run with `node --import tsx --test test/robust/cli-large-folder.test.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FILES = 20_000;
const CLI = join(__dirname, '..', '..', 'server', 'src', 'cli.ts');

test(`cli check: a folder of ${FILES} files is walked without overflowing the stack`, { timeout: 120_000 }, (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'sa-cli-many-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  // unreadable (binary) files are kept by the walk and reported, so every one goes through it
  for (let i = 0; i < FILES; i++) writeFileSync(join(dir, `f${i}.txt`), '\0');
  const probe = join(dir, 'probe.mjs');
  writeFileSync(probe, `const { main } = await import(process.argv[2]);
let err = '';
const code = await main(['check', process.argv[3]], () => undefined, (s) => { err += s; });
console.log(JSON.stringify({ code, binary: (err.match(/binary file/g) || []).length }));
`);
  const r = spawnSync(process.execPath, ['--stack-size=120', '--import', 'tsx', probe, CLI, join(dir)], { encoding: 'utf8', cwd: join(__dirname, '..', '..') });
  assert.doesNotMatch(r.stderr, /Maximum call stack size exceeded/);
  assert.equal(r.status, 0, r.stderr.slice(0, 400));
  assert.deepEqual(JSON.parse(r.stdout.trim().split('\n').pop()!), { code: 2, binary: FILES });
});
