/**
 * One-word names a document shows to be companies, whatever a surname-like shape suggests (pure,
 * token indices): the name owns what only a business owns ("Korvex's workforce", "Korvex's
 * shareholders", "Korvex's North American plants") or its shares move ("Korvex shares fell"). A person
 * may own shares or earn a wage, so "'s shares" and "'s earnings" are not taken as evidence.
 */
import type { Token } from '../types';
import { tokenAt } from './token-at';

/** Nouns after a possessive that name what a business, not a person, has. */
const BUSINESS_OWNED = new Set([
  'workforce', 'employees', 'shareholders', 'stockholders', 'subsidiary', 'subsidiaries', 'headquarters',
  'plants', 'factories', 'factory', 'profits', 'profit', 'revenue', 'revenues', 'ceo', 'chairman',
  'chief', 'board', 'market', 'stock', 'capacity', 'dealers', 'dealerships', 'brands', 'carmaker', 'automaker',
]);
/** Verbs that say a share price moved: "Korvex shares fell". */
const SHARE_MOVES = new Set([
  'rose', 'fell', 'jumped', 'dropped', 'slid', 'climbed', 'gained', 'tumbled', 'surged', 'plunged',
  'closed', 'slumped', 'soared', 'sank', 'rallied', 'dipped', 'edged',
]);

const isPossessive = (t: Token | undefined): boolean => t !== undefined && (t.text === "'s" || t.text === '’s');

/** True when the one-word name at token `i` is used as a company here. */
export function companyUse(tokens: readonly Token[], i: number): boolean {
  const next = tokenAt(tokens, i + 1);
  if (!next) return false;
  if (isPossessive(next)) {
    // The noun may follow up to two describing words: "Korvex's North American workforce".
    for (let k = i + 2; k <= i + 4 && k < tokens.length; k++) {
      const w = tokens[k].text;
      if (BUSINESS_OWNED.has(w.toLowerCase())) return true;
      if (!/^\p{L}[\p{L}-]*$/u.test(w)) return false;
    }
    return false;
  }
  const w = next.text.toLowerCase();
  return (w === 'shares' || w === 'stock') && SHARE_MOVES.has(tokens[i + 2]?.text.toLowerCase() ?? '');
}
