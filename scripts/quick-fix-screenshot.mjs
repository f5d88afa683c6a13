#!/usr/bin/env node
// Takes a screenshot of the quick fix on an unsourced claim in a real VS Code (code-server +
// headless Chromium, the harness of test/e2e): the warning, and the quick-fix menu listing the
// passages of the other articles; then a second one of the "Find corroborating source" peek view.
//
//   bash test/e2e/setup.sh && npm run package
//   node scripts/quick-fix-screenshot.mjs FOLDER [OUT.png] [--claim TEXT]
//
// FOLDER is copied to a temporary workspace first (the editor session never touches it). The
// article and claim are chosen from `analyze --json`: the first article, alphabetically, with an
// unsourced claim outside its headline that has corroborating candidates (with --claim, the first
// such claim whose text contains TEXT). OUT defaults to
// test/artifacts/quick-fix.png (git-ignored); the peek view goes next to it as OUT-peek.png.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openEditor } from '../test/e2e/code-server.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const claimAt = args.indexOf('--claim');
const CLAIM_FILTER = claimAt >= 0 ? args.splice(claimAt, 2)[1] ?? '' : '';
const [folderArg, outArg] = args;
if (!folderArg) {
  console.error('usage: node scripts/quick-fix-screenshot.mjs FOLDER [OUT.png]');
  process.exit(3);
}
const FOLDER = path.resolve(folderArg);
const OUT = path.resolve(outArg ?? path.join(REPO, 'test', 'artifacts', 'quick-fix.png'));
const TIMEOUT = 60_000;

function newestVsix() {
  const found = fs.readdirSync(REPO).filter((f) => /^source-annotator-.*\.vsix$/.test(f))
    .map((f) => path.join(REPO, f)).sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  if (!found.length) throw new Error('no source-annotator-*.vsix: run npm run package first');
  return found[0];
}

/** The article, 1-based line and column of the first unsourced body claim with candidates. */
function pickClaim(folder) {
  const r = spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), 'analyze', '--json', folder], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`analyze failed: ${r.stderr}`);
  const report = JSON.parse(r.stdout);
  const docs = [...report.documents].sort((a, b) => a.path.localeCompare(b.path));
  for (const d of docs) {
    for (const c of d.claims) {
      if (c.sourced !== 'no' || c.headline || (CLAIM_FILTER && !c.text.includes(CLAIM_FILTER))) continue;
      const entry = report.corroborations.find((e) => e.claim.path === d.path && e.claim.start === c.start);
      if (!entry?.candidates.length) continue;
      const text = fs.readFileSync(path.isAbsolute(d.path) ? d.path : path.resolve(d.path), 'utf8');
      const before = text.slice(0, c.start).split(/\r\n|\r|\n/);
      return { file: path.relative(folder, path.resolve(d.path)), line: before.length, column: before.at(-1).length + 1, text, claim: c.text };
    }
  }
  throw new Error('no unsourced claim with corroborating candidates in this folder');
}

async function main() {
  const vsix = newestVsix();
  const target = pickClaim(FOLDER);
  console.log(`article ${target.file}, line ${target.line}, column ${target.column}`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sa-shot-'));
  const cleanups = [() => fs.rmSync(tmp, { recursive: true, force: true })];
  try {
    const workspace = path.join(tmp, 'workspace');
    fs.cpSync(FOLDER, workspace, { recursive: true });
    const { page } = await openEditor({ vsix, folder: workspace, root: tmp, cleanups });

    // Open the article (Quick Open), then go to the claim (":line:column").
    const firstLine = target.text.split(/\r?\n/).find((l) => l.trim())?.trim().slice(0, 24) ?? '';
    for (let attempt = 0; ; attempt++) {
      try {
        await page.keyboard.press('Escape');
        await page.keyboard.press('Control+P');
        await page.locator('.quick-input-widget input').first().fill(path.basename(target.file));
        await page.locator('.quick-input-list .monaco-list-row', { hasText: path.basename(target.file) }).first().waitFor({ state: 'visible', timeout: 15_000 });
        await page.keyboard.press('Enter');
        await page.waitForFunction((probe) => [...document.querySelectorAll('.monaco-editor .view-lines')]
          .some((el) => el.textContent.replace(/\u00a0/g, ' ').includes(probe)), firstLine, { timeout: 30_000, polling: 250 });
        break;
      } catch (err) {
        if (attempt >= 3) throw err;
      }
    }
    await page.waitForSelector('.monaco-editor .squiggly-warning', { state: 'attached', timeout: TIMEOUT });
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').first().fill(`:${target.line}:${target.column}`);
    await page.keyboard.press('Enter');

    // The quick-fix menu (Ctrl+.) lists "Find corroborating source", the passages and "Mark as checked".
    const menu = page.locator('.action-widget', { hasText: 'Find corroborating source' });
    for (let attempt = 0; ; attempt++) {
      await page.keyboard.press('Control+.');
      try {
        await menu.first().waitFor({ state: 'visible', timeout: 10_000 });
        break;
      } catch (err) {
        if (attempt >= 4) throw err;
        await page.keyboard.press('Escape');
      }
    }
    fs.mkdirSync(path.dirname(OUT), { recursive: true });
    await page.screenshot({ path: OUT });
    console.log(`saved ${OUT}`);

    // Choose "Find corroborating source": the peek view lists every passage.
    await page.keyboard.press('Enter');
    await page.locator('.peekview-widget, .zone-widget .peekview-title').first().waitFor({ state: 'visible', timeout: 20_000 });
    const peek = OUT.replace(/\.png$/i, '') + '-peek.png';
    await page.screenshot({ path: peek });
    console.log(`saved ${peek}`);
  } finally {
    for (const fn of cleanups.reverse()) {
      try { await fn(); } catch (err) { console.error(`cleanup: ${err.message}`); }
    }
  }
}

main().then(() => process.exit(0), (err) => { console.error(err.stack ?? err); process.exit(1); });
