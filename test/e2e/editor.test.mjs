// Real-editor test: the packaged extension in a real VS Code (code-server 4.100.3 = VS Code 1.100.3)
// driven through headless Debian Chromium with playwright-core.
//
//   bash test/e2e/setup.sh            # once; cached, ~1 s when already done
//   npm run package                   # makes source-annotator-*.vsix at the repo root
//   node --test test/e2e/editor.test.mjs
//
// Environment: SA_SKIP_E2E=1 skips; SA_E2E_FOLDER / SA_E2E_FILE / SA_E2E_HOVER_WORD choose the
// articles; SA_E2E_VSIX overrides the VSIX; SA_E2E_CACHE where setup.sh put code-server.
// See test/e2e/README.md.

import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import {
  codeServerBin,
  findVsix,
  installExtension,
  launchBrowser,
  listLogFiles,
  openWorkbench,
  prepareDirs,
  readIfExists,
  startCodeServer,
  tail,
} from './code-server.mjs';
import {
  activeTab,
  chooseQuickFix,
  clickEntityRow,
  entityRows,
  peekText,
  pollFor,
  quickFixRows,
  quickOpen,
  serverCapabilities,
  showEntitiesView,
  widenSideBar,
} from './workbench.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const ARTIFACTS = path.join(REPO, 'test', 'artifacts');
const FOLDER = path.resolve(REPO, process.env.SA_E2E_FOLDER || 'examples/harbor');
/** Default hover target: a person named in examples/harbor/01_tidewater-post.txt ("Oleksandr Tkachenko"). */
const DEFAULT_HOVER_WORD = 'Tkachenko';
const TYPE_WORD = /\b(person|organi[sz]ation|place)\b/i;
/** Default quick-fix target: an unsourced figure of 01_tidewater-post.txt that another article reports differently. */
const DEFAULT_CLAIM = 'Nearly 400 families';
const GOLD = path.join(REPO, 'examples', 'harbor.gold.json');

const SQUIGGLE_TIMEOUT_MS = 60_000;
const HOVER_TIMEOUT_MS = 30_000;
const UI_TIMEOUT_MS = 30_000;

const skip = process.env.SA_SKIP_E2E === '1' ? 'SA_SKIP_E2E=1: real-editor test skipped' : false;

// ---------------------------------------------------------------------------------------------
// teardown: everything started or made is registered here and undone in reverse order, from the
// test's finally and again (idempotently) from after(), whatever failed.

const cleanups = [];
async function cleanupAll() {
  while (cleanups.length) {
    const fn = cleanups.pop();
    try {
      await fn();
    } catch (err) {
      console.error(`[e2e] cleanup step failed: ${err.message}`);
    }
  }
}
after(cleanupAll);

// ---------------------------------------------------------------------------------------------
// inputs

function pickArticle() {
  assert.ok(
    fs.existsSync(FOLDER) && fs.statSync(FOLDER).isDirectory(),
    `article folder ${FOLDER} does not exist (set SA_E2E_FOLDER)`,
  );
  const file =
    process.env.SA_E2E_FILE ||
    fs.readdirSync(FOLDER).filter((f) => f.endsWith('.txt')).sort()[0];
  assert.ok(file, `no .txt file in ${FOLDER} (set SA_E2E_FILE)`);
  assert.ok(fs.existsSync(path.join(FOLDER, file)), `${path.join(FOLDER, file)} does not exist`);
  return file;
}

const SENTENCE_STARTERS = new Set(
  'A An And As At But By For From He Her His However If In It Its On Or She So The Their There They This Those We When While'.split(' '),
);

/**
 * The word to hover: SA_E2E_HOVER_WORD; else the default name if the article has it; else the
 * first run of two or more capitalised words (a likely name) from the second paragraph on that
 * does not begin with a sentence starter; else the first capitalised word of the second paragraph.
 */
function chooseHoverWord(text) {
  if (process.env.SA_E2E_HOVER_WORD) return process.env.SA_E2E_HOVER_WORD;
  if (new RegExp(`\\b${DEFAULT_HOVER_WORD}\\b`).test(text)) return DEFAULT_HOVER_WORD;
  const paragraphs = text.split(/\r?\n\s*\r?\n/).filter((p) => p.trim());
  const rest = paragraphs.slice(1).join('\n\n') || text;
  const cap = "\\p{Lu}[\\p{L}'’-]+";
  for (const m of rest.matchAll(new RegExp(`(${cap})(?:\\s+${cap})+`, 'gu'))) {
    if (!SENTENCE_STARTERS.has(m[1])) return m[1];
  }
  const first = (paragraphs[1] || text).match(new RegExp(cap, 'u'));
  assert.ok(first, 'no capitalised word to hover in the article (set SA_E2E_HOVER_WORD)');
  return first[0];
}

