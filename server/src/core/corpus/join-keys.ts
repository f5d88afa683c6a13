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
 * Roles: `s` surname offered, `a` acronym offered, `c` a firm's one word offered (firm-stem.ts:
 * "Keld Airways" offers "Keld"), `f` surname looked for, `g` acronym looked for, `k` a firm's word looked
 * for after a surname, `K` before one (a one-word organisation), `x` place/organisation key looked for (a
 * one-word "person", or a firm's name without its legal form: "Vantrel Pharmaceuticals Plc" looks for
 * "Vantrel Pharmaceuticals"), `m` a firm's name whatever its legal form and the number of its trade
 * word (firm-stem.ts `firmBase`: same key, same firm, as own keys are). A national body offers its name
 * without the country as a firm's word is offered ("US Air Force" → "Air Force", firm-stem.ts
 * `withoutCountry`), and an organisation of several capitalised words looks for it (`K`). `KeyTable`
 * interns keys to small integers and decodes each distinct keys string once.
 */
import type { EntityType, LocalEntity } from '../types';
import { COUNTRY_ALIASES } from '../model/lexicon';
import { LEGAL_FORMS, NAME_PARTICLES, NAME_SUFFIXES, withoutArabicArticle } from '../model/words';
import { entityNameKey, fold, initials, isPlainWords, nameKey, PLAIN_WORDS, tokenSkeleton } from '../text/normalize';
import { ownKeyOf } from '../pipeline/entity-own-keys';
import { norpNameKey } from './norp-key';
import { firmBase, firmName, firmStem, firmStemWords, nameWords, withoutCountry, withoutHolding } from './firm-stem';

const family = (t: EntityType) => (t === 'PERSON' ? 'P' : t === 'NORP' ? 'N' : 'X');
/** Lower-case ASCII letters that a country alias begins with: a name beginning with another one is none. */
const ALIAS_FIRST = new Set([...COUNTRY_ALIASES.keys()].map((k) => k.charCodeAt(0)));

