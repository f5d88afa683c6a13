/**
 * A paragraph opened by a person's name and a colon, as in a transcript or a Q&A ("Velling: We will build 270
 * flats."), is that person's words even without quotation marks: a claim in it that nothing else sources is
 * theirs, when the article has introduced the person before the tag (pure).
 */
import type { Mention, Sentence, SpeakerRef } from '../types';

/** Words of a title or role before the name in the tag ("Mayor Dara Velling:"): capitalised, at most two. */
const TITLE_BEFORE = /^(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u;

/**
 * The person named in the colon tag that opens the paragraph of sentence `si`, when claim start `at` comes after
 * the colon; null when the paragraph opens with no such tag.
 */
export function colonTagSpeaker(text: string, sentences: readonly Sentence[], si: number, at: number, mentions: readonly Mention[]): SpeakerRef | null {
  let first = si;
  while (first > 0 && sentences[first - 1].block === sentences[si].block) first--;
  const start = sentences[first].start;
  // (the tag is short: a colon within the first 40 characters of the paragraph)
  let colon = -1;
  for (let i = start, end = Math.min(start + 41, at); i < end; i++) if (text.charCodeAt(i) === 58 /* : */) { colon = i; break; }
  if (colon < 0) return null;
  // (words follow the tag, not a list of readings: "Marina: 54º N; 10 berths")
  if (!/^\s*[\p{L}"“‘']/u.test(text.slice(colon + 1, colon + 4))) return null;
  const tag = mentions.find((m) => m.end === colon && m.start >= start && m.type === 'PERSON' && !m.furniture);
  if (!tag || !TITLE_BEFORE.test(text.slice(start, tag.start))) return null;
  // (a person the article has introduced before: a transcript's tags name people already met)
  if (!mentions.some((m) => m.local === tag.local && m.end <= start)) return null;
  return { start: tag.start, end: tag.end, text: tag.text, local: tag.local };
}
