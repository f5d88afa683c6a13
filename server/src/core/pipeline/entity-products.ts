/**
 * Product names (pure, token indices): "the Orion 7 phone", "a Vexa Pad tablet", "two Kestrel 4 drones".
 * A name written right before a kind of product, with at most a plain model number between, names
 * the product, and the contract has no product type: no entity beats a wrong organisation or person.
 * Not when the product noun is itself followed by a firm's word ("the Orion phone maker", "the Vexa
 * tablet factory"), not a name the lexicons know (a known maker, "the Boeing 737 jet"), not a name
 * before a model's code ("the Korvane K-340 jet": entity-makers.ts keeps the maker), and not a name the
 * document also uses for the maker.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { tokenAt } from './token-at';
import { lowerToken } from './token-fold';
import { LEXICON_NAMES } from '../model/lexicon';

/** Kinds of product that follow a product's name (singular: "Velmont pickups" may be the maker's wares). */
const PRODUCT_NOUNS: ReadonlySet<string> = new Set(`phone smartphone handset tablet laptop console headset smartwatch
  camera sedan hatchback pickup suv minivan airliner jetliner drone rifle pistol handgun chipset processor app tool
  rocket launcher satellite chip ransomware malware spyware botnet`.split(/\s+/));

/**
 * Words after a product noun that make the name a firm's, a shop's or a plant's ("the Orion phone maker"), or a
 * victim's or a gang's ("the Tarnby ransomware attack", "the Velby malware gang").
 */
const FIRM_AFTER: ReadonlySet<string> = new Set(`maker makers manufacturer manufacturers company companies firm firms
  brand brands business businesses unit division group giant factory factories plant plants store stores shop shops
  retailer retailers seller sellers developer developers attack attacks incident gang gangs`.split(/\s+/));

/**
 * Whether the word at k is a product noun, with no firm's word after it; after a model number
 * ("the Orion 7 phones") a plural too.
 */
function productNounAt(tokens: readonly Token[], k: number, numbered: boolean): boolean {
  const t = tokenAt(tokens, k);
  // A product noun is written in lower case (below): a word that does not start with a-z is none.
  if (!t || t.kind !== 'word' || (NOUNS_START_LOWER && !startsLowerAscii(t.text))) return false;
  const w = lowerToken(t);
  if (!PRODUCT_NOUNS.has(w) && !(numbered && w.endsWith('s') && PRODUCT_NOUNS.has(w.slice(0, -1)))) return false;
  if (t.text !== w) return false; // written lower-case: "Pad" in "Vexa Pad" is part of the name
  const after = tokenAt(tokens, k + 1);
  return !(after && after.kind === 'word' && after.sentence === t.sentence && FIRM_AFTER.has(lowerToken(after)));
}

/** Does `s` start with a-z (as every product noun does)? */
function startsLowerAscii(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 97 && c <= 122;
}
const NOUNS_START_LOWER = [...PRODUCT_NOUNS].every(startsLowerAscii);

/**
 * Drops the typed candidates (no role, no lexicon name) written right before a product noun, unless
 * the document also uses the name on its own, neither before a product noun nor before a number
 * ("Velmont said …", "AMD's results"): then it is the maker's, as in "a Velmont sedan". A dropped name's other
 * mentions before a model number go too ("the fourth Sarvek 6 flight").
 */
export function dropProducts(tokens: readonly Token[], cands: Candidate[]): void {
  let products: number[] | null = null;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (c.type === null || c.type === 'NORP' || c.role !== null || c.titleCase || !c.info) continue;
    const k = numberAfter(tokens, c.last) ? c.last + 2 : c.last + 1;
    // (the lexicon's names last: a product noun after a name is rare, and the name set is large)
    if (productNounAt(tokens, k, k > c.last + 1) && !LEXICON_NAMES.has(c.info.key)) (products ??= []).push(i);
  }
  if (!products) return;
  const makers = new Set<string>();
  for (let i = 0, p = 0; i < cands.length; i++) {
    if (products[p] === i) { p++; continue; }
    const c = cands[i];
    if (c.type !== null && c.info && !numberAfter(tokens, c.last)) makers.add(c.info.key);
  }
  let dropped: Set<string> | null = null;
  for (const i of products) {
    if (makers.has(cands[i].info!.key)) continue;
    cands[i].type = null;
    (dropped ??= new Set()).add(cands[i].info!.key);
  }
  if (!dropped) return;
  // The product's other mentions with its model number ("the fourth Sarvek 6 flight" after "a Sarvek 6 rocket") name it too.
  for (const c of cands) if (c.type !== null && c.role === null && c.info && dropped.has(c.info.key) && numberAfter(tokens, c.last)) c.type = null;
}

/** A plain model number (1 to 4 digits) right after token k, in its sentence: "Orion 7". */
function numberAfter(tokens: readonly Token[], k: number): boolean {
  const n = tokenAt(tokens, k + 1);
  return n !== undefined && n.kind === 'number' && n.sentence === tokens[k].sentence && /^\d{1,4}$/.test(n.text);
}
