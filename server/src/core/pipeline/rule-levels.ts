/**
 * A share or a sum that names the level a rule sets ("a 5 percent threshold", "a 10 percent cap on rent
 * rises", "a $500 limit"): a rule's setting, not a measured figure a fact-checker would source. Pure.
 */
import type { Claim } from '../types';

/** Counted nouns of a level a rule or law sets. */
const RULE_LEVELS = new Set(['threshold', 'limit', 'cap', 'ceiling', 'quota', 'hurdle']);

/** Is the claim a share or a sum counting a rule's level ("a 5 percent threshold")? */
export function ruleLevel(c: Claim): boolean {
  return c.quantity.unit !== 'count' && RULE_LEVELS.has(c.counted);
}
