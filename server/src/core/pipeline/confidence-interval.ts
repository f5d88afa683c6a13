// A study's statistics that are not claims about the world: the confidence level of an interval ("95%
// confidence interval", "95% CI") and the interval's bounds ("CI 1.1 to 1.6", "95% CI: 9%-26%"). The
// finding they qualify ("41% more likely") stays a claim.
import type { Quantity } from '../types';

/** A confidence level: a percentage right before "confidence", "CI" or "credible interval". */
const LEVEL_AFTER = /^\s*(?:confidence\b|CI\b|C\.I\.|credible\s+interval)/i;
/** An interval's name, then at most its lower bound and a range word, right before the figure. */
const BOUND_BEFORE = /(?:\bCI|\bconfidence\s+intervals?|\bcredible\s+intervals?)(?:\s*(?:of|was|is|from|between))?\s*[:,=]?\s*(?:[\d.,]+\s*%?\s*(?:to|and|[-–—])\s*)?$/i;

export function confidenceStatistic(text: string, q: Quantity, sentenceStart: number): boolean {
  const c = text.charCodeAt(q.end);
  // (the level's pattern is asked only of a percentage a space or a "c" follows; the bounds' only when the words are near)
  if (q.unit === 'percent' && (c === 32 || c === 99 || c === 67) && LEVEL_AFTER.test(text.slice(q.end, q.end + 24))) return true;
  const from = Math.max(sentenceStart, q.start - 40);
  if (!intervalNamed(text, from, q.start)) return false;
  const before = text.slice(from, q.start);
  return BOUND_BEFORE.test(before);
}

/**
 * Does "CI" or "interval" stand in `text` from `from` to `end`? Read on the text itself: most figures have
 * neither before them, and nothing is sliced for them.
 */
function intervalNamed(text: string, from: number, end: number): boolean {
  for (let i = from; i + 1 < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 67 ? text.charCodeAt(i + 1) === 73 : c === 105 && i + 8 <= end && text.startsWith('interval', i)) return true;
  }
  return false;
}
