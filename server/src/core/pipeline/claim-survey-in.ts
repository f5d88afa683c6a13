/**
 * A figure given "in a survey of analysts" ("an estimate of $450m in a Kelby Wire survey of analysts", "the
 * 2.1% forecast in a poll of economists") is the surveyed group's consensus: the survey sources it as "according
 * to" such a survey does, its maker when the phrase names one ("a Tallow Wire poll"), else vaguely (pure).
 */
import type { Mention, SpeakerRef } from '../types';

/** Right after the figure, in its clause: "in a/an/the", up to three words, a poll noun, "of" and a group (group 1 the phrase). */
const SURVEY_IN = /^[^;,.:"“”]{0,40}?\bin\s+((?:a|an|the)\s+(?:[\p{L}'’&-]+\s+){0,3}?(?:poll|survey)\s+of\s+(?:\d[\d,]*\s+)?(?:analysts|economists|forecasters|traders|investors|strategists|brokers|fund\s+managers|experts))\b/iu;

/** The survey phrase that gives the figure ending at `at`, or its maker; null when none follows in its clause. */
export function surveyIn(text: string, at: number, sEnd: number, mentions: readonly Mention[]): { sourced: 'yes' | 'vague'; source: SpeakerRef; cue: string } | null {
  const tail = text.slice(at, Math.min(sEnd, at + 140));
  // (cheap gate: most claims have no survey after them)
  if (tail.indexOf(' of ') < 0 || !/poll|survey/i.test(tail)) return null;
  const m = SURVEY_IN.exec(tail);
  if (!m) return null;
  const start = at + m[0].length - m[1].length, end = start + m[1].length;
  const maker = mentions.find((x) => x.type === 'ORG' && x.start >= start && x.end <= end);
  if (maker) return { sourced: 'yes', source: { start: maker.start, end: maker.end, text: maker.text, local: maker.local }, cue: 'survey' };
  return { sourced: 'vague', source: { start, end, text: m[1], local: null }, cue: 'survey' };
}
