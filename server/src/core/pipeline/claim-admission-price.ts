/**
 * "Tickets cost £18", "Entry is £5 for adults", "Tickets for the show are priced at $25": the price of
 * admission to an event or a place is what a reader pays, no statistical claim about the world; the figure
 * is not flagged. Only a small unscaled sum right after the ticket's or entry's noun and its verb: "Ticket
 * sales reached £2m", "Ticket prices rose 12%" and "Tickets cost the club £40,000" stay claims. A fare or a pass is the
 * price of a journey, the same ("A season ticket from Orsk Parkway to Tarnby Central will cost £4,820", "The single fare is
 * £2.80"): what its seller charges, with thousands for a year's ticket. Pure.
 */
import type { Claim } from '../types';

/** The noun of admission, up to four words saying what for, and its verb of costing, right before the sum (or before a
 * first such sum: "Tickets cost £18 for adults and £9 for children"). */
const ADMISSION_COSTS = /(?:^|[^\p{L}])(?:[Tt]ickets?|[Aa]dmission|[Ee]ntry|[Ee]ntrance|[Ss]eats|[Ff]ares?|[Pp]asses)(?:\s+(?:for|to|at|from)\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,5}?)?,?\s+(?:costs?|is|are|will cost|(?:are |is )?priced at|starts? (?:at|from)|are from)\s+(?:just\s+|only\s+)?(?:[$€£¥][\d.]+[^.;$€£¥]{0,24}?(?:,|\s(?:or|and))\s+)?$/u;

/** An unscaled sum below a million at the claim's start ("£18", "$12.50", "£4,820"), a comma or full stop after it allowed. */
const SMALL_SUM = /^[$€£¥]\d{1,3}(?:,\d{3})?(?:\.\d{2})?(?!\d|[.,]\d|\s*(?:m|bn|k|million|billion|thousand)\b)/i;

/** Is `c` the price of a ticket or of entry? */
export function admissionPrice(text: string, c: Claim): boolean {
  if (c.quantity.unit !== 'money' || c.quantity.approx) return false;
  return SMALL_SUM.test(text.slice(c.quantity.start, c.quantity.start + 16)) && ADMISSION_COSTS.test(text.slice(Math.max(0, c.quantity.start - 72), c.quantity.start));
}
