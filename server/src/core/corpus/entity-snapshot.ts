/**
 * The corpus-wide entities of a from-scratch resolution as plain, compact data, and back. A warm
 * start whose documents are exactly those of the snapshot (same ids, same analyses) installs it
 * instead of re-clustering the whole corpus (entity-index.ts `installSnapshot`); anything else
 * resolves as before. The decoded entities equal what the resolution built: same ids, names,
 * types, aliases, counts, and members in corpus order (the documents' own ref objects).
 *
 * Layout: documents in corpus order (by id) with their local entity counts; one number per local
 * entity in that order (0: it is the first member of the next entity; k > 0: it belongs to entity
 * k - 1); per entity in order of first member, `[id]` when its name and type are those of its
 * first member's local entity and it has no aliases, else `[id, name or 0, type or 0, ...aliases]`.
 * Most entities have one member and their own name, so most take a few bytes.
 */
import type { EntityType, LocalEntity } from '../types';
import type { GlobalEntity, LocalRef } from './resolve';

export interface EntitySnapshot {
  /** Document ids in corpus order. */
  docs: string[];
  /** How many local entities each document has. */
  counts: number[];
  /** Per local entity in corpus order: 0 for the first member of the next entity, else 1 + its entity's number. */
  refs: number[];
  /** Per entity in order of first member (see the layout above). */
  entities: (string | number)[][];
}

/** A document as the encoder and decoder see it: its id, local entities, their refs and corpus-wide entities. */
export interface SnapshotDoc {
  id: string;
  ents: readonly LocalEntity[];
  refs: readonly LocalRef[];
  global: readonly (GlobalEntity | undefined)[];
}

const TYPES = new Set<string>(['PERSON', 'ORG', 'LOC', 'NORP']);

/**
 * The snapshot of documents given in corpus order, every local entity resolved; null if one is not.
 * `idOf`: the id to save for an entity instead of its own, asked once per entity in order of first member.
 */
export function encodeEntities(docs: readonly SnapshotDoc[], idOf?: (g: GlobalEntity) => string): EntitySnapshot | null {
  const number = new Map<GlobalEntity, number>();
  const out: EntitySnapshot = { docs: [], counts: [], refs: [], entities: [] };
  for (const d of docs) {
    out.docs.push(d.id);
    out.counts.push(d.ents.length);
    for (let local = 0; local < d.ents.length; local++) {
      const g = d.global[local];
      if (!g) return null;
      const k = number.get(g);
      if (k !== undefined) { out.refs.push(k + 1); continue; }
      number.set(g, out.entities.length);
      out.refs.push(0);
      const e = d.ents[local], id = idOf ? idOf(g) : g.id;
      out.entities.push(g.name === e.name && g.type === e.type && !g.aliases.length ? [id]
        : [id, g.name === e.name ? 0 : g.name, g.type === e.type ? 0 : g.type, ...g.aliases]);
    }
  }
  return out;
}

/**
 * The corpus-wide entities of a snapshot over these documents (in corpus order), in order of first
 * member, and each document's entity per local; null when the snapshot does not fit them exactly
 * or is damaged (nothing is changed either way: the caller installs the result).
 */
export function decodeEntities(s: EntitySnapshot, docs: readonly SnapshotDoc[]): { entities: GlobalEntity[]; global: GlobalEntity[][] } | null {
  if (!s || !Array.isArray(s.docs) || !Array.isArray(s.counts) || !Array.isArray(s.refs) || !Array.isArray(s.entities)) return null;
  if (s.docs.length !== docs.length || s.counts.length !== docs.length) return null;
  const entities: GlobalEntity[] = [];
  const lastDoc: string[] = [];
  const ids = new Set<string>();
  const global: GlobalEntity[][] = new Array(docs.length);
  let at = 0;
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i], n = d.ents.length;
    if (s.docs[i] !== d.id || s.counts[i] !== n) return null;
    const gs: GlobalEntity[] = global[i] = new Array(n);
    for (let local = 0; local < n; local++) {
      const code = s.refs[at++], e = d.ents[local];
      let g: GlobalEntity;
      if (code === 0) {
        const r = s.entities[entities.length];
        if (!Array.isArray(r) || typeof r[0] !== 'string' || ids.has(r[0])) return null;
        const name = r.length > 1 && r[1] !== 0 ? r[1] : e.name, type = r.length > 2 && r[2] !== 0 ? r[2] : e.type;
        if (typeof name !== 'string' || typeof type !== 'string' || !TYPES.has(type)) return null;
        const aliases = r.slice(3);
        if (aliases.some((a) => typeof a !== 'string')) return null;
        ids.add(r[0]);
        g = { id: r[0], name, type: type as EntityType, aliases: aliases as string[], documents: 1, mentions: 0, members: [] };
        entities.push(g);
        lastDoc.push(d.id);
      } else {
        if (!Number.isInteger(code) || code < 1 || code > entities.length) return null;
        g = entities[code - 1];
        if (lastDoc[code - 1] !== d.id) { g.documents++; lastDoc[code - 1] = d.id; }
      }
      g.members.push(d.refs[local]);
      g.mentions += e.mentions.length;
      gs[local] = g;
    }
  }
  if (at !== s.refs.length || entities.length !== s.entities.length) return null;
  return { entities, global };
}
