/**
 * "after weeks of reports that the utility overbilled 9,000 customers", "There were reports that …", "The firm
 * denied reports that 450 jobs would go": unattributed reports as a noun before "that" are hearsay, a vague
 * source of what follows (docs/rules.md, vague-attribution). Not the verb: "The agency reports that …" has a
 * subject who vouches. Pure: reads the lower-case tokens around the "reports" at `j`.
 */
/** Words before "reports" that make it a noun: a preposition, "there were", a modifier, a verb that takes reports as its object. */
const NOUN_BEFORE = new Set(`of amid after following despite over about were are there unconfirmed earlier recent initial
  first local media press news denied dismissed rejected confirmed`.split(/\s+/));

/** Is token `j` the noun "reports" opening a "that" clause, with no one named as their source? */
export function hearsayReports(lower: readonly string[], j: number): boolean {
  return lower[j] === 'reports' && lower[j + 1] === 'that' && j > 0 && NOUN_BEFORE.has(lower[j - 1]);
}
