/**
 * A quotation introduced by a colon after a sentence whose subject is a person or an organisation,
 * with no speech verb: "Ivo Brandt, a trader at Mercer Securities, put it bluntly: “…”", "Lind
 * summed up the mood: “…”", "She was blunt: “…”". News writes the speaker as the subject of the
 * clause the colon closes. Pure token checks, used by 04-quotes.ts when no other pattern found a
 * speaker.
 */
import type { Token } from '../types';
import type { Cue } from './cue-phrase';
import type { Found } from './quote-speaker';
import { fromMention, firstTokenFrom, type SpeakerContext } from './speakers';
import { resolvePronoun } from './speaker-resolve';
import { tokenAt } from './token-at';

/** How many tokens may stand between the subject (or its apposition) and the colon. */
const PREDICATE_REACH = 8;
/** How many tokens an apposition after the subject may run ("Ivo Brandt, a trader at Mercer Securities,"). */
const APPOSITION_REACH = 10;

/**
 * The speaker of a quote whose opening mark follows the colon at token `colon`, in the sentence that
 * starts at token `floor`: the person or organisation (or he/she) opening that sentence, when a
 * lower-case predicate of a few words follows it (a verb; an apposition between commas may come
 * first). The cue is that predicate ("put it bluntly"). Null when the sentence opens otherwise.
 */
export function subjectBeforeColon(ctx: SpeakerContext, floor: number, colon: number): Found | null {
  const { tokens } = ctx;
  const first = tokenAt(tokens, floor);
  if (!first || tokenAt(tokens, colon)?.text !== ':' || colon - floor < 2) return null;
  let speakerEnd: number, speaker;
  const mi = ctx.mentionAt[floor];
  if (mi >= 0) {
    const m = ctx.mentions[mi];
    if ((m.type !== 'PERSON' && m.type !== 'ORG') || firstTokenFrom(tokens, m.start) !== floor) return null;
    speaker = fromMention(ctx, mi);
    speakerEnd = firstTokenFrom(tokens, m.end);
    if (/^['’]s$/.test(tokenAt(tokens, speakerEnd)?.text ?? '')) return ownedWordsBeforeColon(ctx, floor, colon, speakerEnd + 1);
  } else if (/^(his|her|their)$/i.test(first.text)) {
    return ownedWordsBeforeColon(ctx, floor, colon);
  } else if (/^(he|she)$/i.test(first.text)) {
    speaker = resolvePronoun(ctx, first);
    speakerEnd = floor + 1;
  } else return null;
  let verb = speakerEnd;
  // "X, a trader at Y, put it bluntly:": over an apposition closed by a comma.
  if (tokenAt(tokens, verb)?.text === ',') {
    let close = -1;
    for (let k = verb + 1; k < colon && k <= verb + APPOSITION_REACH; k++) if (tokens[k].text === ',') { close = k; break; }
    if (close < 0) return null;
    verb = close + 1;
  }
  if (colon - verb < 1 || colon - verb > PREDICATE_REACH) return null;
  // The predicate: lower-case words only (a verb first), no other punctuation, no quoted words.
  for (let k = verb; k < colon; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || (ctx.inQuote !== undefined && ctx.inQuote[k] === 1)) return null;
  }
  if (!isVerbLike(tokens[verb])) return null;
  const v = tokens[verb], e = tokens[colon - 1];
  const cue: Cue = { text: ctx.text.slice(v.start, e.end), start: v.start, end: e.end, tok: verb };
  return { speaker, cue };
}

/** A lower-case word that can open a predicate: not a preposition or article opening another phrase. */
function isVerbLike(t: Token): boolean {
  return /^\p{Ll}/u.test(t.text) && !NOT_VERB.test(t.text);
}
const NOT_VERB = /^(of|at|in|on|for|with|from|to|by|the|a|an|and|or|but|who|which|that|whose|as|than|said)$/i;

/** Nouns for the words somebody gives, which a possessive hands to their owner ("Her answer: “…”"). */
const GIVEN_WORDS = new Set(['answer', 'reply', 'response', 'retort', 'message', 'verdict', 'advice', 'words',
  'explanation', 'comment', 'warning', 'plea', 'assessment', 'conclusion', 'take', 'view', 'prediction', 'promise']);

/**
 * "Her answer: “…”", "Kral's reply was blunt: “…”", "His message to commuters: “…”": the possessive
 * opening the sentence (a pronoun at `floor`, or a name whose "'s" ends before token `noun`) owns the
 * words, a GIVEN_WORDS noun right after it; what follows up to the colon is a short phrase with no
 * other punctuation. The owner speaks; the cue is the noun.
 */
function ownedWordsBeforeColon(ctx: SpeakerContext, floor: number, colon: number, noun = floor + 1): Found | null {
  const { tokens } = ctx;
  const n = tokenAt(tokens, noun);
  if (!n || !GIVEN_WORDS.has(ctx.lower[noun]) || colon - noun - 1 > PREDICATE_REACH) return null;
  for (let k = noun + 1; k < colon; k++) if (tokens[k].kind !== 'word' || !/^\p{Ll}/u.test(tokens[k].text)) return null;
  const speaker = noun === floor + 1 ? resolvePronoun(ctx, tokens[floor]) : fromMention(ctx, ctx.mentionAt[floor]);
  return speaker ? { speaker, cue: { text: n.text, start: n.start, end: n.end, tok: noun } } : null;
}
