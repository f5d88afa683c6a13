// npm run bench — numbers, not assertions. Prints machine facts, whole-analysis throughput next to
// compromise and wink-nlp, then for corpora of 100, 1,000 and 10,000 articles (--sizes 100,1000 for
// a subset): cold start of the real server until it reports indexing done (median and range of 3
// starts), warm start from its index cache, RSS, LSP latencies p50/p95/p99 and the cost of one edit.
// Text: the openly licensed corpora in ../shared/corpora, varied copies where more are needed;
// a generated corpus when ../shared is absent. Modules: corpus.mjs, throughput.mjs, lsp.mjs, stats.mjs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { buildCorpus, loadSources, nameWords, writeCorpus } from './corpus.mjs';
import { measureThroughput, PASSES } from './throughput.mjs';
import { measureServer, pickTargets } from './lsp.mjs';
import { MB, fmtMs, fmtP, table, time } from './stats.mjs';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../../', import.meta.url));
const arg = (name) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
const sizes = (arg('--sizes') ?? '100,1000,10000').split(',').map(Number).filter((n) => n > 0);

console.log(`machine: ${cpus()[0].model}, ${cpus().length} cores, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, node ${process.version}`);
execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--production'], { cwd: root, stdio: 'ignore' });

// The core, bundled the way the server bundles it (minified), into a temp file.
const tmp = mkdtempSync(join(tmpdir(), 'sa-bench-'));
const coreBundle = join(tmp, 'core.js');
buildSync({ entryPoints: [join(root, 'server/src/core/index.ts')], bundle: true, minify: true, platform: 'node', format: 'cjs', outfile: coreBundle, logLevel: 'error' });
let core;
const loadCore = time(() => { core = require(coreBundle); });

const { texts, source } = loadSources(root);
console.log(`text: ${texts.length} source documents, ${(texts.reduce((s, t) => s + Buffer.byteLength(t), 0) / MB).toFixed(2)} MB — ${source}\n`);

if (!process.argv.includes('--no-throughput')) {
  const { rows, ours, oursFirst, loads } = measureThroughput(texts, core, require);
  table([['throughput (one thread)', 'MB/s best', 'median', 'ours ÷ it (best)'], ...rows.map(([n, v]) => [n, v.best.toFixed(2), v.median.toFixed(2), (ours / v.best).toFixed(1) + '×'])]);
  console.log(`\nours and wink-nlp: best and median of ${PASSES} passes; our first pass, with the JIT still cold, ran at ${oursFirst.toFixed(2)} MB/s. compromise: 1 pass over a quarter of the text.`);
  console.log(`\nload time: analysis core ${loadCore.toFixed(0)} ms, ` + Object.entries(loads).map(([k, v]) => `${k} ${v.toFixed(0)} ms`).join(', ') + '\n');
}

const names = texts.map((t) => nameWords(t, core.analyzeText));
const results = [];
for (const n of sizes) {
  const docs = buildCorpus(n, texts, names);
  const dir = join(tmp, `corpus-${n}`), storage = join(tmp, `storage-${n}`);
  writeCorpus(dir, docs);
  const mb = docs.reduce((s, d) => s + Buffer.byteLength(d.text), 0) / MB;
  process.stderr.write(`bench: ${n} articles (${mb.toFixed(1)} MB)…\n`);
  const r = await measureServer({ dir, storage, docs, targets: pickTargets(docs, core) });
  results.push({ n, mb, ...r });
  rmSync(dir, { recursive: true, force: true });
}

const col = (label, f) => [label, ...results.map(f)];
table([
  col('articles', (r) => `${r.n} (${r.mb.toFixed(1)} MB)`),
  col('cold start → indexed, s: median [range] (docs)', (r) => `${(r.cold / 1000).toFixed(1)} [${(r.coldRuns[0] / 1000).toFixed(1)}–${(r.coldRuns.at(-1) / 1000).toFixed(1)}] (${r.coldAnalysed})`),
  col('warm start from cache, s (docs analysed)', (r) => `${(r.warm / 1000).toFixed(1)} (${r.warmAnalysed})`),
  col('RSS after indexing / after requests, MB', (r) => `${r.rss.toFixed(0)} / ${r.rssAfter.toFixed(0)}`),
  col('RSS after warm start, MB', (r) => r.warmRss.toFixed(0)),
  col('hover while indexing, ms p50/p95/p99', (r) => fmtP(r.hoverWhileIndexing)),
  col('hover on entity mentions, ms p50/p95/p99', (r) => fmtP(r.hover)),
  col('edit → fresh diagnostics (5 KB), ms', (r) => fmtP(r.edit)),
  col('code action "Find corroborating source", ms', (r) => fmtP(r.codeAction)),
  col('references of a frequent entity, ms', (r) => fmtP(r.references)),
  col('semantic tokens full, ms', (r) => fmtP(r.semanticTokens)),
  col('one edit: documents re-analysed', (r) => String(r.editAnalysed ?? '—')),
  col('one edit: local entities re-clustered', (r) => String(r.editReclustered ?? '—')),
]);
console.log(`\n${200} requests of each kind, sequential; times include JSON-RPC over stdio. ms shown as p50 / p95 / p99.`);
rmSync(tmp, { recursive: true, force: true });
void fmtMs;
