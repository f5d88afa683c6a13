/**
 * A one-word name right before a plural noun of goods ("sales of Lumo drinks", "a box of Crenna biscuits") is a
 * brand or its maker, never a person: a person owns goods with "'s" ("Ana's shoes"). Read where the pooled type
 * of a one-word name is PERSON (03-entities.ts, with `productBase`). Pure, token indices.
 */
import type { Token } from '../types';
import { tokenAt } from './token-at';

const GOODS: ReadonlySet<string> = new Set(`drinks beverages sodas juices beers wines spirits snacks biscuits crisps chips
  chocolates sweets cereals phones handsets smartphones laptops tablets cars trucks bikes motorcycles scooters shoes
  trainers sneakers cosmetics cigarettes`.split(/\s+/));

/** Is the name at `at` followed in its sentence by a lower-case plural noun of goods? */
export function brandBeforeGoods(tokens: readonly Token[], at: number): boolean {
  const n = tokenAt(tokens, at + 1);
  if (n === undefined || n.text.length < 4) return false;
  const ch = n.text.charCodeAt(0);
  return ch >= 97 && ch <= 122 && n.text.charCodeAt(n.text.length - 1) === 115 && n.sentence === tokens[at].sentence && GOODS.has(n.text);
}
