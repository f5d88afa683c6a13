// Helpers for the real-editor tests: a code-server (VS Code 1.100.3 in the browser, extension host
// in Node on this machine) and a headless Debian Chromium driven by playwright-core.
// Installed by test/e2e/setup.sh; see test/e2e/README.md and shared/docs/real-editor-testing.md.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3';
export const CACHE_DIR =
  process.env.SA_E2E_CACHE || path.join(os.homedir(), '.cache', 'source-annotator-e2e');
export const CHROMIUM_PATH = process.env.SA_E2E_CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Settings written into the user-data-dir so the workbench opens quiet and predictable. */
export const DEFAULT_USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  // long article paragraphs stay inside the viewport, so a word found in the DOM can be hovered
  'editor.wordWrap': 'on',
  'editor.minimap.enabled': false,
  'editor.hover.delay': 300,
  'files.autoSave': 'off',
};

/** Absolute path of the cached code-server launcher; throws a clear message when absent. */
export function codeServerBin() {
  const bin = path.join(CACHE_DIR, 'node_modules', '.bin', 'code-server');
  if (!fs.existsSync(bin)) {
    throw new Error(`code-server ${CODE_SERVER_VERSION} not found at ${bin}: run "bash test/e2e/setup.sh" first`);
  }
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} not found: run "bash test/e2e/setup.sh" first`);
  }
  return bin;
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Like sleep, but does not keep the process alive once nothing else is pending. */
const unrefSleep = (ms) => new Promise((r) => setTimeout(r, ms).unref());

/** Environment for code-server: its own config/data homes, so nothing of the user's is read or written. */
function codeServerEnv(home) {
  const env = { ...process.env };
  // the test runner's own Node options (e.g. --test flags) must not leak into code-server's Node
  delete env.NODE_OPTIONS;
  delete env.NODE_TEST_CONTEXT;
  delete env.VSCODE_IPC_HOOK_CLI;
  env.XDG_CONFIG_HOME = path.join(home, 'xdg-config');
  env.XDG_DATA_HOME = path.join(home, 'xdg-data');
  return env;
}

/**
 * Make the folders of one code-server instance under `root` (a fresh temp dir):
 * extensions, user-data (with settings.json), a config.yaml and the log file path.
 */
export function prepareDirs(root, settings = {}) {
  const dirs = {
    root,
    extensionsDir: path.join(root, 'extensions'),
    userDataDir: path.join(root, 'user-data'),
    configFile: path.join(root, 'config.yaml'),
    logFile: path.join(root, 'code-server.log'),
  };
  fs.mkdirSync(dirs.extensionsDir, { recursive: true });
  fs.mkdirSync(path.join(dirs.userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(dirs.userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...DEFAULT_USER_SETTINGS, ...settings }, null, 2),
  );
  fs.writeFileSync(dirs.configFile, 'auth: none\ncert: false\n');
  return dirs;
}

/** `code-server --install-extension VSIX` into the given extensions dir (synchronous, bounded). */
export function installExtension(vsix, dirs, { timeoutMs = 120_000 } = {}) {
  const args = [
    '--config', dirs.configFile,
    '--extensions-dir', dirs.extensionsDir,
    '--user-data-dir', dirs.userDataDir,
    '--install-extension', vsix,
  ];
  const res = spawnSync(codeServerBin(), args, {
    env: codeServerEnv(dirs.root),
    encoding: 'utf8',
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
  });
  const output = `${res.stdout || ''}${res.stderr || ''}`;
  fs.appendFileSync(dirs.logFile, `$ code-server ${args.join(' ')}\n${output}\n`);
  if (res.error || res.status !== 0 || !/successfully installed/i.test(output)) {
    throw new Error(
      `installing ${vsix} failed (exit ${res.status}${res.error ? `, ${res.error.message}` : ''}):\n${output}`,
    );
  }
  return output;
}

/** Resolves when GET url answers with a status below 500; rejects after timeoutMs or if `alive()` turns false. */
async function waitForHttp(url, { timeoutMs, alive }) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (!alive()) throw new Error(`code-server exited before ${url} answered`);
    const status = await new Promise((resolve) => {
      const req = http.get(url, { timeout: 2000 }, (res) => {
        res.resume();
        resolve(res.statusCode);
      });
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', (e) => resolve(e.message));
    });
    if (typeof status === 'number' && status < 500) return status;
    last = String(status);
    await sleep(250);
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms (last: ${last})`);
}

