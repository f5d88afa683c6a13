/**
 * The Node options the extension's client starts the language server with (client/src/extension.ts);
 * the bench starts it with the same ones (scripts/bench/lsp.mjs), so it measures what users run.
 *
 * - `--expose-gc`: the server collects garbage once a scan settles (heap.ts); without the flag it
 *   skips that step.
 * - `--v8-pool-size=1` on two cores or fewer: V8's background threads (concurrent compiles, GC
 *   helpers) come from one process-wide pool, four threads by default. During a cold scan the
 *   main thread and one analysis worker per core already keep every core busy, so on two cores the
 *   four helpers only queue behind them and add hand-over work of their own. With one helper, a
 *   cold start of 10,000 articles on two cores spent ~7% fewer CPU-seconds over all threads (s16,
 *   6 adjacent pairs with the default pool: ratios 0.90-0.94 five times, 1.01 once, median 0.925;
 *   the helpers' share 6.6-7.4 -> 4.0-5.5 CPU-s, the workers' unchanged). Session 12 had seen no
 *   difference in 3 pairs on a noisier day. Not measured on more cores, where Node's default stays.
 *   Left out when the server runs on Electron (VS Code desktop forks it with Electron in
 *   run-as-node mode, which sizes V8's pool itself and could not be tried here): given only on a
 *   plain Node runtime (VS Code Server for remote folders, code-server, the bench).
 */
export function serverExecArgv(cores: number, electron: boolean): string[] {
  return cores <= 2 && !electron ? ['--expose-gc', '--v8-pool-size=1'] : ['--expose-gc'];
}
