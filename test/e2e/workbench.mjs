// Page helpers for the real-editor test beyond the editor text: the Quick Fix menu, the
// references peek, the Entities view in the Explorer, and a probe of the installed server's
// capabilities. Every wait is bounded and polls what the page shows.

import fs from 'node:fs';
import path from 'node:path';

import { LspClient } from '../protocol/lsp-client.mjs';

/**
 * The capabilities the installed extension's language server advertises (initialize over stdio
 * with no workspace), so a test of a feature the build does not have can say so and skip.
 */
export async function serverCapabilities(extensionsDir) {
  const ext = fs.readdirSync(extensionsDir).find((d) => d.startsWith('source-annotator.'));
  const serverPath = path.join(extensionsDir, ext, 'dist', 'server.js');
  const client = new LspClient({ serverPath });
  try {
    const init = await client.initialize(null);
    return init.capabilities;
  } finally {
    await Promise.race([client.shutdown(), new Promise((r) => setTimeout(r, 5000).unref())]);
    client.kill();
  }
}

/** Polls `fn` (async, returns a value or null) until it returns something truthy or time runs out. */
export async function pollFor(page, fn, timeoutMs, every = 250) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v || Date.now() >= deadline) return v;
    await page.waitForTimeout(every);
  }
}

// ---------------------------------------------------------------------------------------------
// Quick Open

/** Quick Open (Ctrl+P), type the file name, Enter; wait until the editor shows the file's first line. */
export async function quickOpen(page, fileName, firstLine, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs * 2;
  let lastErr;
  for (let attempt = 1; Date.now() < deadline; attempt++) {
    try {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+P');
      const input = page.locator('.quick-input-widget input').first();
      await input.waitFor({ state: 'visible', timeout: 10_000 });
      await input.fill(fileName);
      // the file search may need a moment after startup: wait for the row, then choose it
      await page
        .locator('.quick-input-list .monaco-list-row', { hasText: fileName })
        .first()
        .waitFor({ state: 'visible', timeout: 15_000 });
      await page.keyboard.press('Enter');
      const probe = firstLine.trim().slice(0, 24);
      await page.waitForFunction(
        (probe) =>
          [...document.querySelectorAll('.monaco-editor .view-lines')].some((el) =>
            el.textContent.replace(/\u00a0/g, ' ').includes(probe),
          ),
        probe,
        { timeout: timeoutMs, polling: 250 },
      );
      return;
    } catch (err) {
      lastErr = err;
      console.error(`[e2e] quick open attempt ${attempt} failed: ${err.message.split('\n')[0]}`);
    }
  }
  throw new Error(`could not open ${fileName} with Quick Open: ${lastErr?.message}`);
}

// ---------------------------------------------------------------------------------------------
// Quick Fix menu and references peek

/** Labels of the rows of the open Quick Fix menu (`.action-widget`), and which one is focused. */
export async function quickFixRows(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.action-widget .monaco-list-row')].map((r) => ({
      label: r.getAttribute('aria-label') || r.innerText.trim(),
      focused: r.classList.contains('focused'),
    })),
  );
}

/**
 * With the Quick Fix menu open, moves the focus to the first row whose label starts with
 * `prefix` (the arrow keys; a mouse click is swallowed by the menu's pointer block) and
 * presses Enter. Returns the chosen label.
 */
export async function chooseQuickFix(page, prefix) {
  const rows = await quickFixRows(page);
  const target = rows.find((r) => r.label.startsWith(prefix));
  if (!target) throw new Error(`no quick fix starting with "${prefix}"; menu: ${JSON.stringify(rows.map((r) => r.label))}`);
  for (let i = 0; i <= rows.length; i++) {
    const focused = (await quickFixRows(page)).find((r) => r.focused);
    if (focused?.label === target.label) {
      await page.keyboard.press('Enter');
      return target.label;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`could not focus the quick fix "${target.label}"`);
}

/** The text of the references peek (title, file names, lines) once its results are loaded, or null. */
export async function peekText(page) {
  return page.evaluate(() => {
    const w = document.querySelector('.reference-zone-widget.results-loaded');
    if (!w) return null;
    const rows = [...w.querySelectorAll('.monaco-list-row')].map((r) => r.getAttribute('aria-label') || r.innerText);
    if (!rows.length) return null; // "Loading..." until the locations are rendered
    const head = w.querySelector('.head')?.innerText ?? '';
    return `${head}\n${rows.join('\n')}`.replace(/\u00a0/g, ' ');
  });
}

// ---------------------------------------------------------------------------------------------
// Entities view (Explorer)

const ENTITIES_HEADER = '.pane-header[aria-label^="Entities"]';

/** Opens the Explorer, collapses the folder section (room for the view) and expands Entities. */
export async function showEntitiesView(page, timeoutMs) {
  const header = page.locator(ENTITIES_HEADER).first();
  if (!(await header.isVisible())) {
    await page.keyboard.press('Control+Shift+E'); // Explorer
    await header.waitFor({ state: 'visible', timeout: timeoutMs });
  }
  const folder = page.locator('.pane-header[aria-label^="Explorer Section"]').first();
  if ((await folder.getAttribute('aria-expanded')) === 'true') await folder.click();
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  await page.waitForFunction(
    (sel) => document.querySelector(sel)?.getAttribute('aria-expanded') === 'true',
    ENTITIES_HEADER,
    { timeout: timeoutMs, polling: 250 },
  );
}

/** The rows the Entities tree shows: level, label, description, tooltip (aria-label), expanded. */
export async function entityRows(page) {
  return page.evaluate((sel) => {
    const pane = document.querySelector(sel)?.closest('.pane');
    if (!pane) return [];
    return [...pane.querySelectorAll('.monaco-list-row')]
      .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
      .map((r) => ({
        level: Number(r.getAttribute('aria-level')),
        label: (r.querySelector('.label-name')?.innerText ?? '').replace(/\u00a0/g, ' ').trim(),
        description: (r.querySelector('.label-description')?.innerText ?? '').trim(),
        aria: r.getAttribute('aria-label') ?? '',
        expanded: r.getAttribute('aria-expanded'),
        index: r.getAttribute('data-index'),
      }));
  }, ENTITIES_HEADER);
}

/** Clicks the Entities row at `data-index` (as returned by entityRows). */
export async function clickEntityRow(page, row) {
  const pane = page.locator('.pane', { has: page.locator(ENTITIES_HEADER) });
  await pane.locator(`.monaco-list-row[data-index="${row.index}"]`).first().click();
}

/** The label of the active editor tab, or null. */
export async function activeTab(page) {
  return page.evaluate(() => {
    const t = document.querySelector('.editor-group-container.active .tabs-container .tab.active') ||
      document.querySelector('.tabs-container .tab.active');
    return t ? (t.getAttribute('aria-label') || t.innerText).trim() : null;
  });
}

/** Drags the side bar's edge to the right so tree labels have room (for the screenshot). */
export async function widenSideBar(page, by = 220) {
  const box = await page.locator('.part.sidebar').first().boundingBox();
  if (!box) return;
  const x = box.x + box.width;
  const y = box.y + box.height / 2;
  await page.mouse.move(x - 1, y);
  await page.mouse.down();
  await page.mouse.move(x + by / 2, y, { steps: 4 });
  await page.mouse.move(x + by, y, { steps: 4 });
  await page.mouse.up();
}
