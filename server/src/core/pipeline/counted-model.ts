// A model's number inside what a figure counts: "60 Corvan 412 airliners", "30 Halvor 737s",
// "40 Corvan 412-300 jets". The maker's capitalised name and the number together qualify the
// counted noun, so the count's noun phrase runs on over the number instead of stopping at the name.
import type { Token } from '../types';
import { FUNCTION_WORDS } from '../model/words';

/** Digits of a model or series number (not a grouped figure such as "1,200"). */
const MODEL_DIGITS = /^\d{1,4}$/;

/**
 * After a capitalised word ending at `toks[j - 1]`, the model number that starts at `toks[j]`:
 * one space away, digits, then optionally a variant ("-300", "-200LR") and a plural "s". Returns
 * the index of the token after it and, for a plural ("737s"), a word token for the whole plural
 * (it is then what is counted); null when no such number follows, or nothing counted follows it
 * ("60 Corvan 412." leaves the span as it was: a bare number after a name may be a score).
 */
export function modelNumberAfter(text: string, toks: readonly Token[], j: number, ownerBefore = false): { next: number; plural: Token | null } | null {
  const name = toks[j - 1];
  const num = toks[j];
  if (name === undefined || num === undefined || num.kind !== 'number' || num.start !== name.end + 1 || text.charCodeAt(name.end) !== 32
    || !MODEL_DIGITS.test(num.text)) return null;
  // After a lower-case word the number is a model only when a maker's possessive opened the phrase
  // ("20 of Corvan's larger 550 planes") or it is written as a plural ("18 more 550s"; not a decade, "1990s").
  const named = /^\p{Lu}/u.test(name.text) || ownerBefore;
  if (!named && !(toks[j + 1]?.start === num.end && toks[j + 1].text === 's' && !DECADE.test(num.text))) return null;
  let k = j + 1;
  let last = num;
  // a variant joined by a hyphen: "412-300", "412-200LR"
  if (toks[k]?.text === '-' && toks[k].start === last.end && toks[k + 1]?.start === toks[k].end && /^\d/.test(toks[k + 1].text)) {
    last = toks[k + 1];
    k += 2;
  }
  // the number as a plural noun: "737s", "412-300s"
  const s = toks[k];
  if (s !== undefined && s.kind === 'word' && s.start === last.end && (s.text === 's' || s.text === 'S')) {
    return { next: k + 1, plural: { ...num, text: text.slice(num.start, s.end), end: s.end, kind: 'word' } };
  }
  // the model's own name after its number: "412 Skyliner aircraft", "412 Skyliners" (at most two words)
  let named2 = 0;
  while (named2 < 2 && toks[k] !== undefined && toks[k].kind === 'word' && toks[k].start === last.end + 1 && /^\p{Lu}\p{Ll}/u.test(toks[k].text)) {
    last = toks[k];
    k++;
    named2++;
  }
  // else a lower-case noun must follow: "412 airliners" (not a verb's auxiliary: "Terminal 3 will open")
  const noun = toks[k];
  if (noun === undefined || noun.kind !== 'word' || noun.start !== last.end + 1 || !/^\p{Ll}/u.test(noun.text) || FUNCTION_WORDS.has(noun.text)) {
    // a model's name written as a plural is what is counted: "22 new Corvan 412 Skyliners, an airliner …"
    return named2 > 0 && /\p{Ll}s$/u.test(last.text) && !/ss$/.test(last.text) ? { next: k, plural: last } : null;
  }
  return { next: k, plural: null };
}

/** A decade written as a plural number ("1990s") is no model. */
const DECADE = /^1[89]\d0$|^20\d0$/;
