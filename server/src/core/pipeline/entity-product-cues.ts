/**
 * A product's name after a lower-case noun for its kind (pure, token indices): "its painkiller Solvaxin", "the
 * drug Merovil", "the cancer vaccine Cortavex", "the app Zentry". The contract has no product type, so such a
 * name is no entity (the dev sets' gold leaves drug names out), rather than the person the model guessed. The
 * noun stands after a determiner, a possessive or any lower-case word ("the experimental drug"). Not when the
 * name is the maker doing something with the product ("the drug Pellar makes", "the app Vintor launched"): a
 * verb of making or selling, or any past tense, right after the name keeps it ("the phone Dorsey purchased"), and
 * so does a name opened by a known surname (a person's name after the noun).
 */
import type { Token } from '../types';
import { tokenAt } from './token-at';
import { lexicon } from '../model/lexicon';

/** Kinds of product whose name may follow (singular, lower case). "model" is left out: a fashion model is a person. */
const PRODUCT_CUE_NOUNS: ReadonlySet<string> = new Set(`drug painkiller vaccine medicine medication pill antibiotic
  antidepressant inhaler supplement jab treatment therapy phone smartphone handset app software device tablet laptop
  console chatbot`.split(/\s+/));

/** Verbs after the name that make it the product's maker or seller: "the drug Pellar makes". */
const MAKER_VERBS: ReadonlySet<string> = new Set(`makes made sells sold develops developed produces produced launched
  launches released releases markets marketed licensed licenses manufactures manufactured invented designed built
  builds owns owned said says`.split(/\s+/));

/**
 * Whether the name first..last follows a product noun that itself follows a lower-case word, in the name's
 * sentence, and no maker's verb follows the name.
 */
export function productCueBefore(tokens: readonly Token[], first: number, last: number): boolean {
  const n = tokenAt(tokens, first - 1);
  if (n === undefined || n.kind !== 'word' || !PRODUCT_CUE_NOUNS.has(n.text) || n.sentence !== tokens[first].sentence) return false;
  const d = tokenAt(tokens, first - 2);
  if (d === undefined || d.kind !== 'word' || d.sentence !== n.sentence || !startsLower(d.text)) return false;
  if (lexicon.lastNames.has(tokens[first].text.toLowerCase())) return false;
  const v = tokenAt(tokens, last + 1);
  return !(v !== undefined && v.kind === 'word' && v.sentence === n.sentence && (MAKER_VERBS.has(v.text) || pastTense(v.text)));
}

/** A lower-case past tense after the name makes it the subject of a clause about the product: "the phone Dorsey purchased". */
function pastTense(w: string): boolean {
  return w.length > 4 && w.endsWith('ed') && startsLower(w);
}

/** Does `s` start with a-z? */
function startsLower(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 97 && c <= 122;
}
