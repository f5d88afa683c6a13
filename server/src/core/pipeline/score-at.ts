/**
 * A match's score in a sentence (pure, token indices): one- or two-digit numbers joined by a hyphen or an
 * en dash ("2-1", "0 – 3"), or the first number of a result line ("Harwick Rovers 3 Dunmore City 1"). Kept apart from the rules that read it (the sides of a score, the teams of a
 * sentence about a game), so that they share it without importing each other.
 */
import type { Token } from '../types';
import { tokenAt } from './token-at';

const SMALL = /^\d{1,2}$/;
const JOINED = /^\d{1,2}[-–]\d{1,2}$/;

/** Number of tokens of a score starting at `k` in sentence `s` (0 when there is none). */
export function scoreAt(tokens: readonly Token[], k: number, s: number): number {
  const t = tokenAt(tokens, k);
  if (t === undefined || t.kind !== 'number' || t.sentence !== s) return 0;
  if (JOINED.test(t.text)) return 1;
  const dash = tokenAt(tokens, k + 1);
  const n = tokenAt(tokens, k + 2);
  if (!SMALL.test(t.text)) return 0;
  if (dash === undefined || (dash.text !== '-' && dash.text !== '–')) return resultLineAt(tokens, k, s) ? 1 : 0;
  return n !== undefined && n.kind === 'number' && n.sentence === s && SMALL.test(n.text) ? 3 : 0;
}

/** A word opening with a capital letter. */
function capWord(t: Token | undefined, s: number): boolean {
  return t !== undefined && t.sentence === s && t.kind === 'word' && t.text.charCodeAt(0) >= 65 && t.text.charCodeAt(0) <= 90;
}

/**
 * A result line, the small number at `k` the first of two: "Harwick Rovers 3 Dunmore City 1" is the whole
 * sentence, capitalised words (one to four) before each number and the second number last (or a full stop after it). Its first number
 * is read as the score (the sides are the names before and after it).
 */
function resultLineAt(tokens: readonly Token[], k: number, s: number): boolean {
  let a = k - 1;
  while (a >= k - 4 && capWord(tokenAt(tokens, a), s)) a--;
  if (a === k - 1 || tokenAt(tokens, a)?.sentence === s) return false;
  let b = k + 1;
  while (b <= k + 4 && capWord(tokenAt(tokens, b), s)) b++;
  const n = tokenAt(tokens, b);
  // The line may end in a full stop: "Harwick 3 Castlemoor 0."
  let after = tokenAt(tokens, b + 1);
  if (after !== undefined && after.text === '.' && after.sentence === s) after = tokenAt(tokens, b + 2);
  return b > k + 1 && n !== undefined && n.sentence === s && n.kind === 'number' && SMALL.test(n.text) && (after === undefined || after.sentence !== s);
}

/**
 * Does a score start at token `k`? A document with none has no side for `teamsByScore` to find (every
 * rule there needs one), so the entity stage skips it (03-entities.ts `scanTokens`). Scores are at most
 * five characters: longer numbers are answered without the patterns.
 */
export function scoreStartsAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t.text.length <= 5 && scoreAt(tokens, k, t.sentence) > 0;
}

/** True when a score ends right before token `k` in sentence `s`. */
export function scoreEndsAt(tokens: readonly Token[], k: number, s: number): boolean {
  return scoreAt(tokens, k - 1, s) === 1 || scoreAt(tokens, k - 3, s) === 3;
}

/** True when the one-word name at token `k` is a side of a result line ("Harwick 3 Castlemoor 0"): its number after it or before it. */
export function resultLineSide(tokens: readonly Token[], k: number, s: number): boolean {
  const next = tokenAt(tokens, k + 1), prev = tokenAt(tokens, k - 1);
  if (next !== undefined && next.kind === 'number' && SMALL.test(next.text) && resultLineAt(tokens, k + 1, s)) return true;
  return prev !== undefined && prev.kind === 'number' && SMALL.test(prev.text) && resultLineAt(tokens, k - 1, s);
}
