/**
 * "In the study of 3,600 patients, 1.8% developed a rash": a sentence opened by the study (trial, survey …)
 * its figure comes from reports that study's finding, as "the study found" would (pure). A study the article
 * has named ("the", "this", "its") is a source; an unnamed one ("In a trial of 900 adults") is vague, as
 * "a trial found" is (see anonymous-finding.ts). Only the figures after the frame's comma, in its clause (and a
 * figure it is "compared with" there), and the study's own size in the frame: the study reports its sample. A
 * journal the frame says published it ("In a study of 900 adults published in the Varn Journal, …") is named.
 */
import type { Claim, Mention, SpeakerRef, Sourcing } from '../types';
import { journalIn } from './journal-source';

/** "In the study of …," / "Among a survey's …": the finding's phrase (group 1) with its determiner (group 2). */
const FRAME = /^\s*(?:In|Across)\s+((the|this|that|its|their|a|an|one)\s+(?:[\p{L}-]+\s+){0,2}(?:study|studies|trial|trials|survey|analysis|review|poll)\b(?:\s+(?:of|among|involving)\s+(?:[^,;:"“”().]|\.(?!\s)|,(?=\d{3}\b)){1,90}?)?),\s+/iu;
const NAMED = /^(?:the|this|that|its|their)$/i;

/** The study a sentence opens with, when claim `c` follows its frame in the same clause; else null. */
export function studyFrame(text: string, sStart: number, c: Claim, mentions: readonly Mention[]): { source: SpeakerRef; sourced: Sourcing } | null {
  // (cheap gate: the sentence opens with "In" or "Across")
  const c0 = text.charCodeAt(sStart) | 32;
  if (c0 !== 105 && c0 !== 97) return null;
  const m = FRAME.exec(text.slice(sStart, sStart + 160));
  if (!m) return null;
  const after = sStart + m[0].length;
  const start = sStart + m.index + m[0].indexOf(m[1]);
  // (the claim is the frame's clause: right after the comma or with no comma, semicolon or "but" before it, but
  // for a figure it is compared with; or the study's own size inside the frame)
  const own = c.start >= start && c.end <= start + m[1].length;
  if (!own && (c.start < after || /[,;]|\bbut\b/.test(text.slice(after, c.start).replace(COMPARED_TAIL, '')))) return null;
  const journal = journalIn(m[1], start, mentions);
  if (journal) return { source: journal, sourced: 'yes' };
  const source: SpeakerRef = { start, end: start + m[1].length, text: m[1], local: null };
  return { source, sourced: NAMED.test(m[2]) ? 'yes' : 'vague' };
}

/** A comparison clause right before the claim: "…, compared with 0.9% of those given a placebo". */
const COMPARED_TAIL = /,\s+(?:compared\s+(?:with|to)|as\s+against|against|versus|vs\.?|up\s+from|down\s+from)\s+$/i;
