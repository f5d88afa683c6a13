/**
 * The articles the server knows: open editor buffers take precedence over disk copies; workspace
 * folders are scanned in the background with bounded concurrency; file events keep it current.
 * Everything is fed into one Corpus (which re-analyses only the document that changed).
 */
import { promises as fs } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { URI } from 'vscode-uri';
import { Corpus, looksLikeArticle, type DocEntry } from '../core/index';
import { formatBytes, readArticle, readArticleSync, readFailure, type ReadResult } from '../node/read-article';
import { contentHash, diskVersion, type IndexCache } from '../node/index-cache';
import { ReadAhead, type AheadRead } from '../node/read-ahead';
import { POOL_MIN_FILES, type AnalyzePool } from '../node/analyze-pool';
import { makeSnapshot, snapshotFits, snapshotMismatch, type IndexSnapshot, type SnapshotBasis } from '../node/index-snapshot';
import type { Settings } from './config';
import { matchesAny } from './glob';

/** What a user can do about a file skipped for its size (the CLI says --max-size instead). */
export const RAISE_LIMIT = '; the setting sourceAnnotator.maxFileSizeMB raises the limit';
/** Why a readable .txt file that the article guess turned down is skipped. */
export const NOT_AN_ARTICLE = 'does not read as a prose article';

/** The setting that would let a skipped file in, by the reason it was skipped (none: binary, unreadable…). */
export function settingToInclude(reason: string): string | undefined {
  if (reason.endsWith(RAISE_LIMIT)) return 'sourceAnnotator.maxFileSizeMB';
  if (reason === NOT_AN_ARTICLE) return 'sourceAnnotator.include';
  return undefined;
}

export interface Folder { uri: string; path: string }

export interface Logger { info(msg: string): void; warn(msg: string): void }

export type Progress = (done: number, total: number) => void;

