import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serverExecArgv } from '../../server/src/node/server-exec-argv';

const ROOT = join(__dirname, '..', '..');

test('the bench starts the server with the options the client gives it', async () => {
  const bench = (await import(pathToFileURL(join(ROOT, 'scripts/bench/lsp.mjs')).href)) as { SERVER_EXEC_ARGV: string[] };
  assert.deepEqual(bench.SERVER_EXEC_ARGV, serverExecArgv());
  assert.ok(serverExecArgv().includes('--expose-gc'), 'the settled-scan collection needs --expose-gc');
  const client = readFileSync(join(ROOT, 'client/src/extension.ts'), 'utf8');
  assert.match(client, /const execArgv = serverExecArgv\(\);/);
  assert.match(client, /run: \{ module: serverModule, transport: TransportKind\.ipc, options: \{ execArgv \} \}/);
  assert.match(client, /debug: \{[^\n]*\.\.\.execArgv\]/);
});