/** The name resolution uses: a country's usual English name for its short forms ("UK"), else the name. */
export function canonicalName(e: { name: string }): string {
  const c = e.name.charCodeAt(0);
  if (((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) && !ALIAS_FIRST.has(c | 0x20)) return e.name; // folds to its lower case
  return COUNTRY_ALIASES.get(fold(e.name).replace(/\s+/g, ' ')) ?? e.name;
}
/** First letter and length (`code << 8 | length`) of each country alias: a plain name of another pair is none. */
const ALIAS_SHAPES = new Set([...COUNTRY_ALIASES.keys()].map((k) => k.charCodeAt(0) << 8 | k.length));
/**
 * False when a name of plain words (`isPlainWords`) is surely no country alias, so `canonicalName`
 * gives it back: it folds to its lower case, of its own length.
 */
const mayBeAlias = (plain: string): boolean => ALIAS_SHAPES.has((plain.charCodeAt(0) | 0x20) << 8 | plain.length);
// Tried (s34): a char-code reading for ASCII names instead of trim + two patterns: no faster over 4,261 names (the patterns run native).
export const isMultiWord = (name: string) => /[\s-]/.test(name.trim()) && !/^[\p{Lu}.-]+$/u.test(name);

/** A generation's numeral after a surname ("Anton Brun III"): no surname, like "Jr.". */
const ROMAN_SUFFIXES: ReadonlySet<string> = new Set(['ii', 'iii', 'iv']);

/** A surname key with a given name's initial ("m~drgn" of "Mikhail Dorogan" and of "M. Dorogan"). */
const initialKey = (first: string, surname: string): string => first[0] + '~' + surname;
/**
 * A full name's keys by its shorter names (`parts`: folded, without the suffix; `suffix`: "jr", "sr" or
 * ""), each the own key of the shorter name (so its spelling noise folds as a full name's does, and
 * surnames keep their vowels: "Anna Maria Borg" is no "Anna Berg"). A name with middle names or a
 * suffix offers each given name with the surname ("Mark Jay Heller": "Mark Heller", "Jay Heller";
 * "Cheryl Vane Orlo": "Vane Orlo"), with the suffix too, and its words without the suffix ("Paul Grant
 * Jr." is the "Paul Grant" of another article); a name looks for its own key among them ("Paul Grant
 * Jr." finds "Anton Paul Grant Jr."). Taken only when one entity offers them: "Mark Heller" stays apart
 * from both "Mark Jay Heller" and "Mark Lee Heller", "Paul Grant" from both "Paul Grant Jr." and "Paul
 * Grant Sr.".
 */
function fullNameKeys(k: Keys, kept: string[], parts: readonly string[], suffix: string): void {
  const n = parts.length, last = parts[n - 1];
  if (n >= 3 || suffix) {
    for (let j = 0; j + 1 < n; j++) {
      if (parts[j].length < 2 || NAME_PARTICLES.has(parts[j])) continue;
      kept.push(shorterKey(parts[j] + ' ' + last));
      if (suffix && n >= 3) kept.push(shorterKey(parts[j] + ' ' + last + ' ' + suffix));
    }
    if (suffix && n >= 3) kept.push(shorterKey(parts.join(' ')));
  }
  if (k.findSurname === undefined && parts[0].length > 1 && (!suffix || n === 2)) k.findSurname = '^' + k.own.slice(2);
}
/** The key under which a full name offers a shorter name of the person: that name's own key, marked. */
const shorterKey = (name: string): string => '^' + nameKey(name, true);

/** What one entity contributes to, and looks up in, the resolution indexes. */
interface Keys {
  /** Same key (and family) → same entity. */
  own: string;
  /** A full name offered as the target of surname-only / acronym mentions. */
  surnames?: string[];
  acronym?: string;
  /** A firm's one word, offered to one-word names apart from surnames ("Keld Airways" → "Keld"). */
  firm?: string;
  /** A single-word mention looks for a unique full name under these. */
  findSurname?: string;
  findAcronym?: string;
  /** A single-word mention's firm word, looked up after its surname, or before it for an organisation (`preferFirm`). */
  findFirm?: string;
  preferFirm?: boolean;
  /** A one-word "person" looks for a place or organisation of this (own) key; a firm, for its name without its legal form. */
  findOther?: string;
  /** A firm's name without its legal form, group word or the plural of its trade word: same key, same firm. */
  sameFirm?: string;
}

/** The firm key of a body's name without its country (two words or more), and of the names that look for it. */
const bodyKey = (words: readonly string[]): string => nameKey(words.join(' '));
/** An organisation of 2–4 capitalised words, no country first, may be a national body named without its country. */
const mayBeBody = (name: string): boolean => /^\p{Lu}\p{L}*(?: \p{Lu}\p{L}*){1,3}$/u.test(name);

type OrgKeys = Pick<Keys, 'firm' | 'findFirm' | 'sameFirm'>;
const NO_ORG_KEYS: OrgKeys = {};

/**
 * What an organisation of several words adds (see `Keys`): its firm key; the one word it goes by, or
 * else the several words a firm goes by or a body's name without its country, offered as a firm's
 * word ("Tarrow Eastern" of "Tarrow Eastern Airlines", "Coast Guard" of "Norwegian Coast Guard"); or
 * else the body key it looks for.
 */
function orgKeys(name: string, words: readonly string[], n: number, key?: string): OrgKeys {
  const out: OrgKeys = {};
  const base = firmBase(name, words, n);
  if (base !== null) out.sameFirm = nameKey(base.join(' '));
  const stem = firmStem(name, words, n);
  if (stem !== null) { out.firm = fold(stem); return out; }
  const offered = firmStemWords(name, words, n) ?? (base === null ? withoutCountry(name, words) : null);
  if (offered !== null) out.firm = bodyKey(offered);
  // The body key of all its words is the name's own key (its words joined again are the name): `key`, when the caller has it.
  else if (mayBeBody(name)) out.findFirm = key ?? nameKey(name);
  return out;
}

/** `own`: the entity's own key when known (never a nationality's: local resolution keys those apart). */
function computeKeys(e: { name: string; type: EntityType }, own?: string): Keys {
  const name = canonicalName(e);
  const k: Keys = { own: own ?? family(e.type) + ':' + (e.type === 'NORP' ? norpNameKey(name) : entityNameKey(name, e.type === 'PERSON')) };
  // Surnames are keyed only for names of several words: a bare "Al-Rahim" is a surname itself.
  if (e.type === 'PERSON' && /\s/.test(name.trim())) {
    const parts = fold(name).split(/\s+/);
    // "Paul Grant Jr." goes by "Grant" (as local resolution reads it); its suffix is kept for the keys below.
    const suffix = parts.length >= 3 ? parts[parts.length - 1].replace(/\.$/, '') : '';
    const suffixed = NAME_SUFFIXES.has(suffix) || ROMAN_SUFFIXES.has(suffix);
    if (suffixed) parts.pop();
    const last = parts[parts.length - 1];
    const surnames = [tokenSkeleton(last)];
    // "Rahim" for "Karim al-Rahim"; the family name first in "Park Ji-hoon".
    const bare = withoutArabicArticle(last);
    if (bare) surnames.push(tokenSkeleton(bare));
    if (parts.length === 2 && /^[a-z]{1,4}-[a-z]{2,4}$/.test(last)) surnames.push(tokenSkeleton(parts[0]));
    // "Samir bin Faris al-Kadri" goes by "Samir al-Kadri" (offered as the name without "bin" and the father's name)
    // and, after a title, by "Sheikh Samir" (its given name); a name with an Arabic article looks for the longer one.
    // Offered keys are taken only when one entity offers them: two cousins "Samir bin …" stay apart from "Samir al-Kadri".
    const pat = patronymAt(parts);
    if (pat > 0) {
      surnames.push(shortKey(parts.filter((_, j) => j !== pat && j !== pat + 1)));
      if (pat === 1) surnames.push(tokenSkeleton(parts[0]));
    } else if (parts[0].length > 1 && ARTICLE_INSIDE.test(name)) k.findSurname = shortKey(parts);
    const kept = [...new Set(surnames.filter((x) => x))];
    // A given name offers its initial with the surname, which a name with an initial ("M. Dorogan") looks for.
    if (kept.length && parts.length === 2 && parts[0].length === 1) k.findSurname = initialKey(parts[0], kept[0]);
    else if (kept.length && parts[0].length > 1) kept.push(initialKey(parts[0], kept[0]));
    // Two people in one name ("Ilse Varro & Tomas Brun") offer no shorter names.
    if (kept.length && pat < 0 && !parts.includes('&') && !parts.includes('and')) fullNameKeys(k, kept, parts, suffixed ? suffix : '');
    if (kept.length) k.surnames = kept;
  }
  // An organisation's words, split and stripped of legal form and group words once for every question below.
  const words = e.type === 'ORG' ? nameWords(name) : null, held = words === null ? 0 : withoutHolding(words);
  const short = words !== null ? legalStem(name, words) : null;
  if (short !== null) k.surnames = [tokenSkeleton(fold(short))];
  if (e.type !== 'PERSON' && isMultiWord(name)) k.acronym = initials(name) || undefined;
  if (words !== null && short === null && /\s/.test(name.trim())) {
    const o = orgKeys(name, words, held);
    k.firm = o.firm;
    k.sameFirm = o.sameFirm;
    if (o.findFirm !== undefined) { k.findFirm = o.findFirm; k.preferFirm = true; }
  }
  // "Vantrel Pharmaceuticals Plc" is the "Vantrel Pharmaceuticals" another article names.
  const bare = words !== null ? firmName(name, words, held) : null;
  if (bare !== null) k.findOther = 'X:' + nameKey(bare);
  if (!/\s/.test(name.trim())) { // full names were keyed above; "Ferreira-Lobo" is a surname
    const f = fold(name);
    if (e.type === 'PERSON' || /^\p{Lu}\p{Ll}/u.test(name)) {
      // A place is no surname: a surname's key drops its vowels, so "Dravonia" found "Paolo Draven" and
      // "Milo" an "Ana Mealey"; keyed with its vowels, "Corvane" found "Lena Corvane" (tried on the training folders).
      if (e.type !== 'LOC') k.findSurname = tokenSkeleton(f) || undefined;
      // A place does not look for a firm: "Yemen" is not "Yemenia Airlines".
      if (e.type === 'PERSON' || e.type === 'ORG') {
        k.findFirm = f;
        k.preferFirm = e.type === 'ORG';
      }
    }
    if (/^[\p{Lu}.]{2,8}$/u.test(name)) k.findAcronym = f.replace(/[^a-z]/g, '') || undefined;
    if (e.type === 'PERSON') k.findOther = 'X:' + entityNameKey(name, false);
  }
  return k;
}

/**
 * The short form of a company named with its legal form after one word ("Veltrix Inc." → "Veltrix"),
 * offered as a surname is, so that the one-word name in other articles, or before the full name in
 * the same one, finds the firm when no other entity of the corpus offers that word. Null otherwise.
 */
function legalStem(name: string, words: readonly string[] = nameWords(name)): string | null {
  return words.length === 2 && LEGAL_FORMS.has(words[1].toLowerCase().replace(/\.$/, '')) ? words[0] : null;
}

/** A name of plain words with "bin" or an Arabic article inside, keyed by `computeKeys` (it offers or looks for its short form). */
const withPatronym = (name: string): boolean => name.includes(' bin ') || name.includes(' ibn ') || name.includes(' Al ') || name.includes(' al ') || name.includes(' El ');

/** An Arabic article after the first word: "Samir al-Kadri", "Samir Al Kadri". */
const ARTICLE_INSIDE = /\s(?:al|el)[\s-]/i;
/** The short-form key of a name's folded words: "=samir.al.kadri" of "Samir al-Kadri" and of "Samir Al Kadri". */
const shortKey = (parts: readonly string[]): string => '=' + parts.join('.').replace(/-/g, '.');

/** The index of "bin"/"ibn"/"bint" after a given name and before the father's name and a family name, or -1. */
function patronymAt(parts: readonly string[]): number {
  for (let i = 1; i + 2 < parts.length; i++) if (parts[i] === 'bin' || parts[i] === 'ibn' || parts[i] === 'bint') return i;
  return -1;
}

/**
 * `encode(computeKeys(e))` of a name of plain words (`PLAIN_WORDS`: ASCII letters, one space apart)
 * given its own key, which local resolution already made (entity-own-keys.ts): such a name folds to
 * its lower case, has no hyphen, apostrophe or dot, and its parts are its words, so the surname,
 * acronym and single-word keys need no fold, split or regular expression.
 */
function plainKeysString(name: string, type: EntityType, own: string): string {
  const space = name.lastIndexOf(' ');
  const person = type === 'PERSON';
  if (space >= 0) {
    // Several words: a person offers the skeleton of the last (never empty: letters), anything else its initials.
    if (person) {
      // Two words: a given name offers its initial and looks for the same given name among longer names; the
      // rest (middle names, suffixes) as computeKeys says.
      if (name.indexOf(' ') !== space) return encode(computeKeys({ name, type }, own));
      const sk = tokenSkeleton(name.slice(space + 1).toLowerCase()), ini = initialKey(name[0].toLowerCase(), sk);
      return space > 1 ? own + ' s' + sk + ' s' + ini + ' f^' + own.slice(2) : own + ' s' + sk + ' f' + ini; // see computeKeys
    }
    // Split once, and its legal form and group words counted once, for every question below (each split it again).
    const words = name.split(' '), held = type === 'ORG' ? withoutHolding(words) : 0;
    const short = type === 'ORG' ? legalStem(name, words) : null;
    const s = short === null ? own : own + ' s' + tokenSkeleton(short.toLowerCase());
    let ini = '';
    for (let at = 0; at >= 0; at = name.indexOf(' ', at) + 1 || -1) {
      const c = name.charCodeAt(at);
      if (c >= 65 && c <= 90) ini += String.fromCharCode(c | 0x20);
    }
    // The own key is the body key (`nameKey`) unless one word is left besides 'the' ("The Council": its letters).
    const o = type === 'ORG' && short === null ? orgKeys(name, words, held, partsBesidesThe(words) > 1 ? own.slice(2) : undefined) : NO_ORG_KEYS;
    const withFirm = (o.firm === undefined ? '' : ' c' + o.firm) + (o.findFirm === undefined ? '' : ' K' + o.findFirm);
    const bare = type === 'ORG' ? firmName(name, words, held) : null;
    const withBare = bare === null ? '' : ' x' + nameKey(bare);
    return (ini ? s + ' a' + ini : s) + withFirm + withBare + (o.sameFirm === undefined ? '' : ' m' + o.sameFirm);
  }
  // One word: a person's key is its skeleton (the given-name rule needs two parts), what it looks for
  // as a surname; a place's or organisation's is its letters (`entityNameKey`), so it looks for the
  // skeleton; 'the' keys to nothing.
  const f = person && !(name.length === 3 && name.toLowerCase() === 'the') ? own.slice(2) : tokenSkeleton(name.toLowerCase());
  const c0 = name.charCodeAt(0), c1 = name.charCodeAt(1);
  let s = own;
  const looks = person || (c0 >= 65 && c0 <= 90 && c1 >= 97 && c1 <= 122);
  if (looks && type !== 'LOC') s += ' f' + f; // a place is no surname (see computeKeys)
  if (name.length >= 2 && name.length <= 8 && allUpper(name)) s += ' g' + name.toLowerCase();
  if (looks && (person || type === 'ORG')) s += (person ? ' k' : ' K') + name.toLowerCase();
  if (person) s += ' x' + entityNameKey(name, false);
  return s;
}
const partsBesidesThe = (words: readonly string[]): number => {
  let n = 0;
  for (const w of words) if (!(w.length === 3 && w.toLowerCase() === 'the')) n++;
  return n;
};
const allUpper = (w: string): boolean => {
  for (let i = 0; i < w.length; i++) { const c = w.charCodeAt(i); if (c < 65 || c > 90) return false; }
  return true;
};

/**
 * One entity's keys string made from scratch, or (`own` given, the entity's own key from local
 * resolution) reusing it; both give the same string (test/unit/join-keys-own.test.ts).
 */
export function keysStringOf(e: { name: string; type: EntityType }, own?: string): string {
  if (own === undefined || e.type === 'NORP') return encode(computeKeys(e));
  const name = canonicalName(e);
  return PLAIN_WORDS.test(name) && !withPatronym(name) ? plainKeysString(name, e.type, own) : encode(computeKeys(e, own));
}

function encode(k: Keys): string {
  let s = k.own;
  for (const x of k.surnames ?? []) s += ' s' + x;
  if (k.acronym !== undefined) s += ' a' + k.acronym;
  if (k.firm !== undefined) s += ' c' + k.firm;
  if (k.findSurname !== undefined) s += ' f' + k.findSurname;
  if (k.findAcronym !== undefined) s += ' g' + k.findAcronym;
  if (k.findFirm !== undefined) s += (k.preferFirm ? ' K' : ' k') + k.findFirm;
  if (k.findOther !== undefined) s += ' x' + k.findOther.slice(2);
  if (k.sameFirm !== undefined) s += ' m' + k.sameFirm;
  return s;
}

/** keys strings by type, then name (names recur across articles); bounded, cleared when full */
let memo = new Map<EntityType, Map<string, string>>();
let memoSize = 0;
const MEMO_MAX = 50_000;

/**
 * One entity's keys string (see the file comment); `own`, its own key from local resolution when
 * known (see `keysStringOf`).
 */
export function keysString(e: { name: string; type: EntityType }, own?: string): string {
  // A plain name given its own key, that no country alias could be, is keyed at once (what keysStringOf
  // does for it): no memo lookup by a novel name, no regular expression, no fold.
  if (own !== undefined && e.type !== 'NORP' && isPlainWords(e.name) && !mayBeAlias(e.name) && !withPatronym(e.name)) return plainKeysString(e.name, e.type, own);
  let byName = memo.get(e.type);
  if (!byName) memo.set(e.type, (byName = new Map()));
  let s = byName.get(e.name);
  if (s === undefined) {
    if (memoSize >= MEMO_MAX) { memo = new Map([[e.type, (byName = new Map())]]); memoSize = 0; }
    byName.set(e.name, (s = keysStringOf(e, own)));
    memoSize++;
  }
  return s;
}

/**
 * The keys strings of a document's entities, as `DocumentAnalysis.joinKeys` holds them. Right after
 * `analyzeText` (an analysis worker), each entity's own key is local resolution's.
 */
export function entityKeyStrings(ents: readonly LocalEntity[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < ents.length; k++) out.push(keysString(ents[k], ownKeyOf(ents, k)));
  return out;
}

/** Usable precomputed keys for `count` entities (one string each), or null (absent, or damaged). */
export function validKeyCount(keys: unknown, count: number): string[] | null {
  if (!Array.isArray(keys) || keys.length !== count) return null;
  for (const k of keys) if (typeof k !== 'string' || k.length < 2) return null;
  return keys as string[];
}

/**
 * Interns join keys to small integers (reusing the numbers of keys no entity has any more) and
 * decodes each distinct keys string once into a *bundle*: a record of integers in one pool, so
 * that a corpus's keys cost no objects per entity. A bundle is named by its offset in `data`:
 *
 *   uses, its string's index in `texts`, own, surname looked for, acronym looked for, other looked
 *   for (-1: none), number of offers, number of keys, firm word looked for (-1: none), whether before
 *   the surname (1) or after (0), firm key (-1: none), the offers (surname, acronym and firm keys), its
 *   keys (all distinct)
 */
/** Fields of a bundle record before its offers and keys. */
const HEAD = 11;

export class KeyTable {
  /** Key numbers: own and place/organisation keys ("X:..."), surname keys and acronym keys (these two by their text after "S:" / "A:"). */
  private readonly ids = new Map<string, number>();
  private readonly surnameIds = new Map<string, number>();
  private readonly acronymIds = new Map<string, number>();
  /** Each number's key as its space holds it, and that space. */
  private readonly names: (string | undefined)[] = [];
  private readonly spaces: (Map<string, number> | undefined)[] = [];
  /** Reused while a keys string is decoded: its offers, and its keys (distinct). */
  private readonly offerList: number[] = [];
  private readonly keyList: number[] = [];
  private readonly freeIds: number[] = [];
  private readonly bundles = new Map<string, number>();
  /** The keys string of each bundle (one shared copy), and the free places in it. */
  private readonly texts: (string | undefined)[] = [];
  private readonly freeTexts: number[] = [];
  /** Freed bundle records by length. */
  private readonly freeRecords: number[][] = [];
  data = new Int32Array(1024);
  private top = 0;

  /** How many key numbers are in use or free (the size of arrays indexed by key). */
  get capacity(): number { return this.names.length; }

  /** The bundle of a keys string (`uses` is the caller's to count: see `hold` and `letGo`). */
  // Not done (s15, by measure): keys strings sent as a worker's small numbers for strings it sent
  // before, so the main thread skips this lookup. Of a 10,000-article cold scan's ~222,000 keys
  // strings ~120,000 are repeats; looking all 222,000 fresh strings up in a ~100,000-entry Map costs
  // 120-190 ms in all (this machine, loaded), so the repeats are ~0.1 CPU-s of the main thread's
  // ~3, and the heads must still carry the strings for the index cache. Not worth a second table.
  // s33 (4,000 cold-corpus docs replayed into a held index): 86,000 bundle calls, 44,500 new; 126,000 interns, 75,000 new (60%): mostly Map inserts, not repeat lookups.
  bundle(text: string): number {
    const known = this.bundles.get(text);
    if (known !== undefined) return known;
    // Read in place (no split, no "S:" + v per key): a cold index of 10,000 articles decodes ~90,000 distinct keys strings (an in-process A/B of 222,000 bundle calls: 0.85-0.89x CPU).
    let end = text.indexOf(' ');
    if (end < 0) end = text.length;
    const own = this.intern(this.ids, text.slice(0, end));
    const offers = this.offerList, all = this.keyList;
    offers.length = 0;
    all.length = 0;
    all.push(own);
    let findSurname = -1, findAcronym = -1, findOther = -1, findFirm = -1, preferFirm = 0, sameFirm = -1;
    while (end < text.length) {
      const start = end + 1;
      end = text.indexOf(' ', start);
      if (end < 0) end = text.length;
      let id: number;
      switch (text.charCodeAt(start)) {
        case 115: /* s */ id = this.intern(this.surnameIds, text.slice(start + 1, end)); offers.push(id); break;
        case 97: /* a */ id = this.intern(this.acronymIds, text.slice(start + 1, end)); offers.push(id); break;
        case 102: /* f */ id = findSurname = this.intern(this.surnameIds, text.slice(start + 1, end)); break;
        case 103: /* g */ id = findAcronym = this.intern(this.acronymIds, text.slice(start + 1, end)); break;
        // A firm's word lives among the surnames, marked apart: "#keld" is no surname "keld".
        case 99: /* c */ id = this.intern(this.surnameIds, '#' + text.slice(start + 1, end)); offers.push(id); break;
        case 107: /* k */ id = findFirm = this.intern(this.surnameIds, '#' + text.slice(start + 1, end)); break;
        case 75: /* K */ id = findFirm = this.intern(this.surnameIds, '#' + text.slice(start + 1, end)); preferFirm = 1; break;
        case 120: /* x */ id = findOther = this.intern(this.ids, 'X:' + text.slice(start + 1, end)); break;
        case 109: /* m */ id = sameFirm = this.intern(this.ids, 'M:' + text.slice(start + 1, end)); break;
        default: continue; // not written by this version: ignored
      }
      if (!all.includes(id)) all.push(id);
    }
    const len = HEAD + offers.length + all.length;
    const b = this.allocate(len);
    const t = this.freeTexts.length ? this.freeTexts.pop()! : this.texts.length;
    this.texts[t] = text;
    const d = this.data;
    d[b] = 0; d[b + 1] = t; d[b + 2] = own; d[b + 3] = findSurname; d[b + 4] = findAcronym; d[b + 5] = findOther;
    d[b + 6] = offers.length; d[b + 7] = all.length; d[b + 8] = findFirm; d[b + 9] = preferFirm; d[b + 10] = sameFirm;
    for (let k = 0; k < offers.length; k++) d[b + HEAD + k] = offers[k];
    for (let k = 0, at = b + HEAD + offers.length; k < all.length; k++) d[at + k] = all[k];
    this.bundles.set(text, b);
    return b;
  }

  hold(b: number): void { this.data[b]++; }

  /** One holder fewer; a bundle nobody holds is forgotten. */
  letGo(b: number): void {
    const d = this.data;
    if (--d[b] > 0) return;
    this.bundles.delete(this.texts[d[b + 1]]!);
    this.texts[d[b + 1]] = undefined;
    this.freeTexts.push(d[b + 1]);
    (this.freeRecords[HEAD + d[b + 6] + d[b + 7]] ??= []).push(b);
  }

  /** The keys string the bundle was decoded from (one copy shared by every holder). */
  text(b: number): string { return this.texts[this.data[b + 1]]!; }
  own(b: number): number { return this.data[b + 2]; }
  findSurname(b: number): number { return this.data[b + 3]; }
  findAcronym(b: number): number { return this.data[b + 4]; }
  findOther(b: number): number { return this.data[b + 5]; }
  findFirm(b: number): number { return this.data[b + 8]; }
  /** The firm word is looked up before the surname (a one-word organisation). */
  prefersFirm(b: number): boolean { return this.data[b + 9] === 1; }
  /** The firm key (`m`), or -1: entities that share it are one. */
  sameFirm(b: number): number { return this.data[b + 10]; }
  offerCount(b: number): number { return this.data[b + 6]; }
  /** Where the offers start in `data` (`offerCount` of them). */
  offersAt(b: number): number { return b + HEAD; }
  keyCount(b: number): number { return this.data[b + 7]; }
  /** Where the keys start in `data` (`keyCount` of them). */
  keysAt(b: number): number { return b + HEAD + this.data[b + 6]; }

  /** Gives up a key number (call when no entity has the key any more). */
  release(id: number): void {
    const name = this.names[id];
    if (name === undefined) return;
    this.spaces[id]!.delete(name);
    this.names[id] = undefined;
    this.spaces[id] = undefined;
    this.freeIds.push(id);
  }

  /** `key`'s number in `space`. */
  private intern(space: Map<string, number>, key: string): number {
    let id = space.get(key);
    if (id === undefined) {
      id = this.freeIds.length ? this.freeIds.pop()! : this.names.length;
      space.set(key, id);
      this.names[id] = key;
      this.spaces[id] = space;
    }
    return id;
  }

  private allocate(len: number): number {
    const reuse = this.freeRecords[len]?.pop();
    if (reuse !== undefined) return reuse;
    if (this.top + len > this.data.length) {
      const d = new Int32Array(Math.max(this.top + len, this.data.length * 2));
      d.set(this.data);
      this.data = d;
    }
    const b = this.top;
    this.top += len;
    return b;
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
  if (k.firm) out.push('S:#' + k.firm);
  if (k.findFirm && k.findFirm !== k.firm) out.push('S:#' + k.findFirm);
  if (k.acronym) out.push('A:' + k.acronym);
  if (k.findAcronym && k.findAcronym !== k.acronym) out.push('A:' + k.findAcronym);
  if (k.findOther && k.findOther !== k.own) out.push(k.findOther);
  return out;
}
