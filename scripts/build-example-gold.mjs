#!/usr/bin/env node
// Builds examples/<name>.gold.json (schema source-annotator-gold/1) from the fictional articles in
// examples/<name>/ and the hand annotation in scripts/examples/<name>.spec.mjs. Spans are found by
// searching strings, never typed as numbers, so the script can be re-run after the articles are edited;
// it fails loudly when a search string is missing or ambiguous, and verifies
// text === fileText.slice(start, end) for every span (scripts/examples/gold-builder.mjs).
//
//   node scripts/build-example-gold.mjs [NAME]            write the gold file (NAME defaults to harbor)
//   node scripts/build-example-gold.mjs NAME --check      verify only (exit 1 if the file on disk differs)
//   node scripts/build-example-gold.mjs NAME --review     also print every span in context, and capitalised
//                                                         words that no mention or ignore span covers
//   node scripts/build-example-gold.mjs --all [--check]   every scripts/examples/*.spec.mjs

import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildGold } from './examples/gold-builder.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const specDir = join(root, 'scripts', 'examples');
const args = process.argv.slice(2);
const check = args.includes('--check');
const showReview = args.includes('--review');
const names = args.includes('--all')
  ? readdirSync(specDir).filter((f) => f.endsWith('.spec.mjs')).map((f) => f.slice(0, -'.spec.mjs'.length)).sort()
  : [args.find((a) => !a.startsWith('--')) ?? 'harbor'];

let status = 0;
for (const name of names) status = Math.max(status, await build(name));
process.exit(status);

async function build(name) {
  const specFile = join(specDir, `${name}.spec.mjs`);
  if (!/^[a-z0-9-]+$/.test(name) || !existsSync(specFile)) {
    console.error(`no spec ${specFile}`);
    return 2;
  }
  const spec = await import(pathToFileURL(specFile).href);
  const dir = join(root, 'examples', name);
  const out = join(root, 'examples', `${name}.gold.json`);
  const text = Object.fromEntries(Object.entries(spec.DOCS).map(([k, f]) => [k, readFileSync(join(dir, f), 'utf8')]));

  const { gold, problems, review } = buildGold(spec, text);
  if (problems.length) {
    console.error(`${name}:\n${problems.map((p) => `✗ ${p}`).join('\n')}`);
    return 1;
  }
  const json = JSON.stringify(gold, null, 2) + '\n';
  if (check) {
    const same = existsSync(out) && readFileSync(out, 'utf8') === json;
    console.log(same ? `${name}: gold is up to date` : `${name}: gold differs from the articles and spec: re-run without --check`);
    return same ? 0 : 1;
  }
  if (showReview) console.log(review().join('\n'));
  writeFileSync(out, json);
  const { mentions, ignore, quotes, claims, corroborations } = gold;
  console.log(`wrote ${out}: ${mentions.length} mentions, ${ignore.length} ignore, ${quotes.length} quotes, ${claims.length} claims, ${corroborations.length} corroborations`);
  return 0;
}
