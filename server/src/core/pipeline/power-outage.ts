/**
 * A power cut told of what it hit: "40,000 homes lost power", "left 9,000 customers without
 * electricity", "households were without power". The claim counts the homes or customers and measures
 * the outage ('power'), not people who lost their homes (displaced) nor what the storm "left". Pure.
 */

/** What goes out in an outage. */
const SUPPLY = new Set(['power', 'electricity']);
/** Words before the supply that say it was lost: "lost power", "without electricity". */
const LOSS = new Set(['lost', 'lose', 'loses', 'losing', 'without']);

/** 'power' when the claim's predicate holds a loss word with the supply right after it, else ''. */
export function outageMeasure(predicate: readonly string[]): string {
  for (let i = 1; i < predicate.length; i++) {
    if (SUPPLY.has(predicate[i].toLowerCase()) && LOSS.has(predicate[i - 1].toLowerCase())) return 'power';
  }
  return '';
}
