// The size limit in units people write: the maxFileSizeMB setting (the older byte setting still
// read), the CLI's --max-size, and the message of an open editor buffer over the limit.
// Run with `node --import tsx --test test/unit/file-size.test.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { maxFileBytes, parseSize, DEFAULT_MAX_MB } from '../../server/src/node/file-size';
import { DEFAULT_MAX_BYTES } from '../../server/src/node/read-article';
import { toSettings, DEFAULT_SETTINGS } from '../../server/src/lsp/config';
import { Workspace } from '../../server/src/lsp/workspace';

const MB = 1024 * 1024;

// [what the client sends (as getConfiguration gives it: the MB default is always there), bytes]
const SETTING_ROWS: [string, Record<string, unknown>, number][] = [
  ['nothing sent', {}, DEFAULT_MAX_BYTES],
  ['the default', { maxFileSizeMB: DEFAULT_MAX_MB }, 2 * MB],
  ['megabytes set', { maxFileSizeMB: 10 }, 10 * MB],
  ['a fraction of a megabyte', { maxFileSizeMB: 0.5 }, 512 * 1024],
  ['the older byte setting, MB at its default', { maxFileSizeMB: 2, maxFileSize: 5_000_000 }, 5_000_000],
  ['the older byte setting alone', { maxFileSize: 300_000 }, 300_000],
  ['megabytes changed win over bytes', { maxFileSizeMB: 8, maxFileSize: 5_000_000 }, 8 * MB],
  ['an unset byte setting (0) is ignored', { maxFileSizeMB: 3, maxFileSize: 0 }, 3 * MB],
  ['nonsense falls back to the default', { maxFileSizeMB: -1, maxFileSize: 'big' }, DEFAULT_MAX_BYTES],
  ['a string megabyte value is not read', { maxFileSizeMB: '4' }, DEFAULT_MAX_BYTES],
];
for (const [name, raw, want] of SETTING_ROWS) {
  test(`settings: size limit, ${name}`, () => {
    assert.equal(toSettings(raw).maxFileSize, want);
    assert.equal(maxFileBytes(raw.maxFileSizeMB, raw.maxFileSize), want);
  });
}

const SIZE_ROWS: [string, number][] = [
  ['2097152', 2 * MB], ['2MB', 2 * MB], ['2 MB', 2 * MB], ['2mb', 2 * MB], ['1.5M', 1.5 * MB], ['500KB', 500 * 1024],
  ['500 kib', 500 * 1024], ['1GB', 1024 * MB], ['12B', 12], ['.5MB', 0.5 * MB],
  ['', NaN], ['0', NaN], ['0MB', NaN], ['-1', NaN], ['2 parsecs', NaN], ['MB', NaN], ['1e6', NaN], ['2MB3', NaN],
];
for (const [text, want] of SIZE_ROWS) {
  test(`--max-size ${JSON.stringify(text)} reads as ${want}`, () => assert.deepEqual(parseSize(text), want));
}

test('manifest: the megabyte setting is the one offered, the byte setting is marked deprecated and has no default', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
  const props = pkg.contributes.configuration.properties;
  assert.equal(props['sourceAnnotator.maxFileSizeMB'].default * MB, DEFAULT_MAX_BYTES);
  assert.match(props['sourceAnnotator.maxFileSize'].markdownDeprecationMessage, /maxFileSizeMB/);
  // with a default, every configuration would send bytes and the older value could not be told from "unset"
  assert.equal('default' in props['sourceAnnotator.maxFileSize'], false);
});

test('an open buffer over the limit is skipped with a readable size and the setting that raises it', () => {
  const ws = new Workspace({ ...DEFAULT_SETTINGS, maxFileSize: 1024 }, { info: () => {}, warn: () => {} });
  const uri = 'file:///tmp/big.txt';
  assert.equal(ws.setOpen(uri, 'The harbour reopened on Monday. '.repeat(100), 1), false);
  const reason = ws.skipped.get(uri) ?? '';
  assert.match(reason, /^larger than the 1 KB limit \(3 KB\); the setting sourceAnnotator\.maxFileSizeMB raises the limit$/);
  assert.doesNotMatch(reason, /bytes/);
});
