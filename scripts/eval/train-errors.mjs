// Entity errors on the TRAINING side of the open corpora (GUM `train` partition, MEANTIME topics airbus
// and gm), for finding general failure kinds without looking at the held-out rows that eval reports.
//
//   node scripts/eval/train-errors.mjs [--list] [--corpus gum|meantime] [--type ORG] [--kind fp|fn]
//
// Prints head-match P/R/F1 per type; with --list, every false positive / false negative with context.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliArg, runAnalyze, trainingSets, scoreNer } from './corpora.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const list = process.argv.includes('--list');
const GENRES = ['academic', 'bio', 'conversation', 'court', 'interview', 'news', 'speech', 'textbook', 'vlog', 'voyage'];
const sets = trainingSets(join(root, '../shared'), GENRES, 400_000);
const f3 = (x) => x.toFixed(3);
for (const name of cliArg('--corpus') ? [cliArg('--corpus')] : Object.keys(sets)) {
  const corpus = sets[name]();
  const output = await runAnalyze(join(root, 'dist/cli.js'), corpus.docs.map((d) => d.file), { cwd: root });
  const { metrics, errors } = scoreNer(corpus.docs, output, 'head');
  const row = (k, m) => `  ${k.padEnd(8)} ${f3(m.p)} ${f3(m.r)} ${f3(m.f1)}  ${m.tp}/${m.fp}/${m.fn}`;
  console.log(`${name} train (${corpus.docs.length} docs, ${Math.round(corpus.chars / 1000)}k chars)`);
  for (const k of ['typed', 'PERSON', 'ORG', 'LOC', 'untyped']) console.log(row(k, metrics[k]));
  if (!list) continue;
  const texts = new Map(corpus.docs.map((d) => [d.doc, d.text]));
  for (const kind of cliArg('--kind') ? [cliArg('--kind')] : ['fp', 'fn']) {
    for (const e of errors[kind]) {
      if (cliArg('--type') && e.type !== cliArg('--type')) continue;
      const t = texts.get(e.doc);
      const ctx = `${t.slice(Math.max(0, e.start - 40), e.start)}⟦${t.slice(e.start, e.end)}⟧${t.slice(e.end, e.end + 30)}`.replace(/\s+/g, ' ');
      console.log(`${kind} ${e.type.padEnd(6)} ${e.doc.slice(0, 18).padEnd(18)} ${ctx}`);
    }
  }
}
