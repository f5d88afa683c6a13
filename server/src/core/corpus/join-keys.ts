/**
 * The keys through which cross-article resolution (resolve.ts) relates local entities, as plain
 * data. They depend on an entity's name and type only, so they are computed once per document (in
 * the analysis worker, then kept in the index cache: `DocumentAnalysis.joinKeys`) and never again
 * while resolving. One entity's keys travel as one string ("keys string"): its own key first,
 * then role-tagged keys separated by spaces (no key contains a space):
 *
 *   P:mrvlsk sVlsk      own key, a surname it offers ("S:vlsk")
 *   X:nrthrnhrbrathrt anha   own key, an acronym it offers ("A:nha")
 *   P:vlsk fvlsk xvlsk  own key, a surname it looks for, the place/organisation key it looks for
 *
 * Roles: `s` surname offered, `a` acronym offered, `f` surname looked for, `g` acronym looked
 * for, `x` place/organisation key looked for (a one-word "person"). `KeyTable` interns keys to
 * small integers and decodes each distinct keys string once.
 */
import type { EntityType, LocalEntity } from '../types';
import { COUNTRY_ALIASES } from '../model/lexicon';
import { fold, initials, nameKey, tokenSkeleton } from '../text/normalize';

const family = (t: EntityType) => (t === 'PERSON' ? 'P' : t === 'NORP' ? 'N' : 'X');
export const canonicalName = (e: { name: string }) => COUNTRY_ALIASES.get(fold(e.name).replace(/\s+/g, ' ')) ?? e.name;
export const isMultiWord = (name: string) => /[\s-]/.test(name.trim()) && !/^[\p{Lu}.-]+$/u.test(name);

/** What one entity contributes to, and looks up in, the resolution indexes. */
interface Keys {
  /** Same key (and family) → same entity. */
  own: string;
  /** A full name offered as the target of surname-only / acronym mentions. */
  surnames?: string[];
  acronym?: string;
  /** A single-word mention looks for a unique full name under these. */
  findSurname?: string;
  findAcronym?: string;
  /** A one-word "person" looks for a place or organisation of this (own) key. */
  findOther?: string;
}

