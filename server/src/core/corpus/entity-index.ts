/**
 * Corpus-wide entity resolution kept up to date by delta. Resolution splits into independent
 * components of the graph that links each local entity to its join keys (join-keys.ts), so when a
 * document changes only the components touching the keys of its old and new entities are
 * re-clustered; every other corpus-wide entity keeps its object and id. The work is deferred
 * until the next query, so indexing many documents costs one pass.
 *
 * The result equals `resolve()` over the same documents, whatever order they came in (corpus
 * order is document id, then local index; unit tests apply random edits and compare partitions,
 * and shuffle insertion), except that when two entities want the same id the older one keeps it.
 */
import type { LocalEntity } from '../types';
import { fold } from '../text/normalize';
import { buildEntity, buildSingle, byMentions, byText, clusterBundles, entityId, type GlobalEntity, type LocalRef, type Resolution } from './resolve';
import { KeyTable, keysString, validKeyCount } from './join-keys';
import { decodeEntities, encodeEntities, type EntitySnapshot, type SnapshotDoc } from './entity-snapshot';

/** Do two analyses of a document give resolution the same input (all it reads of an entity)? */
function sameForResolution(a: readonly LocalEntity[], b: readonly LocalEntity[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i], y = b[i];
    if (x.name !== y.name || x.type !== y.type || x.mentions.length !== y.mentions.length || x.country !== y.country
      || x.aliases.length !== y.aliases.length || x.aliases.some((s, j) => s !== y.aliases[j])) return false;
  }
  return true;
}

interface DocState {
  /** The document's id: corpus order is by id, then local index, whatever order documents came in. */
  id: string;
  /** Position in insertion order (documents keep theirs when updated, like a Map's keys). */
  order: number;
  /** Its entities: null until first read from `src` (setUnread). */
  ents: readonly LocalEntity[] | null;
  src: EntitySource | null;
  /** How many entities it has. */
  n: number;
  /** Each local entity's ref, built at the first flush that reads them. */
  refs: LocalRef[] | null;
  /** The slot of each local entity (slots are what the key postings list); none until posted. */
  slots: Int32Array;
  /** Are its entities' keys in the postings? (Documents set while held are posted when first needed.) */
  posted: boolean;
  /** The keys strings given with the entities, until posted. */
  keys: readonly string[] | null;
  /** The corpus-wide entity of each local entity (after the last flush). */
  global: (GlobalEntity | undefined)[];
}

/** A typed array at least `size` long, with its contents (doubling, so growth stays linear). */
function grown(a: Int32Array<ArrayBuffer>, size: number, fill = 0): Int32Array<ArrayBuffer> {
  if (size <= a.length) return a;
  const b = new Int32Array(Math.max(size, a.length * 2));
  b.set(a);
  if (fill) b.fill(fill, a.length);
  return b;
}

const NO_SLOTS = new Int32Array(0);

/**
 * On an analysis whose entities are built when first read (node/cached-analysis.ts): how many it
 * has, so its join keys are posted without building them (Corpus.setAnalyzed).
 */
export const ENTITY_COUNT = Symbol.for('source-annotator.entityCount');

/** What holds a document's entities, built when first read (a restored analysis: node/cached-analysis.ts). */
export interface EntitySource { readonly entities: readonly LocalEntity[] }

const entsOf = (st: DocState): readonly LocalEntity[] => {
  if (st.ents === null) { st.ents = st.src!.entities; st.src = null; }
  return st.ents;
};
const refsOf = (st: DocState): LocalRef[] => {
  if (st.refs === null) { const doc = st.id; st.refs = Array.from({ length: st.n }, (_, local) => ({ doc, local })); }
  return st.refs;
};
/** An id that may carry a number added to make it unique (entityId). */
const SUFFIXED = /-\d+$/;

const byDocId = (a: DocState, b: DocState) => byText(a.id, b.id);

