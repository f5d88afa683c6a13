// node scripts/bench/pool.mjs [--size 10000] [--runs 3] [--workers 2] [--keep] REPO [REPO...]
// The analysis pool alone, per thread: each run starts a fresh process that reads the first --size
// texts of the cold corpus (cold.mjs makes it) and then, timed, sends them through that repo's own
// AnalyzePool (bundled from its source, with its dist/analyze-worker.js) as a cold scan would, and
// restores every answer as the main thread does (kept with --keep, as the corpus keeps them).
// Prints CPU-s of the main thread, the analysis workers and V8's other threads (GC helpers,
// concurrent compiles), repos alternated, and each repo's median ratio of total CPU-s to the first's.
// Unlike cold.mjs it leaves out the scan, the reads and the index, so the workers' share of a cold
// start can be compared with a bare analysis (pass a repo twice to see the noise).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : dflt; };
const flag = (name) => { const i = args.indexOf(name); return i >= 0 && args.splice(i, 1).length > 0; };

if (process.env.SA_POOL_CHILD) await child();
else parent();

function parent() {
  const size = Number(opt('--size', '10000')), runs = Number(opt('--runs', '3')), workers = opt('--workers', '2');
  const keep = flag('--keep');
  const repos = args.map((r) => resolve(r));
  if (!repos.length) throw new Error('usage: pool.mjs [--size N] [--runs R] [--workers W] [--keep] REPO [REPO...]');
  const corpus = join(tmpdir(), 'sa-cold-corpus-10000');
  if (readdirSync(corpus).length < size) throw new Error(`${corpus} holds fewer than ${size} files: run cold.mjs first`);
  const tmp = mkdtempSync(join(tmpdir(), 'sa-pool-'));
  const bundles = repos.map((repo, i) => {
    const out = join(tmp, `pool-${i}.js`);
    buildSync({ entryPoints: [join(repo, 'server/src/node/analyze-pool.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'error' });
    return out;
  });
  const totals = repos.map(() => []);
  for (let r = 0; r < runs; r++) {
    repos.forEach((repo, i) => {
      const out = execFileSync(process.execPath, [process.argv[1]], {
        env: { ...process.env, SA_POOL_CHILD: '1', SA_POOL_BUNDLE: bundles[i], SA_POOL_WORKER: join(repo, 'dist/analyze-worker.js'), SA_POOL_CORPUS: corpus, SA_POOL_SIZE: String(size), SA_POOL_WORKERS: workers, SA_POOL_KEEP: keep ? '1' : '' },
        encoding: 'utf8',
      });
      const m = JSON.parse(out);
      totals[i].push(m.main + m.workers + m.other);
      console.log(`${repo} run ${r + 1}: wall ${m.wall.toFixed(1)} s; CPU s: total ${(m.main + m.workers + m.other).toFixed(2)}, main ${m.main.toFixed(2)}, workers ${m.workers.toFixed(2)}, other ${m.other.toFixed(2)}`);
    });
  }
  rmSync(tmp, { recursive: true, force: true });
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  repos.forEach((repo, i) => {
    const ratios = totals[i].map((t, r) => t / totals[0][r]);
    console.log(`${repo}: total CPU-s median ${median(totals[i]).toFixed(2)}, paired ratio to the first ${median(ratios).toFixed(3)} (${ratios.map((x) => x.toFixed(2)).join(' ')})`);
  });
}

/** CPU seconds of each thread of this process (utime + stime, from /proc). */
function threadCpu() {
  const m = new Map();
  for (const t of readdirSync('/proc/self/task')) {
    try {
      const st = readFileSync(`/proc/self/task/${t}/stat`, 'utf8');
      const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
      m.set(t, (Number(f[11]) + Number(f[12])) / 100);
    } catch { /* ended */ }
  }
  return m;
}

async function child() {
  const { createRequire } = await import('node:module');
  const { AnalyzePool } = createRequire(import.meta.url)(process.env.SA_POOL_BUNDLE);
  const dir = process.env.SA_POOL_CORPUS;
  const texts = readdirSync(dir).sort().slice(0, Number(process.env.SA_POOL_SIZE)).map((f) => readFileSync(join(dir, f), 'utf8'));
  const kept = [];
  const before = threadCpu();
  const t0 = performance.now();
  const pool = AnalyzePool.start(Number(process.env.SA_POOL_WORKERS), process.env.SA_POOL_WORKER);
  const keep = !!process.env.SA_POOL_KEEP;
  // Keeps a pool's capacity of texts waiting, as the scan does.
  let next = 0;
  await new Promise((done) => {
    let left = texts.length;
    const feed = () => {
      while (next < texts.length && next - (texts.length - left) < pool.capacity * 2) {
        pool.analyze(texts[next++]).then((r) => {
          if (r.error !== undefined) throw new Error(r.error);
          if (keep) kept.push(r.analysis);
          if (--left === 0) done(); else feed();
        });
      }
    };
    feed();
  });
  const wall = (performance.now() - t0) / 1000;
  const after = threadCpu();
  let main = 0, workers = 0, other = 0;
  for (const [t, s] of after) {
    const d = s - (before.get(t) ?? 0);
    if (t === String(process.pid)) main += d;
    else if (!before.has(t) && s >= 0.5) workers += d; // threads started with the pool that ran the analyses
    else other += d;
  }
  process.stdout.write(JSON.stringify({ wall, main, workers, other, kept: kept.length }));
  await pool.close();
  process.exit(0);
}
