/**
 * The holder's name at the end of a "TITLE of BODY NAME" run whose given name the first-name lexicon
 * lacks: "Director of Naval Communications Bill Hargrove" ("Bill" is in the given-name lists by
 * gender, but not among the lexicon's first names, being an ordinary word too), "Deputy Secretary for
 * Logistics Darleen Whitcomb" (a given name in no list, after a plain field word). Without it the body
 * and the person were one mention, typed as a body or a place, and a quote said by the person went to it.
 */
import type { Token } from '../types';
import { lowerToken, lexOf } from './token-fold';
import { lexClass, W_TITLE_HEAD, W_COMMON_UNNAMED, W_KNOWN_NAME, W_HEAD, W_FUNCTION, W_DATE, W_TITLE_MODIFIER } from './word-class';
import { genderOfFirstName } from '../model/gender';
import { WORD_GIVEN_NAMES } from '../model/word-given-names';
import { isCommonWord, isPlaceName, lexicon } from '../model/lexicon';
import { CUE_VERBS, SPEECH_CUES } from '../model/words';
import { memberForBefore } from './entity-place-nouns';

/** A word written as a name: a capital, then lower-case letters ("Bill", "Whitcomb", "O'Neill"). */
const NAME_WORD = /^\p{Lu}[\p{Ll}'’-]+$/u;

/** Bits of a word that is no name of its own kind: ordinary, a known name, a head, a function or date word. */
const NOT_UNKNOWN = W_COMMON_UNNAMED | W_KNOWN_NAME | W_HEAD | W_FUNCTION | W_DATE | W_TITLE_MODIFIER;

/**
 * Where, in the words j..b after a title's connector, a person's name of two or three words starts
 * (k > j, so a body comes first), or -1. The name is name-shaped words, none a head word, led by a
 * given name of the gender lists, by a given name that is also an ordinary word before a surname that
 * is no English word ("Bill Hargrove"), or, right after an ordinary word (the field: "Logistics"), by
 * words that are no English word and no known name at all.
 */
export function holderAfterBody(tokens: readonly Token[], j: number, b: number): number {
  for (let k = Math.max(j + 1, b - 2); k < b; k++) {
    if (!nameWords(tokens, k, b)) continue;
    const given = lowerToken(tokens[k]);
    if (genderOfFirstName(given) !== null) return k;
    if (WORD_GIVEN_NAMES.has(given) && unknownWords(tokens, k + 1, b)) return k; // "… Communications Bill Hargrove"
    const before = tokens[k - 1];
    const w = before.kind === 'word' ? lexClass(lexOf(before)) : 0;
    if ((w & W_COMMON_UNNAMED) && !(w & (W_KNOWN_NAME | W_FUNCTION)) && unknownWords(tokens, k, b)) return k; // "… for Logistics Darleen Whitcomb"
  }
  return -1;
}

/**
 * Whether the two-word run k..b at a sentence start is a person's name opened by a given name that is
 * also an ordinary word, before a surname that is no English word and no known name ("Bill Hargrove
 * said …", "Dawn Keswick told …"): kept whole, where the run split drops a capitalised ordinary word
 * at a sentence start; so is one before a known word when a reporting verb follows ("Dawn Mercer told …").
 * "Will" stays out: a question opens with it ("Will Velnor survive?").
 */
export function wordGivenNameOpens(tokens: readonly Token[], k: number, b: number): boolean {
  if (b !== k + 1 || !wordGivenPair(tokens, k, b)) return false;
  return unknownWords(tokens, b, b) || surnameOnly(tokens[b]) || (reportsAfter(tokens, b) && !placeOrFirm(tokens[b]));
}

/**
 * Two name-shaped words led by a given name that is also an ordinary word, no head word among them
 * and no plural noun last ("Dawn Mercer", "Rich Baker"; not "Rose Garden", "Rich Countries", and never "Will").
 */
export function wordGivenPair(tokens: readonly Token[], k: number, b: number): boolean {
  if (b !== k + 1) return false;
  const given = lowerToken(tokens[k]);
  return given !== 'will' && WORD_GIVEN_NAMES.has(given) && nameWords(tokens, k, b) && !pluralNoun(tokens[b]);
}

/** An ordinary noun's plural ("Countries", "Markets"): no surname, so the pair is no person ("Rich Countries"). */
function pluralNoun(t: Token): boolean {
  const l = lowerToken(t);
  if (!l.endsWith('s') || !(lexClass(lexOf(t)) & W_COMMON_UNNAMED)) return false;
  return l.endsWith('ies') ? isCommonWord(l.slice(0, -3) + 'y') : isCommonWord(l.slice(0, -1)) || (l.endsWith('es') && isCommonWord(l.slice(0, -2)));
}

/**
 * Whether the word after token b reports speech in a past or present form ("told", "said", "says"),
 * or is what a person does when speaking ("spoke"): the words before it are the speaker. The bare
 * forms ("say", "call", "note") are left out: a noun phrase reads like them ("Olive Oil Notes").
 */
export function reportsAfter(tokens: readonly Token[], b: number): boolean {
  const t = tokens[b + 1];
  if (!t || t.kind !== 'word' || t.sentence !== tokens[b].sentence) return false;
  const w = t.text;
  if (SPOKE.has(w)) return true;
  const lemma = CUE_VERBS.get(w);
  if (lemma === undefined || lemma === w || w.endsWith('ing') || !SPEECH_CUES.has(lemma)) return false;
  const then = tokens[b + 2];
  return !(then && then.kind === 'word' && then.text === 'it'); // "Max Power says it will hire …": a firm's act
}

const SPOKE: ReadonlySet<string> = new Set(['spoke', 'speaks']);

/** A place or a firm the lexicon knows ("Rich Chicago" is no person). */
function placeOrFirm(t: Token): boolean {
  const l = lowerToken(t);
  return isPlaceName(l) || lexicon.organizations.has(l);
}

/** A known surname that is no English word and no place ("Garcia", not "Smith" or "Manhattan"). */
function surnameOnly(t: Token): boolean {
  const l = lowerToken(t);
  return lexicon.lastNames.has(l) && !(lexClass(lexOf(t)) & W_COMMON_UNNAMED) && !isPlaceName(l) && !lexicon.organizations.has(l);
}

/**
 * Where the holder's name starts in a run a..b that follows a lower-case title and "of" ("the
 * chairman of Velmont Marine Frank Ostby", "the chief executive of Tarn Logistics Anna Lisk") or a member's
 * title and "for" ("Member for Tarnby North Ada Rusk"), or -1:
 * the run is the body and then its holder, split as after a capitalised title's body. Without it the
 * body and the person were one mention, typed PERSON, and the person never got a name of their own.
 */
export function holderAfterLowerTitle(tokens: readonly Token[], a: number, b: number): number {
  if (a < 2 || b - a < 2) return -1;
  const of = tokens[a - 1], title = tokens[a - 2];
  // "Member for Tarnby North Ada Rusk": a member's title and "for" before the seat, then its holder.
  if (memberForBefore(tokens, a)) return holderAfterBody(tokens, a, b);
  if (of.kind !== 'word' || lowerToken(of) !== 'of' || title.kind !== 'word' || !/^\p{Ll}/u.test(title.text)
    || !(lexClass(lexOf(title)) & W_TITLE_HEAD)) return -1;
  return holderAfterBody(tokens, a, b);
}

function nameWords(tokens: readonly Token[], k: number, b: number): boolean {
  for (let i = k; i <= b; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || !NAME_WORD.test(t.text) || (lexClass(lexOf(t)) & W_HEAD)) return false;
  }
  return true;
}

function unknownWords(tokens: readonly Token[], k: number, b: number): boolean {
  for (let i = k; i <= b; i++) if (lexClass(lexOf(tokens[i])) & NOT_UNKNOWN) return false;
  return true;
}
