/**
 * Speakers named only in the sentence after a quote (news copy's cataphora):
 *   “…” ¶ That was the view of X, …        (a quote with no tag; the next sentence says whose view it was)
 *   “…” ¶ So said X.
 *   “…,” the minister added. X made the pledge at …   (an unnamed role; the next sentence names the person
 *                                                      while it describes the speech)
 * and the speaker who was just introduced as talking, in the paragraph before:
 *   X spoke to the Gazette. ¶ “…” ¶ “…”
 * Runs after every quote has its own attribution and before speakers are inherited, so the quotes
 * that continue such a quote take the person too.
 */
import type { Quote, SpeakerRef } from '../types';
import { cueAt } from './cue-phrase';
import { firstTokenFrom, fromMention, speakerAfter, type SpeakerContext } from './speakers';
import { tokenAt } from './token-at';
import { opensParagraph, saidInNextSentence } from './quote-said-next';

/** "That was the view of X": the demonstrative opening the sentence after the quote. */
const POINTER = new Set(['that', 'this', 'those', 'these', 'such']);
const BE = new Set(['was', 'is', 'were', 'are', 'remains', 'remained']);
/** What a quote can be called when the sentence after it names whose it was. */
const VIEW_NOUNS = new Set([
  'view', 'views', 'verdict', 'opinion', 'assessment', 'message', 'warning', 'words', 'advice', 'conclusion',
  'sentiment', 'reaction', 'response', 'argument', 'plea', 'appeal', 'judgment', 'judgement', 'feeling', 'belief',
]);
/** A following sentence that tells how a speech was given: "X made the pledge …", "X was speaking at …". */
const SPEECH_EVENT = new Set([
  'pledge', 'promise', 'vow', 'remarks', 'remark', 'comments', 'comment', 'statement', 'speech', 'announcement',
  'warning', 'appeal', 'plea', 'admission', 'speaking', 'spoke', 'addressing', 'addressed',
]);
/** How many tokens after the name the speech event may come ("X made the comments", "X was speaking"). */
const EVENT_REACH = 5;

export function speakersNamedAfter(ctx: SpeakerContext, quotes: Quote[]): void {
  for (const q of quotes) {
    if (q.kind !== 'direct') continue;
    if (!q.speaker) {
      // Only a quote that ends its sentence: nothing but closing marks and punctuation after it there.
      const k = nextSentenceAfter(ctx, q.end);
      const found = viewOf(ctx, k) ?? namedWithEvent(ctx, k) ?? introducedBefore(ctx, q.start)
        ?? (opensParagraph(ctx, q.start) ? saidInNextSentence(ctx, k) : null);
      if (!found) continue;
      q.speaker = found.speaker;
      if (found.cue) { q.cue = found.cue.text; q.cueSpan = { start: found.cue.start, end: found.cue.end }; }
    } else if (q.speaker.local === null && !q.speaker.description && /^the\s/i.test(q.speaker.text) && q.speaker.start > q.end) {
      // “…,” the minister added. X made the pledge …: the role's holder, named once the speech is told.
      const k = nextSentenceAfter(ctx, q.speaker.end);
      if (k < 0) continue;
      const named = namedWithEvent(ctx, k);
      if (named?.speaker?.local != null) q.speaker = { ...q.speaker, local: named.speaker.local };
    }
  }
}

/**
 * The first token of the next sentence when only punctuation (closing marks, the full stop, a cue's
 * verb counted out) separates `offset` from it within the current sentence; -1 otherwise.
 */
function nextSentenceAfter(ctx: SpeakerContext, offset: number): number {
  const { tokens } = ctx;
  let k = firstTokenFrom(tokens, offset);
  const here = tokenAt(tokens, k - 1)?.sentence;
  for (let t = tokenAt(tokens, k); t && t.sentence === here; t = tokenAt(tokens, ++k)) {
    if (t.kind !== 'punct' && !/^\p{Ll}+$/u.test(t.text)) return -1;
    if (t.kind !== 'punct') {
      // "“…,” the minister added.": the cue's own words may stand between the speaker and the stop.
      if (k - firstTokenFrom(tokens, offset) > 2) return -1;
    }
  }
  return tokenAt(tokens, k) ? k : -1;
}