export class EntityIndex implements Resolution {
  private readonly docs = new Map<string, DocState>();
  private seq = 0;
  /** Join keys as small integers; each distinct keys string decoded once (join-keys.ts). */
  private readonly table = new KeyTable();
  /**
   * Every local entity has a slot (reused after its document changes): its document, local index
   * and keys bundle. Typed arrays and integers throughout, so a corpus's index is a few objects.
   */
  private readonly slotDoc: (DocState | undefined)[] = [];
  private slotLocal = new Int32Array(1024);
  private slotBundle = new Int32Array(1024);
  private readonly freeSlots: number[] = [];
  /**
   * Postings: key → the slots that have it, as linked lists of entries (`head[key]`, then
   * `next[entry]`, -1 at the end; `slotOf[entry]`). Free entries are chained from `freeEntry`.
   */
  private head = new Int32Array(1024).fill(-1);
  private next = new Int32Array(4096);
  private slotOf = new Int32Array(4096);
  private freeEntry = -1;
  private entries = 0;
  /** Documents not posted yet (set while held). */
  private pending = 0;
  /**
   * True after a snapshot was installed while documents were unposted: they all have their
   * entities, and are posted (without re-clustering) at the first change or `prepareEdits`.
   * Otherwise an unposted document has no entities yet.
   */
  private lazy = false;
  readonly byId = new Map<string, GlobalEntity>();
  /** LOC entities by folded name, and nationality adjectives by the country they name. */
  private readonly places = new Map<string, GlobalEntity>();
  private readonly demonyms = new Map<string, Set<GlobalEntity>>();
  private readonly countryOf = new Map<GlobalEntity, string>();
  /** Keys whose entities changed since the last flush (a list, and a mark per key number). */
  private dirty: number[] = [];
  private dirtyMark = new Uint8Array(1024);
  /** Entities that lost members since the last flush (their documents were removed or changed). */
  private stale = new Set<GlobalEntity>();
  private sorted: GlobalEntity[] | null = null;
  /** The documents by id (corpus order), sorted when a flush walks them all after documents changed. */
  private byIdOrder: DocState[] | null = null;
  /** While held, queries see the state of the last flush (e.g. while a workspace is being indexed). */
  held = false;
  /** Documents whose local → corpus-wide id mapping changed in flushes since the last `takeChanged()`. */
  private changed = new Set<string>();
  /** How many local entities were re-clustered after the last set/delete (for benchmarks). */
  lastFlushSize = 0;
  /** Counts sets and deletes: every change of a document's analysis comes through here. */
  generation = 0;
  /**
   * True while the entities are those of one from-scratch build (a first flush that clustered every
   * entity, or an installed snapshot of one): only then do they equal `resolve()` id for id, so
   * only then may they be saved as a snapshot (later deltas can keep an older entity's id).
   */
  private scratch = false;

  /**
   * Sets a document's entities. `keys`: their keys strings computed with the analysis
   * (`DocumentAnalysis.joinKeys`); when absent or not one per entity, they are computed here.
   * Strings of the given array are replaced by the one copy of the index (the same text).
   */
  set(doc: string, ents: readonly LocalEntity[], keys?: readonly string[]): void {
    this.setState(doc, ents, null, ents.length, keys);
  }

  /**
   * Sets a document whose `count` entities are read from `src` only when first needed (a flush),
   * given their keys strings (one per entity, else its entities are read now): while a workspace
   * is scanned, its keys are posted and its entities left unbuilt until the flush.
   */
  setUnread(doc: string, src: EntitySource, count: number, keys: readonly string[] | undefined): void {
    if (validKeyCount(keys, count) === null) this.set(doc, src.entities, keys);
    else this.setState(doc, null, src, count, keys);
  }

  private setState(doc: string, ents: readonly LocalEntity[] | null, src: EntitySource | null, n: number, keys?: readonly string[]): void {
    this.generation++;
    let old = this.docs.get(doc);
    this.changed.add(doc);
    this.lastFlushSize = 0;
    if (this.lazy || (old && !old.posted && !this.held)) { this.postPending(); old = this.docs.get(doc); }
    if (old) {
      const now = ents ?? src!.entities;
      if (sameForResolution(entsOf(old), now)) {
        // An edit that changed no name (typing in a sentence): the clusters stay exactly as they are.
        old.ents = now;
        return;
      }
    }
    if (old?.posted) this.detach(old);
    const st: DocState = {
      id: doc, order: old ? old.order : this.seq++, ents, src, n, posted: false, keys: keys ?? null,
      refs: null, slots: NO_SLOTS, global: new Array<GlobalEntity | undefined>(n).fill(undefined),
    };
    this.byIdOrder = null; // holds the DocState objects, and this one is new
    this.docs.set(doc, st);
    // While held (a workspace scan), the keys are posted when first needed: by the next flush, or
    // after an installed snapshot (which needs none of them) by the first change or `prepareEdits`.
    if (!this.held) this.postDoc(st, true);
    else if (!old || old.posted) this.pending++;
  }

