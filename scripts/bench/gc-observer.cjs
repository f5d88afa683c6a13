// Preloaded into the server (and so into its analysis workers) by `cold.mjs --gc`: sums this thread's
// garbage-collection pauses by kind and its peak heap, and writes them every half second to
// $SA_GC_DIR/gc-<pid>-<threadId>.json (a file per thread: the worker threads are ended, not exited,
// so nothing is written at exit). Pauses are wall time of the thread, not CPU of V8's helper threads.
const { PerformanceObserver, constants } = require('node:perf_hooks');
const { threadId } = require('node:worker_threads');
const { getHeapStatistics } = require('node:v8');
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');

const dir = process.env.SA_GC_DIR;
if (dir) {
  const KINDS = {
    [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor', [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
    [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental', [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weakcb',
  };
  const sum = { thread: threadId, peakHeapMB: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const k = KINDS[e.detail?.kind] ?? 'other';
      const s = (sum[k] ??= { n: 0, ms: 0 });
      s.n++;
      s.ms += e.duration;
    }
  }).observe({ entryTypes: ['gc'] });
  const file = join(dir, `gc-${process.pid}-${threadId}.json`);
  setInterval(() => {
    sum.peakHeapMB = Math.max(sum.peakHeapMB, Math.round(getHeapStatistics().used_heap_size / 1048576));
    writeFileSync(file, JSON.stringify(sum));
  }, 500).unref();
}
