/**
 * File-size limits in units people write: the `sourceAnnotator.maxFileSizeMB` setting (megabytes)
 * with the older `sourceAnnotator.maxFileSize` (bytes) still read, and the CLI's `--max-size 2MB`.
 * 1 MB here is 1,048,576 bytes, as in the messages of read-article.ts.
 */
import { DEFAULT_MAX_BYTES } from './read-article';

const MB = 1024 * 1024;
export const DEFAULT_MAX_MB = DEFAULT_MAX_BYTES / MB;

const positive = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;

/**
 * The limit in bytes. A megabyte value the user changed wins; while it is at its default, a byte
 * value set in the older setting is kept (so an existing configuration goes on meaning the same).
 */
export function maxFileBytes(megabytes: unknown, legacyBytes: unknown): number {
  if (positive(megabytes) && megabytes !== DEFAULT_MAX_MB) return Math.round(megabytes * MB);
  if (positive(legacyBytes)) return Math.floor(legacyBytes);
  return positive(megabytes) ? Math.round(megabytes * MB) : DEFAULT_MAX_BYTES;
}

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: MB, mb: MB, mib: MB, g: 1024 * MB, gb: 1024 * MB, gib: 1024 * MB };

/** "2097152", "2MB", "2 MB", "500kb", "1.5M" → bytes; NaN when it is not a positive size. */
export function parseSize(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*([a-z]*)\s*$/i.exec(text);
  const unit = m ? UNITS[m[2].toLowerCase()] : undefined;
  if (!m || unit === undefined) return NaN;
  const n = Math.round(Number(m[1]) * unit);
  return n > 0 ? n : NaN;
}
