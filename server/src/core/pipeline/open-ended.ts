/**
 * A figure left open after it: "40 or more homes", "killing 107 or more", "300 or so jobs", "ten or
 * fewer boats". The words belong to the figure (the claim's counted noun comes after them) and
 * bound it as "at least", "about" and "at most" do before it. Pure.
 */
import type { Quantity } from '../types';
import { approximated } from './quantities';

/** " or more", " or so", " or fewer", " or less" right after a figure (one space each, then no letter). */
const OPEN_AFTER = /^ or (more|so|fewer|less)(?![\p{L}\p{N}])/iu;
/** The approximation before a figure that each word after it stands for. */
const AS_BEFORE: Record<string, string> = { more: 'at least', so: 'about', fewer: 'at most', less: 'at most' };

/** A count or share with " or more/so/fewer/less" after it, widened over those words and bounded by them; null otherwise. */
export function openEnded(text: string, q: Quantity): Quantity | null {
  if (q.unit === 'money' || q.approx || q.low !== q.high || text.charCodeAt(q.end) !== 32) return null;
  const m = OPEN_AFTER.exec(text.slice(q.end, q.end + 9));
  if (!m) return null;
  const end = q.end + m[0].length;
  const { low, high, lowOpen, highOpen } = approximated(AS_BEFORE[m[1].toLowerCase()], q.low, q.high, q.unit === 'percent' ? 100 : Infinity);
  return { start: q.start, end, text: text.slice(q.start, end), low, high, lowOpen, highOpen, approx: true, unit: q.unit };
}
