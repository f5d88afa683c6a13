/**
 * A question-and-answer interview: "Q: “…”" lines are the interviewer's, "A: “…”" lines the answers
 * of the one interviewed, whom the introduction names ("We spoke to Dr Ilse Marr …", "… sat down
 * with her"), else the first person it names. The "A:" / "A." heading is read from the text of the
 * quote's line, so a splitter that takes "A." for an initial does not hide it. Pure token and text
 * checks, used by 04-quotes.ts when no other pattern found a speaker.
 */
import type { SpeakerRef } from '../types';
import { firstTokenFrom, fromMention, type SpeakerContext } from './speakers';
import { resolvePronoun } from './speaker-resolve';

/** The heading of an answer's line, up to the opening mark: "A:", "A.", "A —". */
const ANSWER_HEAD = /^[ \t]*A[ \t]*[:.—–-][ \t]*$/;
/** The heading of a question's line. */
const QUESTION_LINE = /(?:^|\n)[ \t]*Q[ \t]*[:.—–-]/;
/** Verbs (with their particle) by which the introduction says who was interviewed. */
const INTERVIEWED = new Set(['interviewed', 'spoke to', 'spoke with', 'talked to', 'talked with', 'sat down with', 'caught up with', 'met']);
/** How many tokens after the interview verb the interviewee's name or pronoun may stand. */
const NAME_REACH = 3;

/**
 * The interviewee who answers the quote opening at offset `open`, when its line reads "A: “…" and a
 * "Q:" line came before it; null otherwise.
 */
export function interviewAnswer(ctx: SpeakerContext, open: number): SpeakerRef | null {
  const { text } = ctx;
  const lineStart = text.lastIndexOf('\n', open - 1) + 1;
  if (open - lineStart > 6 || !ANSWER_HEAD.test(text.slice(lineStart, open))) return null;
  const q = QUESTION_LINE.exec(text.slice(0, lineStart));
  if (!q) return null;
  return interviewee(ctx, firstTokenFrom(ctx.tokens, q.index));
}

/** Who the introduction (tokens before `end`, the first question) says was interviewed, else the first person it names. */
function interviewee(ctx: SpeakerContext, end: number): SpeakerRef | null {
  const { tokens, lower } = ctx;
  let first: SpeakerRef | null = null;
  for (let k = 0; k < end; k++) {
    const mi = ctx.mentionAt[k];
    if (mi >= 0 && first === null && ctx.mentions[mi].type === 'PERSON' && !ctx.mentions[mi].furniture) first = fromMention(ctx, mi);
    const verb = INTERVIEWED.has(lower[k]) ? k : INTERVIEWED.has(`${lower[k]} ${lower[k + 1]}`) ? k + 1
      : INTERVIEWED.has(`${lower[k]} ${lower[k + 1]} ${lower[k + 2]}`) ? k + 2 : -1;
    if (verb < 0) continue;
    for (let n = verb + 1; n <= verb + NAME_REACH && n < end; n++) {
      const m = ctx.mentionAt[n];
      if (m >= 0 && ctx.mentions[m].type === 'PERSON') return fromMention(ctx, m);
      if (/^(her|him|them)$/.test(lower[n])) return resolvePronoun(ctx, tokens[n]);
    }
  }
  return first;
}