// Ctrl+C or a SIGTERM from a CI runner ends Node without an 'exit' event: kill every code-server
// process group still running, then exit as the signal would have.
const liveGroups = new Set();
let signalHandlersInstalled = false;
function installSignalHandlers() {
  if (signalHandlersInstalled) return;
  signalHandlersInstalled = true;
  for (const [sig, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
    process.once(sig, () => {
      for (const kill of liveGroups) kill('SIGKILL');
      process.exit(code);
    });
  }
}

/**
 * Start code-server on a free port, in a process group of its own, serving `folder`.
 * `workspaceTrust: true` leaves Workspace Trust on (see restricted-mode.test.mjs).
 * Returns { url, port, pid, dirs, stop(), logText() }. stop() is idempotent and is also run on
 * process exit, so a failing or interrupted test does not leave it behind.
 */
export async function startCodeServer({ folder, dirs, timeoutMs = 60_000, workspaceTrust = false }) {
  const bin = codeServerBin();
  installSignalHandlers();
  const port = await freePort();
  const args = [
    '--config', dirs.configFile,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--extensions-dir', dirs.extensionsDir,
    '--user-data-dir', dirs.userDataDir,
    '--disable-telemetry',
    '--disable-update-check',
    // workspaceTrust: the folder opens untrusted (restricted mode) when settings.json enables trust
    ...(workspaceTrust ? [] : ['--disable-workspace-trust']),
    folder,
  ];
  const logFd = fs.openSync(dirs.logFile, 'a');
  fs.writeSync(logFd, `$ code-server ${args.join(' ')}\n`);
  const child = spawn(bin, args, {
    env: codeServerEnv(dirs.root),
    stdio: ['ignore', logFd, logFd],
    detached: true, // own process group: stop() kills code-server and its extension host together
  });
  fs.closeSync(logFd);
  let exited = child.exitCode !== null;
  const exitedPromise = new Promise((resolve) => child.once('exit', () => { exited = true; resolve(); }));

  const killGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      /* already gone */
    }
  };
  const onProcessExit = () => killGroup('SIGKILL');
  process.once('exit', onProcessExit);
  liveGroups.add(killGroup);

  let stopping;
  const stop = () => {
    stopping ??= (async () => {
      process.removeListener('exit', onProcessExit);
      liveGroups.delete(killGroup);
      killGroup('SIGTERM');
      await Promise.race([exitedPromise, unrefSleep(5000)]);
      killGroup('SIGKILL'); // the extension host and language server too, whatever the main process did
      await Promise.race([exitedPromise, unrefSleep(2000)]);
    })();
    return stopping;
  };

  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${url}/healthz`, { timeoutMs, alive: () => !exited });
  } catch (err) {
    await stop();
    err.message += `\n--- code-server log (${dirs.logFile}) ---\n${tail(readIfExists(dirs.logFile), 60)}`;
    throw err;
  }
  return { url, port, pid: child.pid, dirs, stop, logText: () => readIfExists(dirs.logFile) };
}

/** Launch Debian's Chromium through playwright-core (never `npx playwright install`). */
/**
 * The editor on `folder`, as the tests open it: the VSIX installed into fresh code-server dirs under
 * `root` (with these user settings), code-server started, the workbench opened in a headless
 * Chromium; stopping the server and closing the browser are pushed on `cleanups`.
 */
export async function openEditor({ vsix, folder, root, cleanups, settings = {}, workspaceTrust = false }) {
  const dirs = prepareDirs(path.join(root, 'code-server'), settings);
  installExtension(vsix, dirs);
  const server = await startCodeServer({ folder, dirs, workspaceTrust });
  cleanups.push(() => server.stop());
  const browser = await launchBrowser();
  cleanups.push(() => browser.close());
  const { page } = await openWorkbench(browser, server, folder);
  return { dirs, server, browser, page };
}

export async function launchBrowser({ headless = true } = {}) {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless });
}

/**
 * Open the workbench for `folder` in a new page and wait (bounded) for `.monaco-workbench`.
 * Browser console errors are collected into the returned `consoleErrors` array.
 */
export async function openWorkbench(browser, server, folder, { timeoutMs = 60_000 } = {}) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const consoleErrors = [];
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  await page.goto(`${server.url}/?folder=${encodeURIComponent(folder)}`, { timeout: timeoutMs });
  await page.waitForSelector('.monaco-workbench', { timeout: timeoutMs });
  return { context, page, consoleErrors };
}

/** Every file under the user-data-dir's logs/ folder (exthost, remote agent, output channels). */
export function listLogFiles(dirs) {
  const out = [];
  const walk = (d) => {
    let entries = [];
    try { entries = fs.readdirSync(d, { withFileTypes: true }); } catch { return; }
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.push(p);
    }
  };
  walk(path.join(dirs.userDataDir, 'logs'));
  return out.sort();
}

export function readIfExists(file) {
  try { return fs.readFileSync(file, 'utf8'); } catch { return ''; }
}

export function tail(text, lines) {
  return text.split('\n').slice(-lines).join('\n');
}

/** The VSIX to install: SA_E2E_VSIX, or the newest source-annotator-*.vsix at the repo root. */
export function findVsix(repo) {
  if (process.env.SA_E2E_VSIX) {
    const p = path.resolve(process.env.SA_E2E_VSIX);
    if (!fs.existsSync(p)) throw new Error(`SA_E2E_VSIX=${p} does not exist`);
    return p;
  }
  const found = fs.readdirSync(repo).filter((f) => /^source-annotator-.*\.vsix$/.test(f)).map((f) => path.join(repo, f))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  if (!found.length) throw new Error(`no source-annotator-*.vsix at ${repo}: run npm run package first`);
  return found[0];
}

/**
 * A failed step: saves `<artifacts>/<prefix>-failure-<step>.png` and prints the tails of
 * code-server's log and of the extension host's and our output channel's logs.
 */
export async function reportFailure(artifacts, prefix, step, page, server) {
  fs.mkdirSync(artifacts, { recursive: true });
  const lines = [];
  if (page) {
    const shot = path.join(artifacts, `${prefix}-failure-${step}.png`);
    try { await page.screenshot({ path: shot, timeout: 10_000 }); lines.push(`screenshot: ${shot}`); } catch (err) { lines.push(`screenshot failed: ${err.message}`); }
  }
  if (server) {
    lines.push('--- code-server log (tail) ---', tail(server.logText(), 30));
    for (const f of listLogFiles(server.dirs)) {
      if (/exthost\.log$|Source Annotator\.log$/.test(f) && readIfExists(f).trim()) lines.push(`--- ${path.basename(f)} (tail) ---`, tail(readIfExists(f), 30));
    }
  }
  console.error(`\n[e2e] ${prefix}: ${step} failed\n${lines.join('\n')}\n`);
}