// ---------------------------------------------------------------------------------------------
// page helpers (each wait is bounded and polls what the page shows)

/**
 * Find `word` in the editor's rendered lines (`.view-line span`, tokens may split a line) and
 * return the centre of its first visible occurrence, or null.
 */
async function locateWord(page, word) {
  return page.evaluate((word) => {
    const editor =
      document.querySelector('.editor-group-container.active .monaco-editor .view-lines') ||
      document.querySelector('.part.editor .monaco-editor .view-lines');
    if (!editor) return null;
    const bounds = editor.closest('.monaco-editor').getBoundingClientRect();
    const esc = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`(^|[^\\p{L}\\p{N}])(${esc})(?![\\p{L}\\p{N}])`, 'u');
    const lines = [...editor.querySelectorAll('.view-line')].sort(
      (a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top,
    );
    for (const line of lines) {
      // text nodes of the rendered token spans, in order, with their offsets in the line
      const nodes = [];
      let text = '';
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.parentElement.closest('span')) continue;
        nodes.push({ node: n, start: text.length });
        text += n.data.replace(/\u00a0/g, ' ');
      }
      const m = re.exec(text);
      if (!m) continue;
      const start = m.index + m[1].length;
      const end = start + m[2].length;
      const at = (offset) => {
        let cur = nodes[0];
        for (const x of nodes) if (x.start <= offset) cur = x;
        return [cur.node, Math.min(offset - cur.start, cur.node.data.length)];
      };
      const range = document.createRange();
      range.setStart(...at(start));
      range.setEnd(...at(end));
      const r = range.getClientRects()[0] || range.getBoundingClientRect();
      const x = r.left + Math.min(r.width / 2, 12);
      const y = r.top + r.height / 2;
      if (r.width > 0 && x > bounds.left && x < bounds.right && y > bounds.top && y < bounds.bottom) {
        return { x, y, token: text.slice(start, end), lineText: text.trim().slice(0, 120) };
      }
    }
    return null;
  }, word);
}

/** Like locateWord, but first jumps to the word's line (Quick Open ":N") when it is not on screen. */
async function revealWord(page, word, text) {
  let at = await locateWord(page, word);
  if (at) return at;
  const lineNo = text.split(/\r?\n/).findIndex((l) => l.includes(word)) + 1;
  if (!lineNo) return null;
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').first().fill(`:${lineNo}`);
  await page.keyboard.press('Enter');
  const deadline = Date.now() + UI_TIMEOUT_MS;
  while (!at && Date.now() < deadline) {
    at = await locateWord(page, word);
    if (!at) await page.waitForTimeout(250);
  }
  return at;
}

/** The cursor's line as the status bar shows it ("Ln 12, Col 5"), or 0 when it shows none. */
async function cursorLine(page) {
  const label = await page.evaluate(() =>
    [...document.querySelectorAll('.statusbar-item')].map((el) => el.textContent || '').find((t) => /\bLn \d+, Col \d+/.test(t)) || '');
  return Number(/\bLn (\d+)/.exec(label)?.[1] ?? 0);
}

/** Visible `.monaco-hover` texts, with whether each has bold (markdown **...**) content. */
async function visibleHovers(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.monaco-hover')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && !el.closest('.hidden') && getComputedStyle(el).visibility !== 'hidden';
      })
      .map((el) => ({
        text: el.innerText.trim(),
        bold: [...el.querySelectorAll('strong, b')].map((b) => b.innerText.trim()),
      })),
  );
}

// ---------------------------------------------------------------------------------------------
// failure diagnostics

