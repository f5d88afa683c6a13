/**
 * Cross-article entity resolution: document-local entities are joined into corpus-wide entities
 * by spelling-insensitive name keys, acronyms ↔ expansions, and surname-only mentions that match
 * exactly one full name in the corpus (different people sharing a surname stay apart).
 *
 * The rules only ever relate entities that share one of their `joinKeys`, so resolution splits
 * into independent components of the entity–key graph. `resolve` runs them all at once;
 * `EntityIndex` (entity-index.ts) re-runs only the components a changed document touches.
 */
import type { EntityType, LocalEntity } from '../types';
import { fold, slug } from '../text/normalize';
import { canonicalName, isMultiWord, KeyTable, keysString } from './join-keys';

export { joinKeys } from './join-keys';

export interface LocalRef {
  doc: string;
  local: number;
}

export interface GlobalEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  members: LocalRef[];
  documents: number;
  mentions: number;
  /** For nationality adjectives: the id of the country they point at, when it is in the corpus. */
  country?: string;
}

export interface Resolution {
  entities: GlobalEntity[];
  byId: Map<string, GlobalEntity>;
  /** `${doc}\u0000${local}` → global entity */
  of(doc: string, local: number): GlobalEntity | undefined;
  /**
   * When kept up to date by delta: a number that changes whenever a document is set or removed, so
   * views built from the member documents of an entity can be kept until it changes.
   */
  readonly generation?: number;
}

/** Partitions entities (in corpus order) into groups of indices, groups in order of first member. */
export function cluster(ents: readonly LocalEntity[]): number[][] {
  const table = new KeyTable();
  const { count, start, members } = clusterBundles(table, ents.map((e) => table.bundle(keysString(e))));
  const out: number[][] = [];
  for (let g = 0; g < count; g++) out.push(Array.from(members.subarray(start[g], start[g + 1])));
  return out;
}

/** A partition of indices, flat: group g is `members[start[g]]` … `members[start[g + 1] - 1]`. */
export interface Groups {
  count: number;
  start: Int32Array;
  members: Int32Array;
}

/**
 * `cluster` over the entities' decoded keys (bundles of `table`, in corpus order): groups in order
 * of first member, each in corpus order. Tables by key number instead of maps (a first build
 * clusters every entity of the corpus at once).
 */
