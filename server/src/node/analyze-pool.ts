/**
 * A small pool of worker threads that analyse article texts off the main thread, so a cold index
 * uses every core and the server keeps answering requests meanwhile. The main thread only reads
 * files and inserts the finished analyses. A pool that cannot start (no worker file, a worker that
 * dies) is reported and its pending texts are rejected; callers then analyse in-thread.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { coreCount } from './cores';
import type { DocumentAnalysis } from '../core/types';
import { restoreAnalysis, restoreUnread } from './cached-analysis';

export interface WorkerRequest { id: number; text: string }
/**
 * An analysis as an index cache line holds it (cached-analysis.ts, worker-json.ts): `head` JSON
 * text, and its detail's UTF-8 at `at`, `bytes` long, in the batch's `detail` (JSON text rather
 * than structured clone, which rebuilt an analysis ~45% larger; see analysis-json.ts).
 */
export type WorkerReply = { id: number; head: string; keys: [number, number] | null; claims: string; at: number; bytes: number; error?: undefined } | { id: number; error: string; head?: undefined };
/** What the pool posts to a worker: several texts in one message; the worker answers them in one message. */
export interface WorkerBatch { jobs: WorkerRequest[] }
export interface WorkerBatchReply { replies: WorkerReply[]; detail: ArrayBuffer }

/** What a pooled analysis gives: the analysis, or the error the in-thread path would have recorded. */
export type PoolResult = { analysis: DocumentAnalysis; error?: undefined } | { error: string; analysis?: undefined };

/**
 * `indexWorkers` setting → thread count: "auto" is one per core; 0 turns the pool off. The main
 * thread only reads files and inserts results during a scan, so a core of its own sat mostly
 * idle (a profile of a 10,000-file scan on two cores: the main thread idle ~60% of the time while
 * the one worker was the bottleneck).
 */
export function workerCount(setting: number | 'auto'): number {
  if (setting === 'auto') {
    return Math.max(1, coreCount());
  }
  return Math.max(0, Math.floor(setting));
}

// What the pool costs beyond a bare analysis (s15, 10,000 cold-corpus texts, CPU-s of all threads on
// a loaded machine): the core alone in one thread, with the keys and the reply's JSON, 24.3/24.6; the
// pool with one worker 27.6/28.0/26.1 and with two 27.9/34.5/29.3 in the same pairs (median +12%):
// V8's other threads +1.5/+3.0/+2.3, as each isolate compiles the same code (TurboFan), the workers'
// own threads +0-1. Messages, restoring the answers and the keys are small next to the second compile.
// s33, 10,000-article cold starts on a machine loaded ~7x over its 2 cores: one worker 25.6/27.6 CPU-s
// (worker 17.8/19.5, V8 helpers 4 x 1.2), two 32.2/33.5/33.1 (workers 21.8-22.6, helpers 4 x 1.8-2.0).
// Yet one worker's ~17 CPU-s are then the wall time's floor (two: 11.9 s on a quiet machine), so
// 'auto' stays one per core; the two workers' last answers came 71 ms apart (the queue balances them).
/**
 * Below this many files, starting worker threads (each loads and warms up the analyser) costs more
 * than it saves: the CLI and the server's `indexWorkers: "auto"` analyse smaller sets in their own thread.
 */
export const POOL_MIN_FILES = 64;

/** The bundled worker entry next to the running bundle (dist/analyze-worker.js). */
export const WORKER_FILE = join(__dirname, 'analyze-worker.js');

interface Pending { resolve(r: PoolResult): void; reject(e: Error): void }

/**
 * Texts per message, and messages in flight per worker. One text a message, posted only when the
 * worker had answered the last, left each worker idle while its answer waited for the main thread
 * (a cold scan of 10,000 files on two busy cores: workers idle ~28% of the time) and cost a
 * message and a thread wake-up each way per text. With a second batch queued, a worker always has
 * the next texts at hand when it finishes one batch. Larger batches did not pay: 16 or 32 texts a
 * batch showed no gain in cold starts of 10,000 articles (CPU-s alternated with 8, three runs each,
 * within the ±10% noise of this machine), nor in one worker's thread CPU over 3,000 articles (s21,
 * 8 vs 16 alternated, 3 pairs: 4.50/4.59, 4.40/4.48, 4.21/4.33 s). The ~1.5 ms a message that
 * profiles and schedstat charge to postMessage is charged to an empty message too (~35 us each when
 * posted in a loop): it goes with waking the main thread, not with work that fewer messages would save.
 */
const BATCH = 8, IN_FLIGHT = 2;
// Tried (round s10): holding part batches until a worker reports ready after its warm-up (a cold scan's
// first four batches go out with one text each) — 10k cold starts alternated with the base, 3 runs each:
// total CPU-s 23.5 -> 24.2, main 2.8 -> 2.6, workers 15.9 -> 16.4 (medians; ±10% noise): no gain.

export class AnalyzePool {
  private readonly queue: WorkerRequest[] = [];
  private readonly pending = new Map<number, Pending>();
  /** Batches posted to each worker and not answered yet. */
  private readonly inFlight = new Map<Worker, number>();
  private nextId = 0;
  private failed: Error | null = null;

