/**
 * Where travellers come from (pure, token indices): a one-word name right after "tourists from", "visitors
 * from", "holidaymakers from", "a farmer from" … is a place ("Visitors from Marrow made up the largest group", "tourists from
 * Tessaly"): people come from a country or a town, and the model took such unknown names for a body. Only
 * nouns for people who travel; "a delegation from Kestrel" or "officials from Varn" may come from a firm.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { tokenAt } from './token-at';
import { lowerToken } from './token-fold';
import { retypeAsPlaces } from './entity-retype';

/**
 * Nouns for people named by their trade or their kin, who come from a home, not from an employer: "a farmer from
 * Ostby said", "a grandmother from Velbrook told reporters" (the model read the unknown name before "said" as a
 * person). No "worker", "student", "official" or "analyst": those come from a firm or a school.
 */
const HOME_NOUNS = `farmer farmers fisherman fishermen teacher teachers nurse nurses villager villagers pensioner pensioners
  retiree retirees grandmother grandfather grandmothers grandfathers widow widower mother father mothers fathers
  man woman men women boy girl boys girls teenager teenagers couple`;

/** Nouns for people who travel or live somewhere, before "from" and where they come from. */
const TRAVELLER_NOUNS: ReadonlySet<string> = new Set(`tourists tourist visitors visitor travellers traveller travelers
  traveler holidaymakers holidaymaker vacationers arrivals sightseers backpackers pilgrims cruisegoers
  ${HOME_NOUNS}`.split(/\s+/));

/** Retypes LOC a one-word PERSON or ORG name right after "TRAVELLERS from", in its sentence. */
export function travellerOriginsAsPlaces(tokens: readonly Token[], cands: Candidate[]): void {
  retypeAsPlaces(tokens, cands, (c) => {
    const from = tokenAt(tokens, c.first - 1), noun = tokenAt(tokens, c.first - 2);
    return from?.text === 'from' && noun !== undefined && noun.sentence === tokens[c.first].sentence
      && TRAVELLER_NOUNS.has(lowerToken(noun));
  });
}
