/**
 * Given names that are also a modal verb or a month, read as names where a date or a question cannot
 * stand. The run split drops a capitalised function word at a run's edge ("Will") and every date word
 * ("Jan", "June"), so "Will Dorsey said …" and "Energy Minister Jan Holt" kept only the surname.
 *   - "Will" before a surname: mid-sentence (a modal is never capitalised there, "said Will Dorsey"), or
 *     at a sentence start whose sentence asks no question ("Will Dorsey told …", not "Will Velnor survive?");
 *   - a month that is a given name ("Jan", "Jun", "June", "April", "May", "August") before a surname, after
 *     a title word or not after a word that opens a time ("in June", "by May"), and with no day's number
 *     next to it ("June 5", "5 June Parr"); at a sentence start only a short form ("Jun Takeda said").
 * Title-case lines (headlines) are left to the run split: every word is capitalised there.
 */
import type { Token } from '../types';
import { lowerToken, lexOf } from './token-fold';
import { lexClass, W_COMMON_UNNAMED, W_DATE, W_FUNCTION, W_HEAD, W_TITLE_HEAD, W_TITLE_MODIFIER } from './word-class';
import { isPlaceName, lexicon } from '../model/lexicon';

/** A word written as a surname: a capital, then lower-case letters ("Dorsey", "O'Neill"). */
const SURNAME_SHAPE = /^\p{Lu}[\p{Ll}'’-]+$/u;

/** Months that are also given names ("Jun" an East Asian one: "Jun Takeda"). */
const MONTH_GIVEN = new Set(['jan', 'jun', 'june', 'april', 'may', 'august']);

/** Those written as a month's short form, which opens no sentence as a time before a name ("Jun Takeda said"). */
const SHORT_MONTH_GIVEN = new Set(['jan', 'jun']);

/** Words before a month that make it a time ("in June", "since April", "last May"). */
const TIME_OPENERS = new Set(['in', 'since', 'until', 'till', 'from', 'through', 'by', 'before', 'after', 'during', 'of',
  'last', 'next', 'this', 'that', 'early', 'late', 'mid', 'to', 'on', 'between', 'around']);

/** Whether "Will" at token k (the first of a run ending at b) is a given name before the surname k+1. */
export function willGivenName(tokens: readonly Token[], k: number, b: number, atStart: boolean): boolean {
  if (k >= b || tokens[k].text !== 'Will' || !surnameAt(tokens, k + 1)) return false;
  return !atStart || !asksQuestion(tokens, k);
}

/** Whether the month at token k, inside a run ending at b (k < b), is a given name before the surname k+1. */
export function monthGivenName(tokens: readonly Token[], k: number, b: number): boolean {
  if (k >= b || !MONTH_GIVEN.has(lowerToken(tokens[k])) || !SURNAME_SHAPE.test(tokens[k].text) || !surnameAt(tokens, k + 1)) return false;
  const after = tokens[k + 2];
  if (after && after.sentence === tokens[k].sentence && after.kind === 'number') return false;
  const before = tokens[k - 1];
  // "June Parr …" at a start: a date may open it ("June saw …"); a short form does not ("Jun Takeda said …").
  if (!before || before.sentence !== tokens[k].sentence) return SHORT_MONTH_GIVEN.has(lowerToken(tokens[k]));
  if (before.kind === 'number') return false;
  if (before.kind !== 'word') return true;
  const w = lexClass(lexOf(before));
  if (w & (W_TITLE_HEAD | W_TITLE_MODIFIER)) return /^\p{Lu}/u.test(before.text);
  return !TIME_OPENERS.has(lowerToken(before));
}

/**
 * Whether a two-word chunk led by `first` (lower case) is led by a given name the run split kept only as
 * one ("Will" mid-sentence, a month before a surname): no place after "to" or "in" ("an injury to Will Dorsey").
 */
export function keptGivenWord(first: string, n: number): boolean {
  return n === 2 && (first === 'will' || MONTH_GIVEN.has(first));
}

/** A surname after a given name: name-shaped, no head, function or date word, and no ordinary word unless a known surname. */
function surnameAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || !SURNAME_SHAPE.test(t.text)) return false;
  const w = lexClass(lexOf(t));
  if (w & (W_HEAD | W_FUNCTION | W_DATE)) return false;
  const l = lowerToken(t);
  if (isPlaceName(l) || lexicon.organizations.has(l)) return false;
  return !(w & W_COMMON_UNNAMED) || lexicon.lastNames.has(l);
}

/** Whether the sentence of token k holds a question mark after it. */
function asksQuestion(tokens: readonly Token[], k: number): boolean {
  const s = tokens[k].sentence;
  for (let i = k + 1; i < tokens.length && tokens[i].sentence === s; i++) if (tokens[i].text === '?') return true;
  return false;
}
