/** Name normalisation used to match spellings within and across articles. */
import { memo } from './memo';
import { FAMILY_FIRST } from './family-first-names';

const DIACRITICS = /\p{M}+/gu;
const ASCII_PLAIN = /^[A-Za-z0-9 ,'-]*$/;
/** Letters that Unicode does not decompose into a base letter and a mark. */
const LETTERS: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ı: 'i', ħ: 'h' };
const LETTER_RE = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

/** Lower-case, strip diacritics and dots, unify apostrophes and dashes. */
export const fold = memo(foldUncached);

/** Is `s` plain ASCII (letters, digits, spaces, commas, apostrophes, hyphens), whose fold is its lower case? */
export function isPlainAscii(s: string): boolean {
  return ASCII_PLAIN.test(s);
}

function foldUncached(s: string): string {
  if (isPlainAscii(s)) return s.toLowerCase();
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

// Tried (s11): the replace chains of skeletonUncached/surnameKey as one char loop (ph/ks/kh, y/j,
// doubled letters, vowels), eitherOrderKey's early return without a hyphen, hoisted regexes. Same
// keys on 300k random names, but no gain: abi 7 rounds 0.912 vs base-as-variant 0.943, coldab 5x3000
// 1.011 vs 1.002 (noise), and a micro-bench on novel names timed it the same as the replaces (the
// bench's bias, old code against a copy of itself, was as large as the difference). Kept as is.
export function skeletonUncached(token: string, folded = fold(token)): string {
  let t = plainLetters(folded);
  if (t.length <= 2) return t;
  t = spellingFolded(t).replace(/(.)\1+/g, '$1');
  return t[0] + t.slice(1).replace(/[aeiouh]/g, '');
}

/**
 * A given name's key from the word and its skeleton: its consonants. A first vowel is left out
 * (Yevgeny/Evgeny, Oleksandr/Aleksandr), and so is a "g" read as one (Giannis/Yiannis); a first
 * consonant is kept, c, g and q read as "k" and w as "v" (Catrin/Katrin, Gurban/Kurban, Wasil/Vasil):
 * "Samir" and "Amara", or "Dan" and "Ann", are two people, and with the first consonant gone they shared a key.
 */
export function givenKeyOf(word: string, s: string): string {
  if (s.length <= 1) return s;
  if (hasHardCOrZ(word)) s = skeletonUncached(word[0] + hardCAsK(word.slice(1).toLowerCase()));
  const c = s.charCodeAt(0);
  if (c === 97 || c === 101 || c === 105 || c === 111 || c === 117) return s.slice(1); // a e i o u (y is i)
  if (c === 103 && word.length > 2 && isGlide(word.charCodeAt(1) | 0x20) && isVowelCode(word.charCodeAt(2) | 0x20)) return s.slice(1);
  return (c === 99 || c === 103 || c === 113 ? 'k' : c === 119 ? 'v' : s[0]) + s.slice(1);
}
/**
 * A given name's hard "c" is the "k" of another spelling, and its "z" after the first letter an "s"
 * (Marc/Mark, Viktor/Victor, Nicolas/Nikolas, Dominic/Dominik, Elizabeth/Elisabeth, Teresa/Tereza). A "c"
 * before e, i or y is soft and stays ("Lucy" is no "Luke"), as do "ch" ("Michael") and "zh" (a romanisation's "j").
 */
const hardCAsK = (rest: string): string => rest.replace(/c(?![eiyh])/g, 'k').replace(/z(?!h)/g, 's');
/** Whether `hardCAsK` may change the word after its first letter (most given names have neither letter). */
const hasHardCOrZ = (word: string): boolean => {
  for (let i = 1; i < word.length; i++) { const c = word.charCodeAt(i) | 0x20; if (c === 99 || c === 122) return true; }
  return false;
};
const isGlide = (c: number): boolean => c === 105 || c === 121; // i y
const isVowelCode = (c: number): boolean => c === 97 || c === 101 || c === 111 || c === 117;

/**
 * A "w" after a vowel is the "v" of another romanisation ("Nurmagowa"/"Nurmagova", "Kasowa"/"Kasova":
 * German and English spellings of one Slavic name), in a full name's surname key only, which keeps its
 * vowels: in a skeleton without them "Siwu" met "Sova" (training folders). A first "w" is left alone.
 */
const VOWEL_W = /([aeiouy])w/g;

/**
 * A word's plain letters (of its fold), one romanised sound spelt one way (`translit`). The keys below take
 * the fold as an argument: a lexeme's is kept on it (token-fold.ts `foldedOf`), and passing it saves a
 * lookup in fold's memo per new word (chunk-name-key.ts: 8.9k per 1,000 docs).
 */
const plainLetters = (folded: string): string => translit(folded.replace(/[^a-z]/g, ''));
/** `plainLetters` of a word of three letters or more with spelling noise folded: ph/f, ks/x, kh/h, y and j as i, British/American endings. */
const spellingFolded = (t: string): string =>
  spellingVariant(t).replace(/ph/g, 'f').replace(/ks/g, 'x').replace(/kh/g, 'h').replace(/y/g, 'i').replace(/j/g, 'i');

/**
 * A one-word place's or organisation's key: its letters, spelling noise folded as `skeletonUncached`
 * folds it, h dropped after the first letter and each run of vowels kept as its first one (y as i).
 * Romanisations still meet ("Velyk"/"Veliek", "Dorhan"/"Doheran", "Harbour"/"Harbor"), but two towns
 * a vowel apart do not ("Montara"/"Mantura", "Kessel"/"Kassel"): the consonant skeleton joined them
 * across articles, and a firm with a place ("Pellor"/"Pallar"). A person's name and names of several
 * words keep the skeleton. Tried: o as u and e as i too (romanisations of one vowel) joined as many
 * different places as spellings of one (training folders).
 */
export function letterKeyUncached(token: string, folded = fold(token)): string {
  let t = plainLetters(folded);
  if (t.length <= 2) return t;
  t = spellingFolded(t);
  t = (t[0] + t.slice(1).replace(/h/g, '')).replace(/(.)\1+/g, '$1');
  return t[0] + t.slice(1).replace(/([aeiou])[aeiou]+/g, '$1');
}
// Not remembered: it is asked only when `otherKey`'s memo of the whole name missed, so the word is new to it
// too (3,000 cold docs: 3,126 calls, 2 repeats; each a Map lookup and insert for nothing).

/**
 * One key for a word's British and American spellings: "-ise"/"-ize" endings ("Organisation",
 * "Organization"; "Recognised", "Recognized") and "-ence"/"-ense" ("Defence", "Defense"). The skeleton's
 * dropped vowels already join "Centre"/"Center" and "Labour"/"Labor". By whole endings, not letters:
 * folding every z and final c in a lone word's short skeleton joined "Nazi" and "Nice", "Shiraz" and
 * "Shires", "France" and "Furness" (tried on the training folders); only words of 7 letters or more.
 */
function spellingVariant(w: string): string {
  if (w.length < 7) return w; // "Maize" would meet "M5S"
  if (w.endsWith('ence') || w.endsWith('ences')) return w.replace(/ence(s?)$/, 'ense$1');
  return w.includes('iz') ? w.replace(/iz(e|es|ed|ing|ation|ations|er|ers)$/, 'is$1') : w;
}

/** A surname keeps its vowels (Berg ≠ Borg, Petrov ≠ Petrova); only spelling noise folds. Remembered per word like `tokenSkeleton`. */
const surnameKey = memo(surnameKeyUncached);

export function surnameKeyUncached(token: string, folded = fold(token)): string {
  return plainLetters(folded).replace(VOWEL_W, '$1v').replace(/ph/g, 'f').replace(/ks/g, 'x').replace(/y/g, 'i').replace(/(.)\1+/g, '$1');
}

/**
 * Key of a whole name: the skeleton of its letters with spacing and hyphenation removed. For a
 * person's given names only the consonants count (Oleksandr/Aleksandr/Alexander, Yusuf/Youssef: `givenKeyOf`);
 * the surname keeps its first letter, so different families stay apart.
 */
export function nameKey(name: string, person = false): string {
  return person ? personKey(name) : plainKey(name);
}
const personKey = memo((name) => nameKeyUncached(name, true));
const plainKey = memo((name) => nameKeyUncached(name, false));

/**
 * The key resolution pools an entity's name under, within an article and across them: `nameKey`,
 * except that a name of one word ('the' aside) that is no person's is keyed by its letters (`letterKeyUncached`).
 */
export function entityNameKey(name: string, person: boolean): string {
  return person ? personKey(name) : otherKey(name);
}
const otherKey = memo((name) => nameKeyUncached(name, false, true));

/**
 * A name of ASCII letters in words apart by single spaces, as most are: its fold is its lower case,
 * its parts are its words, and it has no hyphen for `eitherOrderKey` nor a possessive to drop.
 */
export const PLAIN_WORDS = /^[A-Za-z]+(?: [A-Za-z]+)*$/;
/** `PLAIN_WORDS.test(name)` as a loop: ASCII letters, one space between words, none at either end. */
export function isPlainWords(name: string): boolean {
  let afterLetter = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if ((c | 0x20) >= 97 && (c | 0x20) <= 122) afterLetter = true; // A-Z, a-z only
    else if (c === 32 && afterLetter) afterLetter = false;
    else return false;
  }
  return afterLetter;
}

