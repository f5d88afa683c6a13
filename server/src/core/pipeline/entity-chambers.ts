/**
 * A legislature's chamber written before a title or a party's members (pure, token indices): "Senate Minority
 * Leader Ola Brand", "House Speaker Ed Mott", "Senate Democrats said". The chamber word is the body, ORG, also where
 * it opens a sentence (where a capital says nothing and an ordinary word would be dropped); before a party's plural
 * the chamber and the party are two names ("House Republicans": the chamber, then the party's members).
 */
import type { Token } from '../types';
import { lexOf, lowerToken } from './token-fold';
import { lexClass, W_TITLE_HEAD, W_TITLE_MODIFIER } from './word-class';

/** Chamber words that lead a title or a party's plural (lower case). */
const CHAMBERS: ReadonlySet<string> = new Set(['senate', 'house', 'assembly', 'congress', 'legislature']);
/** A party's members in the plural, written after a chamber ("Senate Democrats"). */
const PARTY_PLURALS: ReadonlySet<string> = new Set(['democrats', 'republicans', 'conservatives', 'liberals', 'tories', 'socialists']);

/** Is the token at k a capitalised chamber word? */
export function isChamber(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t.text.length >= 5 && t.text.length <= 11 && CHAMBERS.has(lowerToken(t));
}

/** Is the word at k (of the run ending at b) a chamber before a title word or a party's plural ("Senate Majority …")? */
export function chamberLeads(tokens: readonly Token[], k: number, b: number): boolean {
  if (k >= b || !isChamber(tokens, k)) return false;
  const n = tokens[k + 1];
  return (lexClass(lexOf(n)) & (W_TITLE_HEAD | W_TITLE_MODIFIER)) !== 0 || PARTY_PLURALS.has(lowerToken(n));
}

/** Is the part a..b a chamber and a party's plural ("Senate Democrats")? */
export function chamberThenParty(tokens: readonly Token[], a: number, b: number): boolean {
  return b === a + 1 && isChamber(tokens, a) && PARTY_PLURALS.has(lowerToken(tokens[b]));
}
