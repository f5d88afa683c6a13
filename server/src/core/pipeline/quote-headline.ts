/**
 * A quotation that opens a headline before its colon ("“We Will Not Be Moved”: Tenants Defy Council")
 * is the statement the story reports, even in a headline written in title case, where every phrase
 * looks like the title of a work (quote-label.ts `isTitle`).
 */
import type { Block, SpeakerRef } from '../types';
import type { Found } from './quote-speaker';
import { firstTokenFrom, fromMention, type SpeakerContext } from './speakers';
import { INSTITUTION_HEADS, PERSON_NOUNS, TITLE_HEADS } from '../model/words';
import { GROUP_SPEAKERS } from '../model/speaker-words';
import { tokenAt } from './token-at';
import { isAgentNoun } from './quote-role-heads';

/**
 * Does the quote whose marks are at `open` and `close` open headline block `block` and stand before
 * the headline's colon?
 */
export function leadsHeadline(text: string, block: Block | undefined, open: number, close: number): boolean {
  if (block?.kind !== 'headline') return false;
  for (let i = block.start; i < open; i++) if (text.charCodeAt(i) > 32) return false;
  let i = close + 1;
  while (i < block.end && text.charCodeAt(i) === 32) i++;
  return text.charCodeAt(i) === 58; // ':'
}

/** How many tokens the speaker phrase of a headline ("Deputy Ferry Chief", "Lena Ortiz") may hold. */
const HEADLINE_SPEAKER_REACH = 6;
/** How long (characters) a first line read as body may be to be taken for a headline, as 01-structure.ts allows. */
const HEADLINE_LENGTH = 200;
/** The verb of a headline's tag after its quote ("“…,” Says Ferry Chief"). */
const HEADLINE_SAYS = new Set(['says', 'said', 'say']);

/**
 * The speaker of a quote in a headline written as a statement: "Ferry Chief: “We Will Sail Again”"
 * (the speaker and a colon open the headline, no cue) or "“We Will Sail Again,” Says Ferry Chief"
 * (the quote opens it, "Says" and the speaker close it; the cue is "Says"). The speaker is a run of
 * capitalised words ending in a name or a speaker noun ("Chief", "Mayor", "Union"); the first line of the text
 * counts as a headline too when it ends in the quote's closing mark (01-structure.ts reads it as body). `firstIn` is the
 * quote's first token, `beforeTok` the token before its opening mark, `afterTok` the first token
 * after its closing mark. Null outside a headline or when the headline reads otherwise.
 */
export function headlineSpeaker(ctx: SpeakerContext, block: Block | undefined, firstBlock: boolean, firstIn: number, beforeTok: number, afterTok: number): Found | null {
  // A first line ending in its closing mark is read as body text by the structure stage: still a headline here.
  if (!block || (block.kind !== 'headline' && !(firstBlock && block.kind === 'body' && block.end - block.start < HEADLINE_LENGTH))) return null;
  const { tokens } = ctx;
  const first = firstTokenFrom(tokens, block.start);
  const last = firstTokenFrom(tokens, block.end) - 1;
  // "Ferry Chief: “…”": everything before the colon is the speaker.
  if (tokenAt(tokens, beforeTok)?.text === ':' && beforeTok - 1 >= first) {
    const speaker = capitalisedSpeaker(ctx, first, beforeTok - 1);
    return speaker ? { speaker, cue: null } : null;
  }
  // "“…,” Says Ferry Chief": the quote opens the headline, the tag ends it.
  if (beforeTok >= first || firstIn - 1 !== first) return null;
  // "“I Never Thought It Would Sell”: Q&A With Nightjar's Pell": the one interviewed said it.
  if (tokenAt(tokens, afterTok)?.text === ':') return intervieweeAfter(ctx, tokens[afterTok].end, block.end);
  let k = afterTok;
  if (tokenAt(tokens, k)?.text === ',') k++;
  const says = tokenAt(tokens, k);
  if (!says || !HEADLINE_SAYS.has(ctx.lower[k]) || k + 1 > last) return null;
  const speaker = capitalisedSpeaker(ctx, k + 1, last);
  return speaker ? { speaker, cue: { text: says.text, start: says.start, end: says.end, tok: k } } : null;
}

/**
 * Tokens from..to as a speaker: capitalised words only, the last a person's or body's name or a speaker noun.
 * With `agentHead`, a role of two words or more may also end in a noun of one who does a job ("Harbour
 * Master", "Lighthouse Keeper"; quote-role-heads.ts), which the lists of titles cannot all hold.
 */
export function capitalisedSpeaker(ctx: SpeakerContext, from: number, to: number, agentHead = false): SpeakerRef | null {
  const { tokens } = ctx;
  if (to < from || to - from >= HEADLINE_SPEAKER_REACH) return null;
  for (let k = from; k <= to; k++) {
    if (tokens[k].kind !== 'word' || !/^\p{Lu}/u.test(tokens[k].text) || (ctx.inQuote !== undefined && ctx.inQuote[k] === 1)) return null;
  }
  const mi = ctx.mentionAt[to];
  const m = mi >= 0 ? ctx.mentions[mi] : undefined;
  const whole = m !== undefined && m.end === tokens[to].end && firstTokenFrom(tokens, m.start) === from;
  if (whole && m.type === 'PERSON') return fromMention(ctx, mi);
  // A body or a role only by its head word ("Harbour Union", "Ferry Chief"), not "Film Review".
  const head = ctx.lower[to];
  if (!PERSON_NOUNS.has(head) && !TITLE_HEADS.has(head) && !GROUP_SPEAKERS.has(head) && !INSTITUTION_HEADS.has(head)
    && !(agentHead && to > from && m?.type !== 'LOC' && isAgentNoun(head))) return null;
  if (whole && m.type === 'ORG') return fromMention(ctx, mi);
  return { start: tokens[from].start, end: tokens[to].end, text: ctx.text.slice(tokens[from].start, tokens[to].end), local: null };
}

/** What follows a headline quote's colon when the story is an interview: "Q&A With", "An Interview With", "In Conversation With". */
const INTERVIEW_WITH = /^\s*(?:(?:an?|the)\s+)?(?:q\s*&\s*a|q\s+and\s+a|interview|conversation|in\s+conversation|chat|talking)\s+with\s+/i;

/**
 * The interviewee named after "With" in the headline text from `from` (after the colon) to `to`: the
 * last person or body named there ("Q&A With Nightjar's Pell": Pell), else a capitalised speaker
 * phrase ending the headline ("Interview With Ferry Chief"); null when the headline names no interview.
 */
function intervieweeAfter(ctx: SpeakerContext, from: number, to: number): Found | null {
  const m = INTERVIEW_WITH.exec(ctx.text.slice(from, to));
  if (!m) return null;
  const start = firstTokenFrom(ctx.tokens, from + m[0].length);
  const last = firstTokenFrom(ctx.tokens, to) - 1;
  let named = -1;
  for (let k = start; k <= last; k++) {
    const mi = ctx.mentionAt[k];
    if (mi >= 0 && ctx.mentions[mi].type !== 'LOC') named = mi;
  }
  const speaker = named >= 0 ? fromMention(ctx, named) : capitalisedSpeaker(ctx, start, last);
  return speaker ? { speaker, cue: null } : null;
}
