/**
 * A small pool of worker threads that analyse article texts off the main thread, so a cold index
 * uses every core and the server keeps answering requests meanwhile. The main thread only reads
 * files and inserts the finished analyses. A pool that cannot start (no worker file, a worker that
 * dies) is reported and its pending texts are rejected; callers then analyse in-thread.
 */
import { existsSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DocumentAnalysis } from '../core/types';
import { analysisFromJson } from './analysis-json';

export interface WorkerRequest { id: number; text: string }
/** `json`: the analysis as analysis-json.ts writes it (structured clone rebuilt it ~45% larger). */
export type WorkerReply = { id: number; json: string; error?: undefined } | { id: number; error: string; json?: undefined };

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
    const cores = typeof availableParallelism === 'function' ? availableParallelism() : cpus().length;
    return Math.max(1, cores);
  }
  return Math.max(0, Math.floor(setting));
}

/** The bundled worker entry next to the running bundle (dist/analyze-worker.js). */
export const WORKER_FILE = join(__dirname, 'analyze-worker.js');

interface Pending { resolve(r: PoolResult): void; reject(e: Error): void }

export class AnalyzePool {
  private readonly idle: Worker[] = [];
  private readonly queue: { id: number; text: string }[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly busy = new Map<Worker, number>();
  private nextId = 0;
  private failed: Error | null = null;

  private constructor(private readonly workers: Worker[]) {
    for (const w of workers) {
      w.on('message', (m: WorkerReply) => this.finished(w, m));
      w.on('error', (e) => this.fail(e));
      w.on('exit', (code) => { if (!this.closed) this.fail(new Error(`analysis worker exited (${code})`)); });
      this.idle.push(w);
    }
  }

  private closed = false;

  /** Starts `size` workers, or returns null (size 0, missing worker file, or a thread that will not start). */
  static start(size: number, file = WORKER_FILE, log?: { warn(msg: string): void }): AnalyzePool | null {
    if (size <= 0) return null;
    if (!existsSync(file)) { log?.warn(`analysis workers unavailable (no ${file}); analysing in the main thread`); return null; }
    const workers: Worker[] = [];
    try {
      for (let i = 0; i < size; i++) workers.push(new Worker(file));
    } catch (e) {
      for (const w of workers) void w.terminate();
      log?.warn(`analysis workers unavailable (${(e as Error).message}); analysing in the main thread`);
      return null;
    }
    return new AnalyzePool(workers);
  }

  get size(): number { return this.workers.length; }

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

  private pump(): void {
    while (this.idle.length && this.queue.length) {
      const w = this.idle.pop()!;
      const job = this.queue.shift()!;
      this.busy.set(w, job.id);
      w.postMessage(job);
    }
  }

  private finished(w: Worker, m: WorkerReply): void {
    this.busy.delete(w);
    this.idle.push(w);
    const p = this.pending.get(m.id);
    this.pending.delete(m.id);
    if (p) p.resolve(m.error !== undefined ? { error: m.error } : { analysis: analysisFromJson(m.json!) });
    this.pump();
  }

  private fail(e: Error): void {
    if (this.failed) return;
    this.failed = e;
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
    this.queue.length = 0;
    void this.close();
  }

  /** Stops the threads (their memory goes with them); pending texts are rejected. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const p of this.pending.values()) p.reject(new Error('analysis pool closed'));
    this.pending.clear();
    this.queue.length = 0;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
