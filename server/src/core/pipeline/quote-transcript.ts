/**
 * A transcript's or an e-mail exchange's turn: "Deputy Harbour Master Ines Kral: “…”", a person's
 * name (after a title or a role of capitalised words) right before the colon that opens the quote,
 * with no verb. The line names its speaker the way a play's script does. Pure token checks, used by
 * 04-quotes.ts when no other pattern found a speaker.
 */
import type { SpeakerRef } from '../types';
import type { Found } from './quote-speaker';
import { isKnownGivenName } from '../model/gender';
import { fromMention, firstTokenFrom, type SpeakerContext } from './speakers';
import { tokenAt } from './token-at';
import { holderAfterBody } from './entity-title-holder';
import { capitalisedSpeaker } from './quote-headline';

/** Lower-case words a role before the name may hold ("Director of the Port Authority for Trade and Works"). */
const ROLE_LINKS: ReadonlySet<string> = new Set(['of', 'the', 'for', 'and', 'to', 'at', 'on', 'in']);
/** Lower-case words before a role and name that make them the source of what follows the colon. */
const SOURCE_LINKS: ReadonlySet<string> = new Set(['from', 'by', 'including']);
/** How many tokens the role before the name may run. */
const ROLE_REACH = 16;

/**
 * The speaker of a quote whose opening mark follows the colon at token `colon` (sentence from token
 * `floor`): the person whose name ends right at the colon, when everything between the turn's start (the
 * sentence's start or punctuation) and the name is capitalised words, names and role links. No cue.
 */
export function transcriptTurn(ctx: SpeakerContext, floor: number, colon: number): Found | null {
  const { tokens } = ctx;
  const c = tokenAt(tokens, colon);
  const last = tokenAt(tokens, colon - 1);
  if (!c || !last || c.text !== ':' || colon - 1 < floor || last.end !== c.start) return null;
  const mi = ctx.mentionAt[colon - 1];
  if (mi < 0 || ctx.mentions[mi].end !== last.end) return null;
  const speaker = ctx.mentions[mi].type === 'PERSON' ? fromMention(ctx, mi) : personTail(ctx, mi, colon - 1);
  if (!speaker) return null;
  // Back over the role to where the turn starts: no verb and no lower-case word but a role's links.
  for (let k = firstTokenFrom(tokens, ctx.mentions[mi].start) - 1; k >= floor && k > colon - ROLE_REACH; k--) {
    const t = tokens[k];
    if (ctx.inQuote !== undefined && ctx.inQuote[k] === 1) break;
    if (ctx.mentionAt[k] >= 0) continue;
    // "Special Asst. to the Director": an abbreviation's point stays in the role.
    if (t.text === '.' && tokenAt(tokens, k - 1)?.end === t.start && /^\p{Lu}\p{Ll}{1,4}$/u.test(tokens[k - 1].text)) continue;
    if (t.kind !== 'word') break;
    // "… a reply from Finance Minister Orla Breck: “…”": a preposition that hands the words to the
    // name after it ends the role as punctuation would; any other lower-case word is a clause
    // ("Reporters asked Minister Orla Breck: “…”" is the reporters' question).
    if (SOURCE_LINKS.has(ctx.lower[k])) break;
    if (!/^\p{Lu}/u.test(t.text) && !ROLE_LINKS.has(ctx.lower[k])) return null;
  }
  return { speaker, cue: null };
}

/**
 * "Director of Port Communications Ines Kral": a role's capitalised words and a name written as one run
 * may come out of the entity stage as one body's name; its last two words, a known given name and a
 * surname, are the person (unresolved). Null otherwise.
 */
function personTail(ctx: SpeakerContext, mi: number, end: number): SpeakerRef | null {
  const { tokens } = ctx;
  const given = tokenAt(tokens, end - 1);
  if (!given || ctx.mentionAt[end - 1] !== mi || ctx.mentions[mi].start >= given.start || given.kind !== 'word'
    || !/^\p{Lu}\p{Ll}+$/u.test(tokens[end].text)) return null;
  let from = end - 1;
  if (!isKnownGivenName(given.text)) {
    // "… for Acquisition Darleen Whitcomb": a name in no list after the role's field word.
    from = holderAfterBody(tokens, firstTokenFrom(tokens, ctx.mentions[mi].start), end);
    if (from < 0) return null;
  }
  const g = tokens[from];
  return { start: g.start, end: tokens[end].end, text: ctx.text.slice(g.start, tokens[end].end), local: null };
}

/**
 * Whether the text between two quotes ends in another turn's heading, two or more capitalised words and a
 * colon ("” : Deputy Harbour Master Oskar Lind: “"): the next quote is that person's, never the earlier
 * speaker's, even when the name was not found.
 */
export function turnHeadingBetween(between: string): boolean {
  return TURN_HEADING.test(between);
}
const TURN_HEADING = /\p{Lu}[\p{L}'’.-]*\s+\p{Lu}[\p{L}'’-]*\s*:\s*["“'‘]?$/u;

/**
 * A live blog's or transcript's turn headed by a role alone: "Fire Chief: “…”", "Port Authority: “…”". The
 * capitalised words from the sentence's start `floor` to the colon at token `colon` end in a title, a person
 * noun or a body's head (quote-headline.ts `capitalisedSpeaker`); they are the speaker, with no cue.
 */
export function roleTurn(ctx: SpeakerContext, floor: number, colon: number): Found | null {
  const c = tokenAt(ctx.tokens, colon);
  if (!c || c.text !== ':' || colon - 1 < floor) return null;
  // At a paragraph's start the role may end in any noun of one who does a job ("Lighthouse Keeper: “…”").
  const speaker = capitalisedSpeaker(ctx, floor, colon - 1, opensLine(ctx.text, ctx.tokens[floor].start));
  return speaker ? { speaker, cue: null } : null;
}

/** Does offset `at` open its line (only spaces or tabs between it and the line break before)? */
function opensLine(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}