  private constructor(private readonly workers: Worker[]) {
    for (const w of workers) {
      w.on('message', (m: WorkerBatchReply) => this.finished(w, m));
      w.on('error', (e) => this.fail(e));
      w.on('exit', (code) => { if (!this.closed) this.fail(new Error(`analysis worker exited (${code})`)); });
      this.inFlight.set(w, 0);
    }
  }

  private closed = false;

  /** Starts `size` workers, or returns null (size 0, missing worker file, or a thread that will not start). */
  static start(size: number, file = WORKER_FILE, log?: { warn(msg: string): void }): AnalyzePool | null {
    if (size <= 0) return null;
    if (!existsSync(file)) { log?.warn(`analysis workers unavailable (no ${file}); analysing in the main thread`); return null; }
    const workers: Worker[] = [];
    try {
      // Tried (round s7): a larger young generation (resourceLimits.maxYoungGenerationSizeMb 96, V8's
      // worker default is 48) cut a cold start's minor GCs per worker from ~140 to ~82 and their time by
      // ~10% (~0.05 CPU-s), but no JIT-cold A/B showed a gain in total CPU-s beyond the ±15% noise.
      for (let i = 0; i < size; i++) workers.push(new Worker(file));
    } catch (e) {
      for (const w of workers) void w.terminate();
      log?.warn(`analysis workers unavailable (${(e as Error).message}); analysing in the main thread`);
      return null;
    }
    return new AnalyzePool(workers);
  }

  get size(): number { return this.workers.length; }

  /** How many texts the workers can hold at once: a caller that feeds the pool keeps at least this many waiting. */
  get capacity(): number { return this.workers.length * BATCH * IN_FLIGHT; }

  /** Analyses `text` in a worker. Rejects only when the pool itself failed (the caller falls back). */
  analyze(text: string): Promise<PoolResult> {
    if (this.failed) return Promise.reject(this.failed);
    if (this.closed) return Promise.reject(new Error('analysis pool closed'));
    const id = this.nextId++;
    return new Promise<PoolResult>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.queue.push({ id, text });
      this.pump();
    });
  }

  /** Posts queued texts, a batch at a time, to the least busy worker that has room. */
  private pump(): void {
    while (this.queue.length) {
      let best: Worker | null = null, least = IN_FLIGHT;
      for (const [w, n] of this.inFlight) if (n < least) { best = w; least = n; }
      if (!best) return;
      this.inFlight.set(best, least + 1);
      const batch: WorkerBatch = { jobs: this.queue.splice(0, BATCH) };
      best.postMessage(batch);
    }
  }

  /** Answers received and not yet handed out: one per turn of the event loop (see `settle`). */
  private readonly answers: { r: WorkerReply; detail: Buffer }[] = [];
  private settling = false;

  private finished(w: Worker, m: WorkerBatchReply): void {
    this.inFlight.set(w, this.inFlight.get(w)! - 1);
    this.pump(); // the worker gets its next texts before this thread parses the answers
    const detail = Buffer.from(m.detail);
    for (const r of m.replies) this.answers.push({ r, detail });
    if (!this.settling) { this.settling = true; setImmediate(() => this.settle()); }
  }

  /**
   * Restores one answer (parses its head) and resolves its promise (whose caller inserts it), then yields to the event
   * loop: a batch handled at once kept requests waiting for 8 parses and inserts (hover while a
   * 10,000-file folder is indexed: p50 2.7 → 5.6 ms).
   */
  private settle(): void {
    const next = this.answers.shift();
    if (next) {
      const { r, detail } = next;
      const p = this.pending.get(r.id);
      this.pending.delete(r.id);
      // The detail stays bytes (a view into the batch's buffer) until a feature reads it.
      if (p) p.resolve(r.error !== undefined ? { error: r.error } : restored(r, detail.subarray(r.at, r.at + r.bytes)));
    }
    if (this.answers.length) setImmediate(() => this.settle());
    else this.settling = false;
  }

  private fail(e: Error): void {
    if (this.failed) return;
    this.failed = e;
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
    this.queue.length = 0;
    this.answers.length = 0;
    void this.close();
  }

  /** Stops the threads (their memory goes with them); pending texts are rejected. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const p of this.pending.values()) p.reject(new Error('analysis pool closed'));
    this.pending.clear();
    this.queue.length = 0;
    this.answers.length = 0;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

// Tried (round s14, in-process replay of 10,000 replies into a held Corpus, 5 runs each): the claim part
// kept as bytes (Buffer.from(claims)) instead of text, so ~11 MB of strings are not copied by the scavenger
// during the scan: 20 -> 19 minor GCs, main-thread CPU within noise (medians 1347 -> 1338 ms). Not kept.
// Also no gain: --max-semi-space-size 32/64 (11/5 minor GCs instead of 20, CPU the same or worse) and
// --no-parallel-scavenge: the cost is the bytes that survive (texts ~1/3 of the GC time), not the GC count.
function restored(r: Extract<WorkerReply, { error?: undefined }>, detail: Buffer): PoolResult {
  try {
    // The claims stay text until first read (the claim pool is built after indexing); their non-finite bounds are restored then.
    // Of the head only the join keys are parsed now (cached-analysis.ts restoreUnread): the flush after the scan reads the rest.
    return { analysis: r.keys ? restoreUnread(r.head, r.keys, detail, r.claims) : restoreAnalysis(r.head, detail, r.claims) };
  } catch (e) {
    return { error: `analysis reply unreadable: ${(e as Error).message}` };
  }
}
