/**
 * The persisted index: per-document analyses keyed by a hash of the document text, so a restart
 * re-analyses only files that changed since. One plain (uncompressed) file of lines `hash \t head \t claims \t detail`
 * (an analysis as three JSON texts, cached-analysis.ts) under the editor's storage folder; the first line names the format and the analyser
 * (ANALYSER_VERSION + a hash of the running bundle, which includes the lexicon). A cache that is
 * unreadable, corrupt or from another analyser is ignored with a log line, never fatal. Saving
 * writes a temp file and renames it, so a crash never leaves half a cache.
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, promises as fs, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import type { DocumentAnalysis } from '../core/types';
import { ANALYSER_VERSION } from '../core/version';
import { cacheParts, hasClaims, restoreAnalysis } from './cached-analysis';
import { contentHash } from './content-hash';

/**
 * Not compressed: gzip's inflate cost ~0.3 CPU-s of a 10,000-article warm start (40 MB of lines,
 * 16 MB gzip'd) on the threads the file reading also needs. Measured (s12, interleaved pairs, warm.mjs):
 * CPU over all threads 1.9 vs 2.4-2.8 s, main thread 1.0 vs 1.2-1.4 s, RSS -25 MB; the file is ~1.1x
 * the articles' size on disk. Brotli (quality 4: 9.6 MB) still took ~0.2 s to decode.
 */
const FILE = 'index-cache.ndjson';
/** The gzip'd file of formats ≤ 8: removed when the cache is next saved, so no stale copy stays behind. */
const OLD_FILE = 'index-cache.ndjson.gz';
/** Bumped when what a line holds changes (4: the index snapshot, node/index-snapshot.ts, names this format too; 5: quotes in the detail, entities and claims as tuples, head-codec.ts; 6: the detail as flat arrays, detail-codec.ts; 8: claims, their terms and entity locals in a part of their own, parsed when first read). */
export const FORMAT = 'source-annotator-index 8';

export { contentHash };

/**
 * The version the workspace gives a disk copy: its content hash, which is its key here too, so a
 * save need not hash every text again (10,000 articles: 35 MB of SHA-1).
 */
export const diskVersion = (hash: string): string => 'disk:' + hash;

/** The content hash of a document's text: read from a disk version, computed otherwise (an open buffer's). */
export function hashOf(doc: { text: string; version?: number | string }): string {
  const v = doc.version;
  return typeof v === 'string' && v.startsWith('disk:') ? v.slice(5) : contentHash(doc.text);
}

/** The analyser's identity: version constant + hash of the code that runs (bundle incl. lexicon). */
export function analyserId(codeFile = __filename): string {
  let code = '';
  try { code = createHash('sha1').update(readFileSync(codeFile)).digest('base64'); } catch { /* unknown build */ }
  return `${ANALYSER_VERSION}:${code}`;
}

/**
 * The analysis of one line (`hash \t head \t claims \t detail`, its first tab at `tab`). Decoded strings and
 * the detail's copy are new: nothing kept refers to the chunk read. The claim part stays bytes (copied) until
 * the claims are first read: the claim pool reads them after indexing. Throws on a line cut short.
 */
// Tried: copying details into shared 64 KB slabs instead of a buffer each (no clear gain, ~2%).
function restoreLine(line: Buffer, tab: number): DocumentAnalysis {
  const tab2 = tab > 0 ? line.indexOf(9, tab + 1) : -1, tab3 = tab2 > 0 ? line.indexOf(9, tab2 + 1) : -1;
  if (tab3 < 0) throw new Error('cut off');
  return restoreAnalysis(line.toString('utf8', tab + 1, tab2), Buffer.from(line.subarray(tab3 + 1)), Buffer.from(line.subarray(tab2 + 1, tab3)));
}

/** A document to save: its text, analysis, and version (a disk version carries the text's hash). */
export interface CacheDoc { text: string; analysis: DocumentAnalysis; version?: number | string }

export interface CacheLog { info(msg: string): void; warn(msg: string): void }

