/**
 * The homes a plan is for ("Plans for 240 homes were approved", "an application for 1,200 homes was refused", "The
 * scheme includes 72 affordable homes", "The tower would contain 310 flats", "The Local Plan allocates land for 6,400
 * homes"): the size of a development as drawn up, which the plan itself states, no count of anything that exists, so
 * no claim a fact-checker would source (like a rule's level: rule-levels.ts). Homes that were built, lost, sold or empty
 * stay claims ("The council built 86 homes last year"), and so do a plan's effects ("would create 350 jobs", "will add
 * 500 cars") and a pledge to build, its maker's figure ("The governor vowed to build 300 homes"). Pure.
 */
import type { Claim } from '../types';

/** Nouns of dwellings a plan is measured in. */
const DWELLINGS: ReadonlySet<string> = new Set(['home', 'house', 'flat', 'apartment', 'dwelling', 'unit', 'bungalow', 'townhouse', 'bedsit', 'studio', 'property']);

/**
 * A plan's noun and "for" right before the figure (a hedge between): "Plans for", "an application for up to", "outline
 * permission for", "allocates land for"; or a plan's subject, a few words about it, and its verb of holding: "The scheme includes", "The
 * tower on Harbour Road would contain".
 */
const PLAN_FOR_BEFORE = /\b(?:plans?|proposals?|application|applications|scheme|schemes|bid|bids|permission|consent|approval|land|sites?|blueprint|masterplan)\s+for\s+(?:up\s+to\s+|about\s+|around\s+|some\s+|more\s+than\s+|nearly\s+|almost\s+|at\s+least\s+)?$/i;
const HEDGE = String.raw`(?:up\s+to\s+|about\s+|around\s+|some\s+|more\s+than\s+|nearly\s+|at\s+least\s+)?`;
const HOLDS = String.raw`(?:includes?|including|contains?|contain|comprises?|comprise|provides?|provide|deliver|delivers)\s+`;
const PLAN_HOLDS_BEFORE = new RegExp(String.raw`\b(?:scheme|development|plans?|proposals?|project|application|masterplan|blueprint)(?:\s+[\p{L}\d'’&-]+){0,5}?\s+(?:(?:will|would|is\s+to|are\s+to)\s+)?` + HOLDS + HEDGE + '$', 'iu');
/** A building's noun holds a plan's homes only with a verb of what is to be ("The tower would contain 310 flats"; "The block contains 120 flats" stands, a claim). */
const BUILDING_HOLDS_BEFORE = new RegExp(String.raw`\b(?:tower|block|building|estate)(?:\s+[\p{L}\d'’&-]+){0,5}?\s+(?:will|would|is\s+to|are\s+to)\s+` + HOLDS + HEDGE + '$', 'iu');

/** Is claim `c` the number of homes a plan or an application is for? */
export function plannedHomes(text: string, c: Claim): boolean {
  if (c.quantity.unit !== 'count' || !DWELLINGS.has(c.counted)) return false;
  const before = text.slice(Math.max(0, c.quantity.start - 64), c.quantity.start);
  return PLAN_FOR_BEFORE.test(before) || PLAN_HOLDS_BEFORE.test(before) || BUILDING_HOLDS_BEFORE.test(before);
}
