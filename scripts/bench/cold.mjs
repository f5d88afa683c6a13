// node scripts/bench/cold.mjs [--size 10000] [--runs 1] [--workers auto|N] [--build] [--flags "--cpu-prof --cpu-prof-dir=/tmp/p"] [--server other/dist/server.js] [--gc]
// Only the cold start of the bench (no index cache): start the bundled server over a corpus of the
// bench's articles until it reports them indexed, then its RSS; faster to iterate on than
// `npm run bench`. The corpus is kept in the temp folder between runs (its name says its size).
// The server is started with the bench's and the extension's Node options (lsp.mjs SERVER_EXEC_ARGV)
// plus --flags. --gc also prints each thread's garbage-collection pauses (count, ms) and peak heap
// (gc-observer.cjs, preloaded into the server and its workers): main thread first, then the workers.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { buildSync } from 'esbuild';
import { LspClient } from '../../test/protocol/lsp-client.mjs';
import { buildCorpus, loadSources, nameWords, writeCorpus } from './corpus.mjs';
import { SERVER_EXEC_ARGV } from './lsp.mjs';
import { MB } from './stats.mjs';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../../', import.meta.url));
const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
const size = Number(arg('--size', '10000'));
const runs = Number(arg('--runs', '1'));
const flags = (arg('--flags', '') ?? '').split(' ').filter(Boolean);
const serverPath = arg('--server', join(root, 'dist/server.js')); // another build, e.g. of the commit before a change
const gc = process.argv.includes('--gc');
const workers = arg('--workers', 'auto'); // the indexWorkers setting

if (gc) flags.push('--require', join(root, 'scripts/bench/gc-observer.cjs'));

if (process.argv.includes('--build')) execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--production'], { cwd: root, stdio: 'ignore' });

const dir = join(tmpdir(), `sa-cold-corpus-${size}`);
if (!existsSync(dir) || readdirSync(dir).length !== size) {
  const tmp = mkdtempSync(join(tmpdir(), 'sa-cold-'));
  const coreBundle = join(tmp, 'core.js');
  buildSync({ entryPoints: [join(root, 'server/src/core/index.ts')], bundle: true, minify: true, platform: 'node', format: 'cjs', outfile: coreBundle, logLevel: 'error' });
  const core = require(coreBundle);
  const { texts } = loadSources(root);
  rmSync(dir, { recursive: true, force: true });
  writeCorpus(dir, buildCorpus(size, texts, texts.map((t) => nameWords(t, core.analyzeText))));
  rmSync(tmp, { recursive: true, force: true });
}
const mb = readdirSync(dir).reduce((s, f) => s + readFileSync(join(dir, f)).length, 0) / MB;

