/**
 * The quantity a price is given for is no claim (pure): "A dozen eggs cost 4 crowns", "…, while two loaves cost
 * 5 crowns". The count is small (a dozen at most: the size of a shop's unit), opens its clause, its noun is the
 * subject of "cost(s)", and a money figure follows: the figure is the price, which stays a claim of its own; the
 * dozen eggs are its unit ("300 homes cost 9 million crowns" stays a count).
 */
import type { Claim } from '../types';

/** Words a clause may open with before the priced count ("while a dozen eggs cost …"). */
const CLAUSE_OPENER = /(?:^|[,;:—–]|\b(?:while|whereas|and|but|now))\s*$/i;

/** What follows the count's "cost": an optional hedge, then a currency sign or a digit. */
const PRICE_AFTER = /^\s+(?:now\s+|about\s+|around\s+|roughly\s+|just\s+|only\s+|nearly\s+|almost\s+)?(?:[$€£¥]|\d)/;

/** Is the claim (measure "cost") the quantity a price is given for, at the opening of its clause? */
export function pricedQuantity(text: string, sentStart: number, c: Claim): boolean {
  if (c.measure !== 'cost' || c.quantity.unit !== 'count' || !(c.quantity.high <= 12) || !/\bcosts?$/i.test(c.text)) return false;
  if (!PRICE_AFTER.test(text.slice(c.end, c.end + 16))) return false;
  return CLAUSE_OPENER.test(text.slice(Math.max(sentStart, c.quantity.start - 12), c.quantity.start));
}
