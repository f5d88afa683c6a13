// Flagged claims (sourced "no" or "vague") on the TRAINING side of the open corpora (GUM `train` partition of
// the given genres, MEANTIME topics airbus and gm), one line each with its sentence, for judging by hand which
// flagged figures are not checkable statistical claims. The corpora have no claim gold; this only lists.
//
//   node scripts/eval/train-claims.mjs [--genres news,interview,voyage] [--corpus gum|meantime]
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliArg, runAnalyze, trainingSets } from './corpora.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const genres = (cliArg('--genres') ?? 'news,interview').split(',');
const sets = trainingSets(join(root, '../shared'), genres, 4_000_000);
let total = 0;
for (const name of cliArg('--corpus') ? [cliArg('--corpus')] : Object.keys(sets)) {
  const corpus = sets[name]();
  const output = await runAnalyze(join(root, 'dist/cli.js'), corpus.docs.map((d) => d.file), { cwd: root });
  const texts = new Map(corpus.docs.map((d) => [d.file, d]));
  for (const doc of output.documents) {
    const d = [...texts.values()].find((x) => doc.path.endsWith(x.file) || x.file.endsWith(doc.path));
    if (!d) continue;
    for (const c of doc.claims ?? []) {
      if (c.sourced === 'yes') continue;
      total++;
      const t = d.text;
      const ctx = `${t.slice(Math.max(0, c.start - 60), c.start)}⟦${t.slice(c.start, c.end)}⟧${t.slice(c.end, c.end + 40)}`.replace(/\s+/g, ' ');
      console.log(`${c.sourced.padEnd(5)} ${d.doc.slice(0, 22).padEnd(22)} ${ctx}`);
    }
  }
}
console.log(`flagged: ${total}`);
