/**
 * The agent of a passive estimate right after a claim: "The crowd was estimated at 20,000 by police",
 * "the toll was put at 40 by the Velm Red Cross". The one who estimated is the figure's source: a
 * named body or person, or an institutional noun ("police", "the organisers") — 'yes' — or an
 * anonymous group ("by residents") — 'vague'. Pure: reads the text and the mentions.
 */
import type { Claim, Mention, SpeakerRef } from '../types';
import { INSTITUTIONAL_SOURCES, VAGUE_SOURCES } from '../model/words';
import { GROUP_VAGUE } from '../model/speaker-words';

export function passiveAgent(text: string, sStart: number, sEnd: number, c: Claim, mentions: readonly Mention[]): { sourced: 'yes' | 'vague'; source: SpeakerRef; cue: string } | null {
  // Cheap gate: " by " must follow the claim closely.
  const after = text.slice(c.end, Math.min(sEnd, c.end + 80));
  const by = AGENT_AFTER.exec(after);
  if (!by) return null;
  const verb = PASSIVE_VERB.exec(text.slice(sStart, c.end));
  if (!verb) return null;
  const start = c.end + by[0].length - by[1].length;
  const m = mentions.find((x) => x.start === start || (x.start > start && x.start <= start + 4 && /^the\s+$/i.test(text.slice(start, x.start))));
  if (m && (m.type === 'ORG' || m.type === 'PERSON')) {
    const s0 = Math.min(start, m.start);
    return { sourced: 'yes', source: { start: s0, end: m.end, text: text.slice(s0, m.end), local: m.local }, cue: verb[1].toLowerCase() };
  }
  const words = by[1].toLowerCase().split(/\s+/);
  const head = words[words.length - 1];
  const end = start + by[1].length;
  const source = { start, end, text: by[1], local: null };
  if (VAGUE_SOURCES.has(head) || GROUP_VAGUE.has(head)) return { sourced: 'vague', source, cue: verb[1].toLowerCase() };
  if (INSTITUTIONAL_SOURCES.has(head)) return { sourced: 'yes', source, cue: verb[1].toLowerCase() };
  return null;
}

/** " by police", " by the organisers", " by local residents" right after the claim, ending the clause. */
const AGENT_AFTER = /^\s+by\s+((?:the\s+)?(?:[\p{L}-]+\s+){0,2}[\p{L}-]+)(?=\s*(?:[,.;:!?]|$|\s+(?:on|in|at|last|this|earlier|late|after|before|while|and|but)\b))/u;
/** A passive of estimating or counting before the figure: "was estimated at", "were put at", "is estimated to be" (not "were reported killed by …": the agent of the event). */
const PASSIVE_VERB = /\b(?:is|are|was|were|been|being)\s+(estimated|put|counted|calculated|reckoned|assessed|projected|forecast|tallied|set)\s+(?:at|to\s+be)\b/i;
