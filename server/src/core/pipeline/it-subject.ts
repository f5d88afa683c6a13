/**
 * "The Velm Refugee Office opened a camp in May. It said 4,000 families had fled": an "It" subject right
 * before a reporting verb stands for the organisation that opens the nearest earlier sentence of the same
 * paragraph (after an optional "The", not a possessive). Only then is "it" a speaker: a report, a plan or a
 * town is "it" as often, and nobody a reader could check. Pure, token indices.
 */
import type { SpeakerRef } from '../types';
import type { SpeakerContext } from './speakers';

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
  return local === null ? null : { start: tokens[k].start, end: tokens[k].end, text: tokens[k].text, local };
}

/** The ORG that opens one of the REACH sentences before sentence `si` of its paragraph, the nearest first. */
function openingOrg(ctx: SpeakerContext, si: number): number | null {
  const { tokens, lower, sentenceStart, mentionAt, mentions, text } = ctx;
  for (let s = si - 1; s >= 0 && s >= si - REACH; s--) {
    let k = sentenceStart[s];
    // A blank line between: another paragraph.
    if (/\n\s*\n/.test(text.slice(tokens[k].start, tokens[sentenceStart[si]].start))) return null;
    if (lower[k] === 'the') k++;
    const mi = mentionAt[k];
    if (mi < 0 || mentions[mi].start !== tokens[k].start) continue;
    const m = mentions[mi];
    if (/^['’]/u.test(text.slice(m.end, m.end + 1))) return null;
    return m.type === 'ORG' && !m.furniture ? m.local : null;
  }
  return null;
}
