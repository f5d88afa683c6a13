// node scripts/bench/warm.mjs [--n 10000] [--runs 3] [--prof DIR] [--dir /tmp/sa-warm]
// Only the warm start, to iterate on it: the bench corpus of n articles is written once under
// --dir and kept; the server in dist/ (build it first) is started over it until it reports
// indexing done. When its index cache does not fit this build (the first run, or after a
// rebuild), one cold start fills it first. Prints each warm start and the RSS right after it.
// --server PATH: another build of the server (its own cache folder).
// --node-args '...': more Node options for the server. --logs: the server's log lines, timed.
// --prof DIR: the warm starts run with --cpu-prof into DIR (summarise with a profile tool).
// --edit: each warm start ends with an edit-only session (one article gets a sentence with a new
// name in the editor and is saved to disk, then shutdown), so the next start shows whether the
// entity snapshot follows edits; prints the shutdown's wall time. It changes the corpus on disk:
// use it with a --dir of your own.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { buildSync } from 'esbuild';
import { LspClient } from '../../test/protocol/lsp-client.mjs';
import { buildCorpus, loadSources, nameWords, writeCorpus } from './corpus.mjs';
import { MB } from './stats.mjs';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../../', import.meta.url));
const arg = (name, d) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : d; };
const n = Number(arg('--n', '10000')), runs = Number(arg('--runs', '3')), prof = arg('--prof');
const base = arg('--dir', '/tmp/sa-warm');
const server = arg('--server');
const dir = join(base, `corpus-${n}`), storage = join(base, `storage-${n}${server ? '-' + createHash('sha1').update(resolve(server)).digest('hex').slice(0, 12) : ''}`);

if (!existsSync(join(dir, '.complete'))) {
  mkdirSync(base, { recursive: true });
  const coreBundle = join(base, 'core.js');
  buildSync({ entryPoints: [join(root, 'server/src/core/index.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: coreBundle, logLevel: 'error' });
  const core = require(coreBundle);
  const { texts } = loadSources(root);
  const docs = buildCorpus(n, texts, texts.map((t) => nameWords(t, core.analyzeText)));
  rmSync(dir, { recursive: true, force: true });
  writeCorpus(dir, docs);
  require('node:fs').writeFileSync(join(dir, '.complete'), '');
}

const cpuOf = (pid, file = `/proc/${pid}/stat`) => { const f = readFileSync(file, 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) / 100; };
/** CPU seconds of the server's main thread alone (the bottleneck of a warm start; steadier than wall time on a busy machine). */
const mainCpuOf = (pid) => cpuOf(pid, `/proc/${pid}/task/${pid}/stat`);
const rssOf = (pid) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) * 1024;
const isDone = (m) => m.method === 'sourceAnnotator/status' && !m.params.indexing;

async function start(execArgv) {
  const t0 = performance.now();
  const client = new LspClient({ settings: { include: ['**/*.txt'] }, execArgv: ['--expose-gc', ...execArgv], ...(server ? { serverPath: server } : {}) });
  const logs = [];
  client.waiters.push({ test: (m) => { if (m.method === 'window/logMessage') logs.push(`${((performance.now() - t0) / 1000).toFixed(2)} s ${m.params.message}`); return false; } });
  await client.initialize(pathToFileURL(dir).href, undefined, { storagePath: storage });
  const status = await client.waitFor(isDone, 600000);
  if (process.argv.includes('--logs')) console.log(logs.map((l) => '  ' + l.slice(0, 140)).join('\n'));
  const snapshot = logs.some((l) => /entities restored from the index snapshot/.test(l)) ? 'installed'
    : (logs.find((l) => /index snapshot not used/.test(l))?.replace(/^.*index snapshot not used: /, 'not used: ') ?? 'none');
  return { client, logs, ms: performance.now() - t0, status: status.params, snapshot, rss: rssOf(client.proc.pid) / MB, cpu: cpuOf(client.proc.pid), mainCpu: mainCpuOf(client.proc.pid) };
}

const first = await start([]);
if (first.status.analysed > 0) {
  console.log(`cold start (cache filled): ${(first.ms / 1000).toFixed(2)} s, ${first.status.analysed} analysed`);
  await first.client.waitFor((m) => m.method === 'window/logMessage' && /index cache saved/.test(m.params.message), 600000);
}
await first.client.shutdown();
// What the warm starts read besides the articles: the index cache and the entity snapshot.
for (const f of readdirSync(storage).filter((x) => !x.endsWith('.tmp'))) console.log(`${f}: ${(statSync(join(storage, f)).size / MB).toFixed(2)} MB`);
for (let i = 0; i < runs; i++) {
  const w = await start([...(prof ? ['--cpu-prof', `--cpu-prof-dir=${prof}`] : []), ...(arg('--node-args', '') || '').split(' ').filter(Boolean)]);
  console.log(`warm start: ${(w.ms / 1000).toFixed(2)} s (${w.status.articles} articles, ${w.status.analysed} analysed, ${w.status.fromCache} from cache), CPU ${w.cpu.toFixed(2)} s (all threads), ${w.mainCpu.toFixed(2)} s (main thread), RSS ${w.rss.toFixed(0)} MB, snapshot ${w.snapshot}`);
  if (process.argv.includes('--edit')) {
    const file = join(dir, readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()[0]);
    const uri = pathToFileURL(file).href;
    const text = readFileSync(file, 'utf8') + `\nHelga Strannvik of the Orvanta Trust spoke on day ${i + 1}.\n`;
    w.client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    await w.client.diagnosticsFor(uri);
    writeFileSync(file, text);
    const t = performance.now(), seen = w.logs.length;
    await w.client.shutdown();
    console.log(`  edit-only session: shutdown in ${((performance.now() - t) / 1000).toFixed(2)} s`);
    for (const l of w.logs.slice(seen)) if (/snapshot/.test(l)) console.log(`    ${l.slice(0, 140)}`);
    continue;
  }
  await w.client.shutdown();
}
