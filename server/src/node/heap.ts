/**
 * A full garbage collection once a burst of work has settled (a scan, a cache save), so the heap
 * does not stay at the burst's peak: V8's memory reducer had not given it back 20 s later. 10,000
 * articles: a cold scan left ~140 MB of garbage (RSS ~790 MB, ~620 after collecting), a start from
 * the index cache ~100 MB (RSS ~655 → ~585). One collection costs ~0.3–0.6 s of one core. Uses `gc`
 * when the process runs with --expose-gc, otherwise exposes it at run time (the flag only adds the
 * function).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null | undefined;

function collector(): (() => void) | null {
  if (gc !== undefined) return gc;
  const own = (globalThis as { gc?: () => void }).gc;
  if (typeof own === 'function') return (gc = own);
  try {
    setFlagsFromString('--expose-gc');
    const f = runInNewContext('gc') as unknown;
    gc = typeof f === 'function' ? (f as () => void) : null;
  } catch {
    gc = null;
  }
  return gc;
}

/** Collects garbage now; returns the milliseconds it took, or -1 when no collector is available. */
export function collectGarbage(): number {
  const f = collector();
  if (!f) return -1;
  const t = performance.now();
  f();
  return performance.now() - t;
}
