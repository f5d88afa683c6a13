/**
 * A full garbage collection once a burst of work has settled (a scan, a cache save), so the heap
 * does not stay at the burst's peak: V8's memory reducer had not given it back 20 s later. 10,000
 * articles: a cold scan left ~140 MB of garbage (RSS ~790 MB, ~620 after collecting), a start from
 * the index cache ~100 MB (RSS ~655 → ~585). One collection costs ~0.3–0.6 s of one core. Needs the
 * `gc` that --expose-gc adds (the client starts the server with it); without it, nothing happens.
 * (No run-time trick through node:vm: the server evaluates no code, which test/robust checks.)
 */
function collector(): (() => void) | null {
  const own = (globalThis as { gc?: () => void }).gc;
  return typeof own === 'function' ? own : null;
}

/** Collects garbage now; returns the milliseconds it took, or -1 when no collector is available. */
export function collectGarbage(): number {
  const f = collector();
  if (!f) return -1;
  const t = performance.now();
  f();
  return performance.now() - t;
}
