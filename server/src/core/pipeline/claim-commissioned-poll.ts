/**
 * "A poll commissioned by the Velm Alliance found 58% …": the speaker stage reads the body after "commissioned by"
 * as the finding's speaker, but who ordered a poll did not measure it. With no pollster named in the phrase, the
 * figure is a poll's that nobody checkable stands behind, as "a poll found" is: vague, its source the poll's
 * phrase. (A pollster named after it, "… and carried out by Tarrow Research", is the speaker instead.) Pure.
 */
import type { SpeakerRef } from '../types';
import { POLL_NOUNS } from './finding-nouns';

/** The poll's phrase up to "commissioned by (the)" right before the speaker: group 1 is the phrase. */
const POLL_ORDERED = new RegExp(String.raw`\b((?:an?|the|one|new|its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:${POLL_NOUNS}|report|analysis),?\s+(?:(?:commissioned|paid\s+for|funded|sponsored)\s+by))\s+(?:the\s+)?$`, 'iu');

/** The poll's phrase when `speaker` is only the body that ordered it ("A poll commissioned by the Velm Alliance"), else null. */
export function commissionedPoll(text: string, sStart: number, speaker: SpeakerRef): SpeakerRef | null {
  // (cheap gate: "by " or "by the " right before the speaker)
  const s = speaker.start;
  if (!(text.charCodeAt(s - 1) === 32 && (text.charCodeAt(s - 2) === 121 && text.charCodeAt(s - 3) === 98 || text.startsWith('by the ', s - 7)))) return null;
  const from = Math.max(sStart, s - 90);
  const before = text.slice(from, s);
  const m = POLL_ORDERED.exec(before);
  if (m === null) return null;
  const start = from + m.index;
  return { start, end: speaker.end, text: text.slice(start, speaker.end), local: null };
}
