/**
 * "“…,” said two of them.": after the cue, a count of a group just mentioned ("two of them", "both of
 * the nurses", "several of those") speaks, unnamed, as "two of them said" does before the cue. Used by
 * speakers.ts speakerAfter.
 */
import type { SpeakerRef } from '../types';
import type { SpeakerContext } from './speakers';
import { groupAntecedent } from './speaker-group-antecedent';

/** Words that count part of a group ("one of them" too: it points back to the group as "two of them" does). */
const COUNTS = new Set('ten nine eight seven six five four three two one both several some many few most all'.split(' '));

/** Words that close the group after "of": "of them", "of those", "of the …". */
const GROUP_ENDS = new Set(['them', 'those', 'us']);

const DIGITS = /^\d+$/;

/** Tokens from `start`: a count, "of" and the group, then punctuation; that phrase, else null. */
export function groupPartAfter(ctx: SpeakerContext, start: number, limit: number): SpeakerRef | null {
  const w = ctx.lower[start];
  if (!(COUNTS.has(w) || DIGITS.test(w)) || ctx.lower[start + 1] !== 'of' || start + 2 > limit) return null;
  let e = start + 2;
  if (!GROUP_ENDS.has(ctx.lower[e])) {
    // "both of the nurses": the article and one or two plain words
    if (ctx.lower[e] !== 'the') return null;
    const to = Math.min(limit, e + 2);
    while (e < to && ctx.tokens[e + 1]?.kind === 'word' && ctx.tokens[e + 1].text === ctx.lower[e + 1] && ctx.mentionAt[e + 1] < 0) e++;
    if (e === start + 2) return null;
  }
  const n = ctx.tokens[e + 1];
  if (n && !/^[.,;!?]$/.test(n.text)) return null;
  const { tokens } = ctx;
  const ref: SpeakerRef = { start: tokens[start].start, end: tokens[e].end, text: ctx.text.slice(tokens[start].start, tokens[e].end), local: null };
  // "two of them" after "Three porters were injured.": the group the article names describes the speaker
  if (GROUP_ENDS.has(ctx.lower[e])) { const group = groupAntecedent(ctx, start); if (group) ref.description = group; }
  return ref;
}