async function saveFailureArtifacts(name, { page, server, consoleErrors }) {
  const lines = [];
  if (page) {
    const shot = path.join(ARTIFACTS, `editor-failure-${name}.png`);
    try {
      await page.screenshot({ path: shot, timeout: 10_000 });
      lines.push(`screenshot: ${shot}`);
    } catch (err) {
      lines.push(`screenshot failed: ${err.message}`);
    }
  }
  if (server) {
    const logDir = path.join(ARTIFACTS, 'e2e-logs');
    fs.rmSync(logDir, { recursive: true, force: true });
    fs.mkdirSync(logDir, { recursive: true });
    fs.copyFileSync(server.dirs.logFile, path.join(logDir, 'code-server.log'));
    lines.push(`--- code-server log (tail) ---`, tail(server.logText(), 40));
    const logs = listLogFiles(server.dirs);
    for (const f of logs) {
      const rel = path.relative(path.join(server.dirs.userDataDir, 'logs'), f);
      const dest = path.join(logDir, rel);
      fs.mkdirSync(path.dirname(dest), { recursive: true });
      fs.copyFileSync(f, dest);
      // the extension host, the remote agent and the extensions' output channels (ours among
      // them) tell the most; git/github/telemetry logs are only copied
      const telling =
        /^(remote)?exthost\.log$|^remoteagent\.log$/.test(path.basename(f)) ||
        (/output_logging_/.test(rel) && !/\b(git|github)\b/i.test(path.basename(f)));
      if (telling && readIfExists(f).trim()) {
        lines.push(`--- ${rel} (tail) ---`, tail(readIfExists(f), 40));
      }
    }
    lines.push(`all logs copied to ${logDir}`);
  }
  if (consoleErrors?.length) {
    lines.push('--- browser console errors (last 15) ---', ...consoleErrors.slice(-15));
  }
  console.error(`\n[e2e] ${name} failed; diagnostics:\n${lines.join('\n')}\n`);
}

// ---------------------------------------------------------------------------------------------

