/**
 * Two figures joined by "and" that share what follows the second: "the two plants will lose 1,250
 * and 320 jobs respectively", "reported rises of six and eleven percent", "which killed 87 and 13
 * people respectively". They make one claim, as "15 or 20 ideas" does (or-range.ts): the first
 * figure alone counted nothing, or it had a verb of its own and the second took "respectively" for
 * its verb. Pure.
 */
import type { Claim, Quantity } from '../types';

/** Only " and " between the figures ("1,250 and 320"): ", and" or a longer gap joins clauses, not figures. */
const AND_BETWEEN = /^ and $/;
/** A number word that an "and" continues ("a hundred and four", "three thousand and six"). */
const SCALE_WORD = /(?:hundred|thousand|million|billion)$/i;
/** A capitalised word right before the first figure: it names it ("Extracts 2 and 3", "Flights 12 and 14"). */
const CAPITAL_BEFORE = /\p{Lu}[\p{L}\p{N}-]*\s$/u;

/**
 * Widens `claim` to start at `first`, a figure that counted nothing, right before the claim's own
 * figure with " and " between them ("1,250 and 320 jobs cut"); true when it did. Not a sum, nor a
 * first figure that is a year ("in 2008 and 2009"), a number word that "and" goes on ("a hundred and
 * eleven"), a measurement ("6.1 and 5.8 magnitude tremors") or a label ("Extracts 2 and 3").
 */
export function joinFirstFigure(text: string, first: Quantity | undefined, claim: Claim): boolean {
  const second = claim.quantity;
  if (first === undefined || first.unit !== 'count' || second.unit === 'money' || !claim.counted || claim.kind) return false;
  if (first.end >= second.start || claim.start !== second.start || !AND_BETWEEN.test(text.slice(first.end, second.start))) return false;
  if (/^\d{4}$/.test(first.text) && first.low >= 1800 && first.low <= 2100 || SCALE_WORD.test(first.text) || !Number.isInteger(first.low)) return false;
  if (CAPITAL_BEFORE.test(text.slice(Math.max(0, first.start - 30), first.start))) return false;
  claim.start = first.start;
  claim.text = text.slice(first.start, claim.end);
  return true;
}

/**
 * "killed 87 and 13 people respectively": a figure after " and " whose measure is only
 * "respectively" (or none) finishes the claim before it, which is widened over it; true when it was.
 */
export function joinsLast(text: string, last: Claim | undefined, claim: Claim): boolean {
  if (last === undefined || last.sentence !== claim.sentence || (claim.measure !== '' && claim.measure !== 'respectively') || !last.measure || last.kind) return false;
  const a = last.quantity, b = claim.quantity;
  if (!(last.end === a.end && a.end < b.start && claim.start === b.start && AND_BETWEEN.test(text.slice(a.end, b.start)))) return false;
  last.end = claim.end;
  last.text = text.slice(last.start, last.end);
  return true;
}
