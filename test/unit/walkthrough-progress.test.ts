// The walkthrough's "Open a folder" step is ticked once articles are indexed (its onContext event
// alone fires too early to count; see client/src/walkthrough-progress.ts).
// Run with `node --import tsx --test test/unit/walkthrough-progress.test.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { MARK_STEP_COMPLETE, OPEN_FOLDER_STEP, OpenFolderStep, WALKTHROUGH_ID, walkthroughStepId } from '../../client/src/walkthrough-progress';

const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
const EXT_ID = `${pkg.publisher}.${pkg.name}`;

function recorder(result: () => PromiseLike<unknown> = () => Promise.resolve()) {
  const calls: unknown[][] = [];
  return { calls, run: (cmd: string, ...args: unknown[]) => { calls.push([cmd, ...args]); return result(); } };
}

// [statuses the server sends (article counts), how many times the step is marked]
const ROWS: [string, number[], number][] = [
  ['no status yet', [], 0],
  ['indexing reports no articles', [0, 0], 0],
  ['articles indexed', [0, 3], 1],
  ['marked once per session however many statuses follow', [2, 5, 0, 7], 1],
];
for (const [name, statuses, want] of ROWS) {
  test(`walkthrough: ${name}`, () => {
    const r = recorder();
    const step = new OpenFolderStep(EXT_ID, r.run);
    for (const n of statuses) step.onArticles(n);
    assert.equal(r.calls.length, want);
    for (const c of r.calls) assert.deepEqual(c, [MARK_STEP_COMPLETE, `${EXT_ID}#sourceAnnotator.gettingStarted#openFolder`]);
  });
}

test('walkthrough: a rejected or throwing command is ignored (the step is not registered yet, or the host lacks it)', async () => {
  const rejecting = recorder(() => Promise.reject(new Error('Attempting to access step which does not exist')));
  new OpenFolderStep(EXT_ID, rejecting.run).onArticles(1);
  await new Promise((r) => setImmediate(r)); // an unhandled rejection would fail the test run
  assert.equal(rejecting.calls.length, 1);
  assert.doesNotThrow(() => new OpenFolderStep(EXT_ID, () => { throw new Error('command not found'); }).onArticles(1));
});

test('walkthrough: the ids match the manifest (a renamed walkthrough or step would silently never be ticked)', () => {
  const w = pkg.contributes.walkthroughs.find((x: { id: string }) => x.id === WALKTHROUGH_ID);
  assert.ok(w, `package.json has the walkthrough ${WALKTHROUGH_ID}`);
  assert.equal(w.steps[0].id, OPEN_FOLDER_STEP, 'the open-folder step comes first');
  assert.ok(w.steps[0].completionEvents.includes('onContext:sourceAnnotator.hasArticles'), 'the context event stays for hosts without the command');
  assert.equal(walkthroughStepId('p.n', 's'), 'p.n#sourceAnnotator.gettingStarted#s');
});
