/**
 * The agent of a passive estimate right after a claim: "The crowd was estimated at 20,000 by police",
 * "the toll was put at 40 by the Velm Red Cross". The one who estimated is the figure's source: a
 * named body or person, or an institutional noun ("police", "the organisers") — 'yes' — or an
 * anonymous group ("by residents") — 'vague'. Without such a passive, a participle of forecasting after the figure
 * ("a 0.5% gain forecast by economists in a Harwick poll") brings its agent the same way. Pure: reads the text and
 * the mentions.
 */
import type { Claim, Mention, SpeakerRef } from '../types';
import { INSTITUTIONAL_SOURCES, VAGUE_SOURCES } from '../model/words';
import { GROUP_VAGUE } from '../model/speaker-words';

export function passiveAgent(text: string, sStart: number, sEnd: number, c: Claim, mentions: readonly Mention[]): { sourced: 'yes' | 'vague'; source: SpeakerRef; cue: string } | null {
  // Cheap gate: " by " must follow the claim closely.
  const after = text.slice(c.end, Math.min(sEnd, c.end + 80));
  const by = AGENT_AFTER.exec(after);
  const verb = by && PASSIVE_VERB.exec(text.slice(sStart, c.end));
  if (!by || !verb) return participleAgent(text, sEnd, c, mentions);
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

/**
 * The agent of a participle of forecasting right after a figure: "a 0.5% gain forecast by economists in a Harwick
 * poll", "growth of 2% expected by the Tarvel central bank". A named body or person, an institutional noun, or a
 * poll named by a capital word ("a Harwick poll") — 'yes' — or experts nobody names ("by economists") — 'vague'.
 * Not a deadline ("expected by the end of May": no agent of these kinds).
 */
function participleAgent(text: string, sEnd: number, c: Claim, mentions: readonly Mention[]): { sourced: 'yes' | 'vague'; source: SpeakerRef; cue: string } | null {
  const from = Math.max(c.start, c.end - 12);
  // Cheap gate: " by " within a few words of the claim's end. (Searched only up to there: the search of
  // the rest of the document read ~800 characters a claim, 3.0M per 1,000 novel docs; one claim in 30 has one near.)
  const last = Math.min(c.end + 40, sEnd - 1);
  const by = last < from ? -1 : text.slice(from, last + 4).indexOf(' by ');
  if (by < 0) return null;
  const p = PARTICIPLE_BY.exec(text.slice(from, Math.min(sEnd, from + by + 90)));
  // The participle ends the claim or follows it within three words.
  if (!p || from + p.index > c.end + 1 + 30 || /[,;:()"“”]/.test(text.slice(c.end, from + p.index))) return null;
  return agentOf(text, from + p.index + p[0].length - p[2].length, p[2], p[1].toLowerCase(), mentions);
}

/**
 * A figure that an apposition says someone reported: "$40 million, a figure reported by the Varn Herald", "…, a
 * number confirmed by police". Asked when the sentence's only attribution is vague ("sources close to the talks
 * say"): the named reporter of the figure is its source.
 */
export function reportedFigure(text: string, sEnd: number, c: Claim, mentions: readonly Mention[]): { sourced: 'yes' | 'vague'; source: SpeakerRef; cue: string } | null {
  const after = text.slice(c.end, Math.min(sEnd, c.end + 140));
  const m = FIGURE_REPORTED.exec(after);
  if (!m) return null;
  return agentOf(text, c.end + m[0].length - m[2].length, m[2], m[1].toLowerCase(), mentions);
}

/** ", a figure reported by …", ", the number given by …": the verb and the agent's phrase. */
const FIGURE_REPORTED = /^\s*,\s*(?:a|the)\s+(?:figure|number|total|sum|tally|estimate|count)\s+(reported|given|cited|confirmed|published|quoted|put\s+forward)\s+by\s+([^,;:.!?()"“”]{2,80})/iu;

/** The source an agent's phrase at `start` names (see participleAgent), or null. */
function agentOf(text: string, start: number, phrase: string, cue: string, mentions: readonly Mention[]): { sourced: 'yes' | 'vague'; source: SpeakerRef; cue: string } | null {
  const end = start + phrase.length;
  const m = mentions.find((x) => x.start >= start && x.end <= end && (x.type === 'ORG' || x.type === 'PERSON'));
  if (m) return { sourced: 'yes', source: { start: m.start, end: m.end, text: m.text, local: m.local }, cue };
  const poll = NAMED_POLL.exec(phrase);
  if (poll) {
    const ps = start + poll.index + poll[0].length - poll[1].length;
    return { sourced: 'yes', source: { start: ps, end: ps + poll[1].length, text: poll[1], local: null }, cue };
  }
  const head = HEAD.exec(phrase);
  if (!head) return null;
  const word = head[1].toLowerCase();
  const source = { start, end: start + head[0].length, text: head[0], local: null };
  if (VAGUE_SOURCES.has(word) || GROUP_VAGUE.has(word) || EXPERTS.has(word)) return { sourced: 'vague', source, cue };
  if (INSTITUTIONAL_SOURCES.has(word)) return { sourced: 'yes', source, cue };
  return null;
}

/** "forecast by …", "expected by …": the participle and the agent's phrase up to a clause break. */
const PARTICIPLE_BY = /\b(forecast|forecasted|expected|predicted|projected|estimated|anticipated)\s+by\s+([^,;:.!?()"“”]{2,80})/iu;
/** "a Harwick poll", "the Orvel survey": a poll or survey named by capital words, inside the agent's phrase. */
const NAMED_POLL = /(?:^|\s)((?:an?|the)\s+(?:\p{Lu}[\p{L}'’&-]*\s+){1,4}(?:poll|survey))\b/u;
/** The agent's head: up to two lower-case modifiers and a noun ("the central bank", "economists", "most analysts"). */
const HEAD = /^(?:(?:the|most|many|some|several|other|independent)\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}?(\p{Ll}[\p{L}-]*)(?=\s*$|\s+(?:in|at|from|polled|surveyed|on|for|of)\b)/u;
/** Experts who forecast figures for a living: a group nobody names. */
const EXPERTS = new Set(['economists', 'forecasters', 'strategists', 'traders', 'investors', 'analysts', 'experts']);
