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

/** Place heads that end names of bodies as often as of places ("Islamic State", "Free State"). */
const NOT_PLACE_TAILS: ReadonlySet<string> = new Set(['state', 'republic', 'kingdom', 'territory', 'border']);

/** Whether the run k..b (k at a sentence start) is a word and a name's tail, kept whole. */
export function nameTailPair(tokens: readonly Token[], k: number, b: number): boolean {
  if (b !== k + 1) return false;
  const l = lowerToken(tokens[b]);
  return placePlural(l) || CLUB_TAILS.has(l) || (LOC_HEADS.has(l) && !NOT_PLACE_TAILS.has(l));
}
