// "The study, by the Halvern Institute, found 40% of …": the speaker the attribution gives is the apposition
// "by the Halvern Institute", a phrase with no entity. The finding's maker is the name inside it.
import type { Mention, SpeakerRef } from '../types';
import { POLL_NOUNS } from './finding-nouns';

/** A finding's noun and the comma that opens its "by" apposition, right before the speaker. */
const FINDING_COMMA = new RegExp(String.raw`\b(?:${POLL_NOUNS}|report|analysis|review|audit|census|estimates?|count|tally)\s*,\s*$`, 'i');

/** The name inside a "by …" apposition after a finding's noun that an attribution gave as its speaker, or null. */
export function byAppositionMaker(text: string, sp: SpeakerRef, mentions: readonly Mention[]): SpeakerRef | null {
  if (sp.local !== null || !sp.text.startsWith('by ') || !FINDING_COMMA.test(text.slice(Math.max(0, sp.start - 24), sp.start))) return null;
  for (const m of mentions) {
    if (m.start >= sp.end) break;
    if (m.start > sp.start && m.end <= sp.end && !m.furniture && m.type !== 'LOC') return { start: m.start, end: m.end, text: m.text, local: m.local };
  }
  return null;
}