export function clusterBundles(table: KeyTable, bundles: ArrayLike<number>): Groups {
  const n = bundles.length, d = table.data, keys = table.capacity;
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const find = (i: number): number => { while (parent[i] !== i) i = parent[i] = parent[parent[i]]; return i; };
  const union = (a: number, b: number) => { const x = find(a), y = find(b); if (x !== y) parent[y] = x; };

  // 1. Same spelling-insensitive key (and family) → same entity.
  /** own key → the first entity that has it */
  const firstWith = new Int32Array(keys).fill(-1);
  const sameAs = (key: number, i: number) => { const prev = firstWith[key]; if (prev < 0) firstWith[key] = i; else union(prev, i); };
  /** surname and acronym keys → the entities offering them (linked lists: head, then next) */
  const offerHead = new Int32Array(keys).fill(-1);
  const offerNext: number[] = [], offerBy: number[] = [];
  for (let i = 0; i < n; i++) {
    const b = bundles[i], own = table.own(b);
    sameAs(own, i);
    const firm = table.sameFirm(b); // one firm whatever its legal form ("Harlan Motors", "Harlan Motor Co.")
    if (firm >= 0) sameAs(firm, i);
    for (let j = table.offersAt(b), end = j + table.offerCount(b); j < end; j++) {
      offerNext.push(offerHead[d[j]]);
      offerHead[d[j]] = offerBy.length;
      offerBy.push(i);
    }
  }
  // 2. Single-word mentions: a surname or acronym that points at exactly one entity of the corpus.
  // Unions only ever merge roots, so an offer found to have one root keeps having one: that answer
  // is remembered (many mentions of a surname ask about the same offer, which made this quadratic
  // in a frequent name).
  const known = new Int32Array(keys).fill(-1);
  const unique = (key: number): number => {
    if (known[key] >= 0) return find(known[key]);
    let root = -1;
    for (let e = offerHead[key]; e >= 0; e = offerNext[e]) {
      const x = find(offerBy[e]);
      if (root < 0) root = x;
      else if (x !== root) return -1;
    }
    if (root >= 0) known[key] = root;
    return root;
  };
  // First the names with an initial ("M. Dorogan": they offer a surname and look for one with their
  // initial), so that a lone surname asked before one of them in corpus order finds the person they are
  // rather than two entities.
  for (let i = 0; i < n; i++) {
    const b = bundles[i], key = table.findSurname(b);
    if (key < 0 || table.offerCount(b) === 0) continue;
    const t = unique(key);
    if (t >= 0) union(t, i);
  }
  for (let i = 0; i < n; i++) {
    const b = bundles[i], findSurname = table.findSurname(b), findAcronym = table.findAcronym(b), findOther = table.findOther(b);
    // A firm known by its one word ("Keld" for "Keld Airways"): an organisation looks for it before a
    // surname, anything else after (a one-word "person" is a surname first).
    const findFirm = table.findFirm(b), firmFirst = findFirm >= 0 && table.prefersFirm(b);
    let target = firmFirst ? unique(findFirm) : -1;
    if (target < 0 && findSurname >= 0) target = unique(findSurname);
    if (target < 0 && findFirm >= 0 && !firmFirst) target = unique(findFirm);
    const acr = findAcronym >= 0 ? unique(findAcronym) : -1;
    // A one-word "person" that no full name of the corpus explains, but that other articles name as a
    // place or organisation, is that place or organisation (typing one word without context is a guess);
    // a firm named with its legal form is the firm other articles name without it.
    const other = target < 0 && findOther >= 0 ? firstWith[findOther] : -1;
    const t = target >= 0 ? target : acr >= 0 ? acr : other;
    if (t >= 0) union(t, i);
  }

  // Groups numbered in order of first member, then listed flat.
  const groupOfRoot = new Int32Array(n).fill(-1);
  const groupOf = new Int32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const r = find(i);
    groupOf[i] = groupOfRoot[r] >= 0 ? groupOfRoot[r] : (groupOfRoot[r] = count++);
  }
  const start = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) start[groupOf[i] + 1]++;
  for (let g = 0; g < count; g++) start[g + 1] += start[g];
  const at = start.slice(0, count);
  const members = new Int32Array(n);
  for (let i = 0; i < n; i++) members[at[groupOf[i]]++] = i;
  return { count, start, members };
}

/**
 * The id of an entity of this name and type: its slug, the first one free after the entities built
 * before it (`taken`). A from-scratch build gives ids in order of first member, so ids depend on
 * that order; entities kept by a delta update keep theirs. `first`: the id tried first, when known.
 */
export function entityId(name: string, type: EntityType, taken: (id: string) => boolean,
  first = type === 'NORP' ? 'norp-' + slug(name) : slug(name)): string {
  let id = first;
  for (let n = 2; taken(id); n++) id = `${slug(name)}-${n}`;
  return id;
}

/** One corpus-wide entity from its members; `taken` says which ids are already in use. */
export function buildEntity(members: readonly LocalRef[], ents: readonly LocalEntity[], taken: (id: string) => boolean): GlobalEntity {
  if (members.length === 1) return buildSingle(members[0], ents[0], taken);
  const typeVotes = new Map<EntityType, number>();
  const typeFirstDoc = new Map<EntityType, string>();
  /** Each canonical name in the order first seen, with the documents of its spelling (see preferredName). */
  const names: { doc: string; name: string }[] = new Array(members.length);
  const aliases = new Set<string>();
  const docsSeen = new Set<string>();
  let mentions = 0;
  for (let j = 0; j < members.length; j++) {
    const ref = members[j], e = ents[j];
    typeVotes.set(e.type, (typeVotes.get(e.type) ?? 0) + e.mentions.length + (isMultiWord(e.name) ? 2 : 0));
    const first = typeFirstDoc.get(e.type);
    if (first === undefined || ref.doc < first) typeFirstDoc.set(e.type, ref.doc);
    names[j] = { doc: ref.doc, name: canonicalName(e) };
    for (const a of e.aliases) aliases.add(a);
    docsSeen.add(ref.doc);
    mentions += e.mentions.length;
  }
  // A tie goes to the type of the first article by id, then to the type's name: never to load order.
  let type: EntityType | undefined, best = 0;
  for (const [t, votes] of typeVotes) {
    if (type === undefined || votes > best || (votes === best
      && (byText(typeFirstDoc.get(t)!, typeFirstDoc.get(type)!) || byText(t, type)) < 0)) { type = t; best = votes; }
  }
  const name = preferredName(names);
  const id = entityId(name, type!, taken);
  aliases.delete(name);
  return { id, name, type: type!, aliases: [...aliases].sort(), documents: docsSeen.size, mentions, members: [...members] };
}

