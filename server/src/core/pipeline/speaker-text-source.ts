/**
 * A text a person or body put out, named as the subject that speaks: "A post from the governor's
 * account said", "a note on the council's page said". The owner speaks (as "the governor's statement said"
 * gives the governor), not the text, nor the text and its owner run together ("A post from the governor").
 * Used by speakers.ts speakerSpan.
 */
import type { SpeakerRef } from '../types';
import { speakerBefore, type SpeakerContext } from './speakers';
import { isStatement } from './quote-text-owner';

/** Prepositions that tie a text to its source ("a tweet from", "a post on", "a message by"). */
const SOURCE_LINK = new Set(['from', 'on', 'by']);
/** Channels a text is put out on, whose possessive owner speaks ("the governor's account", "the board's page"). */
const CHANNEL = new Set('account accounts page pages website websites site feed channel blog handle profile timeline office'.split(' '));

/**
 * Tokens `from`..`to` are a determiner, a statement noun, a link and the source: the owner of a channel
 * (before its possessive: "the governor" of "the governor's account"), or the source itself ("the
 * council's housing committee"); undefined when
 * the tokens are no such phrase, null when the source names nobody. A text sent "to" somebody speaks itself ("a message").
 */
export function textSource(ctx: SpeakerContext, from: number, to: number): SpeakerRef | null | undefined {
  if (!isStatement(ctx.lower, from + 1) || from + 3 > to) return undefined;
  // "A message to the tenants said": those it was sent to do not speak; the text does, its sender unnamed
  if (ctx.lower[from + 2] === 'to' && /^(a|an|the|one)$/.test(ctx.lower[from])) {
    const t = ctx.tokens;
    return { start: t[from].start, end: t[from + 1].end, text: ctx.text.slice(t[from].start, t[from + 1].end), local: null };
  }
  if (!SOURCE_LINK.has(ctx.lower[from + 2] ?? '')) return undefined;
  let end = to;
  // only a channel is cut to its owner: "the council's housing committee" is a body of its own and speaks whole
  if (CHANNEL.has(ctx.lower[to])) {
    for (let q = from + 3; q <= to; q++) {
      const t = ctx.tokens[q].text;
      if (t === '’s' || t === "'s") { end = q - 1; break; }
    }
  }
  return end >= from + 3 ? speakerBefore(ctx, end, from + 3) : null;
}
