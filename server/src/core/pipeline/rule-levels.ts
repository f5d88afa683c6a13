/**
 * A share or a sum that names the level a rule sets ("a 5 percent threshold", "a 10 percent cap on rent
 * rises", "a $500 limit"), or the most a penalty may reach ("fines of up to 4% of turnover", "fined up to
 * $5,000"): a rule's setting, not a measured figure a fact-checker would source. Pure.
 */
import type { Claim } from '../types';

/** Counted nouns of a level a rule or law sets. */
const RULE_LEVELS = new Set(['threshold', 'limit', 'cap', 'ceiling', 'quota', 'hurdle']);

/** A penalty right before "up to": "a fine of", "penalties of", "fined", "a maximum fine of". */
const PENALTY_BEFORE = /\b(?:fines?|fined|penalt(?:y|ies)|sanctions?)\s+(?:of\s+)?$/i;

/** Is the claim a share or a sum counting a rule's level ("a 5 percent threshold")? */
export function ruleLevel(c: Claim, text: string): boolean {
  if (c.quantity.unit === 'count') return false;
  if (RULE_LEVELS.has(c.counted)) return true;
  // "a fine of up to 10% of revenue": the most the law allows, not a fine anybody paid
  return /^up to\b/i.test(c.quantity.text) && PENALTY_BEFORE.test(text.slice(Math.max(0, c.quantity.start - 30), c.quantity.start));
}
