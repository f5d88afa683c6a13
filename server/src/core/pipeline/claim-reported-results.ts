/**
 * "Dunmore Foods reported its results on Tuesday. Sales rose 8% to $2.1bn.": a firm that opens a sentence by
 * reporting its results is the source of the figures of the next sentence of the paragraph, when nothing in that
 * sentence speaks for them (05-claims.ts asks last). Only the sentence right after: further on the report may
 * no longer be what is told (pure).
 */
import type { Mention, Sentence, SpeakerRef } from '../types';

/** The opening firm, a reporting verb and its results: "X reported its first-half results", "The X posted earnings". */
const REPORTS_RESULTS = /^\s*(?:reported|posted|published|released|announced|unveiled|issued)\s+(?:(?:its|their|the)\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:results|earnings|figures|accounts)\b/u;

/** Longest sentence read as the report's (a short report line, not a story of its own). */
const MAX_REPORT = 160;

/** The ORG whose results report is sentence `si - 1` of the same paragraph, as a source; else null. */
export function resultsReporter(text: string, sentences: readonly Sentence[], si: number, mentions: readonly Mention[]): SpeakerRef | null {
  if (si === 0) return null;
  const prev = sentences[si - 1];
  if (prev.block !== sentences[si].block || prev.end - prev.start > MAX_REPORT) return null;
  let at = prev.start;
  while (at < prev.end && text.charCodeAt(at) <= 32) at++;
  if (text.startsWith('The ', at)) at += 4;
  const m = mentions.find((x) => x.start >= at);
  if (!m || m.start !== at || m.type !== 'ORG') return null;
  return REPORTS_RESULTS.test(text.slice(m.end, prev.end)) ? { start: m.start, end: m.end, text: m.text, local: m.local } : null;
}