/** CPU seconds per thread of `pid` (utime + stime), busiest first: noise from other processes on the machine does not inflate them. */
/** Threads that ended (the analysis workers, closed when the scan ends) keep their last sample. */
function threadCpu(pid, seen = new Map()) {
  const tick = 100; // USER_HZ
  let tasks = [];
  try { tasks = readdirSync(`/proc/${pid}/task`); } catch { /* gone */ }
  for (const t of tasks) {
    try {
      const st = readFileSync(`/proc/${pid}/task/${t}/stat`, 'utf8');
      const name = st.slice(st.indexOf('(') + 1, st.lastIndexOf(')'));
      const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
      seen.set(t, { name: t === String(pid) ? 'main' : name, s: (Number(f[11]) + Number(f[12])) / tick });
    } catch { /* ended between the listing and the read */ }
  }
  return [...seen.values()].sort((a, b) => b.s - a.s);
}
const rssOf = (pid) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  const gcDir = gc ? (process.env.SA_GC_DIR = mkdtempSync(join(tmpdir(), 'sa-cold-gc-'))) : null;
  const client = new LspClient({ settings: { include: ['**/*.txt'], indexWorkers: workers === 'auto' ? 'auto' : Number(workers) }, execArgv: [...SERVER_EXEC_ARGV, ...flags], serverPath });
  const seen = new Map();
  // The tail: from the moment the analysis workers are gone (a thread with ≥ 1 CPU-s leaves the
  // process when the scan closes the pool; sampled every 200 ms) to "indexed", and main's CPU-s in it.
  let workersGone = null;
  const sampler = setInterval(() => {
    const before = new Map([...seen].map(([t, c]) => [t, c.s]));
    let tasks = [];
    try { tasks = readdirSync(`/proc/${client.proc.pid}/task`); } catch { /* gone */ }
    if (workersGone === null && [...before].some(([t, s]) => s >= 1 && !tasks.includes(t))) {
      workersGone = { at: performance.now(), main: seen.get(String(client.proc.pid))?.s ?? 0 };
    }
    threadCpu(client.proc.pid, seen);
  }, 200);
  // A fresh, empty storage folder, as the bench's cold start has: no index cache to read.
  const storage = mkdtempSync(join(tmpdir(), 'sa-cold-storage-'));
  await client.initialize(pathToFileURL(dir).href, { workspace: { configuration: true } }, { storagePath: storage });
  const status = await client.waitFor((n) => n.method === 'sourceAnnotator/status' && !n.params.indexing, 600000);
  const ms = performance.now() - t0;
  const rssIndexed = rssOf(client.proc.pid);
  // RSS after indexing: once the analysis workers' threads have left the process (a server before
  // s37 waited for them before "indexed"; a later one reports "indexed" first).
  const pooled = client.notifications.some((n) => n.method === 'window/logMessage' && /analysis worker thread/.test(n.params.message));
  for (const until = performance.now() + 60000; pooled && workersGone === null && performance.now() < until;) await new Promise((r) => setTimeout(r, 50));
  const stoppedMs = performance.now() - t0;
  clearInterval(sampler);
  const rss = rssOf(client.proc.pid);
  const cpu = threadCpu(client.proc.pid, seen);
  const log = client.notifications.filter((n) => n.method === 'window/logMessage').map((n) => n.params.message).filter((m) => /indexed|worker/.test(m));
  const busy = cpu.filter((c) => c.s >= 0.1).map((c) => `${c.name} ${c.s.toFixed(1)}`).join(', ');
  const mainS = cpu.find((c) => c.name === 'main')?.s ?? 0;
  // The server takes the index snapshot (the from-scratch entity resolution) right after "indexed"
  // is written: main's CPU-s once it is saved too, so that servers that take it before or after the
  // notice compare on the same work.
  const saved = await client.waitFor((n) => n.method === 'window/logMessage' && /index snapshot saved/.test(n.params.message), 60000).then(() => true, () => false);
  const savedS = saved ? (performance.now() - t0) / 1000 : NaN; // the resolution is done too: every request answers at once
  const mainSaved = saved ? threadCpu(client.proc.pid, seen).find((c) => c.name === 'main')?.s ?? 0 : NaN;
  // Negative when "indexed" came before the workers left.
  const tail = workersGone ? `; tail ${((t0 + ms - workersGone.at) / 1000).toFixed(2)} s (main ${(mainS - workersGone.main).toFixed(1)} CPU-s) after the workers left` : '';
  const after = `; snapshot saved (resolution done) at ${savedS.toFixed(2)} s, main ${mainSaved.toFixed(1)} CPU-s by then`;
  console.log(`${size} articles (${mb.toFixed(1)} MB): cold ${(ms / 1000).toFixed(2)} s, ${status.params.analysed} analysed, RSS ${rssIndexed.toFixed(0)} MB at indexed, ${rss.toFixed(0)} MB once the workers left (${(stoppedMs / 1000).toFixed(2)} s)${tail}${after}\n` +
    `  CPU s: total ${cpu.reduce((t, c) => t + c.s, 0).toFixed(1)}; ${busy}\n  ${log.join(' | ')}`);
  if (gcDir) console.log(gcReport(gcDir));
  await client.shutdown();
  rmSync(storage, { recursive: true, force: true });
  // (only once the server has exited: its threads rewrite their files every half second, and a removal
  // racing a write failed with ENOTEMPTY)
  if (gcDir) rmSync(gcDir, { recursive: true, force: true, maxRetries: 5 });
}

/** One line per thread (main = thread 0, then the workers) from gc-observer.cjs's files. */
function gcReport(gcDir) {
  const rows = readdirSync(gcDir).map((f) => JSON.parse(readFileSync(join(gcDir, f), 'utf8'))).sort((a, b) => a.thread - b.thread);
  const kinds = (r) => ['minor', 'major', 'incremental'].filter((k) => r[k]).map((k) => `${k} ${r[k].n}× ${(r[k].ms / 1000).toFixed(2)} s`).join(', ');
  return rows.map((r) => `  GC ${r.thread === 0 ? 'main' : `worker ${r.thread}`}: ${kinds(r)}; peak heap ${r.peakHeapMB} MB`).join('\n');
}
