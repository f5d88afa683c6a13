/**
 * The Node options the extension's client starts the language server with (client/src/extension.ts);
 * the bench starts it with the same ones (scripts/bench/lsp.mjs), so it measures what users run.
 *
 * `--expose-gc`: the server collects garbage once a scan settles (heap.ts); without the flag it skips
 * that step.
 *
 * Tried (s16) and not used: `--v8-pool-size=1` on two cores. V8's background threads (concurrent
 * compiles, GC helpers) come from one process-wide pool of four; during a cold scan the main thread
 * and a worker per core already fill two cores. Cold start of 10,000 articles, CPU-s of all threads,
 * one pool thread against four: while other agents loaded the machine 0.92, 0.90, 0.93, 0.91, 0.94,
 * 1.01; on the quiet machine 1.14, 0.95, 0.99, with the same wall times. The one helper did less
 * (4.0-5.0 CPU-s against 4 x 1.2-1.4), but the workers did more (optimised code arrives later when
 * compiles queue behind one thread), so it only pays when the cores are oversubscribed anyway.
 */
export function serverExecArgv(): string[] {
  return ['--expose-gc'];
}
