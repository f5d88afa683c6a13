// "according to analysts at Greyhall Partners": a plural of people at a named organisation speak for it, as
// "Analysts at Greyhall Partners said" does before a cue (speakers.ts gives the firm): the firm is the source, and
// the attribution is not vague. A place after the people ("analysts in Varn") names no one.
import type { SpeakerRef } from '../types';
import { type SpeakerContext, fromMention } from './speakers';

/** Prepositions that tie people to the body they work for. */
const AFFILIATION = new Set(['at', 'from', 'with']);

/**
 * The ORG named after "at"/"from"/"with" that follows one to three lower-case words from token `start` (the first
 * word after "according to"), or null.
 */
export function bodyOfPeopleAfter(ctx: SpeakerContext, start: number, limit: number): SpeakerRef | null {
  for (let k = start + 1; k <= limit && k <= start + 3; k++) {
    const t = ctx.tokens[k - 1];
    if (t.kind !== 'word' || !/^\p{Ll}/u.test(t.text)) return null;
    if (!AFFILIATION.has(ctx.lower[k])) continue;
    let b = k + 1;
    if (ctx.lower[b] === 'the' && ctx.mentionAt[b] < 0) b++;
    const mi = b <= limit ? ctx.mentionAt[b] : -1;
    return mi >= 0 && ctx.mentions[mi].type === 'ORG' && ctx.tokens[b].start === ctx.mentions[mi].start ? fromMention(ctx, mi) : null;
  }
  return null;
}
