/**
 * Entry of an analysis worker thread (bundled as dist/analyze-worker.js): receives a batch of
 * `{ id, text }` and answers them all in one message: each analysis (the core's, with its entities'
 * join keys added) as `{ id, head, keys, at, bytes }` (the head JSON text, where its join keys lie in
 * it, and where its detail lies in
 * the batch's `detail` bytes, transferred rather than copied; see worker-json.ts), or `{ id, error }`.
 * The main thread restores them as the index cache does and inserts them into its Corpus.
 */
import { setFlagsFromString } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { analyzeText, warmUp } from '../core/index';
import { entityKeyStrings } from '../core/corpus/join-keys';
import type { WorkerBatch, WorkerBatchReply, WorkerReply } from './analyze-pool';
import { consumeToParts } from './worker-json';
import { joinKeysSpan } from './cached-analysis';

function analyze(id: number, text: string, details: string[], lengths: number[]): WorkerReply {
  try {
    const analysis = analyzeText(text);
    // Resolution keys here rather than in the main thread, which inserts every analysis in turn.
    analysis.joinKeys = entityKeyStrings(analysis.entities);
    const { head, claims, detail, detailBytes } = consumeToParts(analysis);
    details.push(detail);
    lengths.push(detailBytes);
    return { id, head, keys: joinKeysSpan(analysis, head), claims, at: 0, bytes: 0 };
  } catch (e) {
    return { id, error: `analysis failed: ${String((e as Error)?.message ?? e).split('\n')[0]}` };
  }
}

// V8 runs a new pattern's first search from bytecode and builds its machine code at the second (regexp tier-up); a
// worker searches with nearly every pattern of the core many times, so each bytecode is built to be thrown away. Built
// as machine code at once, the ~540 patterns of 1,000 novel docs (one- and two-byte subjects; the quantity pattern,
// compiled so already, aside) cost 0.09 instead of 0.15 CPU-s (s27, fresh processes, 3 runs each). Matches are the
// same: only how a pattern is compiled changes. Process-wide, read when a pattern is compiled.
setFlagsFromString('--no-regexp-tier-up');

// Before the first batch: the rare branches get type feedback, so optimised code is built once (core/pipeline/index.ts).
// Tried (s35), not built: a V8 code cache of this bundle (vm.Script cachedData, 1.85 MB when made after warmUp): compile
// 30 -> 13 ms CPU, load and warmUp ~203 -> ~177 ms (fresh processes, 6 each): ~40 ms per worker, and only a cache kept
// across starts could feed both workers of a cold index (<0.5% of its CPU). Of a worker's ~300 ms start (load ~90,
// warmUp ~180), the quantity pattern's machine code, built once for one-byte and once for two-byte texts, is ~60.
try {
  warmUp();
} catch {
  /* only a speed-up: the batches are analysed all the same */
}

parentPort?.on('message', ({ jobs }: WorkerBatch) => {
  const details: string[] = [], lengths: number[] = [];
  const replies = jobs.map(({ id, text }) => analyze(id, text, details, lengths));
  // One buffer of its own (not from Buffer's shared pool), so it can be transferred.
  const detail = Buffer.from(new ArrayBuffer(lengths.reduce((s, n) => s + n, 0)));
  let at = 0, k = 0;
  for (const r of replies) {
    if (r.error !== undefined) continue;
    r.at = at;
    r.bytes = detail.write(details[k], at, 'utf8');
    at += lengths[k++];
  }
  const reply: WorkerBatchReply = { replies, detail: detail.buffer };
  parentPort!.postMessage(reply, [detail.buffer]);
});
