/**
 * "according to a study published in the Lorvian Journal of Medicine", "according to research published on
 * Monday in Halvern Medicine", "according to a trial in the journal Marrow Reports": the study is anonymous,
 * but the journal that published it is named, and a reader can check it there (as "A study published in
 * the … found" is sourced by its journal). Returns the journal as the source, or null. Pure.
 */
import type { Mention, SpeakerRef } from '../types';
import { accordingToPhrase } from './according-to';

/**
 * The rest of the "according to" phrase up to its journal: a publishing verb (a day may follow it), "in", "the", "journal".
 * ("figures reported to the trade magazine Pollbox": the outlet figures were given to prints them, as a journal does)
 */
const IN_JOURNAL = /\b(?:(?:published|appearing|appeared|reported)\s+(?:(?:on|last)\s+\p{Lu}\p{Ll}+\s+)?in|(?:reported|submitted|supplied|provided|given|sent|leaked)\s+to|(?:study|studies|trial|paper|research|review|analysis)\s+in)\s+(?:the\s+)?(?:(?:[\p{Ll}-]+\s+)?(?:journal|magazine|newspaper|paper|website|newsletter)\s+)?(?=\p{Lu})/u;

/** An organisation's mention that starts at `start` (mentions are in text order), or null. */
function orgAt(mentions: readonly Mention[], start: number): Mention | null {
  let lo = 0, hi = mentions.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (mentions[mid].start < start) lo = mid + 1; else hi = mid; }
  const m = mentions[lo];
  return m !== undefined && m.start === start && m.type === 'ORG' ? m : null;
}

/** The journal named in the sentence's "according to" phrase, [sStart, sEnd) of `text`, as the source. */
export function journalOf(text: string, sStart: number, sEnd: number, mentions: readonly Mention[]): SpeakerRef | null {
  const sentence = text.slice(sStart, sEnd);
  const after = accordingToPhrase(sentence);
  if (!after) return null;
  return journalIn(after.phrase, sStart + after.from, mentions);
}

/** The journal a study's phrase names as its publisher ("a study of 900 adults published in the Varn Journal"), `phrase` starting at offset `at`; or null. */
export function journalIn(phrase: string, at: number, mentions: readonly Mention[]): SpeakerRef | null {
  const m = IN_JOURNAL.exec(phrase);
  if (!m) return null;
  const journal = orgAt(mentions, at + m.index + m[0].length);
  return journal ? { start: journal.start, end: journal.end, text: journal.text, local: journal.local } : null;
}
