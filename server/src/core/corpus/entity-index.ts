/**
 * Corpus-wide entity resolution kept up to date by delta. Resolution splits into independent
 * components of the graph that links each local entity to its `joinKeys` (resolve.ts), so when a
 * document changes only the components touching the keys of its old and new entities are
 * re-clustered; every other corpus-wide entity keeps its object and id. The work is deferred
 * until the next query, so indexing many documents costs one pass.
 *
 * The result equals `resolve()` over the same documents in the same order (a unit test applies
 * random edits and compares partitions), except that when two entities want the same id the
 * older one keeps it.
 */
import type { LocalEntity } from '../types';
import { fold } from '../text/normalize';
import { buildEntity, byMentions, cluster, joinKeys, type GlobalEntity, type LocalRef, type Resolution } from './resolve';

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
  /** Position in corpus order (documents keep theirs when updated, like a Map's keys). */
  order: number;
  ents: readonly LocalEntity[];
  refs: LocalRef[];
  keys: string[][];
  /** The corpus-wide entity of each local entity (after the last flush). */
  global: (GlobalEntity | undefined)[];
}

export class EntityIndex implements Resolution {
  private readonly docs = new Map<string, DocState>();
  private seq = 0;
  /** join key → the local entities that have it */
  private readonly touching = new Map<string, Set<LocalRef>>();
  readonly byId = new Map<string, GlobalEntity>();
  /** LOC entities by folded name, and nationality adjectives by the country they name. */
  private readonly places = new Map<string, GlobalEntity>();
  private readonly demonyms = new Map<string, Set<GlobalEntity>>();
  private readonly countryOf = new Map<GlobalEntity, string>();
  private dirtyKeys = new Set<string>();
  /** Entities that lost members since the last flush (their documents were removed or changed). */
  private stale = new Set<GlobalEntity>();
  private sorted: GlobalEntity[] | null = null;
  /** While held, queries see the state of the last flush (e.g. while a workspace is being indexed). */
  held = false;
  /** Documents whose local → corpus-wide id mapping changed in flushes since the last `takeChanged()`. */
  private changed = new Set<string>();
  /** How many local entities were re-clustered after the last set/delete (for benchmarks). */
  lastFlushSize = 0;
  /** Counts sets and deletes: every change of a document's analysis comes through here. */
  generation = 0;

  set(doc: string, ents: readonly LocalEntity[]): void {
    this.generation++;
    const old = this.docs.get(doc);
    this.changed.add(doc);
    this.lastFlushSize = 0;
    if (old && sameForResolution(old.ents, ents)) {
      // An edit that changed no name (typing in a sentence): the clusters stay exactly as they are.
      old.ents = ents;
      return;
    }
    if (old) this.detach(doc, old);
    const refs = ents.map((_, local) => ({ doc, local }));
    const st: DocState = { order: old ? old.order : this.seq++, ents, refs, keys: ents.map(joinKeys), global: [] };
    this.docs.set(doc, st);
    st.keys.forEach((ks, i) => {
      for (const k of ks) {
        let s = this.touching.get(k);
        if (!s) this.touching.set(k, (s = new Set()));
        s.add(refs[i]);
        this.dirtyKeys.add(k);
      }
    });
  }

  delete(doc: string): void {
    const old = this.docs.get(doc);
    if (!old) return;
    this.generation++;
    this.detach(doc, old);
    this.docs.delete(doc);
    this.changed.add(doc);
  }

  private detach(doc: string, st: DocState): void {
    st.keys.forEach((ks, i) => {
      for (const k of ks) {
        const s = this.touching.get(k)!;
        s.delete(st.refs[i]);
        if (!s.size) this.touching.delete(k);
        this.dirtyKeys.add(k);
      }
      const g = st.global[i];
      if (g) this.stale.add(g);
    });
    st.global = [];
  }

  get entities(): GlobalEntity[] {
    this.flush();
    return (this.sorted ??= [...this.byId.values()].sort(byMentions));
  }

  of(doc: string, local: number): GlobalEntity | undefined {
    this.flush();
    return this.docs.get(doc)?.global[local];
  }

  /** Documents whose entity ids may have changed since the last call (including set/deleted ones). */
  takeChanged(): Set<string> {
    this.flush();
    const c = this.changed;
    this.changed = new Set();
    return c;
  }

