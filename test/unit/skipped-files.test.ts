// Labelled rows for the skipped files as the status tooltip and "Show Skipped Files" show them
// (client/src/skipped-files.ts). Run with `node --import tsx --test test/unit/skipped-files.test.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeIcons, fileName, overflowNote, skippedPicks, skippedTitle, statusTooltip, SHOW_SKIPPED_FILES, TOOLTIP_COMMANDS, TOOLTIP_LISTED } from '../../client/src/skipped-files';
import type { StatusParams } from '../../server/src/lsp/protocol';

const ROOT = 'file:///home/ana/desk';
const skip = (name: string, reason = 'binary (not text)') => ({ uri: `${ROOT}/${name}`, reason });
const status = (skipped: number, examples = Array.from({ length: Math.min(skipped, 10) }, (_, i) => skip(`scan-${i}.txt`))): StatusParams =>
  ({ indexing: false, articles: 3, skipped, skippedExamples: examples });

// [label, uri, file name]
const NAMES: [string, string, string][] = [
  ['plain name', `${ROOT}/notes.txt`, 'notes.txt'],
  ['percent-encoded space and accent', `${ROOT}/caf%C3%A9%20report.txt`, 'café report.txt'],
  ['a malformed escape stays as written', `${ROOT}/100%.txt`, '100%.txt'],
  ['nested folder', `${ROOT}/a/b/c.txt`, 'c.txt'],
];
for (const [label, uri, want] of NAMES) test(`fileName: ${label}`, () => assert.equal(fileName(uri), want));

// [label, status, must match, must not match]
const TOOLTIPS: [string, StatusParams, RegExp[], RegExp[]][] = [
  ['nothing skipped: counts and the output link only', status(0, []), [/^Source Annotator: 3 articles indexed/, /\[Show output\]\(command:sourceAnnotator\.showOutput\)/], [/not analysed/, /showSkippedFiles/]],
  ['one skipped: singular, named with its reason, link to all', status(1), [/1 \.txt file not analysed:/, /- scan\\-0\\\.txt — binary \\\(not text\\\)/, new RegExp(`\\(command:${SHOW_SKIPPED_FILES}\\)`)], [/more/]],
  ['twelve skipped: the first few named, the rest counted', status(12), [/12 \.txt files not analysed:/, new RegExp(`- … and ${12 - TOOLTIP_LISTED} more`)], [new RegExp(`scan\\\\-${TOOLTIP_LISTED}\\\\\\.txt`)]],
  ['indexing: progress in files', { ...status(0, []), indexing: true, scanned: 4, total: 9 }, [/indexed \(4\/9 files\)/], []],
  ['a hostile file name is text, not a link or HTML', status(1, [skip('a](command:workbench.action.terminal.new) <img src=x>.txt')]),
    [/a\\\]\\\(command\\:workbench/, /&lt;img/], [/\]\(command:workbench/, /<img/]],
];
for (const [label, p, yes, no] of TOOLTIPS) {
  test(`statusTooltip: ${label}`, () => {
    const md = statusTooltip(p);
    for (const re of yes) assert.match(md, re);
    for (const re of no) assert.doesNotMatch(md, re);
  });
}

test('statusTooltip links only to the commands the tooltip trusts', () => {
  const md = statusTooltip(status(12));
  const targets = [...md.matchAll(/(?<!\\)\]\(command:([^)?]+)/g)].map((m) => m[1]);
  assert.deepEqual([...new Set(targets)].sort(), [...TOOLTIP_COMMANDS].sort());
});

// [label, files, folders, expected label/description/detail]
const FOLDERS = [{ uri: ROOT, name: 'desk' }];
const PICKS: [string, { uri: string; reason: string }[], { uri: string; name: string }[], [string, string, string][]][] = [
  ['at the folder root: no folder shown', [skip('ledger.txt', 'not valid UTF-8')], FOLDERS, [['ledger.txt', '', 'not valid UTF-8']]],
  ['nested: the folder relative to the workspace folder', [skip('wires/2024/q%20one.txt')], FOLDERS, [['q one.txt', 'wires/2024', 'binary (not text)']]],
  ['several workspace folders: the folder name first',
    [{ uri: 'file:///srv/press/old/x.txt', reason: 'does not read as a prose article' }, skip('y.txt')],
    [...FOLDERS, { uri: 'file:///srv/press', name: 'press' }],
    [['x.txt', 'press/old', 'does not read as a prose article'], ['y.txt', 'desk', 'binary (not text)']]],
  ['outside every folder: the full path', [{ uri: 'file:///tmp/z.txt', reason: 'permission denied' }], FOLDERS, [['z.txt', '/tmp', 'permission denied']]],
  ['a folder that only shares a prefix is not home', [{ uri: `${ROOT}-old/w.txt`, reason: 'binary (not text)' }], FOLDERS, [['w.txt', '/home/ana/desk-old', 'binary (not text)']]],
  ['icon syntax in a name stays text', [skip('%24(alert).txt')], FOLDERS, [['\\$(alert).txt', '', 'binary (not text)']]],
];
test('skippedPicks: a file a setting would let in carries it, with a button tooltip naming it', () => {
  const picks = skippedPicks([
    { uri: `${ROOT}/big.txt`, reason: 'larger than the 2.0 MB limit (2.5 MB)', setting: 'sourceAnnotator.maxFileSizeMB' },
    skip('blob.txt'),
  ], FOLDERS);
  assert.equal(picks[0].setting, 'sourceAnnotator.maxFileSizeMB');
  assert.match(picks[0].settingTooltip ?? '', /sourceAnnotator\.maxFileSizeMB/);
  assert.equal(picks[1].setting, undefined, 'a binary file: no setting helps');
  assert.equal(picks[1].settingTooltip, undefined);
});

for (const [label, files, folders, want] of PICKS) {
  test(`skippedPicks: ${label}`, () => {
    const picks = skippedPicks(files, folders);
    assert.deepEqual(picks.map((p) => [p.label, p.description, p.detail]), want);
    assert.deepEqual(picks.map((p) => p.uri), files.map((f) => f.uri), 'each pick opens its own file');
  });
}

test('escapeIcons leaves text without icon syntax alone', () => {
  assert.equal(escapeIcons('plain (draft).txt'), 'plain (draft).txt');
  assert.equal(escapeIcons('$(x) and $(y)'), '\\$(x) and \\$(y)');
});

test('skippedTitle: singular and plural', () => {
  assert.match(skippedTitle(1), /1 file not analysed/);
  assert.match(skippedTitle(12), /12 files not analysed/);
});

// [label, status, total said before, expected note (null: none)]
const NOTES: [string, StatusParams, number | null, RegExp | null][] = [
  ['all named in the status: no note', status(10), null, null],
  ['more than the status names: the total and the command', status(12), null, /^12 files not analysed in all; "Source Annotator: Show Skipped Files"/],
  ['the same total again: not repeated', status(12), 12, null],
  ['a new total: said again', status(13), 12, /^13 files/],
  ['while indexing: not yet', { ...status(12), indexing: true }, null, null],
];
for (const [label, p, noted, want] of NOTES) {
  test(`overflowNote: ${label}`, () => {
    const note = overflowNote(p, noted);
    if (want) assert.match(note ?? '', want); else assert.equal(note, null);
  });
}
