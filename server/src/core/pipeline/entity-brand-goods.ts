/**
 * A one-word name right before a plural noun of goods ("sales of Lumo drinks", "a box of Crenna biscuits"), or before a
 * noun for a crypto-asset, singular too ("the Orvex token"), is a
 * brand or a product line, never a person: a person owns goods with "'s" ("Ana's shoes"). The contract has no
 * product type, so the name is an organisation only where the article also uses it as a firm ("Lumo said", "Lumo's
 * profits", "a spokesman for Lumo"); otherwise ("Tessel's Orvane chips", "the Aurora mission … Aurora chips") it is
 * no entity, also where the model typed a firm's own goods or a coin ORG. Read where the pooled type of a one-word
 * name is PERSON (03-entities.ts). Pure, token indices.
 */
import type { Token } from '../types';
import type { Candidate, RuleEvidence } from './03-entities';
import { tokenAt } from './token-at';
import { companyUse } from './entity-companies';
import { lexOf } from './token-fold';
import { lexClass, W_HEAD } from './word-class';
import { isKnownGivenName } from '../model/gender';

const GOODS: ReadonlySet<string> = new Set(`drinks beverages sodas juices beers wines spirits snacks biscuits crisps chips
  chocolates sweets cereals phones handsets smartphones laptops tablets cars trucks bikes motorcycles scooters shoes
  trainers sneakers cosmetics cigarettes processors consoles cameras televisions headphones`.split(/\s+/));
/**
 * Crypto-assets, written singular as well ("the Orvex token fell 12%", "the Vanta stablecoin", "Tessa coins"): a
 * coin's name is a product's, no entity unless the article uses it as a firm, even where the model typed it ORG.
 */
const COINS: ReadonlySet<string> = new Set(['token', 'tokens', 'coin', 'coins', 'stablecoin', 'stablecoins']);

/** Is the name at `at` followed in its sentence by a lower-case plural noun of goods? */
export function brandBeforeGoods(tokens: readonly Token[], at: number): boolean {
  const n = tokenAt(tokens, at + 1);
  if (n === undefined || n.text.length < 4) return false;
  if (n.sentence !== tokens[at].sentence) return false;
  if (COINS.has(n.text)) return true;
  const ch = n.text.charCodeAt(0);
  return ch >= 97 && ch <= 122 && n.text.charCodeAt(n.text.length - 1) === 115 && GOODS.has(n.text);
}

/** Is the name at `at` followed by a noun for a crypto-asset ("the Orvex token")? */
function coinBefore(tokens: readonly Token[], at: number): boolean {
  const n = tokenAt(tokens, at + 1);
  return n !== undefined && n.sentence === tokens[at].sentence && COINS.has(n.text);
}

/**
 * A two-word product line before goods ("Orvane Core processors", "Telvo Max phones"): its first word no known
 * given name ("Ada Rusk shoes" may be hers) and its second no head word of a firm ("Tarnby Metals phones").
 */
export function goodsLineName(tokens: readonly Token[], c: Candidate): boolean {
  return c.last === c.first + 1 && brandBeforeGoods(tokens, c.last) && !isKnownGivenName(tokens[c.first].text)
    && (lexClass(lexOf(tokens[c.last])) & W_HEAD) === 0;
}

/** Does the one-word name at `at` speak ("Lumo said"), or act or own as only a firm does (`companyUse`)? */
function firmUse(tokens: readonly Token[], at: number): boolean {
  const n = tokenAt(tokens, at + 1);
  return (n !== undefined && n.sentence === tokens[at].sentence && (n.text === 'said' || n.text === 'says')) || companyUse(tokens, at);
}

/**
 * The one-word PERSON mentions (no role, no rule sure of them) of the names in `goods` (each written before goods
 * somewhere in the article): an organisation when some mention of the name shows a firm, else no entity.
 */
export function goodsNamesTyped(tokens: readonly Token[], cands: Candidate[], keys: readonly string[], ev: readonly RuleEvidence[], goods: ReadonlySet<string>): void {
  let firms: Set<string> | undefined, owned: Set<string> | undefined;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (c.last > c.first + 1 || !goods.has(keys[i])) continue;
    if (firmUse(tokens, c.last)) (firms ??= new Set()).add(keys[i]);
    // A firm's own goods or a coin: the model's organisation goes too.
    if (ownerBefore(tokens, c.first) || coinBefore(tokens, c.last)) (owned ??= new Set()).add(keys[i]);
  }
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (c.last > c.first + 1 || c.role !== null || ev[i].strong || !goods.has(keys[i]) || firms?.has(keys[i])) continue;
    // The model's organisation too, where a firm owns the goods ("its Orvane chips") or the name is a coin's: a product line, not the maker.
    if (c.type === 'PERSON' || (c.type === 'ORG' && owned?.has(keys[i]))) c.type = null;
  }
  if (firms) for (let i = 0; i < cands.length; i++) if (cands[i].type === 'PERSON' && cands[i].last <= cands[i].first + 1 && cands[i].role === null && !ev[i].strong && firms.has(keys[i])) cands[i].type = 'ORG';
}

const OWNERS: ReadonlySet<string> = new Set(['its', 'their', 'Its', 'Their', "'s", '’s']);

/** A possessive before the name at `at`, or before one lower-case word before it ("its Orvane", "Tessel's new Orvane")? */
function ownerBefore(tokens: readonly Token[], at: number): boolean {
  const p = tokenAt(tokens, at - 1);
  if (p === undefined || p.sentence !== tokens[at].sentence) return false;
  if (OWNERS.has(p.text)) return true;
  const c = p.text.charCodeAt(0);
  const q = tokenAt(tokens, at - 2);
  return c >= 97 && c <= 122 && q !== undefined && q.sentence === p.sentence && OWNERS.has(q.text);
}
