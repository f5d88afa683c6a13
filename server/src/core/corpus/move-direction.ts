/**
 * The direction of a percentage move that names no verb of moving: "the Tarlow 30 closed down 0.6%",
 * "dragging the index down 0.8%", "ended 2% higher". The claim's measure is then empty, and the move
 * would never back or contradict "fell 0.6%" (corroborate.ts compares moves by their measure).
 * Read from the word right before the figure, or right after it. Pure, general English.
 */

/** Words right before a share that give its direction ("down 3%", "up 2%"). */
const BEFORE: Record<string, 'fell' | 'rose'> = { down: 'fell', lower: 'fell', up: 'rose', higher: 'rose' };
const MAKE = /^(?:make|makes|made|making)$/i;

/** Words right after a share that give its direction ("2% lower", "3% higher"). */
const AFTER: Record<string, 'fell' | 'rose'> = { lower: 'fell', down: 'fell', higher: 'rose', up: 'rose' };

/**
 * "fell" or "rose" when the percentage at `start`..`end` of `text` is a move given by "down"/"up"
 * right before it or "lower"/"higher" right after it, else ''.
 */
export function bareMoveOf(text: string, start: number, end: number): '' | 'fell' | 'rose' {
  const before = /(?:([A-Za-z]+)\s+)?([A-Za-z]+)\s+$/.exec(text.slice(Math.max(0, start - 20), start));
  const b = before && BEFORE[before[2].toLowerCase()];
  // "jobs that make up 20% of its staff": a part of a whole, no move.
  if (b) return before[1] && MAKE.test(before[1]) ? '' : b;
  const after = /^\s+([A-Za-z]+)/.exec(text.slice(end, end + 12));
  return (after && AFTER[after[1].toLowerCase()]) || '';
}
