import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverExecArgv } from '../../server/src/node/server-exec-argv';

test('the server is started with one V8 helper thread on two cores or fewer, on Node only', () => {
  const rows: [number, boolean, string[]][] = [
    [1, false, ['--expose-gc', '--v8-pool-size=1']],
    [2, false, ['--expose-gc', '--v8-pool-size=1']],
    [3, false, ['--expose-gc']],
    [16, false, ['--expose-gc']],
    [2, true, ['--expose-gc']],
  ];
  for (const [cores, electron, argv] of rows) assert.deepEqual(serverExecArgv(cores, electron), argv, `${cores} cores, electron ${electron}`);
});
