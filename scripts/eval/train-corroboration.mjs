// Cross-article corroboration on the TRAINING side of MEANTIME (topics airbus and gm: 46 articles of
// many events, analysed together as one folder): each claim's best candidate from another article,
// with both passages, for judging by hand whether the relation ("supports", "conflicts", "related")
// is right. A mixed folder is the hard case: same-looking figures of different events must not back
// each other. The corpus has no corroboration gold; this only lists.
//
//   node scripts/eval/train-corroboration.mjs [--relation supports|conflicts|related] [--all]
//   (--all lists every candidate of each claim, not only the best one)
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliArg, runAnalyze, trainingSets } from './corpora.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = trainingSets(join(root, '../shared'), [], 4_000_000).meantime();
const output = await runAnalyze(join(root, 'dist/cli.js'), corpus.docs.map((d) => d.file), { cwd: root });
const docOf = (path) => corpus.docs.find((d) => path.endsWith(d.file) || d.file.endsWith(path));
const passage = (path, start, end, width) => {
  const t = docOf(path)?.text ?? '';
  return `${t.slice(Math.max(0, start - width), start)}⟦${t.slice(start, end)}⟧${t.slice(end, end + width)}`.replace(/\s+/g, ' ');
};
const name = (path) => (docOf(path)?.doc ?? path).slice(0, 28);
const only = cliArg('--relation');
const counts = { supports: 0, conflicts: 0, related: 0 };
let claims = 0;
for (const entry of output.corroborations) {
  const shown = (process.argv.includes('--all') ? entry.candidates : entry.candidates.slice(0, 1)).filter((k) => !only || k.relation === only);
  if (!entry.candidates.length) continue;
  claims++;
  counts[entry.candidates[0].relation]++;
  if (!shown.length) continue;
  console.log(`${name(entry.claim.path)}  ${passage(entry.claim.path, entry.claim.start, entry.claim.end, 70)}`);
  for (const k of shown) console.log(`   ${k.relation.padEnd(9)} ${String(k.score).padEnd(5)} ${name(k.path)}  ${passage(k.path, k.start, k.end, 60)}`);
}
console.log(`claims with a candidate: ${claims} of ${output.corroborations.length}; best candidate supports ${counts.supports}, conflicts ${counts.conflicts}, related ${counts.related}`);
