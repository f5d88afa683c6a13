/**
 * A firm's tool named after it (pure, token indices): "the Marlow FedWatch tool", "the Pellar Index tool". The
 * last word before a lower-case "tool" is the tool's own name, which the contract has no type for; the words
 * before it are the firm's, an organisation. Cuts the tool's word off a candidate of two or more words (a one-word name before
 * "tool" is the product alone: `entity-products.ts`).
 */
import type { EntityType, Token } from '../types';
import { tokenAt } from './token-at';

/** Cuts the tool's name off each candidate right before a lower-case "tool" in its sentence, and types the rest ORG. */
export function withoutToolNames<C extends { first: number; last: number; type: EntityType | null }>(tokens: readonly Token[], cands: C[]): C[] {
  for (const c of cands) {
    if (c.last === c.first) continue;
    const t = tokenAt(tokens, c.last + 1);
    if (t === undefined || t.text !== 'tool' || t.sentence !== tokens[c.last].sentence) continue;
    let k = c.last - 1;
    while (k > c.first && tokens[k].kind !== 'word') k--;
    if (tokens[k].kind !== 'word') continue;
    c.last = k;
    c.type ??= 'ORG'; // the tool's maker
  }
  return cands;
}
