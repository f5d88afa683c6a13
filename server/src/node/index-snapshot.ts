/**
 * The index snapshot: the corpus-wide entities of the last from-scratch resolution
 * (core/corpus/entity-snapshot.ts), saved next to the index cache with the content hash of every
 * document they were built from. A warm start whose documents are exactly those (same ids, same
 * hashes, same analyser and format) installs them instead of resolving the whole corpus again;
 * any difference (a file changed, added or removed) and the start resolves as before. One gzip'd
 * JSON file, written to a temp file and renamed; an unreadable or foreign one is ignored.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { constants, gunzip, gzip } from 'node:zlib';
import type { EntitySnapshot } from '../core/index';
import { FORMAT as INDEX_FORMAT, type CacheLog } from './index-cache';

const FILE = 'index-snapshot.json.gz';
const FORMAT = `source-annotator-snapshot 1 (${INDEX_FORMAT})`;

export interface IndexSnapshot {
  format: string;
  analyser: string;
  /** The content hash of each document of `entities.docs`, in that order. */
  hashes: string[];
  entities: EntitySnapshot;
}

/** The snapshot of these documents' entities (`hashOf`: each one's content hash). */
export function makeSnapshot(entities: EntitySnapshot, hashOf: (doc: string) => string, analyser: string): IndexSnapshot {
  return { format: FORMAT, analyser, hashes: entities.docs.map(hashOf), entities };
}

/** What a snapshot was taken of: its documents (corpus order) and their content hashes. */
export interface SnapshotBasis {
  docs: readonly string[];
  hashes: readonly string[];
}

export const basisOf = (s: IndexSnapshot): SnapshotBasis => ({ docs: s.entities.docs, hashes: s.hashes });

/** Was the snapshot taken of exactly these documents? (`hashOf`: a document's content hash, undefined if absent.) */
export function snapshotFits(s: IndexSnapshot, ids: readonly string[], hashOf: (doc: string) => string | undefined): boolean {
  return snapshotMismatch(basisOf(s), ids, hashOf) === null;
}

/** Why a snapshot of `basis` does not fit these documents (for the log), or null when it does. */
export function snapshotMismatch(basis: SnapshotBasis, ids: readonly string[], hashOf: (doc: string) => string | undefined): string | null {
  const { docs, hashes } = basis;
  if (hashes.length !== docs.length) return 'damaged (one hash per document expected)';
  let missing = 0, changed = 0;
  for (let i = 0; i < docs.length; i++) {
    const h = hashOf(docs[i]);
    if (h === undefined) missing++;
    else if (h !== hashes[i]) changed++;
  }
  const added = ids.length - (docs.length - missing);
  if (!missing && !changed && !added) return null;
  const parts = [];
  if (changed) parts.push(`${changed} changed`);
  if (added) parts.push(`${added} added`);
  if (missing) parts.push(`${missing} removed`);
  return `documents differ from its ${docs.length}: ${parts.join(', ')}`;
}

/** Writes the snapshot (temp file, then rename); returns its size on disk in bytes, or -1 when it failed. */
export async function saveSnapshot(dir: string, s: IndexSnapshot, log: CacheLog): Promise<number> {
  const tmp = join(dir, `${FILE}.${process.pid}.tmp`);
  try {
    await fs.mkdir(dir, { recursive: true }); // first, so the caller's turn ends before the text is made
    const bytes = await promisify(gzip)(JSON.stringify(s), { level: constants.Z_BEST_SPEED });
    await fs.writeFile(tmp, bytes);
    await fs.rename(tmp, join(dir, FILE));
    log.info(`index snapshot saved: ${s.entities.entities.length} entities of ${s.hashes.length} documents, ${bytes.length} bytes`);
    return bytes.length;
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => {});
    log.warn(`index snapshot not saved: ${(e as Error).message}`);
    return -1;
  }
}

/** The saved snapshot of this analyser, or null (none, another analyser or format, unreadable: logged). */
export async function loadSnapshot(dir: string, analyser: string, log: CacheLog): Promise<IndexSnapshot | null> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(join(dir, FILE));
  } catch {
    return null; // none yet
  }
  try {
    const s = JSON.parse((await promisify(gunzip)(bytes)).toString('utf8')) as IndexSnapshot;
    if (s?.format !== FORMAT || s.analyser !== analyser) {
      log.info(`index snapshot not used: ${s?.format !== FORMAT ? 'another format' : 'another analyser'}`);
      return null;
    }
    if (!Array.isArray(s.hashes) || !s.entities || !Array.isArray(s.entities.docs)) throw new Error('not a snapshot');
    return s;
  } catch (e) {
    log.warn(`index snapshot ignored: unreadable (${(e as Error).message})`);
    return null;
  }
}
