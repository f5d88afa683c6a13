/**
 * A maker's name and a model's word after "a" or a possessive, in a sentence about a vehicle ("She drives a Vorda
 * Pelican", "his Orrin Kestrel was towed"): the first word is the maker, an organisation, and the model's word names
 * a product, which the contract has no type for. The model had typed such two unknown words a person; a person
 * is not "a Tomas Vell", and a given name first ("a Marta Vell painting") is left alone. Pure, token indices.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { tokenAt } from './token-at';
import { lowerToken } from './token-fold';
import { isKnownGivenName } from '../model/gender';

/** Words before a maker and model: an indefinite article or a possessive. */
const LEADS: ReadonlySet<string> = new Set(['a', 'an', 'his', 'her', 'their', 'my', 'our', 'your']);
/** Words that show the sentence is about a vehicle. */
export const VEHICLE_WORDS: ReadonlySet<string> = new Set(`drive drives drove driven driving driver car cars vehicle vehicles
  sedan hatchback suv pickup truck van motorbike motorcycle scooter towed crashed parked model`.split(/\s+/));

/** Whether the sentence of token k holds a vehicle word. */
function aboutVehicle(tokens: readonly Token[], k: number): boolean {
  const s = tokens[k].sentence;
  for (let j = k - 1; j >= 0 && tokens[j].sentence === s; j--) if (VEHICLE_WORDS.has(tokens[j].text)) return true;
  for (let j = k + 1; j < tokens.length && tokens[j].sentence === s; j++) if (VEHICLE_WORDS.has(tokens[j].text)) return true;
  return false;
}

/** Cuts the model's word off a two-word PERSON after "a"/a possessive in a sentence about a vehicle, and types the maker ORG. */
export function makersBeforeModels(tokens: readonly Token[], cands: Candidate[]): void {
  for (const c of cands) {
    if (c.type !== 'PERSON' || c.role !== null || c.last !== c.first + 1 || tokens[c.last].kind !== 'word') continue;
    const p = tokenAt(tokens, c.first - 1);
    if (!p || p.sentence !== tokens[c.first].sentence || !LEADS.has(lowerToken(p))) continue;
    if (isKnownGivenName(tokens[c.first].text) || !aboutVehicle(tokens, c.first)) continue;
    c.last = c.first;
    c.type = 'ORG';
    c.info = undefined; // worked out again for the maker's word when resolved
  }
}
