/**
 * A product's name after a lower-case noun for its kind (pure, token indices): "its painkiller Solvaxin", "the
 * drug Merovil", "the cancer vaccine Cortavex", "the app Zentry". The contract has no product type, so such a
 * name is no entity (the dev sets' gold leaves drug names out), rather than the person the model guessed. The
 * noun stands after a determiner, a possessive or any lower-case word ("the experimental drug"). Not when the
 * name may be the subject of a clause about the product ("the drug Pellar makes", "the phone Dorsey purchased"):
 * only punctuation or a small word after the name (`AFTER_PRODUCT`) lets it go, and a name opened by a known
 * surname is kept (a person's name after the noun).
 */
import type { Token } from '../types';
import { tokenAt } from './token-at';
import { lexicon } from '../model/lexicon';

/** Kinds of product whose name may follow (singular, lower case). "model" is left out: a fashion model is a person. */
const PRODUCT_CUE_NOUNS: ReadonlySet<string> = new Set(`drug painkiller vaccine medicine medication pill antibiotic
  antidepressant inhaler supplement jab treatment therapy phone smartphone handset app software device tablet laptop
  console chatbot`.split(/\s+/));

/**
 * Words that may follow a product's name: an auxiliary, a preposition, a conjunction or a time word ("the drug
 * Merovil was approved", "the app Zentry on Friday"). Any other word may make the name the subject of a clause
 * about the product ("the drug Pellar makes", "the phone Dorsey bought"): the name is kept.
 */
const AFTER_PRODUCT: ReadonlySet<string> = new Set(`is are was were has had have will would could can may might should must does did
  been being also and or but which that who in on at for from to with by as after before since during until over under
  last this next than because while when if`.split(/\s+/));

/**
 * Whether the name first..last follows a product noun that itself follows a lower-case word, in the name's
 * sentence, and only punctuation or a small word follows the name.
 */
export function productCueBefore(tokens: readonly Token[], first: number, last: number): boolean {
  const n = tokenAt(tokens, first - 1);
  if (n === undefined || n.kind !== 'word' || !PRODUCT_CUE_NOUNS.has(n.text) || n.sentence !== tokens[first].sentence) return false;
  const d = tokenAt(tokens, first - 2);
  if (d === undefined || d.kind !== 'word' || d.sentence !== n.sentence || !startsLower(d.text)) return false;
  if (lexicon.lastNames.has(tokens[first].text.toLowerCase())) return false;
  const v = tokenAt(tokens, last + 1);
  return v === undefined || v.kind !== 'word' || v.sentence !== n.sentence || AFTER_PRODUCT.has(v.text);
}

/** Does `s` start with a-z? */
function startsLower(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 97 && c <= 122;
}