  /** Posts the keys of a document set while held; `dirty`: its keys need re-clustering (it has no entities yet). */
  private postDoc(st: DocState, dirty: boolean): void {
    const n = st.n, table = this.table;
    const given = validKeyCount(st.keys, n) as string[] | null;
    st.posted = true;
    st.keys = null;
    st.slots = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const b = table.bundle(given ? given[i] : keysString(entsOf(st)[i]));
      if (given) given[i] = table.text(b);
      table.hold(b);
      const slot = this.freeSlots.length ? this.freeSlots.pop()! : this.slotDoc.length;
      if (slot >= this.slotLocal.length) { this.slotLocal = grown(this.slotLocal, slot + 1); this.slotBundle = grown(this.slotBundle, slot + 1); }
      this.slotDoc[slot] = st;
      this.slotLocal[slot] = i;
      this.slotBundle[slot] = b;
      st.slots[i] = slot;
      for (let j = table.keysAt(b), end = j + table.keyCount(b); j < end; j++) this.post(table.data[j], slot, dirty);
    }
  }

  /** Posts every document whose keys are not posted yet (in the order they were set). */
  private postPending(): void {
    if (!this.pending) return;
    // Documents with entities (from a snapshot) keep them: their keys need no re-clustering.
    for (const st of this.docs.values()) if (!st.posted) this.postDoc(st, st.global[0] === undefined);
    this.pending = 0;
    this.lazy = false;
  }

  /**
   * Posts one document's keys now although the index is held (e.g. while the main thread waits
   * for analysis workers), instead of in the flush's `postPending`: the same postings, taken early,
   * so the flush after a scan has less to do. Results do not change: postings are read only through
   * the flush, which orders entities by document id, whatever slot or key number they got.
   */
  postNow(doc: string): void {
    const st = this.docs.get(doc);
    if (!st || st.posted || this.lazy) return;
    this.postDoc(st, st.global[0] === undefined);
    this.pending--;
  }

  /**
   * Posts the keys a snapshot start left unposted, so that the first edit does not wait for them
   * (call when idle; edits and flushes post them anyway when needed).
   */
  prepareEdits(): void {
    if (!this.held) this.postPending();
  }

  delete(doc: string): void {
    if (this.lazy) this.postPending();
    const old = this.docs.get(doc);
    if (!old) return;
    this.generation++;
    if (old.posted) this.detach(old);
    else this.pending--; // set while held and never posted: nothing to undo
    this.docs.delete(doc);
    this.byIdOrder = null;
    this.changed.add(doc);
  }

  private detach(st: DocState): void {
    const table = this.table;
    for (let i = 0; i < st.slots.length; i++) {
      const slot = st.slots[i], b = this.slotBundle[slot];
      for (let j = table.keysAt(b), end = j + table.keyCount(b); j < end; j++) this.unpost(table.data[j], slot);
      table.letGo(b);
      this.slotDoc[slot] = undefined;
      this.freeSlots.push(slot);
      const g = st.global[i];
      if (g) this.stale.add(g);
    }
    st.global = [];
  }

  /** Adds a slot to a key's posting list. */
  private post(key: number, slot: number, dirty = true): void {
    if (key >= this.head.length) this.head = grown(this.head, key + 1, -1);
    let e = this.freeEntry;
    if (e >= 0) this.freeEntry = this.next[e];
    else {
      e = this.entries++;
      if (e >= this.next.length) { this.next = grown(this.next, e + 1); this.slotOf = grown(this.slotOf, e + 1); }
    }
    this.slotOf[e] = slot;
    this.next[e] = this.head[key];
    this.head[key] = e;
    if (dirty) this.markDirty(key);
  }

  /** Removes a slot from a key's posting list; a key nobody has any more is given up. */
  private unpost(key: number, slot: number): void {
    let prev = -1, e = this.head[key];
    while (e >= 0 && this.slotOf[e] !== slot) { prev = e; e = this.next[e]; }
    if (e < 0) return; // not posted (cannot happen: set posts every key of every slot)
    if (prev < 0) this.head[key] = this.next[e]; else this.next[prev] = this.next[e];
    this.next[e] = this.freeEntry;
    this.freeEntry = e;
    this.markDirty(key);
    if (this.head[key] < 0) this.table.release(key);
  }

  private markDirty(k: number): void {
    if (k >= this.dirtyMark.length) {
      const m = new Uint8Array(Math.max(k + 1, this.dirtyMark.length * 2));
      m.set(this.dirtyMark);
      this.dirtyMark = m;
    }
    if (!this.dirtyMark[k]) {
      this.dirtyMark[k] = 1;
      this.dirty.push(k);
    }
  }

  get entities(): GlobalEntity[] {
    this.flush();
    return (this.sorted ??= [...this.byId.values()].sort(byMentions));
  }

  of(doc: string, local: number): GlobalEntity | undefined {
    this.flush();
    return this.docs.get(doc)?.global[local];
  }

  /** True when a flush would change nothing (no document waits to be posted or re-clustered). */
  get settled(): boolean {
    return this.dirty.length === 0 && (this.lazy || this.pending === 0);
  }

  /** Documents whose entity ids may have changed since the last call (including set/deleted ones). */
  takeChanged(): Set<string> {
    this.flush();
    const c = this.changed;
    this.changed = new Set();
    return c;
  }

  /**
   * Re-clusters the components that touch a changed key.
   * Tried (round s10) on the JIT-cold from-scratch flush of 10k documents (~1.1-1.4 CPU-s, fresh
   * process each, alternated): a one-pass slug, isMultiWord remembered per name, `changed` added
   * once per document instead of per member: each exact, none beyond the ±20% noise of one flush.
   * Tried (round s14, a flush-only harness over the 10k cold corpus's entities, fresh process each,
   * 6 alternated pairs): each name's slug computed when its keys are posted during the scan (the
   * main thread mostly waits then): flush CPU 0.85x, but the scan's posting 1.18x, more than the
   * flush saved (every local entity is slugged, ~2.4 per corpus entity) and 6 more minor GCs on the
   * main thread of a 10k cold start (the slugs live until the flush); buildEntity's type votes in
   * small arrays and documents counted by change instead of maps and a set: 0.98x (noise).
   */
  flush(): void {
    if (this.held) return;
    if (!this.lazy) this.postPending(); // documents set while held, never resolved
    if (!this.dirty.length) return;
    const fromEmpty = this.byId.size === 0 && this.stale.size === 0;
    // The affected local entities: everything reachable from a dirty key.
    const queue = this.dirty;
    this.dirty = [];
    const table = this.table, data = table.data;
    const slotSeen = new Uint8Array(this.slotDoc.length);
    const found: number[] = [];
    if (fromEmpty && this.allPostedDirty()) {
      // Every posted key is dirty (the first flush after a scan): what the walk below would reach is
      // every slot with a key, found here in one pass over the slots instead of over all postings.
      for (const k of queue) this.dirtyMark[k] = 0;
      queue.length = 0;
      for (let slot = 0; slot < this.slotDoc.length; slot++) {
        if (this.slotDoc[slot] !== undefined && table.keyCount(this.slotBundle[slot]) > 0) { slotSeen[slot] = 1; found.push(slot); }
      }
    }
    const keySeen = new Uint8Array(table.capacity);
    for (const k of queue) { this.dirtyMark[k] = 0; keySeen[k] = 1; }
    while (queue.length) {
      const key = queue.pop()!;
      for (let e = key < this.head.length ? this.head[key] : -1; e >= 0; e = this.next[e]) {
        const slot = this.slotOf[e];
        if (slotSeen[slot]) continue;
        slotSeen[slot] = 1;
        found.push(slot);
        const b = this.slotBundle[slot];
        for (let j = table.keysAt(b), end = j + table.keyCount(b); j < end; j++) {
          const k = data[j];
          if (!keySeen[k]) { keySeen[k] = 1; queue.push(k); }
        }
      }
    }
    // In corpus order (document id, then local index), as a from-scratch build sees them: never the
    // order documents were added in (workers finish files in any order), so members, names and ids
    // do not depend on it. The documents involved are sorted by id (far fewer than their slots),
    // then each one's slots walked in local order; when much is affected (as after bulk loading),
    // all documents by id, sorted once until a document changes.
    let byId: DocState[];
    if (found.length * 8 >= this.slotDoc.length - this.freeSlots.length) byId = this.byIdOrder ??= [...this.docs.values()].sort(byDocId);
    else {
      const involved = new Set<DocState>();
      for (const slot of found) involved.add(this.slotDoc[slot]!);
      byId = [...involved].sort(byDocId);
    }
    const ordered: number[] = [];
    for (const st of byId) for (const slot of st.slots) if (slotSeen[slot]) ordered.push(slot);
    const n = ordered.length;
    const sts: DocState[] = new Array(n);
    const locals = new Int32Array(n);
    const bundles = new Int32Array(n);
    const oldOf: (GlobalEntity | undefined)[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const slot = ordered[i], st = sts[i] = this.slotDoc[slot]!, local = locals[i] = this.slotLocal[slot];
      bundles[i] = this.slotBundle[slot];
      const g = oldOf[i] = st.global[local];
      if (g) this.stale.add(g);
    }
    const changedPlaces = new Set<string>();
    for (const g of this.stale) {
      this.byId.delete(g.id);
      if (g.type === 'LOC' && this.places.get(fold(g.name)) === g) { this.places.delete(fold(g.name)); changedPlaces.add(fold(g.name)); }
      const country = this.countryOf.get(g);
      if (country !== undefined) { this.demonyms.get(country)?.delete(g); this.countryOf.delete(g); }
    }
    this.stale = new Set();

    // A group with exactly the members of an old entity is that entity (same object and id);
    // the others are built anew, after the kept ones have reclaimed their ids.
    const built: GlobalEntity[] = [];
    const fresh: number[] = [];
    const { count, start, members } = clusterBundles(table, bundles);
    const refOf = (i: number) => refsOf(sts[i])[locals[i]];
    for (let group = 0; group < count; group++) {
      const from = start[group], size = start[group + 1] - from;
      const old = oldOf[members[from]];
      let same = old !== undefined && old.members.length === size;
      for (let j = 0; same && j < size; j++) same = old!.members[j] === refOf(members[from + j]);
      if (same) {
        this.byId.set(old!.id, old!);
        for (let j = from; j < from + size; j++) sts[members[j]].global[locals[members[j]]] = old;
        if (old!.type === 'LOC') { this.places.set(fold(old!.name), old!); changedPlaces.add(fold(old!.name)); }
        if (old!.type === 'NORP') built.push(old!);
      } else fresh.push(group);
    }
    const taken = (id: string) => this.byId.has(id);
    for (const group of fresh) {
      const from = start[group], to = start[group + 1];
      let g: GlobalEntity;
      if (to - from === 1) g = buildSingle(refOf(members[from]), entsOf(sts[members[from]])[locals[members[from]]], taken);
      else {
        const refs: LocalRef[] = [], ents: LocalEntity[] = [];
        for (let j = from; j < to; j++) { refs.push(refOf(members[j])); ents.push(entsOf(sts[members[j]])[locals[members[j]]]); }
        g = buildEntity(refs, ents, taken);
      }
      this.byId.set(g.id, g);
      built.push(g);
      for (let j = from; j < to; j++) {
        const i = members[j];
        sts[i].global[locals[i]] = g;
        if (oldOf[i]?.id !== g.id) this.changed.add(sts[i].id); // the id its refs carry
      }
      if (g.type === 'LOC') { this.places.set(fold(g.name), g); changedPlaces.add(fold(g.name)); }
    }
    this.linkNationalities(built, changedPlaces);
    this.lastFlushSize = n;
    this.sorted = null;
    this.scratch = fromEmpty && n === this.slotDoc.length - this.freeSlots.length;
  }

  /** True when every key that has a posting is marked dirty. */
  private allPostedDirty(): boolean {
    const head = this.head, mark = this.dirtyMark;
    for (let k = 0; k < head.length; k++) if (head[k] >= 0 && (k >= mark.length || !mark[k])) return false;
    return true;
  }

  /**
   * Links the nationality entities among `built` to the country their first mention names, then
   * points every nationality of a country in `changed` (places whose entity may have changed; the
   * countries linked here are added) at that country's place entity when the corpus names it.
   */
  private linkNationalities(built: Iterable<GlobalEntity>, changed: Set<string>): void {
    for (const g of built) {
      if (g.type !== 'NORP') continue;
      const first = g.members[0];
      const country = entsOf(this.docs.get(first.doc)!)[first.local].country;
      if (!country) continue;
      this.countryOf.set(g, country);
      let s = this.demonyms.get(country);
      if (!s) this.demonyms.set(country, (s = new Set()));
      s.add(g);
      changed.add(country);
    }
    for (const country of changed) {
      const place = this.places.get(country);
      for (const g of this.demonyms.get(country) ?? []) {
        if (place) g.country = place.id; else delete g.country;
      }
    }
  }

  /** The documents in corpus order (by id), as the snapshot coder sees them. */
  private inCorpusOrder(): DocState[] {
    return (this.byIdOrder ??= [...this.docs.values()].sort(byDocId));
  }

  /** The documents in corpus order with their entities and refs built (what a snapshot reads). */
  private snapshotDocs(): SnapshotDoc[] {
    const docs = this.inCorpusOrder();
    for (const st of docs) { entsOf(st); refsOf(st); }
    return docs as SnapshotDoc[];
  }

  /**
   * The resolution as plain data (entity-snapshot.ts), when it is up to date and the result of one
   * from-scratch build; else null.
   */
  snapshot(): EntitySnapshot | null {
    if (this.held || this.dirty.length || this.stale.size || !this.scratch) return null;
    return encodeEntities(this.snapshotDocs());
  }

  /**
   * The snapshot a from-scratch resolution of the current documents saves, also after edits
   * updated the entities by delta (then `snapshot()` is null). A delta re-clusters whole components
   * of the key graph in corpus order, so its groups, names, types and aliases are those of a
   * from-scratch build; only ids can differ (a kept entity keeps its id). They are given again here
   * as a build gives them: in order of first member, each the first free one for its name and type.
   * The live entities and their ids are untouched. Null while held.
   */
  freshSnapshot(): EntitySnapshot | null {
    if (this.held) return null;
    this.flush();
    if (this.scratch) return this.snapshot();
    if (this.dirty.length || this.stale.size) return null;
    const taken = new Set<string>();
    const has = (id: string) => taken.has(id);
    return encodeEntities(this.snapshotDocs(), (g) => {
      // An id without a number at the end is the first one tried for its name (no slug to compute).
      const id = entityId(g.name, g.type, has, SUFFIXED.test(g.id) ? undefined : g.id);
      taken.add(id);
      return id;
    });
  }

  /**
   * Installs a snapshot instead of the next flush: only into an index that has not resolved
   * anything yet and whose documents are exactly the snapshot's (ids and entity counts; the caller
   * vouches for their analyses). Returns false, changing nothing, when it does not fit; the next
   * query then resolves as usual. After it, edits update by delta as after a flush.
   */
  installSnapshot(s: EntitySnapshot): boolean {
    if (this.held || this.byId.size || this.stale.size) return false;
    const docs = this.inCorpusOrder();
    if (docs.some((st) => st.global.some((g) => g !== undefined))) return false;
    const r = decodeEntities(s, this.snapshotDocs());
    if (!r) return false;
    docs.forEach((st, i) => { st.global = r.global[i]; });
    for (const k of this.dirty) this.dirtyMark[k] = 0;
    this.dirty = [];
    // As a from-scratch flush leaves them: ids and places in order of first member, then the countries.
    for (const g of r.entities) {
      this.byId.set(g.id, g);
      if (g.type === 'LOC') this.places.set(fold(g.name), g);
    }
    this.linkNationalities(r.entities, new Set());
    for (const st of docs) this.changed.add(st.id);
    this.lastFlushSize = 0;
    this.sorted = null;
    this.scratch = true;
    this.lazy = this.pending > 0;
    return true;
  }
}