function nameKeyUncached(name: string, person: boolean, oneWordByLetters = false): string {
  let parts: string[];
  // A plain name skips the regex chain, and its fold is not remembered under a whole name that
  // seldom recurs (the words' keys are remembered).
  // Tried (s15): a plain name's words keyed by their lexemes (lexemeOf per word, parts kept on the
  // lexeme as chunk-name-key.ts does for tokens) instead of tokenSkeleton's memo: no gain (worker-like
  // coldab 6x3000 with join keys: 0.926 against 0.908 without it, base-as-variant 1.022); a name's
  // words also evict the tokenizer's lexemes from the direct-mapped slots.
  if (PLAIN_WORDS.test(name)) parts = name.toLowerCase().split(' ');
  else {
    const either = person ? eitherOrderKey(name) : null;
    if (either !== null) return either;
    parts = fold(name).replace(/'s$/, '').split(/[\s-]+/);
  }
  parts = parts.filter((p) => p && p !== 'the');
  if (oneWordByLetters && parts.length === 1) return letterKeyUncached(parts[0]);
  // "Tang Weiling": a family name written first is keyed as "Tang Wei-Ling" is (`eitherOrderKey`, family-first-names.ts).
  if (person && parts.length === 2 && FAMILY_FIRST.has(parts[0]) && !FAMILY_FIRST.has(parts[1])) return surnameKey(parts[1]) + surnameKey(parts[0]);
  // A middle initial does not tell two people apart: "Anna K. Brill" is "Anna Brill".
  if (person && parts.length >= 3) for (let i = parts.length - 2; i >= 1; i--) if (/^\p{L}\.?$/u.test(parts[i])) parts.splice(i, 1);
  if (person && parts.length >= 2) {
    const last = parts.length - 1;
    let key = '';
    for (let i = 0; i < last; i++) key += givenKeyOf(parts[i], tokenSkeleton(parts[i]));
    return key + surnameKey(parts[last]);
  }
  let key = '';
  for (const p of parts) key += tokenSkeleton(p);
  return key;
}

/**
 * East Asian names are written in both orders ("Park Ji-hoon", "Ji-hoon Park"): a short family name
 * and a hyphenated given name of short syllables are keyed in no particular order, so both orders of
 * one person meet. Null for other names.
 */
function eitherOrderKey(name: string): string | null {
  const w = name.trim().split(/\s+/);
  if (w.length !== 2) return null;
  const given = /^\p{Lu}\p{Ll}{0,4}-\p{L}\p{Ll}{1,4}$/u;
  if (!((given.test(w[0]) && isFamily(w[1])) || (isFamily(w[0]) && given.test(w[1])))) return null;
  // A common family name (family-first-names.ts): the given name without its hyphen, then the family name, vowels
  // kept, so "Ji-hoon Park", "Park Ji-hoon" and "Park Jihoon" meet. Other names by their syllables in any order,
  // which a hyphen put after another syllable ("Ban-Ki Moon" for "Ban Ki-moon") does not change.
  const syl = w.flatMap((x) => x.split('-'));
  if (FAMILY_FIRST.has(fold(syl[0]))) return surnameKey(syl.slice(1).join('')) + surnameKey(syl[0]); // also "Seo-Min Ha"
  if (isFamily(w[1]) && /-/.test(w[0]) && FAMILY_FIRST.has(fold(w[1]))) return surnameKey(w[0]) + surnameKey(w[1]);
  return w.flatMap((x) => x.split('-')).map(surnameKey).sort().join('');
}

/**
 * A family name of the kind `eitherOrderKey` reads: short, and of one syllable (one run of vowels, y
 * counted): "Park", "Choi", "Hwang", "Lee". A given name of two syllables before a double-barrelled
 * surname ("Peder Lund-Aas", "Ilse Varga-Horn") keeps its order, so the name written without its hyphen
 * in another article ("Peder Lund Aas") has the same key.
 */
const FAMILY = /^\p{Lu}\p{Ll}{1,4}$/u, VOWEL_RUNS = /[aeiouy]+/gi;
const isFamily = (w: string): boolean => FAMILY.test(w) && (w.match(VOWEL_RUNS)?.length ?? 0) <= 1;

const INITIALS_SPLIT = /[\s-]+/, CAPITAL_START = /^\p{Lu}/u;
/** Initials of the capitalised words of a name ("Coastal Rescue Federation" → "crf"). */
export function initials(name: string): string {
  // A loop, not filter/map/join: an empty map() result has another array map, which threw away the optimised code of its callers.
  let out = '';
  for (const w of name.split(INITIALS_SPLIT)) if (CAPITAL_START.test(w)) out += w[0].toLowerCase();
  return out;
}

/** A stable, readable id for an entity name ("Park Ji-hoon" → "park-ji-hoon"). */
export function slug(name: string): string {
  // A plain name's slug is its lower case with dashes (what fold and the chain below give): a
  // from-scratch resolution slugs every corpus-wide entity's name in a cold start's serial tail
  // (~90,000 at 10,000 articles, most novel to fold's memo).
  if (PLAIN_WORDS.test(name)) return name.toLowerCase().replaceAll(' ', '-');
  return (
    fold(name)
      .replace(/'s\b/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'entity'
  );
}

