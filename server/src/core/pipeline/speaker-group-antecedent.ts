/**
 * The group a partitive speaker counts from ("“…,” said two of them" after "Three porters were injured."):
 * the nearest counted plural phrase before the quote, in its sentence or the one before ("Three porters",
 * "several nurses", "12 miners"). It becomes the speaker's description, so the speaker reads as the group
 * the article names rather than "two of them". Pure token checks.
 */
import type { SpeakerContext } from './speakers';
import { COUNT_WORDS } from '../model/count-words';

/** Plural-looking words that are no group's noun. */
const NOT_GROUP = new Set(['was', 'is', 'has', 'its', 'this', 'us', 'as', 'years', 'days', 'hours', 'weeks', 'months', 'minutes', 'times', 'percent']);
/** How many tokens back the group may stand. */
const REACH = 60;

/** The counted plural phrase before token `before` (see above), or undefined. */
export function groupAntecedent(ctx: SpeakerContext, before: number): string | undefined {
  const { tokens, lower } = ctx;
  if (before <= 0) return undefined;
  const sentence = tokens[before].sentence;
  for (let k = before - 1; k >= 0 && k >= before - REACH && tokens[k].sentence >= sentence - 1; k--) {
    if (ctx.inQuote?.[k] === 1) continue;
    const w = lower[k];
    if (!COUNT_WORDS.has(w) && !(tokens[k].kind === 'number' || /^\d+$/.test(w))) continue;
    // the count, at most one plain modifier, then the plural noun ("three porters", "two injured porters")
    for (let h = k + 1; h <= k + 2 && h < before; h++) {
      const t = tokens[h];
      if (t.kind !== 'word' || !/^\p{Ll}+$/u.test(t.text) || ctx.mentionAt[h] >= 0) break;
      if (t.text.length > 3 && t.text.endsWith('s') && !t.text.endsWith('ss') && !NOT_GROUP.has(t.text) && lower[h + 1] !== 'of') {
        return ctx.text.slice(tokens[k].start, t.end);
      }
    }
  }
  return undefined;
}
