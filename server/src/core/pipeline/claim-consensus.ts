/**
 * A figure that is other people's estimate, named as such inside a report: "missing estimates of $1.02
 * a share from analysts polled by Tressel Data", "short of forecasts of $2.3 billion by economists".
 * The firm that reports its own results does not state that figure: the experts (or the survey that
 * polled them) do. Pure: reads the document text and the mentions.
 */
import type { Claim, Mention, SpeakerRef } from '../types';
import { spacesFrom } from './spaces-around';

/** "estimates of", "analysts' forecasts for", "expectations of": the noun of an estimate right before the figure. */
const ESTIMATE_BEFORE = /\b(estimates?|forecasts?|expectations|projections?|predictions?|consensus)\s+(?:of|for)\s+(?:about\s+|around\s+|roughly\s+)?$/i;
/**
 * "from analysts", "by economists polled by X", "among analysts surveyed by X": who made the estimate,
 * right after the figure; group 1 the experts, group 2 the named survey (if any).
 */
const EXPERTS_AFTER = /^\s+(?:from|by|among)\s+((?:(?:most|many|some|several|independent|market|financial|industry|city|wall\s+street)\s+)?(?:analysts|economists|strategists|forecasters|experts|traders|investors))\b(?:\s+(?:polled|surveyed|questioned|canvassed|tracked|compiled)\s+by\s+(?:the\s+)?)?/iu;

/** How far before a figure its estimate noun may start (characters). */
const REACH = 40;

export function consensusSource(text: string, sStart: number, sEnd: number, c: Claim, mentions: readonly Mention[]): { sourced: 'yes' | 'vague'; source: SpeakerRef; cue: string } | null {
  const lo = Math.max(sStart, c.start - REACH);
  // (cheap gate: the last two letters of "of", "for" or a hedge before the spaces that end at the claim)
  const i = spacesFrom(text, c.start, lo);
  if (i < 0 || i - 2 < lo || !lastTwoOfPreposition(text.charCodeAt(i - 1) | 32, text.charCodeAt(i - 2) | 32)) return null;
  const est = ESTIMATE_BEFORE.exec(text.slice(lo, c.start));
  if (!est) return null;
  const m = EXPERTS_AFTER.exec(text.slice(c.end, sEnd));
  if (!m) return null;
  const afterExperts = c.end + m[0].length;
  const cue = est[1].toLowerCase();
  if (/\s+by\s+(?:the\s+)?$/i.test(m[0])) {
    const named = mentions.find((x) => x.start === afterExperts && (x.type === 'ORG' || x.type === 'PERSON'));
    if (named) return { sourced: 'yes', source: { start: named.start, end: named.end, text: named.text, local: named.local }, cue };
  }
  const start = c.end + m[0].indexOf(m[1]);
  return { sourced: 'vague', source: { start, end: start + m[1].length, text: m[1], local: null }, cue };
}

/** Are `e` and `p` (lower case) the last and the one-before-last letters of "of", "for", "about", "around" or "roughly"? */
function lastTwoOfPreposition(e: number, p: number): boolean {
  return e === 102 || e === 114 ? p === 111 : e === 116 ? p === 117 : e === 100 ? p === 110 : e === 121 && p === 108;
}
