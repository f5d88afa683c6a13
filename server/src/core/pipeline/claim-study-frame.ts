/**
 * "In the study of 3,600 patients, 1.8% developed a rash": a sentence opened by the study (trial, survey …)
 * its figure comes from reports that study's finding, as "the study found" would (pure). A study the article
 * has named ("the", "this", "its") is a source; an unnamed one ("In a trial of 900 adults") is vague, as
 * "a trial found" is (see anonymous-finding.ts). Only the figures after the frame's comma, in its clause.
 */
import type { Claim, SpeakerRef, Sourcing } from '../types';

/** "In the study of …," / "Among a survey's …": the finding's phrase (group 1) with its determiner (group 2). */
const FRAME = /^\s*(?:In|Across)\s+((the|this|that|its|their|a|an|one)\s+(?:[\p{L}-]+\s+){0,2}(?:study|studies|trial|trials|survey|analysis|review|poll)\b(?:\s+(?:of|among|involving)\s+(?:[^,;:"“”()]|,(?=\d{3}\b)){1,50}?)?),\s+/iu;
const NAMED = /^(?:the|this|that|its|their)$/i;

/** The study a sentence opens with, when claim `c` follows its frame in the same clause; else null. */
export function studyFrame(text: string, sStart: number, c: Claim): { source: SpeakerRef; sourced: Sourcing } | null {
  // (cheap gate: the sentence opens with "In" or "Across")
  const c0 = text.charCodeAt(sStart) | 32;
  if (c0 !== 105 && c0 !== 97) return null;
  const m = FRAME.exec(text.slice(sStart, Math.min(c.start, sStart + 120)));
  if (!m) return null;
  const after = sStart + m[0].length;
  // (the claim is the frame's clause: right after the comma or with no comma, semicolon or "but" before it)
  if (c.start < after || /[,;]|\bbut\b/.test(text.slice(after, c.start))) return null;
  const start = sStart + m.index + m[0].indexOf(m[1]);
  const source: SpeakerRef = { start, end: start + m[1].length, text: m[1], local: null };
  return { source, sourced: NAMED.test(m[2]) ? 'yes' : 'vague' };
}
