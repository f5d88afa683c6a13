// Real-editor test of "Source Annotator: Show Skipped Files" in code-server + headless Chromium:
// a workspace with a binary .txt file and a .txt list that is not an article; once the folder is
// indexed (the status bar shows the article count), the command run from the command palette
// opens a quick pick that lists both files with their reasons, and the list has a button that
// opens the include setting (the binary file has none: no setting lets it in).
// Needs `bash test/e2e/setup.sh` and `npm run package` first; see test/e2e/README.md.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { codeServerBin, findVsix, openEditor, reportFailure } from './code-server.mjs';
import { pollFor } from './workbench.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const ARTIFACTS = path.join(REPO, 'test', 'artifacts');
const FOLDER = path.resolve(REPO, process.env.SA_E2E_FOLDER || 'examples/harbor');
const skip = process.env.SA_SKIP_E2E === '1' ? 'SA_SKIP_E2E=1: real-editor test skipped' : false;

// The skipped files, written for this test (a scan's bytes and a packing list).
const BINARY = 'scanned-page.txt';
const LIST = 'packing-list.txt';

const cleanups = [];
after(async () => { while (cleanups.length) { try { await cleanups.pop()(); } catch { /* best effort */ } } });

/** The quick pick's rows as the page shows them: label, description, all its text, and whether it has a button. */
const pickRows = (page) => page.evaluate(() => [...document.querySelectorAll('.quick-input-widget .quick-input-list .monaco-list-row')].map((row) => ({
  label: row.querySelector('.label-name')?.textContent ?? '',
  description: row.querySelector('.label-description')?.textContent ?? '',
  text: row.textContent, // the detail (the reason) is on the row's second line
  button: !!row.querySelector('.quick-input-list-entry-action-bar .action-label'),
})));

test('Show Skipped Files: the command palette\'s quick pick lists a binary .txt file with its reason', { skip, timeout: 240_000 }, async (t) => {
  const vsix = findVsix(REPO);
  codeServerBin();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sa-e2e-skipped-'));
  cleanups.push(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const workspace = path.join(tmp, 'workspace', path.basename(FOLDER));
  fs.cpSync(FOLDER, workspace, { recursive: true });
  const articles = fs.readdirSync(workspace).filter((f) => f.endsWith('.txt')).length;
  fs.writeFileSync(path.join(workspace, BINARY), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
  fs.writeFileSync(path.join(workspace, LIST), 'tent\nrope\nlamp oil\nmatches\n'.repeat(8));
  const { server, page } = await openEditor({ vsix, folder: workspace, root: tmp, cleanups });

  await t.test('the folder is indexed: the status bar shows the article count', async () => {
    const want = `${articles} article${articles === 1 ? '' : 's'}`;
    const shown = await pollFor(page, () => page.evaluate((want) =>
      [...document.querySelectorAll('.statusbar-item')].some((el) => el.textContent.trim() === want), want), 90_000);
    if (!shown) await reportFailure(ARTIFACTS, 'skipped', 'status', page, server);
    assert.ok(shown, `a status bar item reads "${want}"`);
  });

  await t.test('the quick pick lists the binary file and the list with their reasons', async () => {
    let rows = [];
    try {
      await page.keyboard.press('Escape');
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input').first();
      await input.waitFor({ state: 'visible', timeout: 10_000 });
      await input.fill('>Source Annotator: Show Skipped Files');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Show Skipped Files' }).first().waitFor({ state: 'visible', timeout: 15_000 });
      await page.keyboard.press('Enter');
      // The command's own quick pick replaces the palette: wait for its title.
      await page.locator('.quick-input-widget .quick-input-title', { hasText: 'not analysed' }).first().waitFor({ state: 'visible', timeout: 15_000 });
      rows = await pollFor(page, async () => { const r = await pickRows(page); return r.length >= 2 ? r : null; }, 15_000) ?? [];
      await page.screenshot({ path: path.join(ARTIFACTS, 'skipped-files.png') }).catch(() => {});
    } catch (err) {
      await reportFailure(ARTIFACTS, 'skipped', 'quick-pick', page, server);
      throw err;
    }
    const title = await page.locator('.quick-input-widget .quick-input-title').first().textContent();
    assert.match(title, /2 files not analysed/, title);
    const binary = rows.find((r) => r.label === BINARY);
    const list = rows.find((r) => r.label === LIST);
    assert.ok(binary, `a row for ${BINARY}: ${JSON.stringify(rows)}`);
    assert.match(binary.text, /binary file/, 'its reason');
    assert.equal(binary.button, false, 'no setting lets a binary file in');
    assert.ok(list, `a row for ${LIST}: ${JSON.stringify(rows)}`);
    assert.match(list.text, /does not read as a prose article/);
    assert.equal(list.button, true, 'a button opens the include setting');
    assert.equal(rows.length, 2, 'the articles are not listed');
  });
});
