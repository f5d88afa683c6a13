// node scripts/bench/flush.mjs [--size 10000] [--pairs 6] REPO_A REPO_B
// The from-scratch entity flush of a cold start, alone: the entities and join keys of the cold corpus
// (cold.mjs's, analysed once with REPO_A's core and kept in the temp folder) are set into an EntityIndex
// while held and posted as a scan posts them (postNow, shuffled order), then the index is released and flushed.
// Each run is a fresh process (the flush runs JIT-cold in the server too); runs of the two repos
// alternate, and the median ratio per pair is printed for the posting (scan side) and the flush plus
// snapshot (the start's serial tail), with a hash of the entities that must agree. cold.mjs cannot show
// a flush change of 10-20%: one cold start varies more than that on a shared machine.
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
const size = Number(arg('--size', '10000'));
const pairs = Number(arg('--pairs', '6'));
const [repoA, repoB] = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--')).map((r) => resolve(r));
const dumpFile = join(tmpdir(), `sa-flush-entities-${size}.json`);
const bundleOf = (repo, tag) => {
  const out = join(tmpdir(), `sa-flush-${tag}-${process.pid}.js`);
  const contents = "export { EntityIndex } from './server/src/core/corpus/entity-index';\n"
    + "export { entityKeyStrings } from './server/src/core/corpus/join-keys';\nexport { analyzeText } from './server/src/core/pipeline/index';\n";
  createRequire(join(repo, 'package.json'))('esbuild').buildSync({ stdin: { contents, resolveDir: repo, loader: 'ts' }, bundle: true, minify: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'error' });
  return out;
};

if (process.env.SA_FLUSH_CHILD) {
  // One run: post, then flush and snapshot, timed by this process's CPU (all its threads).
  const { EntityIndex } = createRequire(import.meta.url)(process.env.SA_FLUSH_CHILD);
  const docs = JSON.parse(readFileSync(dumpFile, 'utf8'));
  let s = 12345; const rnd = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (let i = docs.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [docs[i], docs[j]] = [docs[j], docs[i]]; }
  const cpu = (t) => { const u = process.cpuUsage(t); return (u.user + u.system) / 1000; };
  const index = new EntityIndex();
  index.held = true;
  const t0 = process.cpuUsage();
  for (const [uri, ents, keys] of docs) { index.set(uri, ents, keys); index.postNow(uri); }
  const post = cpu(t0);
  index.held = false;
  const t1 = process.cpuUsage();
  index.flush();
  const snap = index.snapshot();
  const flush = cpu(t1);
  let h = 0;
  for (const g of index.entities) for (const ch of g.id + g.name + g.type + g.members.length + (g.country ?? '')) h = (h * 31 + ch.charCodeAt(0)) | 0;
  console.log(JSON.stringify({ post, flush, hash: h, snapshot: snap ? 1 : 0 }));
  process.exit(0);
}

if (!repoA || !repoB) { console.error('usage: node scripts/bench/flush.mjs [--size N] [--pairs N] REPO_A REPO_B'); process.exit(2); }
const a = bundleOf(repoA, 'a'), b = bundleOf(repoB, 'b');
if (!existsSync(dumpFile)) {
  const dir = join(tmpdir(), `sa-cold-corpus-${size}`);
  if (!existsSync(dir)) { console.error(`no ${dir}: run scripts/bench/cold.mjs --size ${size} first`); process.exit(2); }
  const core = createRequire(import.meta.url)(a);
  const out = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => { const ents = core.analyzeText(readFileSync(join(dir, f), 'utf8')).entities; return ['file://' + join(dir, f), ents, core.entityKeyStrings(ents)]; });
  writeFileSync(dumpFile, JSON.stringify(out));
}
const run = (bundle) => JSON.parse(execFileSync(process.execPath, [process.argv[1]], { env: { ...process.env, SA_FLUSH_CHILD: bundle }, encoding: 'utf8' }));
const ratios = { post: [], flush: [] }, hashes = new Set();
for (let p = 0; p < pairs; p++) {
  const x = run(a), y = run(b);
  hashes.add(`${x.hash}/${x.snapshot}`); hashes.add(`${y.hash}/${y.snapshot}`);
  for (const k of ['post', 'flush']) ratios[k].push(y[k] / x[k]);
  console.log(`pair ${p + 1}: post ${x.post.toFixed(0)} -> ${y.post.toFixed(0)} ms, flush+snapshot ${x.flush.toFixed(0)} -> ${y.flush.toFixed(0)} ms`);
}
const median = (v) => [...v].sort((m, n) => m - n)[v.length >> 1];
console.log(`median B/A: post ${median(ratios.post).toFixed(3)}, flush+snapshot ${median(ratios.flush).toFixed(3)}; entities ${hashes.size === 1 ? 'the same' : 'DIFFER'}`);
