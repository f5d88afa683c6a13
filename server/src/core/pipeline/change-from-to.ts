/**
 * "The toll rose from 172 to 260", "sales fell from $9 million to $4 million": after a verb of change, the
 * figure pattern reads "from X to Y" as a range (or, when the figure fell, drops it as a range in the wrong
 * order), but X is the old level and Y the new one: two figures. Only with no approximation before "from",
 * and not when only the second figure carries a scale ("rose from 2 to 3 million" stays as it is). Pure.
 */
import type { Quantity } from '../types';
import { CHANGE_VERBS } from './change-by-to';
import { matchUnit, parseNumber } from './quantities';

/** The word right before the figure's "from". */
const WORD_BEFORE = /(\p{Ll}+)\s+$/u;
/** Transitive changes, besides CHANGE_VERBS: "cut its staff from 900 to 640", "raised the fee from $5 to $8". */
const CHANGED = new Set(['cut', 'raised', 'reduced', 'lowered', 'slashed', 'increased', 'decreased', 'boosted', 'trimmed', 'doubled', 'tripled', 'halved']);
const LETTER = /\p{L}/u;
/** A transitive change, its object (a possessive or "the" and one or two words) and "from": "cut its staff from". */
const VERB_OBJECT_BEFORE = /(\p{Ll}+)\s+(?:its|their|the|his|her|our)\s+(?:\p{Ll}+\s+){1,2}$/u;

/** Is a change verb, or a transitive one with its object, right before `start`? */
export function changeBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const v = WORD_BEFORE.exec(before);
  if (v !== null && (CHANGE_VERBS.has(v[1]) || CHANGED.has(v[1]))) return true;
  const o = VERB_OBJECT_BEFORE.exec(before);
  return o !== null && CHANGED.has(o[1]);
}

/**
 * The old and the new level of a "from X to Y" match `m` (QUANTITY's groups: 1 approximation, 5 and 6 the
 * ends of "from … to …", 11 a percent sign, 12 a currency word) at `offset`, or null.
 */
export function changeFromTo(text: string, m: RegExpExecArray, offset: number): [Quantity, Quantity] | null {
  const a = m[5], b = m[6];
  if (a === undefined || b === undefined || m[1] !== undefined) return null;
  if (LETTER.test(b) && !LETTER.test(a)) return null;
  const start = offset + m.index;
  if (!changeBefore(text, start)) return null;
  const low = parseNumber(a), high = parseNumber(b);
  if (!Number.isFinite(low) || !Number.isFinite(high) || low === high) return null;
  const unit = matchUnit(m);
  const aAt = start + m[0].indexOf(a, 4), bAt = start + m[0].lastIndexOf(b), end = start + m[0].length;
  return [
    { start: aAt, end: aAt + a.length, text: a, low, high: low, lowOpen: false, highOpen: false, approx: false, unit },
    { start: bAt, end, text: text.slice(bAt, end), low: high, high, lowOpen: false, highOpen: false, approx: false, unit },
  ];
}

/** "from " and the verb of change before it, at the end of the text before a share. */
const FROM_BEFORE = /(\p{Ll}+)\s+from\s+$/u;
/** " to " and a share after the old one: "to 4.8%", "to 3.4 percent", "to about 19 per cent". */
const TO_SHARE_AFTER = /^\s+to\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)/;

/**
 * "Unemployment fell from 5.2% to 4.8%": the figure pattern reads each share alone, so the old level comes
 * first; the new one after "to" is the claim (as `changeFromTo` makes it of counts). Is the share of match `m`
 * (group 10 a lone figure, 11 its percent) at `offset` such an old level?
 */
export function oldShareLevel(text: string, m: RegExpExecArray, offset: number): boolean {
  if (m[11] === undefined || m[10] === undefined || m[1] !== undefined) return false;
  const start = offset + m.index;
  const v = FROM_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  if (v === null || !CHANGE_VERBS.has(v[1]) && !CHANGED.has(v[1])) return false;
  return TO_SHARE_AFTER.test(text.slice(start + m[0].length, start + m[0].length + 32));
}
