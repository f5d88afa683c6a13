/**
 * Papers that "suggest" a figure source it as papers that "show" it do ("Court papers suggest 280 tenants were
 * overcharged", "Internal documents suggested the firm paid 45 bribes"): the documents are named, a reader can ask
 * for them (pure). Findings with no document behind them ("Estimates suggest") are anonymous-finding.ts's.
 */
import type { Claim, SpeakerRef } from '../types';

/** A clause start, up to three words and a document noun (group 1), "suggest" (group 2), an optional "that". */
const PAPERS_SUGGEST = /(?:^|[,;:(—–]\s*|\b(?:and|but|while|as)\s+)((?:(?!(?:and|but|or|while|as|that|which)\s)[\p{L}'’-]+\s+){0,3}(?:papers|documents|records|filings|minutes))\s+(suggest|suggests|suggested)\b(?:\s+that\b)?/giu;
/** What may stand between the verb and the claim: its clause, with no quote mark or clause break. */
const SAME_CLAUSE = /^[^;"“”]{0,150}$/;

/** The papers' phrase that suggests claim `c`, with its cue; null when none does. `sStart` is the sentence's start. */
export function papersSuggest(text: string, sStart: number, c: Claim): { source: SpeakerRef; cue: string } | null {
  const before = text.slice(sStart, c.start);
  // (cheap gate: most sentences hold no "suggest")
  if (before.indexOf('suggest') < 0) return null;
  let found: RegExpExecArray | null = null;
  PAPERS_SUGGEST.lastIndex = 0;
  for (let m = PAPERS_SUGGEST.exec(before); m; m = PAPERS_SUGGEST.exec(before)) found = m;
  if (!found || !SAME_CLAUSE.test(before.slice(found.index + found[0].length))) return null;
  const start = sStart + found.index + found[0].indexOf(found[1]);
  return { source: { start, end: start + found[1].length, text: found[1], local: null }, cue: 'suggest' };
}
