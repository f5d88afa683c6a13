/**
 * A two-word run at a sentence start whose first word is an ordinary English word ("Palm", "Tarn",
 * "Birch") is still one name when its second word ends names of one kind: a place plural ("Palm Springs
 * officials said") or a club's tail ("Tarn Rovers signed a striker"). The run split drops such an opening
 * word as capitalised by position only, leaving "Springs" or "Rovers" alone.
 */
import type { Token } from '../types';
import { lowerToken } from './token-fold';
import { placePlural } from './entity-place-plurals';
import { CLUB_TAILS } from './entity-teams';
import { LOC_HEADS } from '../model/words';
import { isPlaceName, lexicon } from '../model/lexicon';

/** Place heads that end names of bodies as often as of places ("Islamic State", "Free State"). */
const NOT_PLACE_TAILS: ReadonlySet<string> = new Set(['state', 'republic', 'kingdom', 'territory', 'border']);

/** Whether the run k..b (k at a sentence start) is a word and a name's tail, kept whole. */
export function nameTailPair(tokens: readonly Token[], k: number, b: number): boolean {
  if (b !== k + 1) return false;
  const l = lowerToken(tokens[b]);
  return placePlural(l) || CLUB_TAILS.has(l) || (LOC_HEADS.has(l) && !NOT_PLACE_TAILS.has(l));
}

/**
 * The number of words (2 to 4) of a place or organisation name the lexicon knows whole that starts at
 * `k` within the run ending at `b`, or 0. At a sentence start the first word of "United States",
 * "New Zealand" or "North Korea" is an ordinary English word and had been dropped, leaving "States",
 * "Zealand" (typed PERSON) or "Korea" alone; the whole known name is kept instead.
 */
export function knownNameAt(tokens: readonly Token[], k: number, b: number): number {
  const max = Math.min(4, b - k + 1);
  if (max < 2) return 0;
  let name = lowerToken(tokens[k]);
  let found = 0;
  for (let n = 2; n <= max; n++) {
    name += ' ' + lowerToken(tokens[k + n - 1]);
    if (isPlaceName(name) || lexicon.organizations.has(name)) found = n;
  }
  return found;
}