/**
 * What buildEntity gives for one member, without its votes (most corpus-wide entities have one
 * member, and building them was most of a from-scratch resolution after a scan).
 */
export function buildSingle(ref: LocalRef, e: LocalEntity, taken: (id: string) => boolean): GlobalEntity {
  const name = canonicalName(e);
  const id = entityId(name, e.type, taken);
  let aliases: string[];
  if (e.aliases.length <= 1) aliases = e.aliases.length && e.aliases[0] !== name ? [e.aliases[0]] : []; // most names have one form
  else {
    const set = new Set(e.aliases);
    set.delete(name);
    aliases = [...set].sort();
  }
  return { id, name, type: e.type, aliases, documents: 1, mentions: e.mentions.length, members: [ref] };
}

export const byMentions = (a: GlobalEntity, b: GlobalEntity) => b.mentions - a.mentions || a.id.localeCompare(b.id);

/** Resolves a whole corpus from scratch, in corpus order (document id, then local index) whatever the map's order. */
export function resolve(docs: ReadonlyMap<string, readonly LocalEntity[]>): Resolution {
  const refs: LocalRef[] = [];
  const ents: LocalEntity[] = [];
  for (const [doc, list] of [...docs].sort((a, b) => byText(a[0], b[0]))) list.forEach((e, local) => { refs.push({ doc, local }); ents.push(e); });
  const entities: GlobalEntity[] = [];
  const index = new Map<string, GlobalEntity>();
  const byId = new Map<string, GlobalEntity>();
  for (const group of cluster(ents)) {
    const g = buildEntity(group.map((i) => refs[i]), group.map((i) => ents[i]), (id) => byId.has(id));
    entities.push(g);
    byId.set(g.id, g);
    for (const i of group) index.set(refs[i].doc + '\u0000' + refs[i].local, g);
  }
  // Nationality adjectives point at their country when the corpus names it.
  const localOf = (r: LocalRef) => docs.get(r.doc)![r.local];
  for (const g of entities) {
    if (g.type !== 'NORP') continue;
    const country = localOf(g.members[0]).country;
    const target = country ? entities.find((x) => x.type === 'LOC' && fold(x.name) === country) : undefined;
    if (target) g.country = target.id;
  }
  entities.sort(byMentions);
  return { entities, byId, of: (doc, local) => index.get(doc + '\u0000' + local) };
}

/** Code-unit order of strings (document ids, names): the same on every machine and locale. */
export const byText = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/**
 * The name a corpus entity goes by: a full name before a part of it, then the spelling the most
 * articles use (case and hyphens aside: "Lee al-Sayed" and "Lee Al Sayed" are one spelling), then
 * the first seen (the earliest article's). `members`: each member's document and canonical name.
 * The first of the names in that order (a total order: the last tie-break is the name itself).
 */
function preferredName(members: readonly { doc: string; name: string }[]): string {
  /** Per distinct name: its spelling's documents (shared by the names of one spelling). */
  const docsOf = new Map<string, Set<string>>();
  const bySpelling = new Map<string, Set<string>>();
  for (const m of members) {
    let docs = docsOf.get(m.name);
    if (!docs) {
      const k = fold(m.name).replace(/[\s-]+/g, ' ');
      docs = bySpelling.get(k);
      if (!docs) bySpelling.set(k, (docs = new Set()));
      docsOf.set(m.name, docs);
    }
    docs.add(m.doc);
  }
  // Ties go to the spelling of the first article by id, then to the name itself: never to the order
  // in which documents happened to be loaded (a background scan finishes files in any order).
  let best = '', bestFull = -1, bestDocs = 0, bestFirst = '';
  for (const [name, docs] of docsOf) {
    const full = isMultiWord(name) ? 1 : 0;
    if (full < bestFull || (full === bestFull && docs.size < bestDocs)) continue;
    let first: string | undefined;
    for (const d of docs) if (first === undefined || d < first) first = d;
    if (full === bestFull && docs.size === bestDocs && (byText(first!, bestFirst) || byText(name, best)) > 0) continue;
    best = name; bestFull = full; bestDocs = docs.size; bestFirst = first!;
  }
  return best;
}
