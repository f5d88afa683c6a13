/**
 * A full garbage collection once a burst of work has settled (a scan that analysed documents, a
 * cache save), so the heap does not stay at the burst's peak until V8's memory reducer gets to it:
 * a cold scan of 10,000 articles left ~140 MB of garbage (RSS ~790 MB, ~665 after collecting;
 * the collection costs ~0.5 s of one core). Uses `gc` when the process runs with --expose-gc,
 * otherwise exposes it at run time (the flag only adds the function).
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
