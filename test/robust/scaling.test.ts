// Pathological input at 10 KB, 100 KB and 1 MB: the analysis completes with valid results, and the
// suite PRINTS the cost per MB and how it grows (largest/smallest per-MB cost; about 1 is linear).
// Nothing here asserts a time — speed belongs to `npm run bench`; super-linear growth shows up as
// a ratio far above 1 in the printed table, and the regex audit guards the known causes.
// Run with `node --import tsx --test test/robust/scaling.test.ts`.
import { test } from 'node:test';
import { performance } from 'node:perf_hooks';
import { Corpus, analyzeText, buildReport, findingsFor } from '../../server/src/core/index';
import { PATHOLOGICAL, assertAnalysis } from './hostile';

const SIZES = [10_000, 100_000, 1_000_000];
/** Inputs analysed at 1 MB in every run (the others at 10 and 100 KB; ROBUST_FULL=1 adds 1 MB for all). */
const AT_1MB = new Set(['unclosed quotes', 'capitalised words, one line', 'digits and commas', 'punctuation run', 'figures, one sentence', 'news lines']);
const FULL = process.env.ROBUST_FULL === '1';
const kb = (n: number) => (n >= 1e6 ? `${n / 1e6} MB` : `${n / 1e3} KB`);

test('pathological input scales linearly (printed, not asserted)', (t) => {
  // Warm the JIT so the smallest size is not charged for compilation.
  for (const make of Object.values(PATHOLOGICAL)) analyzeText(make(20_000));
  const rows: string[] = [];
  let slowest = { ms: 0, what: '' };
  let worstRatio = { ratio: 0, what: '' };
  for (const [name, make] of Object.entries(PATHOLOGICAL)) {
    const perMb: number[] = [];
    for (const n of SIZES) {
      if (n > 100_000 && !FULL && !AT_1MB.has(name)) continue;
      const text = make(n);
      const t0 = performance.now();
      const a = analyzeText(text);
      const ms = performance.now() - t0;
      assertAnalysis(text, a);
      perMb.push(ms / (n / 1e6));
    }
    // The corpus-wide features on the 100 KB text: findings, corroborations, the report.
    const corpus = new Corpus();
    const text = make(100_000);
    corpus.set('a', text, 1);
    corpus.set('b', make(2_000), 1);
    const t0 = performance.now();
    findingsFor(corpus, 'a');
    buildReport(corpus, new Map());
    const corpusMs = performance.now() - t0;
    const ratio = perMb[perMb.length - 1] / Math.min(...perMb);
    const last = perMb[perMb.length - 1];
    if (last > slowest.ms) slowest = { ms: last, what: `${name}, ${kb(SIZES[perMb.length - 1])}` };
    if (ratio > worstRatio.ratio) worstRatio = { ratio, what: name };
    const cells = SIZES.map((_, i) => (perMb[i] === undefined ? '—' : perMb[i].toFixed(0)).padStart(8));
    rows.push(`${name.padEnd(34)} ${cells.join(' ')}   ${ratio.toFixed(2).padStart(5)}   ${(corpusMs / 0.1).toFixed(0).padStart(8)}`);
  }
  t.diagnostic(`scaling: analyzeText ms per MB at ${SIZES.map(kb).join(' / ')}; ratio = cost at the largest size / cheapest; corpus = findings + report ms/MB at 100 KB (next to a 2 KB article)`);
  t.diagnostic(`${'input'.padEnd(34)} ${SIZES.map((n) => kb(n).padStart(8)).join(' ')}   ratio   corpus`);
  for (const r of rows) t.diagnostic(r);
  t.diagnostic(`scaling: ${rows.length} inputs; largest input ${kb(SIZES[SIZES.length - 1])}; slowest ${slowest.ms.toFixed(0)} ms/MB (${slowest.what}); worst growth ×${worstRatio.ratio.toFixed(2)} (${worstRatio.what})`);
});
