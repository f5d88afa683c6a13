/**
 * The persisted index: per-document analyses keyed by a hash of the document text, so a restart
 * re-analyses only files that changed since. One gzip'd file of lines `hash \t analysis-json`
 * under the editor's storage folder; the first line names the format and the analyser
 * (ANALYSER_VERSION + a hash of the running bundle, which includes the lexicon). A cache that is
 * unreadable, corrupt or from another analyser is ignored with a log line, never fatal. Saving
 * writes a temp file and renames it, so a crash never leaves half a cache.
 */
import { createHash } from 'node:crypto';
import { promises as fs, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzip as gzipCb, constants } from 'node:zlib';
import type { DocumentAnalysis } from '../core/types';
import { ANALYSER_VERSION } from '../core/version';

const gzip = promisify(gzipCb);
const FILE = 'index-cache.ndjson.gz';
const FORMAT = 'source-annotator-index 1';

export const contentHash = (text: string): string => createHash('sha1').update(text).digest('base64');

/** The analyser's identity: version constant + hash of the code that runs (bundle incl. lexicon). */
export function analyserId(codeFile = __filename): string {
  let code = '';
  try { code = createHash('sha1').update(readFileSync(codeFile)).digest('base64'); } catch { /* unknown build */ }
  return `${ANALYSER_VERSION}:${code}`;
}

export interface CacheLog { info(msg: string): void; warn(msg: string): void }

export class IndexCache {
  /** hash → the stored line's JSON, parsed and dropped on first use */
  private readonly stored = new Map<string, string>();
  private timer: NodeJS.Timeout | undefined;
  /** Documents served from the cache / written by the last save (for logs and tests). */
  hits = 0;

  private constructor(readonly dir: string, private readonly analyser: string, private readonly log: CacheLog) {}

  /** Opens the cache in `dir` (created on save); a missing or unusable file gives an empty cache. */
  static async open(dir: string, log: CacheLog, analyser = analyserId()): Promise<IndexCache> {
    const cache = new IndexCache(dir, analyser, log);
    let raw: Buffer;
    try {
      raw = await fs.readFile(join(dir, FILE));
    } catch {
      return cache; // first start
    }
    try {
      const lines = gunzipSync(raw).toString('utf8').split('\n');
      const head = JSON.parse(lines[0]) as { format?: string; analyser?: string };
      if (head.format !== FORMAT || head.analyser !== analyser) {
        log.info('index cache ignored: written by another version of the analyser');
        return cache;
      }
      for (let i = 1; i < lines.length; i++) {
        const tab = lines[i].indexOf('\t');
        if (tab > 0) cache.stored.set(lines[i].slice(0, tab), lines[i].slice(tab + 1));
      }
      log.info(`index cache: ${cache.stored.size} analyses available`);
    } catch (e) {
      log.warn(`index cache ignored: unreadable (${(e as Error).message})`);
    }
    return cache;
  }

  /** The stored analysis of this exact text, if any (a corrupt entry is dropped and reported). */
  get(hash: string, text: string): DocumentAnalysis | undefined {
    const line = this.stored.get(hash);
    if (line === undefined) return undefined;
    this.stored.delete(hash);
    try {
      const a = JSON.parse(line) as DocumentAnalysis;
      if (a.length !== text.length || !Array.isArray(a.claims) || !Array.isArray(a.entities)) throw new Error('does not fit the text');
      this.hits++;
      return a;
    } catch (e) {
      this.log.warn(`index cache: dropped a corrupt entry (${(e as Error).message})`);
      return undefined;
    }
  }

  /** Forgets stored analyses no document asked for (call after the initial scan). */
  release(): void {
    this.stored.clear();
  }

  /** Saves the given documents after `delayMs` of quiet (each call restarts the delay). */
  scheduleSave(docs: () => Iterable<{ text: string; analysis: DocumentAnalysis }>, delayMs = 2000): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.save(docs()), delayMs);
    this.timer.unref?.();
  }

  /**
   * Writes exactly these documents (others are pruned) to a temp file, then renames it over the
   * cache. Serialises in slices and compresses off the main thread, so requests keep being answered.
   */
  async save(docs: Iterable<{ text: string; analysis: DocumentAnalysis }>): Promise<number> {
    clearTimeout(this.timer);
    const parts = [JSON.stringify({ format: FORMAT, analyser: this.analyser })];
    const seen = new Set<string>();
    let n = 0;
    for (const { text, analysis } of docs) {
      const hash = contentHash(text);
      if (seen.has(hash)) continue;
      seen.add(hash);
      parts.push(hash + '\t' + JSON.stringify(analysis));
      if (++n % 25 === 0) await new Promise((r) => setImmediate(r)); // a few ms of work per turn
    }
    try {
      await fs.mkdir(this.dir, { recursive: true });
      const tmp = join(this.dir, `${FILE}.${process.pid}.tmp`);
      await fs.writeFile(tmp, await gzip(parts.join('\n'), { level: constants.Z_BEST_SPEED }));
      await fs.rename(tmp, join(this.dir, FILE));
      this.log.info(`index cache saved: ${seen.size} analyses`);
    } catch (e) {
      this.log.warn(`index cache not saved: ${(e as Error).message}`);
    }
    return seen.size;
  }
}
