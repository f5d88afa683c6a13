// Cross-document entity clustering on the TRAINING side of MEANTIME (topics airbus and gm: 46 articles,
// analysed together as one folder, as a user's workspace would be), for finding general kinds of missed
// merges and wrong merges without looking at the held-out topics that eval reports.
//
//   node scripts/eval/train-clusters.mjs [--list split|merge]
//
// Prints B³ over the gold mentions the analyser found (head matching, as `npm run eval -- --corpora`);
// with --list, each gold chain split over several predicted entities (split) or each predicted entity
// that joins several gold chains (merge), with the mention texts and how many documents each part spans.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bcubed } from './score.mjs';
import { cliArg, runAnalyze, scoreNer, trainingSets } from './corpora.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = trainingSets(join(root, '../shared'), [], 400_000).meantime();
const output = await runAnalyze(join(root, 'dist/cli.js'), corpus.docs.map((d) => d.file), { cwd: root });
const { found } = scoreNer(corpus.docs, output, 'head');
const m = bcubed(found);
console.log(`meantime train (${corpus.docs.length} docs): cross-doc B³ over found mentions P ${m.p.toFixed(3)} R ${m.r.toFixed(3)} F1 ${m.f1.toFixed(3)} (n=${m.n})`);

/** Groups of `found` by `outer`, each split by `inner`: only groups with more than one inner part. */
function parts(outer, inner) {
  const groups = new Map();
  for (const f of found) {
    const g = groups.get(f[outer]) ?? new Map();
    groups.set(f[outer], g);
    const part = g.get(f[inner]) ?? { texts: new Map(), docs: new Set(), n: 0 };
    g.set(f[inner], part);
    part.n++;
    part.docs.add(f.doc);
    part.texts.set(f.text, (part.texts.get(f.text) ?? 0) + 1);
  }
  return [...groups].filter(([, g]) => g.size > 1).sort((a, b) => sizeOf(b[1]) - sizeOf(a[1]));
}
const sizeOf = (g) => [...g.values()].reduce((s, p) => s + p.n, 0);
const show = (p) => [...p.texts].map(([t, n]) => `${t.replace(/\s+/g, ' ')}×${n}`).join(', ');

const kind = cliArg('--list');
if (kind) {
  const [outer, inner] = kind === 'merge' ? ['pred', 'gold'] : ['gold', 'pred'];
  const list = parts(outer, inner);
  console.log(`${list.length} ${kind === 'merge' ? 'predicted entities joining several gold chains' : 'gold chains split over several predicted entities'}:`);
  for (const [key, g] of list) {
    console.log(`${String(key).replace(/\0/g, '')}`);
    for (const [k, p] of g) console.log(`    ${String(k).replace(/\0/g, '').slice(0, 40).padEnd(40)} ${String(p.docs.size).padStart(2)} docs  ${show(p)}`);
  }
}
