/**
 * Last words that end the names of firms but are no head words of their own ("Kestrel Mobile",
 * "Ostra Robotics", "Tarn Studios", "Dorrel Sports", "Vask Records"; an operator's fleet: "Baltrum Ferries",
 * "Coastline Trains", "Harl Buses"; a data provider: "Tessel Data", "Corra Insights"; a utility or a builder: "Fenmarsh Water", "Dunlow Homes", "Orvane Grid", "Tarlin Gas"): read only as the last word of a
 * name of two or more words, since
 * alone or first they are ordinary words or places ("Mobile Bay", "Digital" in a headline). The model
 * typed such names PERSON (an unknown first word and a capitalised second read as given name and
 * surname), and at a sentence start the run split dropped the opening ordinary word.
 */
import type { Token } from '../types';
import { lowerToken } from './token-fold';
import { lexicon } from '../model/lexicon';
import { isKnownGivenName } from '../model/gender';

export const FIRM_TAILS: ReadonlySet<string> = new Set(`mobile cellular digital robotics analytics dynamics studios
  entertainment sports gaming records pictures films productions networks publishing apparel interactive
  comics investors ferries trains buses coaches trams cruises water electric homes brewing gas grid telecom data insights`.split(/\s+/));

/**
 * Metals and fuels that end a miner's or a driller's name ("Brask Gold", "Tollan Copper", "Merrow Oil"). Some are
 * surnames too ("Copper", "Gold"), so a name with a known given name in any of its words stays a person.
 */
export const METAL_TAILS: ReadonlySet<string> = new Set('gold copper nickel lithium uranium zinc coal oil iron platinum'.split(' '));

/** Whether a known given name stands anywhere in tokens first..last-1 ("Chiefs WR Tarran Copper"). */
function givenNameBefore(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (isKnownGivenName(tokens[k].text)) return true;
  return false;
}

/**
 * Tails of an investment house's name that no person's name ends in ("Mallory Capital", "Dunmore Investors",
 * "Jordan Partners"): such houses are often named for a founder's given name, so the given-name guard does
 * not hold them, and the model's place for them ("run by Carrow Investors in Delham") is no place either.
 */
export const HOUSE_TAILS: ReadonlySet<string> = new Set(['investors', 'partners', 'capital', 'advisors', 'advisers']);

/**
 * Firm tails no place name ends in either ("Oakley Electric", "Dunlow Homes"): a LOC mention so ending (the model's
 * place after "at") is a firm too. No "Water": a lake may be one ("Ullby Water").
 */
const NO_PLACE_TAILS: ReadonlySet<string> = new Set(['electric', 'homes', 'brewing', 'gas', 'grid', 'telecom']);

/** Whether token `b` ends a firm's name of two or more words starting at `k` (k < b). */
export function firmTailAt(tokens: readonly Token[], k: number, b: number): boolean {
  return b > k && FIRM_TAILS.has(lowerToken(tokens[b]));
}

interface Typed { first: number; last: number; role: unknown; type: string | null }

/**
 * Retypes as ORG a PERSON mention of two or more words ending in a firm's tail, unless it opens with a
 * known given name ("Ada Digital" may be a person's stage name; "Kestrel Mobile" is a firm); a PERSON or LOC
 * mention ending in an investment house's tail whatever its first word ("Mallory Capital"); a LOC one ending in a
 * tail no place has; a PERSON one ending in a metal or a fuel with no known given name in it ("Brask Gold"). No "Power": a surname too ("Max Power"), left to entity-family-firms.ts.
 */
export function firmsByTail(tokens: readonly Token[], cands: Typed[]): void {
  for (const c of cands) {
    if ((c.type !== 'PERSON' && c.type !== 'LOC') || c.role !== null || c.last === c.first) continue;
    const tail = lowerToken(tokens[c.last]);
    if (HOUSE_TAILS.has(tail)) { c.type = 'ORG'; continue; }
    if (METAL_TAILS.has(tail)) { if (c.type === 'PERSON' && !givenNameBefore(tokens, c.first, c.last)) c.type = 'ORG'; continue; }
    if (!FIRM_TAILS.has(tail) || (c.type !== 'PERSON' && !NO_PLACE_TAILS.has(tail))) continue;
    if (lexicon.firstNames.has(lowerToken(tokens[c.first]))) continue;
    c.type = 'ORG';
  }
}
