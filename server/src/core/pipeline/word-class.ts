/**
 * What the entity stage asks of a folded word (is it a function word, a month, a title, a head
 * word, an ordinary English word, a known name?), answered once per word as a set of bits. Chunking
 * asks several of these for every word of a capitalised run, each a lookup in a large list; one
 * lookup of the word's bits replaces them. Kept on the word's lexeme (text/intern.ts).
 */
import { isCommonWord, isPlaceName, lexicon } from '../model/lexicon';
import type { Lexeme } from '../text/intern';
import { foldedOf } from './token-fold';
import { FUNCTION_WORDS, LOC_HEADS, MONTHS, ORG_HEADS, TITLE_HEADS, TITLE_MODIFIERS, WEEKDAYS } from '../model/words';

/** Given names, surnames, places and nationality words in one set: one lookup per word. */
const KNOWN_NAMES: ReadonlySet<string> = new Set([...lexicon.firstNames, ...lexicon.lastNames, ...lexicon.demonyms.keys()]);

export function isKnownName(l: string): boolean {
  return KNOWN_NAMES.has(l) || isPlaceName(l);
}

/** Month and weekday names in one set. */
export const DATE_WORDS: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS]);
/** Function words, months and weekdays: capitalised, never a name on their own. */
const PLAIN_CAPS: ReadonlySet<string> = new Set([...FUNCTION_WORDS, ...DATE_WORDS]);

/** A title noun, also as a hyphenated compound of title words ("director-general", "commander-in-chief"). */
export function isTitleHead(l: string): boolean {
  if (TITLE_HEADS.has(l)) return true;
  if (!l.includes('-')) return false;
  const parts = l.split('-');
  return parts.some((p) => TITLE_HEADS.has(p)) && parts.every((p) => TITLE_HEADS.has(p) || TITLE_MODIFIERS.has(p) || p === 'in');
}

/** Organisation, place and title head words in one set (hyphenated titles aside). */
const HEADS: ReadonlySet<string> = new Set([...ORG_HEADS, ...LOC_HEADS, ...TITLE_HEADS]);

/** In PLAIN_CAPS: a function word, month or weekday. */
export const W_PLAIN_CAPS = 1;
/** An ordinary English word that is no known name (`isCommonWord` and not `isKnownName`). */
export const W_COMMON_UNNAMED = 2;
/** `isKnownName`. */
export const W_KNOWN_NAME = 4;
/** `isTitleHead`. */
export const W_TITLE_HEAD = 8;
/** An organisation, place or title head word (HEADS, or `isTitleHead`). */
export const W_HEAD = 16;
/** A month or weekday. */
export const W_DATE = 32;
/** In TITLE_MODIFIERS. */
export const W_TITLE_MODIFIER = 64;
/** In FUNCTION_WORDS. */
export const W_FUNCTION = 128;
/** In the lexicon's honorifics ("mr", "dr"). */
export const W_HONORIFIC = 256;
/** In ORG_HEADS. */
export const W_ORG_HEAD = 512;

/**
 * The bits (W_…) of a folded word. Not memoised by string: its one caller keeps the answer on the
 * word's lexeme, so a cache by string saw ~1% hits and only added a Map entry per word.
 */
export const wordClass = classify;

/** `wordClass` of a lexeme's fold, kept on the lexeme. */
export function lexClass(lex: Lexeme): number {
  let c = lex.cls;
  if (c < 0) lex.cls = c = wordClass(foldedOf(lex));
  return c;
}

function classify(l: string): number {
  const known = isKnownName(l), title = isTitleHead(l);
  return (PLAIN_CAPS.has(l) ? W_PLAIN_CAPS : 0)
    | (isCommonWord(l) && !known ? W_COMMON_UNNAMED : 0)
    | (known ? W_KNOWN_NAME : 0)
    | (title ? W_TITLE_HEAD : 0)
    | (title || HEADS.has(l) ? W_HEAD : 0)
    | (DATE_WORDS.has(l) ? W_DATE : 0)
    | (TITLE_MODIFIERS.has(l) ? W_TITLE_MODIFIER : 0)
    | (FUNCTION_WORDS.has(l) ? W_FUNCTION : 0)
    | (lexicon.honorifics.has(l) ? W_HONORIFIC : 0)
    | (ORG_HEADS.has(l) ? W_ORG_HEAD : 0);
}
