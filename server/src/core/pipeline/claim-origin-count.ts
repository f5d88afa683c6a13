/**
 * "Troops from six countries joined the drill", "delegates from 40 nations": the number of countries a group
 * comes from only describes the group (who took part), it is no statistic a fact-checker would source (pure).
 * Only a count of countries or nations right after "from"; "exports to six countries" stays a claim.
 */
import type { Claim } from '../types';

const ORIGINS: ReadonlySet<string> = new Set(['country', 'nation']);
/** "from" right before the figure, maybe with a hedge ("from some 40 countries" keeps the hedge in the figure). */
const FROM_BEFORE = /\bfrom\s+$/i;
/** The counted noun right after the figure ("from 40 nations"; not "from tens of thousands of members across the region"). */
const ORIGIN_AFTER = /^\s+(?:countries|nations|country|nation)\b/i;

/** Does claim `c` count the countries a group comes from? */
export function originCount(text: string, c: Claim): boolean {
  return c.quantity.unit === 'count' && ORIGINS.has(c.counted) && ORIGIN_AFTER.test(text.slice(c.quantity.end, c.quantity.end + 12)) && FROM_BEFORE.test(text.slice(Math.max(0, c.quantity.start - 6), c.quantity.start));
}
