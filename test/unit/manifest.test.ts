// What a newcomer reads about the extension matches what ships: every setting is described in the
// manifest and in README.md, and every local file README.md shows (screenshots, docs) is packaged
// into the VSIX, so the extension's Details page has no broken images.
// Run with `node --import tsx --test test/unit/manifest.test.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const settings = Object.entries(manifest.contributes.configuration.properties as Record<string, Record<string, unknown>>);

/** `.vscodeignore` semantics for this repo's file: `**` first, then `!glob` lines re-include. */
function packaged(ignoreFile: string, file: string): boolean {
  let included = true;
  for (const raw of ignoreFile.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const negated = line.startsWith('!');
    const glob = negated ? line.slice(1) : line;
    const re = new RegExp(`^${glob.split('**').map((p) => p.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')).join('.*')}$`);
    if (re.test(file)) included = negated;
  }
  return included;
}

test('packaged(): the .vscodeignore reading used below', () => {
  const rules = '**\n!dist/a.js\n!docs/*.md\n';
  for (const [file, want] of [['dist/a.js', true], ['dist/b.js', false], ['docs/rules.md', true], ['docs/x/rules.md', false], ['src/a.ts', false]] as const) {
    assert.equal(packaged(rules, file), want, file);
  }
});

test('every local image and document README.md links to is in the VSIX', () => {
  const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8');
  const links = [...readme.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)].map((m) => m[1]).filter((l) => !/^[a-z]+:/i.test(l));
  assert.ok(links.some((l) => l.endsWith('.png')), 'README.md shows no screenshot: the pattern above is stale');
  for (const l of new Set(links)) {
    assert.ok(fs.existsSync(path.join(ROOT, l)), `README.md links to missing ${l}`);
    // ARCHITECTURE.md and the like are for contributors; what the Details page shows must ship
    if (l.endsWith('.png') || l.startsWith('docs/rules')) assert.ok(packaged(ignore, l), `${l} is linked from README.md but left out of the VSIX by .vscodeignore`);
  }
});

test('every setting has a description, and README.md names it', () => {
  assert.ok(settings.length >= 8);
  for (const [name, spec] of settings) {
    const text = String(spec.markdownDescription ?? spec.description ?? '');
    assert.ok(text.length >= 20, `${name} has no real description`);
    // a deprecated setting kept only to read old configurations has none (file-size.test.ts says why)
    assert.ok('default' in spec || 'markdownDeprecationMessage' in spec || 'deprecationMessage' in spec, `${name} has no default`);
    assert.ok(readme.includes(`\`${name}\``), `README.md does not mention the setting ${name}`);
  }
});

test('every README settings-table row says what the setting means', () => {
  const rows = readme.split('\n').filter((l) => /^\| `sourceAnnotator\./.test(l));
  assert.ok(rows.length >= 8);
  for (const row of rows) {
    const cells = row.split('|').map((c) => c.trim());
    assert.ok(cells[3], `README.md settings row without a meaning: ${row}`);
  }
});
