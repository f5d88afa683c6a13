/**
 * "from Rs 40 to Rs 55", "between 2 lakh and 3 lakh rupees", "Rs 2 crore-Rs 3 crore": the figure pattern
 * reads a range whose ends both carry a regional sign or an Indian scale as two figures (regional-money.ts
 * gives each its sign or scale), so the range became two claims or its low end was lost. The two ends are
 * one range, as "from $40 to $55" is; after a verb of change ("rose from Rs 40 to Rs 55") they are the old
 * level and the new, and only the new one is a claim (as change-from-to.ts makes it). Shares whose ends both
 * carry their mark ("grow by 2% to 4%", "between 2% and 4%") are read apart the same way and joined the same
 * way; after a verb of change a level far above the first share ("rose by 0.5% to 4.5%") is the change's new
 * level (change-level.ts), not a range's high end, as change-by-to.ts splits "by 48,000 to 1.32 million". Pure.
 */
import type { Quantity } from '../types';
import { changeBefore } from './change-from-to';
import { CHANGE_WORDS } from './change-level';

/** A currency's sign at the start of a figure's text, or an Indian scale at its end. */
const REGIONAL = /^(?:Rs\.?|INR|KShs?|Kshs?|Shs?|TSh|USh|GH₵|[₹₦₵])|\b(?:lakhs?|crores?)$/u;
/** What joins the ends: " to ", " and " (after "between"), a dash. */
const JOIN = /^(?: to | and |\s?[-–]\s?)$/;
const BETWEEN_BEFORE = /\bbetween\s+$/i;
const FROM_BEFORE = /\bfrom\s+$/;
/** A share's mark at the end of a figure's text. */
const SHARE_END = /(?:%|\bper ?cent)$/;
/** The word before a figure, past an optional "by": "rose by", "grew". */
const VERB_BEFORE = /(\p{Ll}+)\s+(?:by\s+)?$/u;

/** How `prev` and `cur` (in order, the later one `cur`) read together. */
export type RegionalRange = { kind: 'range'; q: Quantity } | { kind: 'change' };

/**
 * The range from `prev` to `cur` when they are the two ends of one (same unit, one of them regional, rising,
 * joined by "to", "and" after "between", or a dash), or `change` when "from" and a verb of change come before
 * `prev`; else null. `text` is the document, offsets are UTF-16.
 */
export function regionalRange(text: string, prev: Quantity | undefined, cur: Quantity): RegionalRange | null {
  if (prev === undefined || prev.end >= cur.start || cur.start - prev.end > 5 || prev.unit !== cur.unit) return null;
  const shares = cur.unit === 'percent' && SHARE_END.test(prev.text);
  if (!shares && !REGIONAL.test(cur.text) && !REGIONAL.test(prev.text)) return null;
  const gap = text.slice(prev.end, cur.start);
  if (!JOIN.test(gap)) return null;
  const before = text.slice(Math.max(0, prev.start - 40), prev.start);
  // ("rose 0.2% to 3.1%", "fell by 0.5% to 4.5%": the change and the level it ended at)
  if (shares && cur.low > 3 * prev.high && changeWordBefore(before)) return null;
  // (a change may fall: "fell from Rs 55 to Rs 40" keeps Rs 40)
  if (gap === ' to ' && FROM_BEFORE.test(before) && changeBefore(text, prev.start - FROM_BEFORE.exec(before)![0].length)) return { kind: 'change' };
  const between = BETWEEN_BEFORE.exec(before);
  if (!(prev.high < cur.low) || gap === ' and ' && between === null) return null;
  // ("between 2 lakh and 3 lakh", "from Rs 40 to Rs 55": the word that opens the range is the range's, as in "between $2m and $3m")
  const opener = between ?? (gap === ' to ' ? FROM_BEFORE.exec(before) : null);
  const start = opener === null ? prev.start : prev.start - opener[0].length;
  return {
    kind: 'range',
    q: {
      start, end: cur.end, text: text.slice(start, cur.end),
      low: prev.low, high: cur.high, lowOpen: prev.lowOpen, highOpen: cur.highOpen, approx: prev.approx || cur.approx, unit: cur.unit,
    },
  };
}

/** Does a word of change (a verb of moving, "grow") stand right before a figure, past an optional "by"? */
function changeWordBefore(before: string): boolean {
  const v = VERB_BEFORE.exec(before);
  return v !== null && (CHANGE_WORDS.has(v[1]) || v[1] === 'grow' || v[1] === 'grew' || v[1] === 'grown' || v[1] === 'expand' || v[1] === 'shrink');
}
