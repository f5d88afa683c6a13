// What the palette commands say when they cannot act (no command ends silently).
// Run with `node --import tsx --test test/unit/command-feedback.test.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clearCheckedFeedback, NOT_STARTED } from '../../client/src/command-feedback';

const ROWS: { label: string; state: Parameters<typeof clearCheckedFeedback>[0]; want: RegExp }[] = [
  { label: 'no active text editor: says to open an article', state: { running: true }, want: /open an article first/ },
  { label: 'server down: says how to restart it', state: { uri: 'file:///a.txt', running: false }, want: /not running\. Run "Source Annotator: Restart Language Server"/ },
  { label: 'nothing marked', state: { uri: 'file:///a.txt', running: true, changed: 0 }, want: /^Source Annotator: no claims in this file are marked as checked\.$/ },
  { label: 'one cleared: singular', state: { uri: 'file:///a.txt', running: true, changed: 1 }, want: /cleared 1 checked claim in this file/ },
  { label: 'several cleared: plural', state: { uri: 'file:///a.txt', running: true, changed: 3 }, want: /cleared 3 checked claims in this file/ },
];

for (const r of ROWS) {
  test(`clear checked feedback: ${r.label}`, () => assert.match(clearCheckedFeedback(r.state), r.want));
}

test('restart without a client says what to do instead', () => {
  assert.match(NOT_STARTED, /Reload Window/);
});
