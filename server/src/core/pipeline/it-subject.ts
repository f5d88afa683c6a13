/**
 * "The Velm Refugee Office opened a camp in May. It said 4,000 families had fled": an "It" subject right
 * before a reporting verb stands for the organisation that opens the nearest earlier sentence of the same
 * paragraph (after an optional "The", not a possessive). Only then is "it" a speaker: a report, a plan or a
 * town is "it" as often, and nobody a reader could check. Pure, token indices.
 */
import type { SpeakerRef } from '../types';
import type { SpeakerContext } from './speakers';
import { CLAIM_CUES, CUE_VERBS, INSTITUTIONAL_SOURCES } from '../model/words';

/** How many sentences back the organisation may open. */
const REACH = 2;

/** Words that may stand between "it" and its cue ("It also said", "it later said"). */
const BETWEEN = new Set(['also', 'later', 'earlier', 'previously', 'further']);

/** The speaker "it" before the cue at token `cue` (sentence's first token `first`), or null. */
export function itSubject(ctx: SpeakerContext, cue: number, first: number): SpeakerRef | null {
  const { tokens, lower } = ctx;
  let k = cue - 1;
  if (k > first && BETWEEN.has(lower[k])) k--;
  if (k < first || lower[k] !== 'it') return null;
  // The clause's subject: at the sentence start, or after a comma or a conjunction ("…, and it said").
  if (k > first && !/^(?:,|and|but|while)$/.test(lower[k - 1])) return null;
  const local = openingOrg(ctx, tokens[k].sentence);
  return local === null ? null : { start: tokens[k].start, end: tokens[k].end, text: tokens[k].text, local: local < 0 ? null : local };
}

/**
 * The ORG that opens one of the REACH sentences before sentence `si` of its paragraph, the nearest first;
 * -1 for a body named by its kind that opens one with its cue ("The agency said …": no entity to give).
 */
function openingOrg(ctx: SpeakerContext, si: number): number | null {
  const { tokens, lower, sentenceStart, mentionAt, mentions, text } = ctx;
  for (let s = si - 1; s >= 0 && s >= si - REACH; s--) {
    let k = sentenceStart[s];
    // A blank line between: another paragraph.
    if (/\n\s*\n/.test(text.slice(tokens[k].start, tokens[sentenceStart[si]].start))) return null;
    if (lower[k] === 'the') k++;
    const mi = mentionAt[k];
    if (mi < 0 || mentions[mi].start !== tokens[k].start) {
      if (k > sentenceStart[s] && kindSpeaks(ctx, k)) return -1;
      continue;
    }
    const m = mentions[mi];
    if (/^['’]/u.test(text.slice(m.end, m.end + 1))) return null;
    return m.type === 'ORG' && !m.furniture ? m.local : null;
  }
  return null;
}

/**
 * Does "The KIND" at token `k` (after "The") open its sentence as a speaking body: a singular body's kind
 * ("agency", "ministry", "charity") right before a form of a claim cue ("The agency said …",
 * "The ministry estimates …")? "The report said" or "The town has" are not.
 */
function kindSpeaks(ctx: SpeakerContext, k: number): boolean {
  const { lower, tokens } = ctx;
  const kind = lower[k];
  if (!INSTITUTIONAL_SOURCES.has(kind) || kind.endsWith('s') || !/^\p{Ll}/u.test(tokens[k].text)) return false;
  const lemma = CUE_VERBS.get(lower[k + 1]);
  return lemma !== undefined && CLAIM_CUES.has(lemma);
}
