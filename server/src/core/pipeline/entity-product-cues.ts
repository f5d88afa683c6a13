/**
 * A product's name after a lower-case noun for its kind (pure, token indices): "its painkiller Solvaxin", "the
 * drug Merovil", "the cancer vaccine Cortavex", "the app Zentry". The contract has no product type, so such a
 * name is no entity (the dev sets' gold leaves drug names out), rather than the person the model guessed. The
 * noun stands after a determiner, a possessive or any lower-case word ("the experimental drug"). Not when the
 * name may be the subject of a clause about the product ("the drug Pellar makes", "the phone Dorsey purchased"):
 * only punctuation or a small word after the name (`AFTER_PRODUCT`) lets it go, and a name opened by a known
 * surname is kept (a person's name after the noun). A kind of software may stand before a verb of naming:
 * "a tool called Darnfly", "ransomware known as Pellbolt" name a product, not a person or firm.
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
export const AFTER_PRODUCT: ReadonlySet<string> = new Set(`is are was were has had have will would could can may might should must does did
  been being also and or but which that who in on at for from to with by as after before since during until over under
  last this next than because while when if`.split(/\s+/));

/**
 * Whether the name first..last follows a product noun that itself follows a lower-case word, in the name's
 * sentence, and only punctuation or a small word follows the name.
 */
export function productCueBefore(tokens: readonly Token[], first: number, last: number): boolean {
  let at = first - 1;
  let n = tokenAt(tokens, at);
  if (n === undefined || n.kind !== 'word' || n.sentence !== tokens[first].sentence) return false;
  // "a tool called Darnfly", "ransomware known as Pellbolt", "a virus, dubbed Orvex,": the name a product is given
  // (the verb of naming says the noun is the name's kind: any determiner may open the phrase, "A worm, dubbed Orvex,")
  const named = !PRODUCT_CUE_NOUNS.has(n.text);
  if (named) {
    at = namingVerbBefore(tokens, at);
    n = at < 0 ? undefined : tokenAt(tokens, at);
    // (only software: "the phone called Ada's phone" is a call; nor a possessive after the name, "the worm called Ada's server")
    if (n === undefined || n.kind !== 'word' || n.sentence !== tokens[first].sentence || !NAMED_PRODUCT_NOUNS.has(n.text)) return false;
    const p = tokenAt(tokens, last + 1);
    if (p !== undefined && (p.text === "'s" || p.text === '’s')) return false;
  } else {
    const d = tokenAt(tokens, at - 1);
    if (d === undefined || d.kind !== 'word' || d.sentence !== n.sentence || !startsLower(d.text)) return false;
  }
  if (lexicon.lastNames.has(tokens[first].text.toLowerCase())) return false;
  const v = tokenAt(tokens, last + 1);
  return v === undefined || v.kind !== 'word' || v.sentence !== n.sentence || AFTER_PRODUCT.has(v.text);
}

/** Kinds of software that are given a name with a verb of naming ("a tool called …", "malware known as …"). */
const NAMED_PRODUCT_NOUNS: ReadonlySet<string> = new Set(`tool malware ransomware spyware virus trojan worm botnet
  program programme app software chatbot`.split(/\s+/));
const NAMING: ReadonlySet<string> = new Set(['called', 'named', 'dubbed']);

/**
 * The token before a verb of naming that ends at `v` ("called", "named", "dubbed", "known as", each after an
 * optional comma), or -1 when `v` ends none.
 */
function namingVerbBefore(tokens: readonly Token[], v: number): number {
  const t = tokenAt(tokens, v);
  if (t === undefined) return -1;
  let at = v;
  if (t.text === 'as') { if (tokenAt(tokens, v - 1)?.text !== 'known') return -1; at = v - 1; }
  else if (!NAMING.has(t.text)) return -1;
  const p = tokenAt(tokens, at - 1);
  return p !== undefined && p.text === ',' ? at - 2 : at - 1;
}

/** Does `s` start with a-z? */
function startsLower(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 97 && c <= 122;
}