/** Is this path inside the folder? */
function contains(folder: Folder, fsPath: string): boolean {
  const r = relative(folder.path, fsPath);
  return r !== '..' && !r.startsWith('..' + sep) && !isAbsolute(r);
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', '.source-annotator', 'dist', 'out']);

export class Workspace {
  readonly corpus = new Corpus();
  /** Documents open in the editor: uri → version. */
  private readonly open = new Map<string, number>();
  /** Skipped files and why (binary, too large, not an article). */
  readonly skipped = new Map<string, string>();
  folders: Folder[] = [];
  /**
   * Each workspace folder's own settings, by folder URI (resource-scoped: include, exclude,
   * severities, inlay hints, code lenses); a folder not here, and a file outside every folder,
   * follow `settings`. The size limit and the worker threads are the window's.
   */
  folderSettings = new Map<string, Settings>();
  /** File events are applied one batch after the other, so a deletion never overtakes a pending load. */
  private changes: Promise<void> = Promise.resolve();
  /** Persisted analyses of earlier sessions (null: no storage folder). */
  cache: IndexCache | null = null;
  /** Worker threads that analyse disk copies during a scan (null: analyse in this thread). */
  pool: AnalyzePool | null = null;
  /**
   * Starts `pool` when a scan first needs an analysis (null: none to start). A start from the index
   * cache then starts no worker threads: loading the analyser in two threads was ~1.4 s of CPU that
   * competed for the cores with the start itself, for nothing.
   */
  startPool: (() => AnalyzePool | null) | null = null;
  /** Set by a running scan: grows its files in flight as soon as the pool exists. */
  private poolStarted: (() => void) | null = null;
  /** Per file, the latest disk load started; a pooled analysis that finishes after a newer load is dropped. */
  private readonly loads = new Map<string, number>();
  private loadSeq = 0;
  /** The files of the next scan, listed ahead of it (prepareScan). */
  private listing: Promise<string[]> | null = null;
  /** Threads reading the files of a scan ahead of it (node/read-ahead.ts), by scan. */
  private readonly readers = new Set<ReadAhead>();
  private pendingReader: ReadAhead | null = null;

  constructor(public settings: Settings, private readonly log: Logger) {}

  static uriOf(path: string): string {
    return URI.file(path).toString();
  }

  /** The folders of a client's list that are on disk (other schemes cannot be scanned). */
  static foldersOf(list: readonly { uri: string }[]): Folder[] {
    return list.filter((f) => URI.parse(f.uri).scheme === 'file').map((f) => ({ uri: f.uri, path: URI.parse(f.uri).fsPath }));
  }

  /** Folders added while running: returns those not already listed (scan them with `scan`). */
  addFolders(list: readonly { uri: string }[]): Folder[] {
    const added = Workspace.foldersOf(list).filter((f, i, all) =>
      !this.folders.some((g) => g.uri === f.uri) && all.findIndex((g) => g.uri === f.uri) === i);
    this.folders.push(...added);
    return added;
  }

  /**
   * Folders removed while running: their files leave the index and the skipped list, as deleted
   * files do (an open editor buffer stays), except files that another folder still holds.
   * Resolves true when a remaining folder lay inside a removed one: its files followed the removed
   * folder's include/exclude and now follow its own, so they are to be judged again (`reconsider`).
   */
  async removeFolders(uris: readonly string[]): Promise<boolean> {
    const removed = this.folders.filter((f) => uris.includes(f.uri));
    if (!removed.length) return false;
    this.folders = this.folders.filter((f) => !removed.includes(f));
    for (const f of removed) this.folderSettings.delete(f.uri);
    const gone = [...new Set([...this.corpus.ids(), ...this.skipped.keys()])].filter((uri) => {
      const u = URI.parse(uri);
      return u.scheme === 'file' && removed.some((f) => contains(f, u.fsPath)) && !this.folderOf(u.fsPath);
    });
    await this.applyChanges(gone.map((uri) => ({ uri, type: 3 })));
    return this.folders.some((f) => removed.some((r) => contains(r, f.path)));
  }

  /** Should this file be analysed? Its folder's include/exclude globs override the article guess. */
  decide(uri: string, text: string | null): 'yes' | 'no' | 'guess' {
    const u = URI.parse(uri);
    if (u.scheme !== 'file' && u.scheme !== 'untitled') return 'no';
    const folder = this.folderOf(u.fsPath);
    const rel = (folder ? relative(folder.path, u.fsPath) : u.fsPath).replace(/\\/g, '/');
    const { include, exclude } = this.settingsOfFolder(folder);
    if (matchesAny(exclude, rel)) return 'no';
    if (include.length && matchesAny(include, rel)) return 'yes';
    if (!u.path.toLowerCase().endsWith('.txt') && u.scheme === 'file' && text === null) return 'no';
    return 'guess';
  }

  /** The workspace folder that holds a path (the first listed, when folders nest). */
  private folderOf(fsPath: string): Folder | undefined {
    return this.folders.find((f) => contains(f, fsPath));
  }

  private settingsOfFolder(folder: Folder | undefined): Settings {
    return (folder && this.folderSettings.get(folder.uri)) ?? this.settings;
  }

  /** The settings that apply to a document: those of its workspace folder. */
  settingsOf(uri: string): Settings {
    const u = URI.parse(uri);
    return this.settingsOfFolder(u.scheme === 'file' ? this.folderOf(u.fsPath) : undefined);
  }

  /** What decides which files are analysed; when it changes, `reconsider` looks at every file again. */
  scanInputs(): string {
    return JSON.stringify([this.settings.maxFileSize, this.settings.include, this.settings.exclude,
      this.folders.map((f) => [this.settingsOfFolder(f).include, this.settingsOfFolder(f).exclude])]);
  }

  /**
   * After include, exclude or the size limit changed: every file of the folders is looked at again
   * (a text already analysed is not analysed again), files no longer listed (now in an excluded
   * folder) leave, and open editor buffers are judged again.
   */
  async reconsider(openTexts: Iterable<{ uri: string; text: string; version: number }>): Promise<void> {
    const listed = new Set((await this.listFiles()).map(Workspace.uriOf));
    const gone = [...new Set([...this.corpus.ids(), ...this.skipped.keys()])]
      .filter((uri) => !listed.has(uri) && !this.open.has(uri) && URI.parse(uri).scheme === 'file');
    await this.applyChanges([...gone.map((uri) => ({ uri, type: 3 })), ...[...listed].map((uri) => ({ uri, type: 2 }))]);
    for (const d of openTexts) this.setOpen(d.uri, d.text, d.version);
  }

  private accepts(uri: string, text: string): boolean {
    const d = this.decide(uri, text);
    if (d === 'no') return false;
    if (d === 'yes') return true;
    return looksLikeArticle(text, URI.parse(uri).path);
  }

  isOpen(uri: string): boolean {
    return this.open.has(uri);
  }

  openUris(): string[] {
    return [...this.open.keys()];
  }

  /**
   * How many open editor buffers hold a text their file on disk does not (unsaved edits, or a file
   * deleted or never saved): the next start scans the files, so it sees other texts than these.
   */
  async unsavedBuffers(): Promise<number> {
    let n = 0;
    for (const uri of this.open.keys()) {
      const e = this.corpus.get(uri);
      if (!e) continue;
      const u = URI.parse(uri);
      const r = u.scheme === 'file' ? await readArticle(u.fsPath, this.settings.maxFileSize) : null;
      if (!r?.ok || r.text !== e.text) n++;
    }
    return n;
  }

  /** An editor buffer opened or changed. Returns true when it is analysed as an article. */
  setOpen(uri: string, text: string, version: number): boolean {
    this.open.set(uri, version);
    if (text.length > this.settings.maxFileSize) {
      this.skipped.set(uri, `larger than the ${formatBytes(this.settings.maxFileSize)} limit (${formatBytes(text.length)})${RAISE_LIMIT}`);
      this.corpus.delete(uri);
      return false;
    }
    if (this.decide(uri, text) === 'no') { this.corpus.delete(uri); this.skipped.delete(uri); return false; } // excluded since it was opened
    if (!this.corpus.has(uri) && !this.accepts(uri, text)) return false;
    this.skipped.delete(uri);
    return this.noteFailure(uri, this.corpus.set(uri, text, `open:${version}`));
  }

  /** An analysis that failed is logged and listed with the skipped files; the other documents go on. */
  private noteFailure(uri: string, entry: DocEntry): boolean {
    if (!entry.error) return true;
    this.dropFailed(uri, entry.error);
    return false;
  }

  private dropFailed(uri: string, error: string): void {
    this.log.warn(`${uri}: ${error}`);
    this.skipped.set(uri, error);
    this.corpus.delete(uri);
  }

  /**
   * An editor buffer closed: fall back to the disk copy (the buffer may have been unsaved). A file
   * outside every workspace folder (e.g. of a folder removed while it was open) leaves instead:
   * nothing watches it. Without folders, closed files stay: they are all the window has.
   */
  async closeOpen(uri: string): Promise<void> {
    this.open.delete(uri);
    const u = URI.parse(uri);
    if (this.folders.length && u.scheme === 'file' && !this.folderOf(u.fsPath)) this.removeFromDisk(uri);
    else await this.loadFromDisk(uri);
  }

  /** Starts the analysis pool if a scan allows one (`startPool`) and it is not running yet. */
  private ensurePool(): void {
    if (this.pool || !this.startPool) return;
    this.pool = this.startPool();
    this.startPool = null;
    this.poolStarted?.();
  }

  /**
   * Reads a file from disk unless an editor buffer holds it. `now`: read it in this turn (the scan,
   * where thousands of small files cost several times less CPU read so; see readArticleSync), or
   * take it as a read-ahead thread read it (null: it did not, read it now).
   */
  async loadFromDisk(uri: string, now: boolean | Promise<AheadRead | null> = false): Promise<void> {
    if (this.open.has(uri)) return;
    const u = URI.parse(uri);
    if (u.scheme !== 'file' || this.decide(uri, null) === 'no') { this.corpus.delete(uri); this.skipped.delete(uri); return; }
    if (now === false) for (const reader of this.readers) reader.forget(u.fsPath); // a scan not there yet reads this file again
    const ahead = typeof now === 'object' ? await now : null;
    const r: ReadResult = ahead ? ahead.r : now ? readArticleSync(u.fsPath, this.settings.maxFileSize, false) : await readArticle(u.fsPath, this.settings.maxFileSize);
    await this.nextTurn();
    if (this.open.has(uri)) return; // opened while we were reading
    if (!r.ok) {
      if (r.missing) this.skipped.delete(uri); else this.skipped.set(uri, r.tooLarge ? r.reason + RAISE_LIMIT : r.reason);
      this.corpus.delete(uri);
      return;
    }
    if (!this.accepts(uri, r.text)) { this.skipped.set(uri, NOT_AN_ARTICLE); this.corpus.delete(uri); return; }
    this.skipped.delete(uri);
    const seq = ++this.loadSeq;
    this.loads.set(uri, seq); // any pooled analysis of an older read of this file is now stale
    // One hash of the text serves as its version and as its key in the index cache (sha1 is native:
    // a hash written in JS over every file read was ~5% of a warm start).
    const textHash = ahead?.hash ?? contentHash(r.text);
    const version = diskVersion(textHash);
    const unchanged = this.corpus.get(uri)?.text === r.text;
    const cached = this.cache && !unchanged ? this.cache.get(textHash, r.text) : undefined;
    if (!cached && !unchanged) this.ensurePool();
    if (cached) this.corpus.setAnalyzed(uri, r.text, version, cached);
    else if (this.pool && !unchanged) await this.analyzeInPool(uri, r.text, version, seq);
    else this.noteFailure(uri, this.corpus.set(uri, r.text, version));
  }

  /**
   * Analyses a disk copy in a worker thread and inserts the result, unless the file was opened or
   * loaded again meanwhile. If the pool fails, it is dropped and this text is analysed here.
   */
  private async analyzeInPool(uri: string, text: string, version: string, seq: number): Promise<void> {
    const pool = this.pool!;
    let r;
    try {
      r = await pool.analyze(text);
    } catch (e) {
      if (this.pool === pool) {
        this.log.warn(`analysis workers stopped (${(e as Error).message}); analysing in the main thread`);
        this.pool = null;
      }
    }
    if (this.loads.get(uri) !== seq) return; // a newer load of this file owns it
    this.loads.delete(uri);
    if (this.open.has(uri)) return; // opened while it was analysed
    if (!r) { this.noteFailure(uri, this.corpus.set(uri, text, version)); return; }
    this.corpus.analyses++;
    if (r.error !== undefined) this.dropFailed(uri, r.error);
    else {
      this.corpus.setAnalyzed(uri, text, version, r.analysis);
      // The main thread mostly waits for the workers here: the join keys are indexed now, not after the scan.
      this.corpus.prepareHeld(uri);
    }
  }

  /**
   * Applies a batch of watcher events (1 created, 2 changed, 3 deleted): deletions at once, loads
   * a few at a time. Batches are applied in order; the caller publishes and reports once per batch.
   */
  applyChanges(changes: readonly { uri: string; type: number }[], concurrency = 8): Promise<void> {
    const run = async () => {
      const loads: string[] = [];
      for (const c of changes) if (c.type === 3) this.removeFromDisk(c.uri); else loads.push(c.uri);
      let next = 0;
      const worker = async () => {
        while (next < loads.length) {
          const uri = loads[next++];
          try {
            await this.loadFromDisk(uri);
          } catch (e) {
            this.log.warn(`could not load ${uri}: ${(e as Error).message}`);
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(concurrency, loads.length) }, worker));
    };
    this.changes = this.changes.then(run, run);
    return this.changes;
  }

  /**
   * Files are read concurrently, but analysed one per turn of the event loop, so requests that
   * arrive while a folder is indexed are answered between two documents, not after a batch.
   */
  private lane: Promise<void> = Promise.resolve();
  private nextTurn(): Promise<void> {
    const turn = this.lane.then(() => new Promise<void>((resolve) => setImmediate(resolve)));
    this.lane = turn;
    return turn;
  }

  /** The documents to persist in the index cache. */
  *cacheable(): Iterable<DocEntry> {
    for (const id of this.corpus.ids()) yield this.corpus.get(id)!;
  }

  /** A document's content hash: a disk copy's version carries it, an editor buffer's text is hashed. */
  hashOf(uri: string): string | undefined {
    const e = this.corpus.get(uri);
    if (!e) return undefined;
    return typeof e.version === 'string' && e.version.startsWith('disk:') ? e.version.slice(5) : contentHash(e.text);
  }

  /**
   * After a scan, takes the corpus-wide entities from a saved snapshot (node/index-snapshot.ts) if
   * it was taken of exactly the documents now indexed, with the same texts; else returns false and
   * they are resolved as usual.
   */
  restoreSnapshot(s: IndexSnapshot): boolean {
    return snapshotFits(s, this.corpus.ids(), (uri) => this.hashOf(uri)) && this.corpus.installEntitySnapshot(s.entities);
  }

  /** Why a snapshot of `basis` does not fit the documents now indexed (null: it fits). */
  snapshotMismatch(basis: SnapshotBasis): string | null {
    return snapshotMismatch(basis, this.corpus.ids(), (uri) => this.hashOf(uri));
  }

  /**
   * The snapshot a from-scratch resolution of the documents now indexed saves, also after edits
   * (then resolved again aside, on this thread: call when idle). Null while indexing.
   */
  freshSnapshot(analyser: string): IndexSnapshot | null {
    const entities = this.corpus.freshEntitySnapshot();
    return entities && makeSnapshot(entities, (uri) => this.hashOf(uri)!, analyser);
  }

  /** The snapshot to save after a scan (null when the entities are not one from-scratch resolution). */
  takeSnapshot(analyser: string): IndexSnapshot | null {
    const entities = this.corpus.entitySnapshot();
    return entities && makeSnapshot(entities, (uri) => this.hashOf(uri)!, analyser);
  }

  removeFromDisk(uri: string): void {
    this.loads.delete(uri);
    if (!this.open.has(uri)) this.corpus.delete(uri);
    this.skipped.delete(uri);
  }

  /**
   * Lists the files of the coming scan now and starts reading them in a thread, so that both
   * overlap what the caller does until it scans (a warm start: parsing the index cache).
   */
  prepareScan(folders: readonly Folder[] = this.folders): void {
    this.listing ??= this.listFiles(folders).then((files) => {
      this.pendingReader = this.startReader(files);
      return files;
    });
  }

  /** A reader of these files, known to file events from now on (they make it forget a file). */
  private startReader(files: string[]): ReadAhead | null {
    const reader = ReadAhead.start(files, this.settings.maxFileSize);
    if (reader) this.readers.add(reader);
    return reader;
  }

  private async listFiles(folders: readonly Folder[] = this.folders): Promise<string[]> {
    const files: string[] = [];
    for (const f of folders) await this.walk(f.path, files, f.path, this.settingsOfFolder(f).exclude);
    return files;
  }

  /**
   * Scans the workspace folders (all, or those given: added while running) for .txt files, unless
   * `prepareScan` listed them already, and loads them, at most `concurrency` at a time, in
   * the order listed. A thread reads the files ahead (node/read-ahead.ts); a file it did not read
   * is read in one turn (one file, then the event loop runs again), not asynchronously.
   */
  async scan(progress: Progress, concurrency = 8, token?: { cancelled: boolean }, folders: readonly Folder[] = this.folders): Promise<number> {
    const files = await (this.listing ?? this.listFiles(folders));
    this.listing = null;
    // 'auto' starts no worker threads for a small folder, as the CLI does: their start-up and
    // warm-up cost more than the analyses (server start → indexed, median of 5 interleaved, no
    // cache: 4 articles 2.5 s with 2 workers, 1.2 s here; 35 articles 2.9 s, 1.8 s).
    if (this.settings.indexWorkers === 'auto' && files.length < POOL_MIN_FILES) this.startPool = null;
    // With nothing in the index cache every file is analysed: the pool starts now, not when the read
    // thread hands over the first file (~100 ms later), so the workers' load and warm-up overlap it.
    else if (files.length >= POOL_MIN_FILES && (!this.cache || this.cache.empty)) this.ensurePool();
    const reader = this.pendingReader ?? this.startReader(files);
    this.pendingReader = null;
    let done = 0;
    let next = 0;
    const loops: Promise<void>[] = [];
    // The analysis pool starts at the first file the index cache does not hold, after the scan
    // began: the files in flight grow to fill it then (sized once at the start, a cold scan kept
    // only `concurrency` files in flight, so the workers got batches of one or two texts), at once
    // (poolStarted), not when the first file is done: that waited for a worker's start-up and warm-up.
    const grow = () => {
      const want = Math.min(this.scanConcurrency(concurrency), files.length);
      while (loops.length < want) loops.push(worker());
    };
    const worker = async () => {
      while (next < files.length && !token?.cancelled) {
        const file = files[next++];
        try {
          await this.loadFromDisk(Workspace.uriOf(file), reader?.take(file) ?? true);
        } catch (e) {
          this.log.warn(`could not index ${file}: ${(e as Error).message}`);
        }
        progress(++done, files.length);
        grow();
      }
    };
    try {
      this.poolStarted = grow;
      grow();
      for (let i = 0; i < loops.length; i++) await loops[i]; // loops may be added meanwhile
    } finally {
      this.poolStarted = null;
      if (reader) { reader.close(); this.readers.delete(reader); }
    }
    return files.length;
  }

  /** With analysis workers, enough files in flight that none of them waits for texts. */
  private scanConcurrency(concurrency: number): number {
    return this.pool ? Math.max(concurrency, this.pool.capacity + concurrency) : concurrency;
  }

  private async walk(dir: string, out: string[], root: string, exclude: string[]): Promise<void> {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (e) {
      this.log.warn(`cannot read folder ${dir}: ${readFailure(e).reason}`);
      return;
    }
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (SKIP_DIRS.has(e.name) || matchesAny(exclude, relative(root, p) + '/')) continue;
        await this.walk(p, out, root, exclude);
      } else if (e.isFile() && e.name.toLowerCase().endsWith('.txt')) out.push(p);
    }
  }
}
