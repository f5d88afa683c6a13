/** Name normalisation used to match spellings within and across articles. */
import { memo } from './memo';

const DIACRITICS = /\p{M}+/gu;
const ASCII_PLAIN = /^[A-Za-z0-9 ,'-]*$/;
/** Letters that Unicode does not decompose into a base letter and a mark. */
const LETTERS: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ı: 'i', ħ: 'h' };
const LETTER_RE = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

/** Lower-case, strip diacritics and dots, unify apostrophes and dashes. */
export const fold = memo(foldUncached);

function foldUncached(s: string): string {
  if (ASCII_PLAIN.test(s)) return s.toLowerCase();
  return s
    .normalize('NFD')
    .replace(DIACRITICS, '')
    .toLowerCase()
    .replace(LETTER_RE, (c) => LETTERS[c])
    .replace(/[’‘`]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\./g, '');
}

/**
 * A spelling-insensitive key for one name token: transliteration variants (Yevgeny/Yevgeniy,
 * Aleksandr/Alexander, Mohammed/Muhammad) collapse to the same skeleton: first letter plus
 * the consonants, with y→i, ks→x, ph→f, doubled letters merged.
 */
export const tokenSkeleton = memo(skeletonUncached);

/**
 * One sound, many romanisations: "dzh", "dj", "zh" and "j" (Dzhaksy-/Djaksy-/Zhaksy-/Jaksy-) are
 * written for the same consonant.
 */
const translit = (t: string) => t.replace(/dzh|dj|zh/g, 'j');

function skeletonUncached(token: string): string {
  const t = lettersOf(token);
  if (t.length <= 2) return t;
  return spellingFold(t, true);
}

/** A surname keeps its vowels (Berg ≠ Borg, Petrov ≠ Petrova); only spelling noise folds. */
function surnameKey(token: string): string {
  return spellingFold(lettersOf(token), false);
}

/** The folded token's letters a–z, with the romanisations of one sound made one (translit). */
function lettersOf(token: string): string {
  let t = fold(token);
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 97 || c > 122) {
      t = t.replace(/[^a-z]/g, '');
      break;
    }
  }
  return t.includes('zh') || t.includes('dj') ? translit(t) : t;
}

/**
 * One left-to-right pass doing what the chain of replaces did: ph→f, ks→x, (skeleton only) kh→h,
 * y→i, (skeleton only) j→i, doubled letters merged, and (skeleton only) the vowels and h after the
 * first letter dropped. The pairs never overlap (each starts with its own letter, and no replacement
 * makes a letter that starts or ends another pair before it), so one pass gives the same string.
 */
function spellingFold(t: string, skeleton: boolean): string {
  let out = '';
  let last = -1;
  for (let i = 0; i < t.length; i++) {
    let c = t.charCodeAt(i);
    const next = i + 1 < t.length ? t.charCodeAt(i + 1) : 0;
    if (c === 112 && next === 104) (c = 102), i++; // ph → f
    else if (c === 107 && next === 115) (c = 120), i++; // ks → x
    else if (skeleton && c === 107 && next === 104) (c = 104), i++; // kh → h
    else if (c === 121 || (skeleton && c === 106)) c = 105; // y, j → i
    if (c === last) continue;
    last = c;
    if (skeleton && out.length > 0 && (c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 104)) continue;
    out += String.fromCharCode(c);
  }
  return out;
}

/**
 * Key of a whole name: the skeleton of its letters with spacing and hyphenation removed. For a
 * person's given names only the consonants count (Oleksandr/Aleksandr/Alexander, Yusuf/Youssef);
 * the surname keeps its first letter, so different families stay apart.
 */
export function nameKey(name: string, person = false): string {
  return person ? personKey(name) : plainKey(name);
}
const personKey = memo((name) => nameKeyUncached(name, true));
const plainKey = memo((name) => nameKeyUncached(name, false));

function nameKeyUncached(name: string, person: boolean): string {
  const either = person ? eitherOrderKey(name) : null;
  if (either !== null) return either;
  const parts = fold(name)
    .replace(/'s$/, '')
    .split(/[\s-]+/)
    .filter((p) => p && p !== 'the');
  // A middle initial does not tell two people apart: "Anna K. Brill" is "Anna Brill".
  if (person && parts.length >= 3) for (let i = parts.length - 2; i >= 1; i--) if (parts[i].length <= 2 && INITIAL.test(parts[i])) parts.splice(i, 1);
  if (person && parts.length >= 2) {
    const last = parts.length - 1;
    return parts.map((p, i) => (i < last ? givenKey(p) : surnameKey(p))).join('');
  }
  return parts.map(tokenSkeleton).join('');
}

const INITIAL = /^\p{L}\.?$/u;

/** A given name's skeleton without its first letter, or the whole skeleton when that leaves nothing. */
function givenKey(p: string): string {
  const s = tokenSkeleton(p);
  return s.length > 1 ? s.slice(1) : s;
}

/**
 * East Asian names are written in both orders ("Park Ji-hoon", "Ji-hoon Park"): a short family name
 * and a hyphenated given name of short syllables are keyed in no particular order, so both orders of
 * one person meet. Null for other names.
 */
function eitherOrderKey(name: string): string | null {
  if (!name.includes('-')) return null; // the given name is hyphenated
  const w = name.trim().split(/\s+/);
  if (w.length !== 2) return null;
  if (!((GIVEN.test(w[0]) && FAMILY.test(w[1])) || (FAMILY.test(w[0]) && GIVEN.test(w[1])))) return null;
  return w.flatMap((x) => x.split('-')).map(surnameKey).sort().join('');
}

const GIVEN = /^\p{Lu}\p{Ll}{0,4}-\p{L}\p{Ll}{1,4}$/u, FAMILY = /^\p{Lu}\p{Ll}{1,4}$/u;

/** Initials of the capitalised words of a name ("Coastal Rescue Federation" → "crf"). */
export function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0].toLowerCase())
    .join('');
}

/** A stable, readable id for an entity name ("Park Ji-hoon" → "park-ji-hoon"). */
export function slug(name: string): string {
  return (
    fold(name)
      .replace(/'s\b/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'entity'
  );
}