function computeKeys(e: { name: string; type: EntityType }): Keys {
  const name = canonicalName(e);
  const k: Keys = { own: family(e.type) + ':' + nameKey(name, e.type === 'PERSON') };
  // Surnames are keyed only for names of several words: a bare "Al-Rahim" is a surname itself.
  if (e.type === 'PERSON' && /\s/.test(name.trim())) {
    const parts = fold(name).split(/\s+/);
    const last = parts[parts.length - 1];
    const surnames = [tokenSkeleton(last)];
    // "Rahim" for "Karim al-Rahim"; the family name first in "Park Ji-hoon".
    const bare = /^(?:al|el|ash|as|ad|ar|an|at|az)['-](.+)$/.exec(last)?.[1];
    if (bare) surnames.push(tokenSkeleton(bare));
    if (parts.length === 2 && /^[a-z]{1,4}-[a-z]{2,4}$/.test(last)) surnames.push(tokenSkeleton(parts[0]));
    const kept = [...new Set(surnames.filter((x) => x))];
    if (kept.length) k.surnames = kept;
  }
  if (e.type !== 'PERSON' && isMultiWord(name)) k.acronym = initials(name) || undefined;
  if (!/\s/.test(name.trim())) { // full names were keyed above; "Ferreira-Lobo" is a surname
    const f = fold(name);
    if (e.type === 'PERSON' || /^\p{Lu}\p{Ll}/u.test(name)) k.findSurname = tokenSkeleton(f) || undefined;
    if (/^[\p{Lu}.]{2,8}$/u.test(name)) k.findAcronym = f.replace(/[^a-z]/g, '') || undefined;
    if (e.type === 'PERSON') k.findOther = 'X:' + nameKey(name);
  }
  return k;
}

function encode(k: Keys): string {
  let s = k.own;
  for (const x of k.surnames ?? []) s += ' s' + x;
  if (k.acronym !== undefined) s += ' a' + k.acronym;
  if (k.findSurname !== undefined) s += ' f' + k.findSurname;
  if (k.findAcronym !== undefined) s += ' g' + k.findAcronym;
  if (k.findOther !== undefined) s += ' x' + k.findOther.slice(2);
  return s;
}

/** keys strings by type, then name (names recur across articles); bounded, cleared when full */
let memo = new Map<EntityType, Map<string, string>>();
let memoSize = 0;
const MEMO_MAX = 200_000;

/** One entity's keys string (see the file comment). */
export function keysString(e: { name: string; type: EntityType }): string {
  let byName = memo.get(e.type);
  if (!byName) memo.set(e.type, (byName = new Map()));
  let s = byName.get(e.name);
  if (s === undefined) {
    if (memoSize >= MEMO_MAX) { memo = new Map([[e.type, (byName = new Map())]]); memoSize = 0; }
    byName.set(e.name, (s = encode(computeKeys(e))));
    memoSize++;
  }
  return s;
}

/** The keys strings of a document's entities, as `DocumentAnalysis.joinKeys` holds them. */
export function entityKeyStrings(ents: readonly LocalEntity[]): string[] {
  return ents.map(keysString);
}

/** Usable precomputed keys for these entities (one string each), or null (absent, or damaged). */
export function validKeyStrings(keys: unknown, ents: readonly LocalEntity[]): string[] | null {
  if (!Array.isArray(keys) || keys.length !== ents.length) return null;
  for (const k of keys) if (typeof k !== 'string' || k.length < 2) return null;
  return keys as string[];
}

/** One entity's keys as integers of a KeyTable; -1 where the entity has no such key. */
export interface KeyBundle {
  /** The keys string this bundle was decoded from (interned: one copy per distinct string). */
  readonly text: string;
  readonly own: number;
  /** Surnames and acronyms offered (their keys are prefixed apart, so one list serves both). */
  readonly offers: readonly number[];
  readonly findSurname: number;
  readonly findAcronym: number;
  readonly findOther: number;
  /** Every distinct key of the entity (its join keys): entities sharing none resolve independently. */
  readonly all: readonly number[];
  /** Entities currently holding this bundle (a table drops a bundle nobody holds). */
  uses: number;
}

/**
 * Interns join keys to integers (reusing the numbers of keys that no entity has any more) and
 * decodes each distinct keys string once.
 */
export class KeyTable {
  private readonly ids = new Map<string, number>();
  private readonly names: (string | undefined)[] = [];
  private readonly free: number[] = [];
  private readonly bundles = new Map<string, KeyBundle>();

  /** How many key numbers are in use or free (the size of arrays indexed by key). */
  get capacity(): number { return this.names.length; }

  /** Live keys. */
  get size(): number { return this.ids.size; }

  bundle(text: string): KeyBundle {
    const b = this.bundles.get(text);
    if (b) return b;
    const parts = text.split(' ');
    const own = this.intern(parts[0]);
    const offers: number[] = [];
    const all = [own];
    let findSurname = -1, findAcronym = -1, findOther = -1;
    for (let i = 1; i < parts.length; i++) {
      const p = parts[i], v = p.slice(1);
      let id: number;
      switch (p[0]) {
        case 's': id = this.intern('S:' + v); offers.push(id); break;
        case 'a': id = this.intern('A:' + v); offers.push(id); break;
        case 'f': id = findSurname = this.intern('S:' + v); break;
        case 'g': id = findAcronym = this.intern('A:' + v); break;
        case 'x': id = findOther = this.intern('X:' + v); break;
        default: continue; // not written by this version: ignored
      }
      if (!all.includes(id)) all.push(id);
    }
    const made: KeyBundle = { text, own, offers, findSurname, findAcronym, findOther, all, uses: 0 };
    this.bundles.set(text, made);
    return made;
  }

  /** Forgets a bundle that no entity holds (its keys are released by `release`). */
  drop(b: KeyBundle): void {
    if (b.uses === 0) this.bundles.delete(b.text);
  }

  /** Gives up a key number (call when no entity has the key any more). */
  release(id: number): void {
    const name = this.names[id];
    if (name === undefined) return;
    this.ids.delete(name);
    this.names[id] = undefined;
    this.free.push(id);
  }

  private intern(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.free.length ? this.free.pop()! : this.names.length;
      this.ids.set(key, id);
      this.names[id] = key;
    }
    return id;
  }
}

/**
 * Every key through which this entity can be joined to another, as strings: entities that share
 * none of them (directly or through a chain) are resolved independently of each other.
 */
export function joinKeys(e: LocalEntity): string[] {
  const k = computeKeys(e);
  const out = [k.own];
  for (const s of k.surnames ?? []) out.push('S:' + s);
  if (k.findSurname && !k.surnames?.includes(k.findSurname)) out.push('S:' + k.findSurname);
  if (k.acronym) out.push('A:' + k.acronym);
  if (k.findAcronym && k.findAcronym !== k.acronym) out.push('A:' + k.findAcronym);
  if (k.findOther && k.findOther !== k.own) out.push(k.findOther);
  return out;
}
