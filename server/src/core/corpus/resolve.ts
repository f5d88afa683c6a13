/**
 * Cross-article entity resolution: document-local entities are joined into corpus-wide entities
 * by spelling-insensitive name keys, acronyms ↔ expansions, and surname-only mentions that match
 * exactly one full name in the corpus (different people sharing a surname stay apart).
 */
import type { EntityType, LocalEntity } from '../types';
import { COUNTRY_ALIASES } from '../model/lexicon';
import { fold, initials, nameKey, slug, tokenSkeleton } from '../text/normalize';

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
}

const family = (t: EntityType) => (t === 'PERSON' ? 'P' : t === 'NORP' ? 'N' : 'X');
const canonicalName = (e: LocalEntity) => COUNTRY_ALIASES.get(fold(e.name).replace(/\s+/g, ' ')) ?? e.name;
const isMultiWord = (name: string) => /[\s-]/.test(name.trim()) && !/^[\p{Lu}.-]+$/u.test(name);

export function resolve(docs: ReadonlyMap<string, readonly LocalEntity[]>): Resolution {
  const refs: LocalRef[] = [];
  const ents: LocalEntity[] = [];
  for (const [doc, list] of docs) list.forEach((e, local) => { refs.push({ doc, local }); ents.push(e); });
  const parent = refs.map((_, i) => i);
  const find = (i: number): number => { while (parent[i] !== i) i = parent[i] = parent[parent[i]]; return i; };
  const union = (a: number, b: number) => { const x = find(a), y = find(b); if (x !== y) parent[y] = x; };

  // 1. Same spelling-insensitive key (and family) → same entity.
  const byKey = new Map<string, number>();
  const surnames = new Map<string, Set<number>>();
  const acronyms = new Map<string, Set<number>>();
  ents.forEach((e, i) => {
    const name = canonicalName(e);
    const key = family(e.type) + ':' + nameKey(name, e.type === 'PERSON');
    const prev = byKey.get(key);
    if (prev === undefined) byKey.set(key, i); else union(prev, i);
    // Surnames are keyed only for names of several words: a bare "Al-Rahim" is a surname itself.
    if (e.type === 'PERSON' && /\s/.test(name.trim())) {
      const parts = fold(name).split(/\s+/);
      const last = parts[parts.length - 1];
      addTo(surnames, tokenSkeleton(last), i);
      // "Assad" for "Bashar al-Assad"; the family name first in "Park Ji-hoon".
      const bare = /^(?:al|el|ash|as|ad|ar|an|at|az)['-](.+)$/.exec(last)?.[1];
      if (bare) addTo(surnames, tokenSkeleton(bare), i);
      if (parts.length === 2 && /^[a-z]{1,4}-[a-z]{2,4}$/.test(last)) addTo(surnames, tokenSkeleton(parts[0]), i);
    }
    if (e.type !== 'PERSON' && isMultiWord(name)) addTo(acronyms, initials(name), i);
  });
  // 2. Single-word mentions: a surname or acronym that points at exactly one entity of the corpus.
  ents.forEach((e, i) => {
    const name = canonicalName(e);
    if (/\s/.test(name.trim())) return; // full names were keyed above; "Ferreira-Lobo" is a surname
    const f = fold(name);
    const target = e.type === 'PERSON' || /^\p{Lu}\p{Ll}/u.test(name)
      ? uniqueRoot(surnames.get(tokenSkeleton(f)), find)
      : undefined;
    const acr = /^[\p{Lu}.]{2,8}$/u.test(name) ? uniqueRoot(acronyms.get(f.replace(/[^a-z]/g, '')), find) : undefined;
    // A one-word "person" that no full name of the corpus explains, but that other articles name as a
    // place or organisation, is that place or organisation (typing one word without context is a guess).
    const other = target === undefined && e.type === 'PERSON' ? byKey.get('X:' + nameKey(name)) : undefined;
    const t = target ?? acr ?? other;
    if (t !== undefined) union(t, i);
  });

  // 3. Build global entities.
  const groups = new Map<number, number[]>();
  refs.forEach((_, i) => addToList(groups, find(i), i));
  const entities: GlobalEntity[] = [];
  const index = new Map<string, GlobalEntity>();
  const byId = new Map<string, GlobalEntity>();
  for (const members of groups.values()) {
    const typeVotes = new Map<EntityType, number>();
    const nameVotes = new Map<string, number>();
    const aliases = new Set<string>();
    const docsSeen = new Set<string>();
    let mentions = 0;
    for (const i of members) {
      const e = ents[i];
      typeVotes.set(e.type, (typeVotes.get(e.type) ?? 0) + e.mentions.length + (isMultiWord(e.name) ? 2 : 0));
      const cn = canonicalName(e);
      nameVotes.set(cn, (nameVotes.get(cn) ?? 0) + e.mentions.length + (isMultiWord(cn) ? 100 : 0) + cn.length / 100);
      e.aliases.forEach((a) => aliases.add(a));
      docsSeen.add(refs[i].doc);
      mentions += e.mentions.length;
    }
    const type = [...typeVotes].sort((a, b) => b[1] - a[1])[0][0];
    const name = preferredName(members.map((i) => ({ doc: refs[i].doc, name: canonicalName(ents[i]) })), nameVotes);
    let id = type === 'NORP' ? 'norp-' + slug(name) : slug(name);
    for (let n = 2; byId.has(id); n++) id = `${slug(name)}-${n}`;
    aliases.delete(name);
    const g: GlobalEntity = {
      id, name, type, aliases: [...aliases].sort(), documents: docsSeen.size, mentions,
      members: members.map((i) => refs[i]),
    };
    entities.push(g);
    byId.set(id, g);
    for (const i of members) index.set(refs[i].doc + '\u0000' + refs[i].local, g);
  }
  // Nationality adjectives point at their country when the corpus names it.
  const localOf = (r: LocalRef) => docs.get(r.doc)![r.local];
  for (const g of entities) {
    if (g.type !== 'NORP') continue;
    const country = localOf(g.members[0]).country;
    const target = country ? entities.find((x) => x.type === 'LOC' && fold(x.name) === country) : undefined;
    if (target) g.country = target.id;
  }
  entities.sort((a, b) => b.mentions - a.mentions || a.id.localeCompare(b.id));
  return { entities, byId, of: (doc, local) => index.get(doc + '\u0000' + local) };
}

/**
 * The name a corpus entity goes by: a full name before a part of it, then the spelling the most
 * articles use (case and hyphens aside: "Lee al-Sayed" and "Lee Al Sayed" are one spelling), then
 * the first seen (the earliest article's). `votes` holds every name in the order first seen.
 */
function preferredName(members: { doc: string; name: string }[], votes: Map<string, number>): string {
  const spelling = (n: string) => fold(n).replace(/[\s-]+/g, ' ');
  const docs = new Map<string, Set<string>>();
  for (const m of members) {
    const k = spelling(m.name);
    (docs.get(k) ?? docs.set(k, new Set()).get(k)!).add(m.doc);
  }
  const full = (n: string) => (isMultiWord(n) ? 1 : 0);
  return [...votes].sort((a, b) => full(b[0]) - full(a[0])
    || docs.get(spelling(b[0]))!.size - docs.get(spelling(a[0]))!.size)[0][0];
}

function addTo(map: Map<string, Set<number>>, key: string, i: number): void {
  if (!key) return;
  let s = map.get(key);
  if (!s) map.set(key, (s = new Set()));
  s.add(i);
}

function addToList(map: Map<number, number[]>, key: number, i: number): void {
  const l = map.get(key);
  if (l) l.push(i); else map.set(key, [i]);
}

function uniqueRoot(set: Set<number> | undefined, find: (i: number) => number): number | undefined {
  if (!set) return undefined;
  const roots = new Set([...set].map(find));
  return roots.size === 1 ? [...roots][0] : undefined;
}
