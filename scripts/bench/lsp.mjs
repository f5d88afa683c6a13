// Latency of the real server over stdio: cold start over a workspace folder, warm start from the
// index cache, RSS, and p50/p95/p99 of hovers, edits → diagnostics, code actions, references and
// semantic tokens (the last two only when the server advertises them).
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { buildSync } from 'esbuild';
import { LspClient } from '../../test/protocol/lsp-client.mjs';
import { MB, percentiles } from './stats.mjs';

const CAPS = { workspace: { configuration: true }, window: { workDoneProgress: true } };
const REQUESTS = 200;
/** The Node options the extension's client starts the server with (client/src/extension.ts), found the same way. */
// Tried for the warm start (10,000 articles, 4 alternating runs each, main-thread CPU medians):
// --max-semi-space-size=32/64, --min-semi-space-size=16 and --initial-old-space-size=256 were all
// within noise of none (1.45-1.58 vs 1.54 s) and the larger semi-spaces cost up to +60 MB RSS: not used.
// Tried for the cold start (10,000 articles, no cache, 3 alternating runs each, CPU-s of all threads;
// the flags reach the workers too): none 24.7/26.1/25.5 (main 2.7/2.9/2.7, RSS ~410 MB);
// --max-semi-space-size=32 25.6/24.5/32.4 (main 2.7/2.7/3.6, RSS 432-437 MB; the third run on a hotter machine): within noise, more RSS;
// --single-threaded-gc 25.4/26.0/25.4: V8's helper threads ~1.3 -> ~0.95 CPU-s each, but the main
// thread 3.1-3.6 (vs 2.7-2.9) and the serial tail after the workers 0.9-1.2 CPU-s (vs 0.7-0.9): not used.
// Tried (s12) against the JIT's cost on novel text (TurboFan compiles ~3 CPU-s per isolate over
// 5,000 articles, on V8's helper threads): --no-turbo-inlining, cold start 3 alternating pairs,
// CPU-s of all threads 23.0/24.4/24.2 vs 23.0/25.2/27.3 (0 to -11%, within this machine's drift);
// --v8-pool-size=1 and =2, --no-use-osr, --max-inlined-bytecode-size=200: within noise. Not used.
// s16: --v8-pool-size=1 again: 0.90-0.94 on a loaded machine, ~1.0 on a quiet one (see
// server/src/node/server-exec-argv.ts). Not used.
// Tried (s13): --maglev (Node 20's V8 11.3, off by default), 3,000 novel articles on one thread, 4
// interleaved rounds: CPU-s median 5.39 vs 5.29 without; --maglev --no-turbofan 12.5 (2.4x). Not used.
// Tried (s24) a later tier-up, --interrupt-budget (default 67584). One isolate, 5,000 novel articles
// (--trace-opt): TurboFan compiles 518 / 439 / 372 / 328 at none / 135000 / 262144 / 400000, their
// summed times 5.4 / 3.9 / 2.4 / 2.1 s, deopts 33 / 18 / 14 / 8; yet process CPU (helpers included,
// 3 interleaved rounds on a machine 2-5x oversubscribed) stayed within noise: none 5.6-6.3 s,
// 100000 5.6-6.1, 135000 5.7-6.0, 200000 5.5-6.1, 262144 6.1-6.9, 400000 6.1-6.9; the saved compiles
// come back as slower code. Cold start, CPU-s of all threads: none 21.7/23.3/20.0, 135000
// 23.1/20.2/19.9, 262144 23.4/20.7/20.1, 3 more pairs 262144 vs none 17.3/17.6, 18.2/19.9, 16.8/16.5
// (six pairs: +8%..-11%, geometric mean -2%; helpers 1.3-1.4 -> 0.9-1.1 each, workers up about as much).
// --always-sparkplug 5.6-6.7 vs none 5.7-6.3; with 135000 on top 6.2-6.9. Not used.
// Tried (s32) --max-inlined-bytecode-size-cumulative=460 (default 920; TurboFan on V8's helper threads is ~2 of each
// worker's ~6 CPU-s over 3,000 novel docs, --no-opt shows 0 there): cold start, 3 alternating pairs on a loaded machine,
// CPU-s of all threads none 31.2/30.7/31.6 vs 31.4/29.2/29.6, helpers ~6.9 -> ~5.9, workers up: within noise. Also
// one isolate, 3,000 docs, process CPU: --maglev, --no-lazy-feedback-allocation, --no-flush-bytecode all within noise. Not used.
export const SERVER_EXEC_ARGV = await extensionExecArgv();

