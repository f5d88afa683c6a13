// Nasty files through the CLI (`check` and `analyze --json`), created at test time: unreadable ones
// exit 2 with one stderr line naming the file and the reason, readable ones exit 0 or 1, and no
// stack trace is ever printed. The same files go through the server in test/protocol/robustness.test.mjs.
// Run with `node --import tsx --test test/robust/nasty-files.test.ts`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../server/src/cli';

interface NastyFile { name: string; path: string; unreadable: RegExp | null; inFolderWalk: boolean; isFile: boolean; slow: boolean }
interface NastyModule { makeNastyFiles(dir: string): NastyFile[]; unlockNastyFiles(files: NastyFile[]): void }

const dir = mkdtempSync(join(tmpdir(), 'sa-nasty-'));
let files: NastyFile[] = [];
let nasty: NastyModule;
before(async () => {
  const helper = '../helpers/nasty-files.mjs'; // plain ESM, shared with the protocol tests
  nasty = (await import(helper)) as NastyModule;
  files = nasty.makeNastyFiles(dir);
});
after(() => { nasty?.unlockNastyFiles(files); rmSync(dir, { recursive: true, force: true }); });

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '', err = '';
  const code = await main(argv, (s) => (out += s), (s) => (err += s));
  return { code, out, err };
}

const STACK = /\n\s+at |Error: |\bnode:internal\b/;

test('each nasty file alone: check and analyze --json answer with an exit code and at most one line', async (t) => {
  const rows: string[] = [];
  for (const f of files) {
    const check = await run('check', f.path);
    const analyze = f.slow ? check : await run('analyze', '--json', f.path); // the 1 MB file is analysed once here
    for (const [cmd, r] of [['check', check], ['analyze --json', analyze]] as const) {
      assert.ok(!STACK.test(r.err), `${f.name} (${cmd}): no stack trace:\n${r.err}`);
      if (f.unreadable) {
        assert.equal(r.code, 2, `${f.name} (${cmd}) exits 2: ${r.err}`);
        const lines = r.err.trim().split('\n').filter((l) => l.includes('skipped'));
        assert.equal(lines.length, 1, `${f.name} (${cmd}): one line: ${r.err}`);
        assert.ok(lines[0].startsWith(f.path + ': skipped: '), `names the file: ${lines[0]}`);
        assert.match(lines[0], f.unreadable, `${f.name}: the reason`);
      } else {
        assert.ok(r.code === 0 || r.code === 1, `${f.name} (${cmd}) exits 0 or 1, not ${r.code}: ${r.err}`);
      }
    }
    if (!f.slow) assert.doesNotThrow(() => JSON.parse(analyze.out), `${f.name}: analyze --json prints JSON`);
    rows.push(`${f.name.padEnd(22)} check → ${check.code}, analyze → ${analyze.code}  ${check.err.trim().split('\n')[0].replace(dir, '<dir>')}`);
  }
  t.diagnostic(`nasty files (${files.length}):`);
  for (const r of rows) t.diagnostic('  ' + r);
});

test('the folder of nasty files: every unreadable one is reported, the readable ones analysed', async () => {
  let report = '';
  // Without --all, as a user would run it: the folder walk keeps what reads as an article (the 1 MB
  // single line does not, so it is analysed only once, above).
  for (const argv of [['check', dir], ['analyze', '--json', dir]]) {
    const r = await run(...argv);
    assert.ok(!STACK.test(r.err), `${argv.join(' ')}: no stack trace:\n${r.err}`);
    assert.equal(r.code, 2, `${argv.join(' ')} exits 2`);
    for (const f of files.filter((x) => x.unreadable && x.inFolderWalk)) {
      assert.ok(r.err.includes(f.path + ': skipped: '), `${argv.join(' ')} reports ${f.name}:\n${r.err}`);
    }
    if (argv[0] === 'analyze') report = r.out;
  }
  const analysed = (JSON.parse(report) as { documents: { path: string }[] }).documents.map((d) => d.path);
  const readable = new Set(files.filter((f) => !f.unreadable && f.isFile).map((f) => f.path));
  for (const p of ['article.txt', 'utf16le-bom.txt', 'utf16be-bom.txt', 'utf8-bom-crlf.txt']) assert.ok(analysed.includes(join(dir, p)), `${p} is analysed`);
  assert.equal(analysed.filter((p) => p === join(dir, 'cycle', 'inner.txt')).length, 1, 'a folder reached again through a link is walked once');
  for (const p of analysed) assert.ok(readable.has(p) || p === join(dir, 'cycle', 'inner.txt'), `${p} is a readable file`);
});

/** Runs the CLI as a process (through tsx, so no build is needed); `closeEarly` closes its stdout at the first byte. */
function spawnCli(argv: string[], { closeEarly = false, stdoutTo }: { closeEarly?: boolean; stdoutTo?: number } = {}): Promise<{ code: number | null; err: string }> {
  const root = join(__dirname, '..', '..');
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'server/src/cli.ts'), ...argv], { cwd: root, stdio: ['ignore', stdoutTo ?? 'pipe', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  if (child.stdout) {
    if (closeEarly) child.stdout.once('data', () => child.stdout!.destroy());
    else child.stdout.resume();
  }
  return new Promise((res) => child.on('close', (code) => res({ code, err })));
}

test('the CLI process: a reader that goes away, a full disk, --help and --version', async () => {
  const piped = await spawnCli(['analyze', '--json', 'examples/harbor'], { closeEarly: true });
  assert.ok(!STACK.test(piped.err), `no stack trace when the pipe closes:\n${piped.err}`);
  assert.equal(piped.code, 0);
  const { openSync, closeSync, existsSync } = await import('node:fs');
  if (existsSync('/dev/full')) {
    const full = openSync('/dev/full', 'w');
    const r = await spawnCli(['check', 'examples/harbor'], { stdoutTo: full });
    closeSync(full);
    assert.ok(!STACK.test(r.err), `no stack trace on a full disk:\n${r.err}`);
    assert.match(r.err, /cannot write the output: ENOSPC/);
    assert.equal(r.code, 2);
  }
  for (const flag of ['--help', '-h', '--version']) assert.equal((await run(flag)).code, 0, `${flag} answers`);
});
