/**
 * Grammatical gender of a person, for resolving "he"/"she" only: from a gendered title or role
 * ("Ms", "spokeswoman") or a first name that general-purpose name lists tag one way.
 */
import data from './name-gender.json';
import { lexicon } from './lexicon';

export type Gender = 'male' | 'female';

const MALE_NAMES: ReadonlySet<string> = new Set(data.male.split(' '));
const FEMALE_NAMES: ReadonlySet<string> = new Set(data.female.split(' '));

const MALE_WORDS = /^(mr|sir|lord|king|prince|duke|baron|count|emperor|sultan|sheikh|emir|father|brother|rev|reverend|congressman|councilman|chairman|spokesman|businessman|policeman|fireman|husband|widower|son|grandson|nephew|boyfriend|grandfather|uncle|man)$/i;
const FEMALE_WORDS = /^(mrs|ms|miss|madam|madame|dame|lady|queen|princess|duchess|baroness|countess|empress|sister|mother|congresswoman|councilwoman|chairwoman|spokeswoman|businesswoman|policewoman|wife|widow|daughter|granddaughter|niece|girlfriend|grandmother|aunt|woman)$/i;

/** A lower-case role noun in "-woman" or "-man" ("fisherwoman", "the fisherman Tor Alm", "a cameraman"). */
const WOMAN_ROLE = /^[a-z]{2,}woman$/;
const MAN_ROLE = /^[a-z]{2,}man$/;
/** Lower-case words in "-man" that name no man. */
const NOT_MAN_ROLES: ReadonlySet<string> = new Set(['human', 'shaman', 'talisman', 'caiman', 'ottoman', 'superhuman', 'inhuman', 'nonhuman', 'subhuman']);

/** Gender a title or role phrase implies ("Ms", "the spokeswoman", "the fisherman"), or null. */
export function genderOfWords(phrase: string): Gender | null {
  for (const w of phrase.split(/[\s.]+/)) {
    if (MALE_WORDS.test(w)) return 'male';
    if (FEMALE_WORDS.test(w) || WOMAN_ROLE.test(w)) return 'female';
    if (MAN_ROLE.test(w) && !NOT_MAN_ROLES.has(w)) return 'male';
  }
  return null;
}

/** Gender a first name implies, or null when unknown or used both ways. */
export function genderOfFirstName(name: string): Gender | null {
  const first = name.split(/[\s]+/)[0]?.toLowerCase() ?? '';
  if (MALE_NAMES.has(first)) return 'male';
  if (FEMALE_NAMES.has(first)) return 'female';
  return null;
}

/**
 * Whether a word is a known given name (either gender's list, or the lexicon's first names). A word of
 * printable ASCII with no space, as a token's text is, is its own first word: one lower case and no
 * split (`genderOfFirstName`), for ~2k of these asks per 1,000 docs.
 */
export function isKnownGivenName(word: string): boolean {
  if (!printableAsciiWord(word)) return genderOfFirstName(word) !== null || lexicon.firstNames.has(word.toLowerCase());
  const l = word.toLowerCase();
  return MALE_NAMES.has(l) || FEMALE_NAMES.has(l) || lexicon.firstNames.has(l);
}

/** Is `w` made of ASCII characters from "!" to "~" only (no white space, nothing `split(/\s+/)` could cut)? */
function printableAsciiWord(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c <= 32 || c >= 127) return false;
  }
  return true;
}

export function genderOfPronoun(p: string): Gender | null {
  const l = p.toLowerCase();
  if (l === 'he' || l === 'him' || l === 'his') return 'male';
  if (l === 'she' || l === 'her' || l === 'hers') return 'female';
  return null;
}