test('real editor: squiggle, hover, quick fix, references and the Entities view in code-server', { skip, timeout: 300_000 }, async (t) => {
  const started = Date.now();
  const vsix = findVsix(REPO);
  const file = pickArticle();
  codeServerBin(); // fails early with "run bash test/e2e/setup.sh first" when missing
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  // stale artifacts of an earlier run would mislead whoever reads them
  for (const f of fs.readdirSync(ARTIFACTS)) {
    if (/^editor-(failure-.*|hover|diagnostic|quick-fix|quick-fix-menu|references|entities-view)\.png$/.test(f) || f === 'e2e-logs') {
      fs.rmSync(path.join(ARTIFACTS, f), { recursive: true, force: true });
    }
  }

  const text = fs.readFileSync(path.join(FOLDER, file), 'utf8');
  const firstLine = text.split(/\r?\n/).find((l) => l.trim()) || '';
  const hoverWord = chooseHoverWord(text);
  t.diagnostic(`vsix ${path.basename(vsix)}; article ${path.relative(REPO, path.join(FOLDER, file))}; hover "${hoverWord}"`);

  // temp workspace (a copy: the editor session must not touch the repo's examples)
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sa-e2e-'));
  const removeTmp = () => fs.rmSync(tmp, { recursive: true, force: true });
  cleanups.push(() => {
    process.removeListener('exit', removeTmp);
    removeTmp();
  });
  process.once('exit', removeTmp); // also on Ctrl+C (code-server.mjs exits on SIGINT/SIGTERM)
  const workspace = path.join(tmp, 'workspace', path.basename(FOLDER));
  fs.cpSync(FOLDER, workspace, { recursive: true });

  const dirs = prepareDirs(path.join(tmp, 'code-server'));
  const ctx = { page: null, server: null, consoleErrors: null, capabilities: {} };
  try {
    installExtension(vsix, dirs);
    const installed = fs.readdirSync(dirs.extensionsDir).filter((d) => d.startsWith('source-annotator.'));
    assert.ok(installed.length, `VSIX installed but no source-annotator.* folder in ${dirs.extensionsDir}`);
    ctx.capabilities = await serverCapabilities(dirs.extensionsDir);

    ctx.server = await startCodeServer({ folder: workspace, dirs });
    cleanups.push(() => ctx.server.stop());
    t.diagnostic(`code-server up at ${ctx.server.url} after ${Date.now() - started} ms`);

    const browser = await launchBrowser();
    cleanups.push(() => browser.close());
    const wb = await openWorkbench(browser, ctx.server, workspace);
    ctx.page = wb.page;
    ctx.consoleErrors = wb.consoleErrors;
    const { page } = wb;
    t.diagnostic(`workbench shown after ${Date.now() - started} ms`);

    await quickOpen(page, file, firstLine);
    t.diagnostic(`${file} open after ${Date.now() - started} ms`);
  } catch (err) {
    await saveFailureArtifacts('startup', ctx);
    await cleanupAll();
    throw err;
  }
  const { page } = ctx;

  try {
    await t.test('a warning squiggle (unsourced figure) appears', async () => {
      try {
        await page.waitForSelector('.monaco-editor .squiggly-warning', {
          state: 'attached',
          timeout: SQUIGGLE_TIMEOUT_MS,
        });
        const count = await page.locator('.monaco-editor .squiggly-warning').count();
        t.diagnostic(`${count} warning squiggle(s) after ${Date.now() - started} ms`);
        await page.screenshot({ path: path.join(ARTIFACTS, 'editor-diagnostic.png') });
      } catch (err) {
        await saveFailureArtifacts('diagnostic', ctx);
        throw err;
      }
    });

    await t.test(`hovering "${hoverWord}" shows the entity and its type`, async () => {
      try {
        const deadline = Date.now() + HOVER_TIMEOUT_MS;
        let target = await locateWord(page, hoverWord);
        if (!target) {
          // not on screen: jump to its line with Quick Open ":N", then look again
          const lineNo = text.split(/\r?\n/).findIndex((l) => l.includes(hoverWord)) + 1;
          assert.ok(lineNo > 0, `"${hoverWord}" does not occur in ${file}`);
          await page.keyboard.press('Control+P');
          await page.locator('.quick-input-widget input').first().fill(`:${lineNo}`);
          await page.keyboard.press('Enter');
          while (!target && Date.now() < deadline) {
            target = await locateWord(page, hoverWord);
            if (!target) await page.waitForTimeout(250);
          }
        }
        assert.ok(target, `"${hoverWord}" not found in the editor's rendered lines (.view-line span)`);
        t.diagnostic(`hovering "${target.token}" at (${Math.round(target.x)}, ${Math.round(target.y)}) in "${target.lineText}"`);

        // Move onto the word; if no matching hover shows within a few seconds, move off and on again.
        let found;
        let seen = [];
        for (let i = 0; !found && Date.now() < deadline; i++) {
          await page.mouse.move(5, 5);
          await page.mouse.move(target.x + (i % 3) - 1, target.y, { steps: 4 });
          const until = Math.min(Date.now() + 8000, deadline);
          while (!found && Date.now() < until) {
            seen = await visibleHovers(page);
            found = seen.find((h) => TYPE_WORD.test(h.text));
            if (!found) await page.waitForTimeout(200);
          }
        }
        await page.screenshot({ path: path.join(ARTIFACTS, 'editor-hover.png') });
        assert.ok(
          found,
          `no .monaco-hover with a type word (person/organization/place) within ${HOVER_TIMEOUT_MS} ms; ` +
            `visible hovers: ${JSON.stringify(seen)}`,
        );
        t.diagnostic(`hover: ${JSON.stringify(found.text.slice(0, 200))}`);
        assert.ok(found.bold.length > 0, `hover has no bold canonical name: ${JSON.stringify(found)}`);
        assert.match(found.text, TYPE_WORD);
      } catch (err) {
        await saveFailureArtifacts('hover', ctx);
        throw err;
      }
    });

    await t.test('"Find corroborating source" on an unsourced figure lists other articles', async () => {
      try {
        await page.keyboard.press('Escape');
        await page.mouse.move(5, 5);
        const claim = process.env.SA_E2E_CLAIM || (text.includes(DEFAULT_CLAIM) ? DEFAULT_CLAIM : null);
        const claimLine = claim ? text.split(/\r?\n/).findIndex((l) => l.includes(claim)) + 1 : 0;
        // Where to put the cursor, found again on every try: the editor's layout can still move after
        // the point was read (code lens, inlay hints), and a click on a stale point lands on another line.
        const placeCursor = async () => {
          let at = null;
          if (claim) {
            at = await revealWord(page, claim, text);
            assert.ok(at, `"${claim}" not found in the editor's rendered lines`);
          } else {
            // another folder: the first warning squiggle
            const box = await page.locator('.monaco-editor .squiggly-warning').first().boundingBox();
            assert.ok(box, 'no warning squiggle to put the cursor on');
            at = { x: box.x + Math.min(box.width / 2, 20), y: box.y + box.height / 2 };
          }
          await page.mouse.click(at.x, at.y);
          return !claimLine || (await cursorLine(page)) === claimLine;
        };
        const rows = await pollFor(page, async () => {
          await page.keyboard.press('Escape');
          if (!(await placeCursor())) return null;
          await page.keyboard.press('Control+.');
          return pollFor(page, async () => {
            const r = await quickFixRows(page);
            // While the folder is still being indexed the fix says so; ask again until it is done.
            return r.some((x) => /^Find corroborating source/.test(x.label) && !/still indexing/.test(x.label)) ? r : null;
          }, 5000);
        }, UI_TIMEOUT_MS, 500);
        assert.ok(rows, `no "Find corroborating source" in the Quick Fix menu (Ctrl+.): ${JSON.stringify(await quickFixRows(page))}`);
        t.diagnostic(`quick fixes: ${JSON.stringify(rows.map((r) => r.label))}`);
        await page.screenshot({ path: path.join(ARTIFACTS, 'editor-quick-fix-menu.png') });
        const chosen = await chooseQuickFix(page, 'Find corroborating source');
        const n = Number(/\((\d+) in other articles\b/.exec(chosen)?.[1] ?? 0);
        assert.ok(n > 0, `the quick fix finds passages in other articles: "${chosen}"`);
        const shown = await pollFor(page, () => peekText(page), UI_TIMEOUT_MS);
        await page.screenshot({ path: path.join(ARTIFACTS, 'editor-quick-fix.png') });
        assert.ok(shown, 'no references peek with results after choosing the quick fix');
        t.diagnostic(`peek: ${JSON.stringify(shown.slice(0, 300))}`);
        const others = fs.readdirSync(FOLDER).filter((f) => f.endsWith('.txt') && f !== file);
        assert.ok(others.some((f) => shown.includes(f)), `the peek names another article (${others.join(', ')}): ${shown}`);
        assert.ok(!shown.split('\n')[0].includes(file), `the peek shows other articles, not ${file}`);
        await page.keyboard.press('Escape');
      } catch (err) {
        await saveFailureArtifacts('quick-fix', ctx);
        throw err;
      }
    });

    const refSkip = ctx.capabilities.referencesProvider
      ? false
      : 'the installed server does not advertise referencesProvider (initializeResult.capabilities); Go to References needs it';
    await t.test(`Go to References (Shift+F12) on "${hoverWord}" lists the other articles`, { skip: refSkip }, async () => {
      try {
        await page.keyboard.press('Escape');
        const target = await revealWord(page, hoverWord, text);
        assert.ok(target, `"${hoverWord}" not found in the editor's rendered lines`);
        await page.mouse.click(target.x, target.y);
        await page.mouse.move(5, 5);
        await page.keyboard.press('Shift+F12');
        const shown = await pollFor(page, () => peekText(page), UI_TIMEOUT_MS);
        await page.screenshot({ path: path.join(ARTIFACTS, 'editor-references.png') });
        assert.ok(shown, 'no references peek after Shift+F12');
        t.diagnostic(`references: ${JSON.stringify(shown.slice(0, 300))}`);
        const others = fs.readdirSync(FOLDER)
          .filter((f) => f.endsWith('.txt') && f !== file && fs.readFileSync(path.join(FOLDER, f), 'utf8').includes(hoverWord));
        assert.ok(others.length, `no other article names "${hoverWord}" (choose another SA_E2E_HOVER_WORD)`);
        assert.ok(others.some((f) => shown.includes(f)), `the references peek lists another article (${others.join(', ')}): ${shown}`);
        await page.keyboard.press('Escape');
      } catch (err) {
        await saveFailureArtifacts('references', ctx);
        throw err;
      }
    });

    await t.test('the Entities view lists People with a count; a person expands to mentions that open', async () => {
      try {
        await page.keyboard.press('Escape');
        await showEntitiesView(page, UI_TIMEOUT_MS);
        const people = await pollFor(page, async () => (await entityRows(page)).find((r) => r.level === 1 && r.label === 'People'), UI_TIMEOUT_MS * 2);
        assert.ok(people, `no "People" row in the Entities view: ${JSON.stringify(await entityRows(page))}`);
        assert.match(people.description, /^\d+$/, `People shows a count: ${JSON.stringify(people)}`);
        assert.ok(Number(people.description) > 0);
        if (people.expanded !== 'true') await clickEntityRow(page, people);

        // a person of the example articles (the gold names them) is listed under People
        const goldPeople = fs.existsSync(GOLD) && path.resolve(FOLDER) === path.join(REPO, 'examples', 'harbor')
          ? JSON.parse(fs.readFileSync(GOLD, 'utf8')).entities.filter((e) => e.type === 'PERSON').map((e) => e.name)
          : null;
        const persons = await pollFor(page, async () => {
          const rows = (await entityRows(page)).filter((r) => r.level === 2);
          return rows.length ? rows : null;
        }, UI_TIMEOUT_MS);
        assert.ok(persons, 'People expands to persons');
        t.diagnostic(`people: ${persons.map((r) => `${r.label} (${r.description})`).join('; ')}`);
        if (goldPeople) assert.ok(persons.some((r) => goldPeople.includes(r.label)), `a harbor person among ${JSON.stringify(persons.map((r) => r.label))}`);
        for (const r of persons) assert.match(r.description, /^\d+ mentions? · \d+ articles?$/);
        const person = persons.find((r) => r.label.includes(hoverWord)) ?? persons[0];
        if (person.expanded !== 'true') await clickEntityRow(page, person);

        // its mentions, grouped by article; click one in another article than the open one
        const mentions = await pollFor(page, async () => {
          const rows = await entityRows(page);
          const i = rows.findIndex((r) => r.index === person.index);
          const under = [];
          for (const r of rows.slice(i + 1)) { if (r.level <= 2) break; under.push(r); }
          return under.some((r) => r.level === 4) ? under : null;
        }, UI_TIMEOUT_MS);
        assert.ok(mentions, `${person.label} expands to articles and mentions`);
        const articles = mentions.filter((r) => r.level === 3);
        assert.ok(articles.length && articles.every((r) => r.label.endsWith('.txt')), `article rows: ${JSON.stringify(articles)}`);
        const lines = mentions.filter((r) => r.level === 4);
        assert.ok(lines.every((r) => /^line \d+$/.test(r.description) && r.label.length > 0), `mention rows: ${JSON.stringify(lines)}`);
        const target = lines.find((r) => !r.aria.includes(`\n${file},`)) ?? lines[0];
        const targetFile = /\n(.+), line \d+$/.exec(target.aria)?.[1];
        assert.ok(targetFile, `the mention's tooltip names its article: ${JSON.stringify(target.aria)}`);
        await widenSideBar(page);
        await clickEntityRow(page, target);
        const tab = await pollFor(page, async () => ((await activeTab(page))?.includes(targetFile) ? activeTab(page) : null), UI_TIMEOUT_MS);
        await page.screenshot({ path: path.join(ARTIFACTS, 'editor-entities-view.png') });
        assert.ok(tab, `clicking "${target.label}" opens ${targetFile}; active tab: ${await activeTab(page)}`);
        t.diagnostic(`opened ${targetFile} from "${target.label}"`);
      } catch (err) {
        await saveFailureArtifacts('entities-view', ctx);
        throw err;
      }
    });

    await t.test('the Entities view follows an edit that names someone new', async () => {
      try {
        const before = (await entityRows(page)).find((r) => r.level === 1 && r.label === 'People');
        assert.ok(before, 'the People row is shown');
        // a new line at the end of the open article (never saved: the workspace is a temp copy)
        await page.keyboard.press('Control+1'); // focus the editor group (the click left focus in the tree)
        await page.waitForFunction(() => document.activeElement?.closest('.monaco-editor') !== null, null, { timeout: UI_TIMEOUT_MS, polling: 250 });
        await page.keyboard.press('Control+End');
        await page.keyboard.press('Enter');
        await page.keyboard.press('Enter');
        await page.keyboard.type('Quentin Marlowe-Hayes, a retired pilot, said the tide had turned early.');
        const after = await pollFor(page, async () => {
          const row = (await entityRows(page)).find((r) => r.level === 1 && r.label === 'People');
          return row && Number(row.description) > Number(before.description) ? row : null;
        }, UI_TIMEOUT_MS);
        assert.ok(after, `People still counts ${before.description} after the edit: ${JSON.stringify((await entityRows(page)).filter((r) => r.level === 1))}`);
        t.diagnostic(`People: ${before.description} → ${after.description}`);
      } catch (err) {
        await saveFailureArtifacts('entities-refresh', ctx);
        throw err;
      }
    });
  } finally {
    await cleanupAll();
    t.diagnostic(`total ${Date.now() - started} ms`);
  }
});
