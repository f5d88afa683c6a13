// Real-editor test of restricted mode (an untrusted folder) in code-server + headless Chromium:
// package.json declares `capabilities.untrustedWorkspaces.supported: true` and README.md says the
// extension is enabled in restricted mode, so a folder that is NOT trusted must still get the
// language server's diagnostics. The same window also checks the Getting Started walkthrough: its
// "Open a folder of articles" step is ticked once the folder is indexed, even when VS Code registers
// the walkthrough late (experiments.overrideDelay makes it wait, as a slow experiment service does
// on the desktop; client/src/walkthrough-progress.ts says why that left the step unticked).
// Needs `bash test/e2e/setup.sh` and `npm run package` first; see test/e2e/README.md.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { codeServerBin, findVsix, openEditor, reportFailure } from './code-server.mjs';
import { pollFor, quickOpen } from './workbench.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const ARTIFACTS = path.join(REPO, 'test', 'artifacts');
const FOLDER = path.resolve(REPO, process.env.SA_E2E_FOLDER || 'examples/harbor');
const MANIFEST = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
const WALKTHROUGH = MANIFEST.contributes.walkthroughs[0];
const STEP_ID = `${MANIFEST.publisher}.${MANIFEST.name}#${WALKTHROUGH.id}#${WALKTHROUGH.steps[0].id}`;
const skip = process.env.SA_SKIP_E2E === '1' ? 'SA_SKIP_E2E=1: real-editor test skipped' : false;

const cleanups = [];
after(async () => { while (cleanups.length) { try { await cleanups.pop()(); } catch { /* best effort */ } } });

const failureArtifacts = (step, page, server) => reportFailure(ARTIFACTS, 'restricted', step, page, server);

test('restricted mode: an untrusted folder still gets diagnostics; the walkthrough ticks "Open a folder"', { skip, timeout: 240_000 }, async (t) => {
  const vsix = findVsix(REPO);
  codeServerBin();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  t.diagnostic(`vsix ${path.basename(vsix)}; step ${STEP_ID}`);
  const file = fs.readdirSync(FOLDER).filter((f) => f.endsWith('.txt')).sort()[0];
  const text = fs.readFileSync(path.join(FOLDER, file), 'utf8');
  const firstLine = text.split(/\r?\n/).find((l) => l.trim()) || '';
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sa-e2e-restricted-'));
  cleanups.push(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const workspace = path.join(tmp, 'workspace', path.basename(FOLDER));
  fs.cpSync(FOLDER, workspace, { recursive: true });
  const settings = {
    'security.workspace.trust.enabled': true,
    // no trust prompt: the folder opens untrusted, in restricted mode
    'security.workspace.trust.startupPrompt': 'never',
    'security.workspace.trust.banner': 'always',
    // the workbench waits this long (capped at 5 s) before it registers extension walkthroughs
    'experiments.overrideDelay': 10_000,
  };
  const { server, page } = await openEditor({ vsix, folder: workspace, root: tmp, cleanups, settings, workspaceTrust: true });

  await t.test('the window is in restricted mode', async () => {
    const shown = await pollFor(page, () => page.evaluate(() => document.body.innerText.includes('Restricted Mode')), 30_000);
    if (!shown) await failureArtifacts('restricted-indicator', page, server);
    assert.ok(shown, 'the workbench shows "Restricted Mode" (otherwise this test proves nothing about it)');
  });

  await t.test('the extension runs there: an unsourced figure gets a warning squiggle', async () => {
    try {
      await quickOpen(page, file, firstLine);
      await page.waitForSelector('.monaco-editor .squiggly-warning', { state: 'attached', timeout: 60_000 });
    } catch (err) {
      await failureArtifacts('squiggle', page, server);
      throw err;
    }
  });

  await t.test('the walkthrough\'s "Open a folder of articles" step is ticked', async () => {
    let state = null;
    try {
      await page.keyboard.press('Escape');
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input').first();
      await input.waitFor({ state: 'visible', timeout: 10_000 });
      await input.fill('>Welcome: Open Walkthrough');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Open Walkthrough' }).first().waitFor({ state: 'visible', timeout: 15_000 });
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: WALKTHROUGH.title }).first().waitFor({ state: 'visible', timeout: 15_000 });
      await input.fill(WALKTHROUGH.title);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: WALKTHROUGH.title }).first().click();
      state = await pollFor(page, () => page.evaluate((id) => {
        const el = document.querySelector(`button.getting-started-step[data-step-id="${id}"]`);
        return el && el.getAttribute('aria-checked') === 'true' ? 'true' : null;
      }, STEP_ID), 20_000);
      if (!state) state = await page.evaluate((id) => document.querySelector(`button.getting-started-step[data-step-id="${id}"]`)?.getAttribute('aria-checked') ?? 'no such step', STEP_ID);
      await page.screenshot({ path: path.join(ARTIFACTS, 'restricted-walkthrough.png') }).catch(() => {});
    } catch (err) {
      await failureArtifacts('walkthrough', page, server);
      throw err;
    }
    if (state !== 'true') await failureArtifacts('walkthrough', page, server);
    assert.equal(state, 'true', `step ${STEP_ID} aria-checked`);
  });
});
