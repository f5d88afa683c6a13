/**
 * A breed of livestock or a variety of crop is no entity (pure, token indices): "600 Hallam ewes", "a herd of
 * 180 Red Tarn cattle", "the Brisca Gold variety", "two Corran breeds". The contract has no type for a breed or
 * a cultivar, and the model reads such a capitalised name as a person, a firm or a place. Two shapes: a name
 * between a count (a word with a digit, or a number word) and a noun of farm animals, and a name right before
 * a noun of breed or variety.
 */
import type { Token } from '../types';
import { tokenAt } from './token-at';
import { hasDigit } from './entity-coded-names';

/** Nouns of farm animals counted in herds and flocks (plural, or the same in both numbers). */
const STOCK_NOUNS: ReadonlySet<string> = new Set(`cattle cows heifers bullocks bulls calves steers sheep ewes lambs rams
  pigs sows boars piglets goats hens chickens ducks geese turkeys`.split(/\s+/));

/** Nouns that say the name before them is a breed or a crop variety. */
const BREED_NOUNS: ReadonlySet<string> = new Set(`breed breeds variety varieties cultivar cultivars`.split(/\s+/));

/** Number words that may count a herd ("forty Hallam ewes"). */
const NUMBER_WORDS: ReadonlySet<string> = new Set(`two three four five six seven eight nine ten eleven twelve twenty
  thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands dozen dozens`.split(/\s+/));

/** Whether the name first..last is a breed or a variety by the words around it, in its sentence. */
export function breedAround(tokens: readonly Token[], first: number, last: number): boolean {
  const a = tokenAt(tokens, last + 1);
  if (a === undefined || a.kind !== 'word' || a.sentence !== tokens[last].sentence) return false;
  if (BREED_NOUNS.has(a.text)) return true;
  if (!STOCK_NOUNS.has(a.text)) return false;
  const b = tokenAt(tokens, first - 1);
  return b !== undefined && b.sentence === a.sentence && (hasDigit(b.text) || NUMBER_WORDS.has(b.text));
}
