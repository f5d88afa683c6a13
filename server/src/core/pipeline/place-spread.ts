/**
 * A count of places that says where the figure before it is spread ("employs 8,000 people in 11
 * countries", "enrolled 2,300 patients across 14 sites") is part of that claim, not a second one.
 */
import type { Claim } from '../types';

/** What a spread counts: countries, cities, sites and the like (as lemmas). */
const PLACE_COUNTED = new Set(['country', 'nation', 'city', 'town', 'village', 'state', 'province', 'region', 'territory', 'market', 'site', 'location', 'centre', 'center', 'hospital', 'clinic', 'district', 'county', 'continent']);
/** Between the last claim and the place count: "in", "across", an approximation word. */
const SPREAD_BETWEEN = /^\s+(?:in|across|at)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|more\s+than\s+|over\s+)?$/i;

/**
 * Is claim `c` a count of places right after the last claim of the same sentence, joined by "in" or
 * "across"? Then the last claim takes its words (returns true) instead of a second claim.
 */
export function spreadOverPlaces(text: string, last: Claim | undefined, c: Claim, si: number): boolean {
  if (last === undefined || last.sentence !== si || c.quantity.unit !== 'count' || !PLACE_COUNTED.has(c.counted)) return false;
  if (c.quantity.start < last.end || !SPREAD_BETWEEN.test(text.slice(last.end, c.quantity.start))) return false;
  last.end = Math.max(last.end, c.end);
  last.text = text.slice(last.start, last.end);
  return true;
}
