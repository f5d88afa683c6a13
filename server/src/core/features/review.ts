/**
 * Review state as plain data: a fact-checker marks a flagged claim as checked, and the mark is
 * anchored by what the claim says, not where it is, so edits elsewhere in the article keep it and
 * an edit of the claim or its sentence drops it. Storage lives in server/src/node/review-store.ts.
 */
import type { DocumentAnalysis } from '../types';

/** What identifies a checked finding: the rule, the claim's text and its sentence's fingerprint. */
export interface ReviewAnchor {
  rule: string;
  claim: string;
  context: string;
}

/**
 * A sentence reduced to what survives cosmetic edits: case, spacing, quote and dash styles,
 * punctuation. Changing a word of the sentence changes the fingerprint.
 */
export function fingerprint(sentence: string): string {
  return sentence
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/[^\p{L}\p{N}%€$£¥'-]+/gu, ' ')
    .trim();
}

/** The claim text as stored: whitespace runs collapsed (a reflowed line keeps the mark). */
export function claimKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function anchorKey(a: ReviewAnchor): string {
  return `${a.rule}\u0000${claimKey(a.claim)}\u0000${a.context}`;
}

/** Sentence fingerprints per analysis: many claims in one long sentence share one. */
const sentencePrints = new WeakMap<DocumentAnalysis, Map<number, string>>();

/** The anchor of one claim of a document for one rule. */
export function anchorOf(text: string, analysis: DocumentAnalysis, claimIndex: number, rule: string): ReviewAnchor | null {
  const c = analysis.claims[claimIndex];
  if (!c) return null;
  const s = analysis.sentences[c.sentence];
  if (!s) return { rule, claim: claimKey(c.text), context: fingerprint(c.text) };
  let prints = sentencePrints.get(analysis);
  if (!prints) sentencePrints.set(analysis, (prints = new Map()));
  let context = prints.get(c.sentence);
  if (context === undefined) prints.set(c.sentence, (context = fingerprint(text.slice(s.start, s.end))));
  return { rule, claim: claimKey(c.text), context };
}
