/**
 * "Describing the plan as “reckless”, Mira Olsen said …": a quote inside a participle phrase that opens the
 * sentence ("Describing … as", "Calling …", "Saying …") takes that participle as its cue, not the main
 * clause's verb after the comma; the main clause's subject is the participle's, so it speaks (also when
 * its verb reports nothing: "Calling the vote “a farce”, Olsen walked out"). Used by 04-quotes.ts.
 */
import type { Token } from '../types';
import type { Cue } from './cue-phrase';
import { cueAt } from './cue-phrase';
import { describedAs, type Found } from './quote-speaker';
import { cueLemma, speakerAfter, speechLemma, type SpeakerContext } from './speakers';

/** Naming verbs' participles that open such a phrase, with the speech verbs' (speechLemma). */
const NAMING_PARTICIPLES = new Set(['describing', 'calling', 'labelling', 'labeling', 'branding', 'dubbing', 'terming', 'characterising', 'characterizing']);

/** Is the capitalised word at token `k` a speech or naming verb's -ing form ("Describing", "Saying")? */
function framingParticiple(ctx: SpeakerContext, k: number): boolean {
  const t = ctx.tokens[k];
  const w = ctx.lower[k];
  if (t === undefined || t.kind !== 'word' || !w.endsWith('ing')) return false;
  if (NAMING_PARTICIPLES.has(w)) return true;
  const lowered: Token = { ...t, text: w };
  return speechLemma(lowered) !== null || cueLemma(lowered) !== null;
}

/**
 * The frame of the quote whose marks stand after token `beforeTok` and before token `afterTok`, in the
 * sentence opening at token `sentFloor`: the participle's cue and the subject after the frame's comma,
 * when the sentence opens with the participle, nothing but words and numbers stand between it and the
 * quote, and the frame's comma closes right at the quote (inside or after its marks). Null otherwise.
 */
export function openingFrame(ctx: SpeakerContext, sentFloor: number, beforeTok: number, afterTok: number, inner: string, sentCeil: number): Found | null {
  const { tokens } = ctx;
  if (beforeTok < sentFloor || !framingParticiple(ctx, sentFloor)) return null;
  for (let k = sentFloor + 1; k <= beforeTok; k++) if (tokens[k].kind === 'punct') return null;
  const innerComma = /,\s*$/.test(inner);
  if (!innerComma && tokens[afterTok]?.text !== ',') return null;
  const cue: Cue = describedAs(ctx, cueAt(ctx.text, tokens, sentFloor), beforeTok);
  return { speaker: speakerAfter(ctx, innerComma ? afterTok : afterTok + 1, sentCeil), cue };
}
