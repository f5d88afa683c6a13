// Labelled rows: which settings apply to a file in a workspace of several folders (a folder's own
// include/exclude/severities, else the window's). Run with `node --import tsx --test test/unit/folder-settings.test.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { URI } from 'vscode-uri';
import { DEFAULT_SETTINGS, toSettings } from '../../server/src/lsp/config';
import { Workspace } from '../../server/src/lsp/workspace';

const A = '/srv/desk-a';
const B = '/srv/desk-b';
const ws = new Workspace(toSettings({ exclude: ['drafts/**'] }), { info: () => {}, warn: () => {} });
ws.folders = [A, B].map((path) => ({ uri: URI.file(path).toString(), path }));
ws.folderSettings = new Map([
  [ws.folders[1].uri, toSettings({ include: ['lists/*.txt'], exclude: ['old/**'], severity: { unsourcedClaim: 'hint' } })],
]);
const uri = (p: string) => URI.file(p).toString();

// [label, path, decide() for a file not yet read, severity of an unsourced claim]
const ROWS: [string, string, 'yes' | 'no' | 'guess', string][] = [
  ['desk-a follows the window: an article is guessed', `${A}/flood.txt`, 'guess', 'warning'],
  ['desk-a follows the window: its exclude', `${A}/drafts/flood.txt`, 'no', 'warning'],
  ['desk-a: desk-b\'s exclude does not apply', `${A}/old/flood.txt`, 'guess', 'warning'],
  ['desk-a: desk-b\'s include does not apply', `${A}/lists/calls.txt`, 'guess', 'warning'],
  ['desk-b: its own exclude', `${B}/old/flood.txt`, 'no', 'hint'],
  ['desk-b: its own include forces a file in', `${B}/lists/calls.txt`, 'yes', 'hint'],
  ['desk-b: the window\'s exclude is replaced by its own', `${B}/drafts/flood.txt`, 'guess', 'hint'],
  ['a folder that only shares a prefix is not desk-b', '/srv/desk-b-old/lists/calls.txt', 'guess', 'warning'],
  ['a file named with two dots is inside its folder', `${B}/..notes.txt`, 'guess', 'hint'],
  ['outside every folder: the window\'s exclude', '/tmp/drafts/flood.txt', 'no', 'warning'],
  ['outside every folder: the window\'s severities', '/tmp/flood.txt', 'guess', 'warning'],
];
for (const [label, path, decision, severity] of ROWS) {
  test(`folder settings: ${label}`, () => {
    assert.equal(ws.decide(uri(path), null), decision);
    assert.equal(ws.settingsOf(uri(path)).severities['unsourced-claim'], severity);
  });
}

test('an untitled buffer follows the window', () => {
  assert.equal(ws.settingsOf('untitled:Untitled-1').severities['unsourced-claim'], DEFAULT_SETTINGS.severities['unsourced-claim']);
});

test('scanInputs changes with a folder\'s exclude, not with its severities', () => {
  const before = ws.scanInputs();
  const b = ws.folderSettings.get(ws.folders[1].uri)!;
  ws.folderSettings.set(ws.folders[1].uri, { ...b, severities: { ...b.severities, 'unsourced-claim': 'off' } });
  assert.equal(ws.scanInputs(), before);
  ws.folderSettings.set(ws.folders[1].uri, { ...b, exclude: ['old/**', 'spare/**'] });
  assert.notEqual(ws.scanInputs(), before);
});

// [label, folders at the start, folders removed, files judged again (a remaining folder lay inside a removed one)]
const REMOVALS: [string, string[], string[], boolean][] = [
  ['a folder beside the others', ['/srv/news', '/srv/wire'], ['/srv/wire'], false],
  ['a folder inside a remaining one', ['/srv/news', '/srv/news/wire'], ['/srv/news/wire'], false],
  ['the folder around a remaining one', ['/srv/news', '/srv/news/wire'], ['/srv/news'], true],
  ['a folder that only shares a prefix', ['/srv/news', '/srv/news-wire'], ['/srv/news'], false],
  ['a folder not in the workspace', ['/srv/news/wire'], ['/srv/news'], false],
];
for (const [label, start, removed, again] of REMOVALS) {
  test(`removing folders: ${label}`, async () => {
    const w = new Workspace(DEFAULT_SETTINGS, { info: () => {}, warn: () => {} });
    w.folders = Workspace.foldersOf(start.map(uri).map((u) => ({ uri: u })));
    assert.equal(await w.removeFolders(removed.map(uri)), again);
    assert.deepEqual(w.folders.map((f) => f.path), start.filter((p) => !removed.includes(p)));
  });
}
