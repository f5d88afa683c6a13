// The CLI over the bundled build with analysis threads (`--workers 2`) prints exactly what it
// prints analysing in its own thread (`--workers 0`): results are inserted in file order, so
// entity ids, clusters and findings do not depend on which thread finished first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { root } from './lsp-client.mjs';

const cli = root + 'dist/cli.js';
const run = (...args) => spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });

for (const args of [['analyze', '--json', '--all', 'examples'], ['check', '--format', 'json', 'examples']]) {
  test(`cli ${args.join(' ')}: the same output with two analysis threads as with none`, () => {
    const alone = run(...args, '--workers', '0');
    const threaded = run(...args, '--workers', '2');
    assert.ok(alone.stdout.length > 10000, `output of a whole folder: ${alone.stderr}`);
    assert.equal(threaded.status, alone.status);
    assert.doesNotMatch(threaded.stderr, /unavailable/, 'the threads started');
    assert.equal(threaded.stdout, alone.stdout);
  });
}

test('cli --workers needs a whole number', () => {
  const r = run('check', '--workers', 'many', 'examples');
  assert.equal(r.status, 3);
  assert.match(r.stderr, /--workers needs a whole number/);
});
