/**
 * "“…,” Ines Kral, an analyst at Corvel Securities.": a quote closed by a comma and followed by a
 * person's name, alone or with a role in apposition, and the sentence's end: the writer left out "said";
 * the person named speaks. Without this the quote took the speaker of the quote before it.
 * Pure token checks, used by quote-speaker.ts after no cue verb was found.
 */
import type { Token } from '../types';
import type { Found } from './quote-speaker';
import { fromMention, firstTokenFrom, isSpeakerHead, type SpeakerContext } from './speakers';
import { tokenAt } from './token-at';

/** How many tokens the role in apposition may run. */
const ROLE_REACH = 12;
/** Words that open a clause in the apposition: a verb of its own follows, the sentence is no bare name. */
const CLAUSE_WORDS = /^(who|whom|whose|which|that|when|while|after|before|because)$/i;

/** The person named at token `k` (right after the quote's closing mark and comma), ending the sentence by `ceil`. */
export function bareNameAfter(ctx: SpeakerContext, k: number, ceil: number): Found | null {
  const { tokens } = ctx;
  const mi = ctx.mentionAt[k];
  if (mi < 0 || ctx.mentions[mi].type !== 'PERSON' || ctx.mentions[mi].start !== tokens[k].start) return null;
  const e = firstTokenFrom(tokens, ctx.mentions[mi].end);
  if (sentenceEnds(tokens, e, ceil)) return { speaker: fromMention(ctx, mi), cue: null };
  if (tokenAt(tokens, e)?.text !== ',') return null;
  // ", an analyst at Corvel Securities.": words and names of bodies only, a speaker noun among them.
  let role = false;
  for (let j = e + 1; j <= ceil && j <= e + ROLE_REACH; j++) {
    if (sentenceEnds(tokens, j, ceil)) return role ? { speaker: fromMention(ctx, mi), cue: null } : null;
    const at = ctx.mentionAt[j];
    if (at >= 0) { if (ctx.mentions[at].type === 'PERSON') return null; continue; }
    const t = tokens[j];
    if (t.text === '’s' || t.text === "'s") continue;
    if (t.kind !== 'word' || CLAUSE_WORDS.test(t.text)) return null;
    if (isSpeakerHead(ctx.lower[j])) role = true;
  }
  return null;
}

/** Whether token `j` is past the sentence (`ceil`) or its closing full stop. */
function sentenceEnds(tokens: readonly Token[], j: number, ceil: number): boolean {
  if (j > ceil) return true;
  const t = tokenAt(tokens, j);
  if (!t || t.text !== '.') return false;
  const n = tokenAt(tokens, j + 1);
  return !n || j === ceil || n.sentence !== t.sentence;
}

/** Dashes that set a name after a quote as its byline. */
const BYLINE_DASH = /^[-–—]$/;

/**
 * "“…” — Ines Kral" ending its paragraph: a dash and a person's name after the closing mark (token `k`)
 * sign the quote, as under an epigraph, also with a short role after a comma ("— Ines Kral, mayor of
 * Dellport"). Null otherwise.
 */
export function bylineAfter(ctx: SpeakerContext, k: number): Found | null {
  const { tokens, text } = ctx;
  const dash = tokenAt(tokens, k);
  if (!dash || !BYLINE_DASH.test(dash.text)) return null;
  const mi = ctx.mentionAt[k + 1];
  if (mi === undefined || mi < 0 || ctx.mentions[mi].type !== 'PERSON' || ctx.mentions[mi].start !== tokens[k + 1].start) return null;
  const end = ctx.mentions[mi].end;
  const next = tokenAt(tokens, firstTokenFrom(tokens, end));
  // the name ends the paragraph (or the text), or a short role after a comma does ("— Ines Kral, mayor of Dellport")
  if (next && !text.slice(end, next.start).includes('\n') && !(next.text === ',' && roleToLineEnd(text, next.end))) return null;
  return { speaker: fromMention(ctx, mi), cue: null };
}

/** How many characters a byline's role after the name may run. */
const BYLINE_ROLE_LENGTH = 80;
/** A byline's role: words, commas, hyphens and apostrophes, at most one full stop at the end, to the line's end. */
const BYLINE_ROLE = /^[ \t]*\p{L}[\p{L}\p{M}'’&,\- \t]*\.?\s*$/u;

/** Does the text from offset `at` to the end of its line hold only a short role ("mayor of Dellport")? */
function roleToLineEnd(text: string, at: number): boolean {
  const nl = text.indexOf('\n', at);
  const end = nl < 0 ? text.length : nl;
  return end - at <= BYLINE_ROLE_LENGTH && BYLINE_ROLE.test(text.slice(at, end));
}
