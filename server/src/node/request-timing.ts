/**
 * Opt-in timing of request handlers, for finding what makes slow requests slow: with
 * SOURCE_ANNOTATOR_TIMING=<ms> in the environment, every handler run that takes at least that
 * many milliseconds is written to stderr as `timing <name> <start ms since process start> <ms>`
 * (on the same clock as node's --trace-gc lines, so pauses can be matched to requests).
 * Unset, handlers run untouched.
 */
import { performance } from 'node:perf_hooks';

const threshold = Number(process.env.SOURCE_ANNOTATOR_TIMING);
const enabled = process.env.SOURCE_ANNOTATOR_TIMING !== undefined && Number.isFinite(threshold);

export function timed<A extends unknown[], R>(name: string, fn: (...a: A) => R): (...a: A) => R {
  if (!enabled) return fn;
  return (...a: A) => {
    const t = performance.now();
    try {
      return fn(...a);
    } finally {
      const ms = performance.now() - t;
      if (ms >= threshold) process.stderr.write(`timing ${name} ${t.toFixed(1)} ${ms.toFixed(2)}\n`);
    }
  };
}