export class IndexCache {
  /** hash → the stored analysis (parsed while the file streams in; dropped by `release`) */
  private readonly stored = new Map<string, DocumentAnalysis>();
  /**
   * hash → its line's bytes, parsed when first asked for (`reopen`: a folder added while running asks
   * for a few of the workspace's analyses, and parsing all 10,000 was ~1 s of the main thread).
   */
  private readonly unparsed = new Map<string, Buffer>();
  /** Hashes asked for and found since opening. */
  private readonly used = new Set<string>();
  /** True when the file was read whole and every analysis in it was asked for (see `release`). */
  private complete = false;
  private timer: NodeJS.Timeout | undefined;
  /** Documents served from the cache / written by the last save (for logs and tests). */
  hits = 0;

  private constructor(readonly dir: string, private readonly analyser: string, private readonly log: CacheLog) {}

  /**
   * Opens the cache in `dir` (created on save); a missing or unusable file gives an empty cache.
   * The file is read as a stream and each line parsed as it arrives, so its whole text is never
   * held at once (it was the largest allocation of a warm start).
   */
  static async open(dir: string, log: CacheLog, analyser = analyserId()): Promise<IndexCache> {
    const cache = new IndexCache(dir, analyser, log);
    await cache.read();
    return cache;
  }

  /**
   * Reads the file again after `release`, for a scan while running (a workspace folder added):
   * its files' analyses saved by earlier sessions are not analysed again either.
   */
  reopen(): Promise<void> {
    this.release();
    return this.read(true);
  }

