// npm run bench — numbers, not assertions: analysis throughput next to compromise and wink-nlp on
// the same text in the same run, load time, and the cost of one edit in a corpus.
// Text: the openly licensed corpora in ../shared/corpora when present, else a generated corpus.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { createRequire } from 'node:module';
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../../', import.meta.url));
const MB = 1024 * 1024;

function loadTexts() {
  const dirs = ['meantime_en/text', 'gum/text'].map((d) => join(root, '../shared/corpora', d));
  const texts = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name.endsWith('.txt')) texts.push(readFileSync(join(dir, e.name), 'utf8'));
    }
  };
  for (const d of dirs) if (existsSync(d)) walk(d);
  if (texts.length) return { texts, source: 'MEANTIME + GUM texts (../shared/corpora)' };
  const gen = [];
  for (let i = 0; i < 300; i++) gen.push(`Storm Hits Port ${i}\n\nBy Ana Silva\n\nNearly ${100 + i} families have lost their homes, Mayor Rui Costa said on Monday. "We will rebuild," Costa told reporters. At least ${i + 3} people were injured, according to the Red Cross.\n`.repeat(3));
  return { texts: gen, source: 'generated articles (../shared absent)' };
}

function time(fn) {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** Best of n runs of fn over all texts: MB/s. */
function throughput(texts, fn, n = 3) {
  const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);
  let best = Infinity;
  for (let r = 0; r < n; r++) best = Math.min(best, time(() => { for (const t of texts) fn(t); }));
  return bytes / MB / (best / 1000);
}

const { texts, source } = loadTexts();
const totalMB = texts.reduce((s, t) => s + Buffer.byteLength(t), 0) / MB;
console.log(`machine: ${cpus()[0].model} ×${cpus().length}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, node ${process.version}`);
console.log(`text: ${texts.length} documents, ${totalMB.toFixed(2)} MB — ${source}\n`);

// Load times (fresh require of each bundle/library).
// The core, bundled the way the server bundles it (minified), into a temp file.
const coreBundle = join(mkdtempSync(join(tmpdir(), 'sa-bench-')), 'core.js');
buildSync({ entryPoints: [join(root, 'server/src/core/index.ts')], bundle: true, minify: true, platform: 'node', format: 'cjs', outfile: coreBundle, logLevel: 'error' });
let ours;
const loadCore = time(() => { ours = require(coreBundle); });
const loadCompromise = time(() => require('compromise'));
let winkNlp, winkModel;
const loadWink = time(() => { winkNlp = require('wink-nlp'); winkModel = require('wink-eng-lite-web-model'); });
const nlp = require('compromise');
const wink = winkNlp(winkModel);
const its = wink.its;

const rows = [];
const oursMBs = throughput(texts, (t) => ours.analyzeText(t));
rows.push(['Source Annotator: whole analysis (entities, quotes, claims)', oursMBs]);
const compMBs = throughput(texts.slice(0, Math.max(20, texts.length >> 2)), (t) => { const d = nlp(t); d.people().out('array'); d.places().out('array'); d.organizations().out('array'); }, 1);
rows.push(['compromise: people() + places() + organizations()', compMBs]);
const winkMBs = throughput(texts, (t) => wink.readDoc(t).tokens().out(its.pos), 2);
rows.push(['wink-nlp: tokenise + POS tag', winkMBs]);
const w = Math.max(...rows.map((r) => r[0].length));
console.log('throughput (one thread, best run)'.padEnd(w) + '     MB/s   ours ÷ it');
for (const [name, v] of rows) console.log(`${name.padEnd(w)}  ${v.toFixed(2).padStart(7)}   ${(oursMBs / v).toFixed(1).padStart(6)}×`);

console.log(`\nload time: analysis core ${loadCore.toFixed(0)} ms, compromise ${loadCompromise.toFixed(0)} ms, wink-nlp + model ${loadWink.toFixed(0)} ms`);

// Incrementality: one edit re-analyses one document.
const corpus = new ours.Corpus();
const coldMs = time(() => texts.forEach((t, i) => corpus.set('doc' + i, t, 1)));
corpus.entities();
const before = corpus.analyses;
const editMs = time(() => { corpus.set('doc0', texts[0] + '\nNearly 500 people were evacuated.', 2); corpus.entities(); });
console.log(`\ncorpus of ${texts.length} documents: cold index ${coldMs.toFixed(0)} ms; one edit → ${corpus.analyses - before} document re-analysed, ${editMs.toFixed(1)} ms incl. cross-article resolution`);
console.log(`RSS after indexing: ${(process.memoryUsage().rss / MB).toFixed(0)} MB`);
