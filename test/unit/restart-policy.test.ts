// The client's restart policy for a server that stops unexpectedly.
// Run with `node --import tsx --test test/unit/restart-policy.test.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RestartPolicy } from '../../client/src/restart-policy';

test('restart policy: restarts up to the limit inside the window, then stops and says how to restart', () => {
  const p = new RestartPolicy(2, 60_000);
  const a = p.onStopped(0), b = p.onStopped(1_000), c = p.onStopped(2_000);
  assert.deepEqual([a.restart, b.restart, c.restart], [true, true, false]);
  assert.match(a.message, /restarted.*output channel/);
  assert.match(c.message, /stopped 3 times in 1 minutes and will not be restarted.*Restart Language Server/);
});

test('restart policy: stops older than the window no longer count', () => {
  const p = new RestartPolicy(1, 60_000);
  assert.equal(p.onStopped(0).restart, true);
  assert.equal(p.onStopped(61_000).restart, true);
  assert.equal(p.onStopped(62_000).restart, false);
});
