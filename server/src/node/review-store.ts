/**
 * The review file of one workspace folder: `.source-annotator/review.json`, readable JSON with
 * one entry per claim a reviewer marked as checked. Writes are atomic (a temporary file in the
 * same folder, fsync, rename), so a crash leaves either the old file or the new one, never a
 * half-written one. Writes of one store run one after another.
 */
import { promises as fs, readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { anchorKey, type ReviewAnchor } from '../core/features/review';

export const REVIEW_DIR = '.source-annotator';
export const REVIEW_FILE = 'review.json';

export interface ReviewEntry extends ReviewAnchor {
  /** Path of the article relative to the workspace folder, with forward slashes. */
  file: string;
  /** Who marked it (the operating-system user name) and when (ISO 8601). */
  by: string;
  at: string;
}

export interface ReviewData {
  version: 1;
  entries: ReviewEntry[];
}

const empty = (): ReviewData => ({ version: 1, entries: [] });

const isEntry = (e: unknown): e is ReviewEntry => {
  const x = e as Record<string, unknown>;
  return !!x && typeof x === 'object' && ['file', 'rule', 'claim', 'context'].every((k) => typeof x[k] === 'string')
    && (x.by === undefined || typeof x.by === 'string') && (x.at === undefined || typeof x.at === 'string');
};

/** Parses a review file; anything malformed is reported and yields no entries (never a throw). */
export function parseReview(json: string): { data: ReviewData; error: string | null } {
  try {
    const raw = JSON.parse(json) as { version?: unknown; entries?: unknown };
    if (raw?.version !== 1 || !Array.isArray(raw.entries)) return { data: empty(), error: 'not a version 1 review file' };
    const entries = raw.entries.filter(isEntry).map((e) => ({ ...e, by: e.by ?? '', at: e.at ?? '' }));
    return { data: { version: 1, entries }, error: entries.length === raw.entries.length ? null : 'some entries were malformed and are ignored' };
  } catch (e) {
    return { data: empty(), error: (e as Error).message };
  }
}

/**
 * Reads a folder's review file synchronously (for the CLI): the anchor keys of the checked
 * findings, by folder-relative file path. A missing or broken file gives none.
 */
export function readCheckedSync(folder: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  let text: string;
  try { text = readFileSync(join(folder, REVIEW_DIR, REVIEW_FILE), 'utf8'); } catch { return out; }
  for (const e of parseReview(text).data.entries) (out.get(e.file) ?? out.set(e.file, new Set()).get(e.file)!).add(anchorKey(e));
  return out;
}

export interface WriteHooks {
  /** Called after the temporary file is written and synced, before the rename (tests simulate a crash here). */
  beforeRename?: (tempPath: string) => void | Promise<void>;
}

let tempCounter = 0;

/** Writes `content` to `path` atomically: temp file in the same folder, fsync, rename, fsync the folder. */
export async function writeFileAtomic(path: string, content: string, hooks: WriteHooks = {}): Promise<void> {
  const dir = dirname(path);
  await fs.mkdir(dir, { recursive: true });
  const temp = join(dir, `.${REVIEW_FILE}.${process.pid}.${Date.now()}.${tempCounter++}.tmp`);
  const fh = await fs.open(temp, 'w', 0o644);
  try {
    await fh.writeFile(content, 'utf8');
    await fh.sync();
  } finally {
    await fh.close();
  }
  try {
    await hooks.beforeRename?.(temp);
    await fs.rename(temp, path);
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw e;
  }
  // Make the rename itself durable where the platform allows syncing a directory.
  try {
    const d = await fs.open(dir, 'r');
    try { await d.sync(); } finally { await d.close(); }
  } catch { /* not supported (Windows): the rename is still atomic */ }
}

function whoAmI(): string {
  try {
    return userInfo().username || process.env.USER || process.env.USERNAME || 'unknown';
  } catch {
    return process.env.USER || process.env.USERNAME || 'unknown';
  }
}

/** The review state of one workspace folder, loaded once and written back on every change. */
export class ReviewStore {
  private data: ReviewData = empty();
  private queue: Promise<void> = Promise.resolve();
  /** The last problem reading the file (shown in the output channel), or null. */
  lastError: string | null = null;

  constructor(readonly folder: string, private readonly hooks: WriteHooks = {}) {}

  get path(): string {
    return join(this.folder, REVIEW_DIR, REVIEW_FILE);
  }

  /** (Re)reads the file. A missing file is an empty review; a broken one is reported and kept on disk untouched. */
  async load(): Promise<void> {
    await this.removeStaleTemps();
    let text: string;
    try {
      text = await fs.readFile(this.path, 'utf8');
    } catch (e) {
      this.data = empty();
      this.lastError = (e as NodeJS.ErrnoException).code === 'ENOENT' ? null : (e as Error).message;
      return;
    }
    const { data, error } = parseReview(text);
    this.data = data;
    this.lastError = error;
    this.broken = error !== null && data.entries.length === 0;
  }

  /** Temporary files left by a write that crashed before its rename (older than a minute: not in flight). */
  private async removeStaleTemps(): Promise<void> {
    const dir = join(this.folder, REVIEW_DIR);
    let names: string[] = [];
    try { names = await fs.readdir(dir); } catch { return; }
    for (const n of names) {
      if (!n.startsWith(`.${REVIEW_FILE}.`) || !n.endsWith('.tmp')) continue;
      const p = join(dir, n);
      try {
        if (Date.now() - (await fs.stat(p)).mtimeMs > 60_000) await fs.rm(p, { force: true });
      } catch { /* gone already */ }
    }
  }

  /** True when the file on disk could not be parsed: it is moved aside (not overwritten) on the next write. */
  private broken = false;

  entries(): readonly ReviewEntry[] {
    return this.data.entries;
  }

  /** Anchor keys of the checked findings of one file (path relative to the folder). */
  checkedKeys(file: string): Set<string> {
    return new Set(this.data.entries.filter((e) => e.file === file).map(anchorKey));
  }

  mark(file: string, anchor: ReviewAnchor, now = new Date()): Promise<void> {
    return this.change(() => {
      const key = anchorKey(anchor);
      if (this.data.entries.some((e) => e.file === file && anchorKey(e) === key)) return false;
      this.data.entries.push({ file, rule: anchor.rule, claim: anchor.claim, context: anchor.context, by: whoAmI(), at: now.toISOString() });
      return true;
    });
  }

  unmark(file: string, anchor: ReviewAnchor): Promise<void> {
    const key = anchorKey(anchor);
    return this.change(() => this.remove((e) => e.file === file && anchorKey(e) === key));
  }

  /** Removes every mark of one file; resolves to how many were removed. */
  async clear(file: string): Promise<number> {
    let n = 0;
    await this.change(() => {
      const before = this.data.entries.length;
      const changed = this.remove((e) => e.file === file);
      n = before - this.data.entries.length;
      return changed;
    });
    return n;
  }

  private remove(drop: (e: ReviewEntry) => boolean): boolean {
    const kept = this.data.entries.filter((e) => !drop(e));
    if (kept.length === this.data.entries.length) return false;
    this.data = { version: 1, entries: kept };
    return true;
  }

  /** Applies a change in memory and queues the write; writes never interleave. */
  private change(apply: () => boolean): Promise<void> {
    const run = async () => {
      if (!apply()) return;
      if (this.broken) {
        // Keep the reviewer's broken file for them to repair instead of overwriting it.
        await fs.rename(this.path, `${this.path}.broken-${Date.now()}`).catch(() => undefined);
        this.broken = false;
      }
      const sorted = [...this.data.entries].sort((a, b) => a.file.localeCompare(b.file) || a.at.localeCompare(b.at));
      await writeFileAtomic(this.path, JSON.stringify({ version: 1, entries: sorted }, null, 2) + '\n', this.hooks);
    };
    const p = this.queue.then(run);
    this.queue = p.catch(() => undefined);
    return p;
  }
}