/** "That was the view of X", "Those were the words of X", "So said X". */
function viewOf(ctx: SpeakerContext, k: number): { speaker: SpeakerRef | null; cue: ReturnType<typeof cueAt> } | null {
  const { lower, tokens } = ctx;
  if (k < 0) return null;
  const sentence = tokens[k].sentence;
  const last = Math.min(ctx.sentenceStart[sentence + 1] - 1, tokens.length - 1);
  if (k + 2 > last) return null;
  if (lower[k] === 'so' && /^(said|says)$/.test(lower[k + 1])) {
    const speaker = speakerAfter(ctx, k + 2, last);
    return speaker ? { speaker, cue: cueAt(ctx.text, tokens, k + 1) } : null;
  }
  if (!POINTER.has(lower[k])) return null;
  let j = k + 1;
  if (BE.has(lower[j])) j++;
  if (j + 3 > last) return null;
  if (/^(the|his|her|their)$/.test(lower[j])) j++;
  if (!VIEW_NOUNS.has(lower[j]) || lower[j + 1] !== 'of') return null;
  const mi = ctx.mentionAt[j + 2];
  const speaker = mi >= 0 ? fromMention(ctx, mi) : speakerAfter(ctx, j + 2, last);
  return speaker ? { speaker, cue: cueAt(ctx.text, tokens, j) } : null;
}

/** "X made the pledge …", "X was speaking at …": a person named first here, as the subject of the speech. */
function namedWithEvent(ctx: SpeakerContext, k: number): { speaker: SpeakerRef; cue: null } | null {
  if (k < 0) return null;
  const mi = ctx.mentionAt[k];
  if (mi < 0) return null;
  const m = ctx.mentions[mi];
  // A full name introduced here (its entity's first mention), not somebody met earlier.
  if (m.type !== 'PERSON' || !/\s/.test(m.text) || ctx.entities[m.local]?.mentions[0] !== mi) return null;
  const { tokens, lower } = ctx;
  const after = firstTokenFrom(tokens, m.end);
  if (tokenAt(tokens, after)?.kind === 'punct') return null;
  for (let j = after; j < after + EVENT_REACH; j++) {
    const t = tokenAt(tokens, j);
    if (!t || t.sentence !== tokens[k].sentence || t.kind === 'punct') break;
    if (SPEECH_EVENT.has(lower[j])) return { speaker: fromMention(ctx, mi), cue: null };
  }
  return null;
}

/** Verbs that introduce a person as talking to the writer ("X spoke to the Gazette", "X told reporters."). */
const TALKED = new Set(['spoke', 'speaks', 'talked', 'talks', 'told', 'tells']);
/** How long the introducing sentence may be, in tokens. */
const INTRO_REACH = 14;

/**
 * A quote opening its paragraph after a paragraph that ends "X spoke to the Gazette." (a person as
 * the subject of a verb of talking, nothing quoted in that sentence): X speaks. The quote at
 * `start` (its first character after the mark).
 */
function introducedBefore(ctx: SpeakerContext, start: number): { speaker: SpeakerRef; cue: null } | null {
  const { tokens, lower, text } = ctx;
  const mark = firstTokenFrom(tokens, start) - 1;
  const end = mark - 1;
  const stop = tokenAt(tokens, end);
  if (!stop || stop.text !== '.' || !/^[^\S\n]*\n\s*$/.test(text.slice(stop.end, tokens[mark].start))) return null;
  const first = ctx.sentenceStart[stop.sentence];
  if (end - first > INTRO_REACH || first >= end) return null;
  for (let j = first; j <= end; j++) if (ctx.inQuote?.[j] === 1 || tokens[j].text === '"' || tokens[j].text === '“') return null;
  const mi = ctx.mentionAt[first];
  if (mi < 0 || ctx.mentions[mi].type !== 'PERSON') return null;
  let v = firstTokenFrom(tokens, ctx.mentions[mi].end);
  if (v >= end) return null;
  if (/ly$/.test(lower[v]) || lower[v] === 'also') v++;
  if (!TALKED.has(lower[v])) return null;
  return { speaker: fromMention(ctx, mi), cue: null };
}
