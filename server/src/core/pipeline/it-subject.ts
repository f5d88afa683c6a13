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
  if (k > first && !/^(?:,|and|but|while)$/.test(lower[k - 1])) return contactIt(ctx, k, cue, first);
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

/** Words before "it" that open a clause of their own, not a relative one ("…, so it said", "that it says"). */
const CLAUSE_OPENERS = new Set(['that', 'and', 'but', 'or', 'as', 'so', 'because', 'which', 'what', 'where', 'when', 'if',
  'while', 'though', 'although', 'since', 'after', 'before', 'until', 'than', 'how', 'why', 'whether']);
/** An auxiliary or modal right after the cue: the verb of the clause the cue reports ("said would", "says will"). */
const AUX = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'is', 'are', 'was', 'were', 'has', 'have', 'had']);

/**
 * "Ostrel Motors unveiled the Kessa, a van it said would cost 18% less": "it" in a relative clause with no "that",
 * right after a noun, its cue followed by the reported clause's auxiliary, stands for the organisation that opens
 * its own sentence as the subject (after an optional "The", not a possessive).
 */
function contactIt(ctx: SpeakerContext, k: number, cue: number, first: number): SpeakerRef | null {
  const { tokens, lower, mentionAt, mentions, text } = ctx;
  if (!AUX.has(lower[cue + 1]) || !/^\p{Ll}+$/u.test(tokens[k - 1].text) || CLAUSE_OPENERS.has(lower[k - 1])) return null;
  const o = lower[first] === 'the' ? first + 1 : first;
  const mi = mentionAt[o];
  if (mi < 0 || mentions[mi].start !== tokens[o].start || /^['’]/u.test(text.slice(mentions[mi].end, mentions[mi].end + 1))) return null;
  const m = mentions[mi];
  return m.type === 'ORG' && !m.furniture ? { start: tokens[k].start, end: tokens[k].end, text: tokens[k].text, local: m.local } : null;
}