/** server/src/node/server-exec-argv.ts, bundled for this script: the options the client gives. */
async function extensionExecArgv() {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const out = buildSync({ stdin: { contents: "export { serverExecArgv } from './server/src/node/server-exec-argv';", resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'error' });
  const { serverExecArgv } = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
  return serverExecArgv();
}

function rssOf(pid) {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) * 1024 : NaN;
}

function position(text, offset) {
  let line = 0, last = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) { line++; last = i; }
  return { line, character: offset - last - 1 };
}

const isStatusDone = (n) => n.method === 'sourceAnnotator/status' && !n.params.indexing;
const logged = (re) => (n) => n.method === 'window/logMessage' && re.test(n.params.message);

/** Resolves once a server that indexed with analysis workers reports them stopped (at once without workers). */
export function workersStopped(client, timeoutMs = 30000) {
  if (!client.notifications.some(logged(/analysis worker thread/))) return Promise.resolve();
  return client.waitFor(logged(/analysis workers stopped/), timeoutMs).catch(() => {});
}

/** Starts a server over `dir`; resolves when it reports indexing done. */
async function start(dir, storage, probe) {
  const t0 = performance.now();
  // Some source texts are one long paragraph, which the article guess passes over: include them all.
  // Started as the extension's client starts it (client/src/extension.ts).
  const client = new LspClient({ settings: { include: ['**/*.txt'] }, execArgv: SERVER_EXEC_ARGV });
  const init = await client.initialize(pathToFileURL(dir).href, CAPS, { storagePath: storage });
  const whileIndexing = [];
  let done = false;
  // Hovers sent while the server indexes: is it still answering?
  const poll = (async () => {
    while (!done && probe) {
      const t = performance.now();
      await client.request('textDocument/hover', probe, 120000).catch(() => {});
      whileIndexing.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  const status = await client.waitFor(isStatusDone, 600000);
  const ms = performance.now() - t0;
  done = true;
  await poll;
  return { client, init, ms, status: status.params, whileIndexing: percentiles(whileIndexing) };
}

async function timed(n, fn) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    out.push(performance.now() - t);
  }
  return percentiles(out);
}

/**
 * `docs`: [{name, text}] written under `dir`; `targets`: mentions/claims to ask about (from the
 * analyser), `storage`: a fresh folder for the index cache.
 */
export async function measureServer({ dir, storage, docs, targets, coldRuns = 3 }) {
  const uri = (name) => pathToFileURL(join(dir, name)).href;
  const probe = targets.hovers.length ? { textDocument: { uri: uri(targets.hovers[0].doc) }, position: targets.hovers[0].pos } : null;
  const r = {};

  // One cold start on this machine varies by ±10% (other tenants, CPU caches): the table gives the
  // median and the range of `coldRuns`; each extra start has a fresh, empty index cache and is shut
  // down once indexed; the last one goes on to the requests below.
  const colds = [];
  for (let i = 1; i < coldRuns; i++) {
    const extra = `${storage}-cold${i}`;
    const run = await start(dir, extra, null);
    colds.push(run.ms);
    await run.client.shutdown();
    rmSync(extra, { recursive: true, force: true });
  }
  const cold = await start(dir, storage, probe);
  const { client, init } = cold;
  colds.push(cold.ms);
  r.coldRuns = colds.sort((a, b) => a - b);
  r.cold = r.coldRuns[r.coldRuns.length >> 1];
  r.coldAnalysed = cold.status.analysed;
  r.articles = cold.status.articles;
  r.hoverWhileIndexing = cold.whileIndexing;
  // "Indexed" is reported before the analysis workers have exited: the RSS after indexing is read
  // once their memory is freed.
  await workersStopped(client);
  r.rss = rssOf(client.proc.pid) / MB;
  await client.waitFor(logged(/index cache saved/), 600000).catch(() => {});

  r.hover = await timed(REQUESTS, (i) => {
    const h = targets.hovers[i % targets.hovers.length];
    return client.request('textDocument/hover', { textDocument: { uri: uri(h.doc) }, position: h.pos });
  });

  r.codeAction = await timed(REQUESTS, (i) => {
    const c = targets.claims[i % targets.claims.length];
    return client.request('textDocument/codeAction', { textDocument: { uri: uri(c.doc) }, range: c.range, context: { diagnostics: [] } });
  });

  const caps = init.capabilities;
  r.references = caps.referencesProvider ? await timed(REQUESTS, (i) => {
    const m = targets.frequent[i % targets.frequent.length];
    return client.request('textDocument/references', { textDocument: { uri: uri(m.doc) }, position: m.pos, context: { includeDeclaration: true } });
  }) : null;
  r.semanticTokens = caps.semanticTokensProvider ? await timed(REQUESTS, (i) => {
    const d = docs[i % docs.length];
    return client.request('textDocument/semanticTokens/full', { textDocument: { uri: uri(d.name) } });
  }) : null;

  // Edit → fresh diagnostics on an open ~5 KB article: each edit changes one figure.
  const edited = targets.editDoc;
  const eu = uri(edited.name);
  client.notify('textDocument/didOpen', { textDocument: { uri: eu, languageId: 'plaintext', version: 1, text: edited.text } });
  await client.diagnosticsFor(eu, { fresh: false });
  const m = /\b\d+\b/.exec(edited.text);
  const before = await client.request('sourceAnnotator/stats', null);
  r.edit = await timed(REQUESTS, async (i) => {
    const version = i + 2;
    const text = m ? edited.text.slice(0, m.index) + String(100 + i) + edited.text.slice(m.index + m[0].length) : edited.text + ' '.repeat(i + 1);
    const fresh = client.waitFor((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === eu && n.params.version === version, 60000, { fresh: true });
    client.notify('textDocument/didChange', { textDocument: { uri: eu, version }, contentChanges: [{ text }] });
    await fresh;
  });
  const after = await client.request('sourceAnnotator/stats', null);
  r.editAnalysed = (after.analyses - before.analyses) / REQUESTS;
  r.editReclustered = after.reclustered;
  r.rssAfter = rssOf(client.proc.pid) / MB;
  client.notifications.length = 0;
  await client.shutdown();

  const warm = await start(dir, storage, null);
  r.warm = warm.ms;
  r.warmAnalysed = warm.status.analysed;
  r.warmRss = rssOf(warm.client.proc.pid) / MB;
  await warm.client.shutdown();
  return r;
}

/** Hover, claim and reference targets from the analyser's own view of the articles. */
export function pickTargets(all, core, limit = 300) {
  const analyze = core.analyzeText;
  const docs = all; // all are analysed: the bench sets sourceAnnotator.include to **/*.txt
  const hovers = [], claims = [], byName = new Map();
  for (const d of docs.slice(0, limit)) {
    const a = analyze(d.text);
    for (const m of a.mentions.slice(0, 3)) {
      const t = { doc: d.name, pos: position(d.text, m.start + 1) };
      hovers.push(t);
      (byName.get(m.text) ?? byName.set(m.text, []).get(m.text)).push(t);
    }
    for (const c of a.claims.slice(0, 2)) claims.push({ doc: d.name, range: { start: position(d.text, c.start), end: position(d.text, c.end) } });
  }
  const frequent = [...byName.values()].sort((a, b) => b.length - a.length)[0] ?? hovers;
  const editDoc = [...docs].sort((a, b) => Math.abs(a.text.length - 5000) - Math.abs(b.text.length - 5000))[0];
  return { hovers, claims, frequent, editDoc };
}
