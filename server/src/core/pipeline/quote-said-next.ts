/**
 * A quote that opens its paragraph with no tag, followed by a sentence in which a named person says
 * something:
 *   “We see no reason to sell.” Dara Kline, a fund manager at Vossel Capital, said the drop was a chance.
 * News copy puts the speaker of such an opening quote in the sentence after it; the person that sentence
 * opens with, as the subject of a speech verb, speaks the quote. Pure token checks.
 */
import type { SpeakerRef } from '../types';
import { cueAt } from './cue-phrase';
import { firstTokenFrom, fromMention, speechLemma, type SpeakerContext } from './speakers';
import { tokenAt } from './token-at';

/** How long an apposition between the name and its verb may run, in tokens. */
const APPOSITION_REACH = 14;

/**
 * Does the quote whose text starts at `start` open its paragraph (only a mark and spaces after the line break),
 * rather than continue a quote from the paragraph before?
 */
export function opensParagraph(ctx: SpeakerContext, start: number): boolean {
  const { text } = ctx;
  let i = start - 1;
  while (i >= 0 && (text[i] === '“' || text[i] === '"' || text[i] === '‘' || text[i] === "'")) i--;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i >= 0 && text[i] !== '\n') return false;
  // not a paragraph that reopens a quote run on from the paragraph before (its speaker is that quote's)
  const before = firstTokenFrom(ctx.tokens, i + 1) - 1;
  return before < 0 || ctx.inQuote?.[before] !== 1;
}

/**
 * The person opening the sentence at token `k` as the subject of a speech verb ("Dara Kline said …",
 * "Dara Kline, who runs …, told …"), with the verb as the cue; null otherwise.
 */
export function saidInNextSentence(ctx: SpeakerContext, k: number): { speaker: SpeakerRef; cue: ReturnType<typeof cueAt> } | null {
  if (k < 0) return null;
  const mi = ctx.mentionAt[k];
  if (mi < 0 || ctx.mentions[mi].type !== 'PERSON') return null;
  const { tokens } = ctx;
  const sentence = tokens[k].sentence;
  let v = firstTokenFrom(tokens, ctx.mentions[mi].end, k);
  if (tokenAt(tokens, v)?.text === ',') {
    // over an apposition closed by a comma, with no quotation in it
    let c = v + 1;
    while (c < v + APPOSITION_REACH && tokenAt(tokens, c) && tokens[c].sentence === sentence && tokens[c].text !== ',') {
      if (ctx.inQuote?.[c] === 1) return null;
      c++;
    }
    if (tokenAt(tokens, c)?.text !== ',' || tokens[c].sentence !== sentence) return null;
    v = c + 1;
  }
  const t = tokenAt(tokens, v);
  if (!t || t.sentence !== sentence || !/^\p{Ll}/u.test(t.text) || t.text.endsWith('ing') || !speechLemma(t)) return null;
  return { speaker: fromMention(ctx, mi), cue: cueAt(ctx.text, tokens, v) };
}