  /** `lazy`: lines are kept as bytes and parsed by `get` (see `unparsed`). */
  private async read(lazy = false): Promise<void> {
    const { dir, analyser, log } = this;
    let input;
    try {
      input = await fs.open(join(dir, FILE));
    } catch {
      return; // first start
    }
    const source = input.createReadStream({ highWaterMark: 1 << 18 });
    try {
      let head = true, rest: Buffer | null = null, corrupt = 0;
      const take = (line: Buffer): boolean => {
        if (head) {
          head = false;
          const h = JSON.parse(line.toString('utf8')) as { format?: string; analyser?: string };
          return h.format === FORMAT && h.analyser === analyser;
        }
        const tab = line.indexOf(9);
        try {
          if (tab < 0) throw new Error('cut off');
          const hash = line.toString('latin1', 0, tab);
          if (lazy) this.unparsed.set(hash, Buffer.from(line)); // a copy: nothing kept refers to the read chunk
          else this.stored.set(hash, restoreLine(line, tab));
        } catch (e) {
          corrupt++;
          if (corrupt === 1) log.warn(`index cache: dropped a corrupt entry (${(e as Error).message})`);
        }
        return true;
      };
      // Tried (s11, when the file was gzip'd): reading the whole file and one async gunzip, lines parsed from one buffer with a
      // turn every 256 KB: main-thread CPU 1.03 vs 0.85-1.02 s, wall within noise, RSS +55 MB (~435 MB);
      // 4 MB chunks instead of 256 KB: wall within noise. Lines take ~0.3 s of the ~1.1 s this loop lasts;
      // the rest is waiting, likely on the other start-up threads (file reading, GC) sharing the two cores.
      for await (const chunk of source as AsyncIterable<Buffer>) {
        let from = 0;
        for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, from)) {
          const line = rest ? Buffer.concat([rest, chunk.subarray(from, nl)]) : chunk.subarray(from, nl);
          rest = null;
          from = nl + 1;
          if (!take(line)) {
            this.stored.clear();
            this.unparsed.clear();
            log.info('index cache ignored: written by another version of the analyser');
            return;
          }
        }
        if (from < chunk.length) rest = rest ? Buffer.concat([rest, chunk.subarray(from)]) : Buffer.from(chunk.subarray(from));
      }
      if (rest && !take(rest)) throw new Error('no header');
      this.complete = !head && corrupt === 0;
      log.info(`index cache: ${this.stored.size + this.unparsed.size} analyses available`);
    } catch (e) {
      this.stored.clear();
      this.unparsed.clear();
      log.warn(`index cache ignored: unreadable (${(e as Error).message})`);
    } finally {
      source.destroy();
      await input.close().catch(() => {});
    }
  }

  /** The stored analysis of this exact text, if any (an entry that does not fit is dropped and reported). */
  get(hash: string, text: string): DocumentAnalysis | undefined {
    const a = this.stored.get(hash) ?? this.parsed(hash);
    if (a === undefined) return undefined;
    if (a === null || typeof a !== 'object' || a.length !== text.length || !hasClaims(a) || !Array.isArray(a.entities)) {
      this.stored.delete(hash);
      this.complete = false;
      this.log.warn('index cache: dropped a corrupt entry (does not fit the text)');
      return undefined;
    }
    // Kept until `release`: a copy of the same text elsewhere in the workspace gets it too.
    this.used.add(hash);
    this.hits++;
    return a;
  }

  /** True when it holds no analysis (a first start): every file of a scan will be analysed. */
  get empty(): boolean { return this.stored.size === 0 && this.unparsed.size === 0; }

  /** The analysis of an `unparsed` line, then kept as stored; undefined when there is none or it is corrupt (reported). */
  private parsed(hash: string): DocumentAnalysis | undefined {
    const line = this.unparsed.get(hash);
    if (line === undefined) return undefined;
    this.unparsed.delete(hash);
    try {
      const a = restoreLine(line, line.indexOf(9));
      this.stored.set(hash, a);
      return a;
    } catch (e) {
      this.complete = false;
      this.log.warn(`index cache: dropped a corrupt entry (${(e as Error).message})`);
      return undefined;
    }
  }

  /**
   * Forgets stored analyses (call after the initial scan). Returns true when the file on disk
   * already holds exactly what was asked for (nothing to prune), so it need not be rewritten
   * unless something is analysed.
   */
  release(): boolean {
    const upToDate = this.complete && this.used.size === this.stored.size && this.unparsed.size === 0;
    this.stored.clear();
    this.unparsed.clear();
    this.used.clear();
    this.complete = false;
    return upToDate;
  }

  /** Saves the given documents after `delayMs` of quiet (each call restarts the delay); then calls `saved`. */
  scheduleSave(docs: () => Iterable<CacheDoc>, delayMs = 2000, saved?: () => void): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.save(docs()).then(() => saved?.()), delayMs);
    this.timer.unref?.();
  }

  /**
   * Writes exactly these documents (others are pruned) to a temp file, then renames it over the
   * cache. Serialises in slices and streams them to the file, so requests keep being answered and
   * the whole cache is never held in memory at once.
   */
  async save(docs: Iterable<CacheDoc>): Promise<number> {
    clearTimeout(this.timer);
    const seen = new Set<string>();
    const tmp = join(this.dir, `${FILE}.${process.pid}.tmp`);
    try {
      await fs.mkdir(this.dir, { recursive: true });
      const out = createWriteStream(tmp);
      const done = finished(out);
      done.catch(() => {}); // awaited below; an early write error is reported by the write itself
      const write = async (s: string) => { if (!out.write(s)) await once(out, 'drain'); };
      let pending = JSON.stringify({ format: FORMAT, analyser: this.analyser });
      let n = 0;
      for (const doc of docs) {
        const hash = hashOf(doc);
        if (seen.has(hash)) continue;
        seen.add(hash);
        const { head, claims, detail } = cacheParts(doc.analysis);
        pending += '\n' + hash + '\t' + head + '\t' + claims + '\t' + detail;
        if (++n % 25 === 0) { await write(pending); pending = ''; await new Promise((r) => setImmediate(r)); } // a few ms of work per turn
      }
      out.end(pending);
      await done;
      await fs.rename(tmp, join(this.dir, FILE));
      await fs.rm(join(this.dir, OLD_FILE), { force: true });
      this.log.info(`index cache saved: ${seen.size} analyses`);
    } catch (e) {
      await fs.rm(tmp, { force: true }).catch(() => {});
      this.log.warn(`index cache not saved: ${(e as Error).message}`);
    }
    return seen.size;
  }
}
