/**
 * A time phrase between a speaker and the speech verb ("The head of the clinic on Monday said",
 * "A spokesman yesterday told"): it belongs to the verb, not to the speaker's phrase.
 */
const DAY = new Set('yesterday today tonight monday tuesday wednesday thursday friday saturday sunday'.split(' '));
const PART = new Set('morning afternoon evening night'.split(' '));
const LEAD = new Set('on last this early late'.split(' '));

/**
 * The token index before the time phrase that ends at `k` (lower-cased words `lower`), or `k` when
 * the phrase does not end in one: "on Monday", "on Monday night", "yesterday", "late last night", "this morning".
 */
export function beforeTimePhrase(lower: string[], k: number, floor: number): number {
  let j = k;
  // "Monday night", "last night", "this morning": the part of the day, then what names the day.
  if (j > floor && PART.has(lower[j]) && (DAY.has(lower[j - 1]) || lower[j - 1] === 'last' || lower[j - 1] === 'this')) j--;
  else if (!DAY.has(lower[j])) return k;
  if (DAY.has(lower[j])) j--;
  while (j >= floor && LEAD.has(lower[j])) j--;
  return j >= floor ? j : k;
}
