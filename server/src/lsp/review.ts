/**
 * "Mark as checked": the review stores of the workspace folders, looked up by document URI, and
 * the server commands that change them. A document outside every folder cannot be marked (there
 * is no folder to keep the review file in).
 */
import { relative } from 'node:path';
import { URI } from 'vscode-uri';
import type { ReviewAnchor } from '../core/index';
import { ReviewStore, type WriteHooks } from '../node/review-store';
import type { Folder } from './workspace';
import { SERVER_COMMANDS } from './protocol';

export class Reviews {
  private readonly stores = new Map<string, ReviewStore>();

  constructor(private readonly hooks: WriteHooks = {}) {}

  /** Loads the review file of every folder (a missing file is an empty review). */
  async load(folders: readonly Folder[]): Promise<string[]> {
    const problems: string[] = [];
    for (const f of folders) {
      const store = this.stores.get(f.path) ?? new ReviewStore(f.path, this.hooks);
      this.stores.set(f.path, store);
      await store.load();
      if (store.lastError) problems.push(`${store.path}: ${store.lastError}`);
    }
    return problems;
  }

  /** Forgets the review files of folders removed from the workspace. */
  drop(folders: readonly Folder[]): void {
    for (const f of folders) this.stores.delete(f.path);
  }

  /** The store and the folder-relative path of a document, or null outside every folder. */
  locate(uri: string): { store: ReviewStore; file: string } | null {
    const u = URI.parse(uri);
    if (u.scheme !== 'file') return null;
    let best: { store: ReviewStore; file: string } | null = null;
    for (const [path, store] of this.stores) {
      const r = relative(path, u.fsPath);
      if (r.startsWith('..') || /^[a-zA-Z]:/.test(r) || r.startsWith('/')) continue;
      // The innermost folder wins when folders nest.
      if (!best || store.folder.length > best.store.folder.length) best = { store, file: r.replace(/\\/g, '/') };
    }
    return best;
  }

  /** Is this file the review file of one of the folders? (It changed on disk: reload.) */
  storeOfFile(uri: string): ReviewStore | null {
    const u = URI.parse(uri);
    for (const store of this.stores.values()) if (store.path === u.fsPath) return store;
    return null;
  }

  checkedKeys(uri: string): Set<string> {
    const at = this.locate(uri);
    return at ? at.store.checkedKeys(at.file) : new Set();
  }

  async mark(uri: string, anchor: ReviewAnchor): Promise<boolean> {
    const at = this.locate(uri);
    if (!at) return false;
    await at.store.mark(at.file, anchor);
    return true;
  }

  async unmark(uri: string, anchor: ReviewAnchor): Promise<boolean> {
    const at = this.locate(uri);
    if (!at) return false;
    await at.store.unmark(at.file, anchor);
    return true;
  }

  async clear(uri: string): Promise<number> {
    const at = this.locate(uri);
    return at ? at.store.clear(at.file) : 0;
  }
}

/** Validates a command argument that should be an anchor. */
export function asAnchor(x: unknown): ReviewAnchor | null {
  const a = x as Record<string, unknown>;
  return a && typeof a === 'object' && typeof a.rule === 'string' && typeof a.claim === 'string' && typeof a.context === 'string'
    ? { rule: a.rule, claim: a.claim, context: a.context } : null;
}

/**
 * Runs one of the review commands. Returns the document whose diagnostics changed, or null when
 * the command is not one of ours or its arguments are malformed.
 */
export async function runReviewCommand(reviews: Reviews, command: string, args: unknown[] = []): Promise<{ uri: string; changed: number } | null> {
  const uri = typeof args[0] === 'string' ? args[0] : null;
  if (!uri) return null;
  switch (command) {
    case SERVER_COMMANDS.markChecked: {
      const anchor = asAnchor(args[1]);
      return anchor ? { uri, changed: (await reviews.mark(uri, anchor)) ? 1 : 0 } : null;
    }
    case SERVER_COMMANDS.unmarkChecked: {
      const anchor = asAnchor(args[1]);
      return anchor ? { uri, changed: (await reviews.unmark(uri, anchor)) ? 1 : 0 } : null;
    }
    case SERVER_COMMANDS.clearChecked:
      return { uri, changed: await reviews.clear(uri) };
    default:
      return null;
  }
}
