// Quotes on the TRAINING side of the open corpora (GUM `train` partition of the given genres, MEANTIME
// topics airbus and gm), one line each: kind, speaker, cue and the quote in its context, for judging by
// hand against the quote contract (docs/analysis-json.md). The corpora have no quote gold; this only lists.
//
//   node scripts/eval/train-quotes.mjs [--genres news,interview] [--corpus gum|meantime] [--cli PATH]
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliArg, runAnalyze, trainingSets } from './corpora.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const genres = (cliArg('--genres') ?? 'news,interview').split(',');
const sets = trainingSets(join(root, '../shared'), genres, 4_000_000);
const counts = {};
for (const name of cliArg('--corpus') ? [cliArg('--corpus')] : Object.keys(sets)) {
  const corpus = sets[name]();
  const output = await runAnalyze(cliArg('--cli') ?? join(root, 'dist/cli.js'), corpus.docs.map((d) => d.file), { cwd: root });
  for (const doc of output.documents) {
    const d = corpus.docs.find((x) => doc.path.endsWith(x.file) || x.file.endsWith(doc.path));
    if (!d) continue;
    for (const q of doc.quotes ?? []) {
      const kind = q.kind ?? (q.speaker ? 'quote' : '?');
      counts[kind] = (counts[kind] ?? 0) + 1;
      const t = d.text;
      const ctx = `${t.slice(Math.max(0, q.start - 70), q.start)}⟦${t.slice(q.start, Math.min(q.end, q.start + 120))}${q.end - q.start > 120 ? '…' : ''}⟧${t.slice(q.end, q.end + 70)}`.replace(/\s+/g, ' ');
      console.log(`${d.doc.slice(0, 20).padEnd(20)} @${q.start} ${kind.padEnd(7)} sp=${q.speaker?.text ?? q.speaker?.name ?? '-'} cue=${q.cue ?? '-'} | ${ctx}`);
    }
  }
}
console.log(`quotes: ${JSON.stringify(counts)}`);
