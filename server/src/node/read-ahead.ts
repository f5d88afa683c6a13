/**
 * Reads the files of a folder scan ahead of it in a thread of its own (read-worker.ts), so the main
 * thread, the bottleneck of a start from the index cache, neither makes the system calls nor
 * decodes nor hashes 10,000 texts: it takes each file's text and hash as the scan reaches it.
 * Reading starts as soon as the files are listed, while the index cache is still being parsed.
 *
 * Files are asked for in order, a chunk at a time, and each answer resolves its files in that
 * order, so the scan inserts documents in the order it would have read them itself. A file the
 * reader has not got (none started, it failed or was closed, or `forget`) is read by the caller,
 * so a missing worker file or a dying thread costs speed, never a document. Texts read and not yet
 * taken are bounded (MAX_AHEAD_CHARS): a slow scan does not make the reader hold the workspace.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ReadResult } from './read-article';

export interface ReadAheadRequest { paths: string[]; maxBytes: number }
/** A file as read in the thread: the result readArticleSync gives, and the text's content hash. */
export interface AheadRead { r: ReadResult; hash?: string }
export interface ReadAheadReply { reads: AheadRead[] }

/** The bundled reader entry next to the running bundle (dist/read-worker.js). */
export const READ_WORKER_FILE = join(__dirname, 'read-worker.js');

// Tried (s35): a chunk's texts posted joined (one string of one-byte texts, one of the others; >128 KB lands in the
// large-object space, never copied by a scavenge) and sliced in this thread: cold 10k main minor GCs 76-83 -> 70, but main
// CPU-s 1.8-1.9 either way and peak heap 371-383 -> 425-428 MB (2 alternated pairs). Not kept.
/** Files per request; requests posted and not answered (the reader always has the next at hand). */
const CHUNK = 64, IN_FLIGHT = 2;
/** Characters of texts read and not yet taken beyond which no more is asked for. */
const MAX_AHEAD_CHARS = 64 * 1024 * 1024;

interface Slot { promise: Promise<AheadRead | null>; resolve(r: AheadRead | null): void; chars: number; done: boolean; taken: boolean }

export class ReadAhead {
  /** One slot per path, in order (null once taken and resolved: nothing kept for the caller's text). */
  private readonly slots: (Slot | null)[] = [];
  /** path → its slot's index, until taken or forgotten */
  private readonly index = new Map<string, number>();
  /** paths[0, posted) have been asked for; each request in flight, by its first index. */
  private posted = 0;
  private readonly inFlight: number[] = [];
  /** Characters of texts received and not taken. */
  private aheadChars = 0;
  /** The furthest index taken: asked for whatever the bound, so a caller never waits on it forever. */
  private wanted = -1;
  private stopped = false;

  private constructor(private readonly worker: Worker, private readonly paths: readonly string[], private readonly maxBytes: number) {
    paths.forEach((p, i) => {
      let resolve!: (r: AheadRead | null) => void;
      const promise = new Promise<AheadRead | null>((res) => { resolve = res; });
      this.slots.push({ promise, resolve, chars: 0, done: false, taken: false });
      this.index.set(p, i);
    });
    worker.on('message', (m: ReadAheadReply) => this.received(m));
    worker.on('error', () => this.stop());
    worker.on('exit', () => this.stop());
    this.pump();
  }

  /** Starts reading `paths` in a thread; null when there is no reader to start (the caller reads). */
  static start(paths: readonly string[], maxBytes: number, file = READ_WORKER_FILE): ReadAhead | null {
    if (paths.length === 0 || !existsSync(file)) return null;
    try {
      return new ReadAhead(new Worker(file), [...new Set(paths)], maxBytes);
    } catch {
      return null;
    }
  }

  /**
   * The read of `path`, once: resolves to null when the reader stopped before reading it; undefined
   * when it was never asked for or is already taken. Either way the caller reads the file itself.
   */
  take(path: string): Promise<AheadRead | null> | undefined {
    const s = this.release(path);
    if (!s) return undefined;
    this.pump();
    return s.promise;
  }

  /** Drops the read of `path` (the file changed since, say): a scan that reaches it reads it then. */
  forget(path: string): void {
    const s = this.release(path);
    if (s && !s.done) { s.done = true; s.resolve(null); }
  }

  /** Takes the slot of `path` out of the read-ahead (its text no longer counts against the bound). */
  private release(path: string): Slot | undefined {
    const i = this.index.get(path);
    if (i === undefined) return undefined;
    this.index.delete(path);
    const s = this.slots[i]!;
    s.taken = true;
    this.wanted = Math.max(this.wanted, i);
    if (s.done) { this.aheadChars -= s.chars; this.slots[i] = null; }
    return s;
  }

  /** Stops the reader; reads not taken are dropped. */
  close(): void {
    this.stop();
    void this.worker.terminate();
  }

  private pump(): void {
    while (!this.stopped && this.posted < this.paths.length && this.inFlight.length < IN_FLIGHT && (this.aheadChars < MAX_AHEAD_CHARS || this.posted <= this.wanted)) {
      const paths = this.paths.slice(this.posted, this.posted + CHUNK);
      this.inFlight.push(this.posted);
      this.posted += paths.length;
      this.worker.postMessage({ paths, maxBytes: this.maxBytes } satisfies ReadAheadRequest);
    }
    // The thread keeps the process alive only while it has reading to do.
    if (this.inFlight.length) this.worker.ref(); else this.worker.unref();
  }

  private received({ reads }: ReadAheadReply): void {
    const from = this.inFlight.shift();
    if (from === undefined || this.stopped) return;
    for (let i = 0; i < reads.length; i++) {
      const s = this.slots[from + i];
      if (!s || s.done) continue; // forgotten meanwhile
      s.done = true;
      const read = reads[i];
      if (s.taken) this.slots[from + i] = null;
      else if (read.r.ok) { s.chars = read.r.text.length; this.aheadChars += s.chars; }
      s.resolve(read);
    }
    this.pump();
  }

  private stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    for (const s of this.slots) if (s && !s.done) { s.done = true; s.resolve(null); }
    this.slots.length = 0;
    this.index.clear();
    this.aheadChars = 0;
  }
}