  /** Re-clusters the components that touch a changed key. */
  flush(): void {
    if (!this.dirtyKeys.size || this.held) return;
    // The affected local entities: everything reachable from a dirty key (or, when every key is
    // dirty, as after bulk loading, simply all of them).
    let everything = this.dirtyKeys.size >= this.touching.size;
    for (const k of everything ? this.touching.keys() : []) if (!this.dirtyKeys.has(k)) { everything = false; break; }
    const refs = new Set<LocalRef>();
    if (everything) {
      this.dirtyKeys = new Set();
      for (const st of this.docs.values()) for (const r of st.refs) refs.add(r);
    }
    const seen = new Set<string>(this.dirtyKeys);
    const queue = [...this.dirtyKeys];
    this.dirtyKeys = new Set();
    while (queue.length) {
      const k = queue.pop()!;
      for (const r of this.touching.get(k) ?? []) {
        if (refs.has(r)) continue;
        refs.add(r);
        for (const k2 of this.docs.get(r.doc)!.keys[r.local]) if (!seen.has(k2)) { seen.add(k2); queue.push(k2); }
      }
    }
    const oldOf = new Map<LocalRef, GlobalEntity>();
    for (const r of refs) {
      const g = this.docs.get(r.doc)!.global[r.local];
      if (g) { this.stale.add(g); oldOf.set(r, g); }
    }
    const changedPlaces = new Set<string>();
    for (const g of this.stale) {
      this.byId.delete(g.id);
      if (g.type === 'LOC' && this.places.get(fold(g.name)) === g) { this.places.delete(fold(g.name)); changedPlaces.add(fold(g.name)); }
      const country = this.countryOf.get(g);
      if (country !== undefined) { this.demonyms.get(country)?.delete(g); this.countryOf.delete(g); }
    }
    this.stale = new Set();

    // Corpus order (document order, then local index), as a from-scratch build would see them
    // (documents iterate in that order, so taking everything needs no sort).
    const list = [...refs];
    let ordered = list;
    if (!everything) {
      const rank = list.map((r) => this.docs.get(r.doc)!.order * 2 ** 20 + r.local);
      ordered = list.map((_, i) => i).sort((a, b) => rank[a] - rank[b]).map((i) => list[i]);
    }
    const ents = ordered.map((r) => this.docs.get(r.doc)!.ents[r.local]);
    // A group with exactly the members of an old entity is that entity (same object and id);
    // the others are built anew, after the kept ones have reclaimed their ids.
    const built: GlobalEntity[] = [];
    const fresh: LocalRef[][] = [];
    for (const group of cluster(ents)) {
      const members = group.map((i) => ordered[i]);
      const old = oldOf.get(members[0]);
      if (old && old.members.length === members.length && members.every((r, j) => old.members[j] === r)) {
        this.byId.set(old.id, old);
        for (const r of members) this.docs.get(r.doc)!.global[r.local] = old;
        if (old.type === 'LOC') { this.places.set(fold(old.name), old); changedPlaces.add(fold(old.name)); }
        if (old.type === 'NORP') built.push(old);
      } else fresh.push(members);
    }
    for (const members of fresh) {
      const g = buildEntity(members, members.map((r) => this.docs.get(r.doc)!.ents[r.local]), (id) => this.byId.has(id));
      this.byId.set(g.id, g);
      built.push(g);
      for (const r of members) {
        this.docs.get(r.doc)!.global[r.local] = g;
        if (oldOf.get(r)?.id !== g.id) this.changed.add(r.doc);
      }
      if (g.type === 'LOC') { this.places.set(fold(g.name), g); changedPlaces.add(fold(g.name)); }
    }
    for (const g of built) {
      if (g.type !== 'NORP') continue;
      const first = g.members[0];
      const country = this.docs.get(first.doc)!.ents[first.local].country;
      if (!country) continue;
      this.countryOf.set(g, country);
      let s = this.demonyms.get(country);
      if (!s) this.demonyms.set(country, (s = new Set()));
      s.add(g);
      changedPlaces.add(country);
    }
    // Nationality adjectives point at their country when the corpus names it.
    for (const country of changedPlaces) {
      const place = this.places.get(country);
      for (const g of this.demonyms.get(country) ?? []) {
        if (place) g.country = place.id; else delete g.country;
      }
    }
    this.lastFlushSize = refs.size;
    this.sorted = null;
  }
}
