/**
 * How outlets word one figure differently, for corroborate.ts: a share given as a fraction ("one in
 * eight", "a third") or as a percentage, a share a count's passage adds ("cut 300 jobs, or 12% of
 * its staff"), and a count of jobs that names no event ("3,000 jobs"). Pure, general English.
 */
import type { Claim, Quantity } from '../types';
import { MEASURES } from '../model/measures';
import { parseNumber } from '../pipeline/quantities';

const PARTS: Record<string, number> = {
  half: 2, third: 3, quarter: 4, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};
const ONE_IN = /\b(?:one|an?|1)\s+(?:in|out\s+of)\s+(\w+)\s*$/i;
const ONE_PART = /\b(?:an?|one)[\s-]+(half|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s*$/i;

/** The denominator of a share written as one part of so many ("one in eight": 8, "a third": 3), or 0. */
export function denominatorOf(text: string): number {
  const m = ONE_IN.exec(text);
  if (m) {
    const n = parseNumber(m[1]); // "eight", "12"
    return Number.isInteger(n) && n >= 2 && n <= 100 ? n : 0;
  }
  const p = ONE_PART.exec(text);
  return p ? PARTS[p[1].toLowerCase()] : 0;
}

/**
 * A share written as one part of n stands for any share whose nearest whole denominator is n ("one
 * in eight" for 12%, "a third" for 36%), within 15% of its value: its bounds widened to that, or
 * the quantity itself when it is no such share.
 */
export function looseShare(q: Quantity): Quantity {
  if (q.unit !== 'percent') return q;
  const n = denominatorOf(q.text);
  if (!n) return q;
  const v = 100 / n;
  const low = Math.min(q.low, Math.max(100 / (n + 0.5), v * 0.85)), high = Math.max(q.high, Math.min(100 / (n - 0.5), v * 1.15));
  return low === q.low && high === q.high ? q : { ...q, low, high };
}

const HEDGE = String.raw`(?:about|around|roughly|nearly|almost|some|approximately|close\s+to)`;
/** A share set beside a count as another wording of it: ", or roughly 12%", "(about 5 per cent)". */
const APPOSED_SHARE = new RegExp(String.raw`(?:,\s*(?:or\s+)?|\bor\s+|\(\s*)(${HEDGE}\s+)?(\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b)`, 'i');

/**
 * The share a count's passage adds after its figure as another wording of it ("cut about 3,000
 * jobs, or roughly 12% of its workforce": about 12%), hedged ones within a tenth; null when none.
 */
export function shareOf(c: Claim): Quantity | null {
  const q = c.quantity;
  if (q.unit === 'percent' || c.kind) return null;
  const at = c.text.indexOf(q.text);
  const rest = at >= 0 ? c.text.slice(at + q.text.length) : c.text;
  const m = APPOSED_SHARE.exec(rest);
  if (!m) return null;
  const v = Number(m[2]), f = m[1] ? 0.1 : 0;
  return { start: c.start, end: c.end, text: m[0], low: v * (1 - f), high: v * (1 + f), lowOpen: false, highOpen: false, approx: !!m[1], unit: 'percent' };
}

/**
 * Measures a counted noun names by itself without saying what happened to the things: "3,000 jobs"
 * are cut, created or kept; "3,000 deaths" say what happened.
 */
const NOUN_ONLY_MEASURES = new Set(['employment']);

/**
 * Does a claim's measure come from its counted noun alone ("3,000 jobs", "650 of the jobs will go"),
 * its passage opening with its figure (no verb before it: "create 300 jobs") and no other word of it
 * naming the measure ("3,000 staff hired")?
 */
export function eventless(c: Claim): boolean {
  if (!NOUN_ONLY_MEASURES.has(c.measure) || !c.counted || !c.text.startsWith(c.quantity.text)) return false;
  const re = MEASURES.find(([, m]) => m === c.measure)?.[0];
  if (!re || !(re.test(c.counted) || re.test(c.counted + 's'))) return false;
  for (const w of c.text.toLowerCase().match(/[a-z]+/g) ?? []) if (w !== c.counted && w !== c.counted + 's' && re.test(w)) return false;
  return true;
}

/**
 * Is an exact figure precise enough that two passages giving it of the same things are unlikely to agree by
 * chance: three significant digits or more ("417", "61.3", "1,250"), not a round one ("300", "61", "3,000")?
 */
export function distinctFigure(q: Quantity): boolean {
  if (q.low !== q.high || !Number.isFinite(q.low) || q.low <= 0) return false;
  let v = q.low;
  for (let i = 0; i < 6 && v !== Math.round(v); i++) v *= 10; // "61.3" → 613
  v = Math.round(v);
  while (v >= 10 && v % 10 === 0) v /= 10; // "1,250" → 125
  return v >= 100;
}

/** The counted noun of a share given with none ("won 27.4%"). */
const BARE_SHARE = 'percent';

/**
 * Do two passages count the same things though their measures differ or one has none ("417 polling
 * stations" / "opened 417 polling stations", "won 61.3% of the vote" / "took about 61% of the vote"): the
 * same counted noun; or a share with no noun beside a share of the same measure ("won 27.4%" / "won 27.4% of
 * the vote")?
 */
export function sameThingsCounted(a: Pick<Claim, 'counted' | 'measure'>, b: Pick<Claim, 'counted' | 'measure'>): boolean {
  if (a.counted === b.counted) return a.counted !== '' && a.counted !== BARE_SHARE;
  return (a.counted === BARE_SHARE || b.counted === BARE_SHARE) && a.measure !== '' && a.measure === b.measure;
}
