/**
 * An untagged quote that follows a short sentence about its speaker in the same paragraph: "Asked if she
 * would stand again, Brisk smiled. “Ask me in May.”", "Reiter was unmoved. “I would vote the same way.”".
 * The sentence before frames the speaker as its subject, a person's name or he/she, with no speech verb;
 * the writer leaves the quote untagged because the reader knows who speaks. Pure token checks, used by
 * 04-quotes.ts when no other pattern found a speaker.
 */
import type { Found } from './quote-speaker';
import { fromMention, firstTokenFrom, isSpeakerHead, nounPhrase, speechLemma, type SpeakerContext } from './speakers';
import type { SpeakerRef } from '../types';
import { resolvePronoun } from './speaker-resolve';

/** How many tokens the framing sentence may hold: a short sentence, not a narrative one. */
const FRAME_LENGTH = 16;
/** How far into the sentence a clause before the subject may run ("Asked if she would stand again,"). */
const INTRO_REACH = 10;
/** Participles that open a question put to the subject ("Asked by the judge whether …, Vell paused."). */
const ASKED = /^(Asked|Pressed|Questioned|Quizzed|Challenged)$/;
/** How many tokens such a framing sentence may hold. */
const ASKED_FRAME_LENGTH = 28;
/** How far into it the question may run before the subject. */
const ASKED_REACH = 22;
/** Verbs of being: before a past participle a passive ("was arrested") says what happened to the subject, not how it spoke. */
const BE = /^(was|were|is|are|has|had|have)$/;
/** How many tokens a verb of being and its mood may run to the full stop ("was blunter still."). */
const COPULA_TAIL = 3;
/** Words of a frame that says its subject did not speak. */
const SILENT = new Set(['not', 'nothing', 'declined', 'refused', 'never', "n't", 'no']);
/** Participles that say a mood, not what was done to the subject ("was unmoved", "was delighted"): an adjective, no passive. */
const MOOD_PARTICIPLE = /^(?:unmoved|unimpressed|unfazed|undeterred|unconvinced|unbowed|undaunted|unperturbed|unruffled|unsurprised|unamused|untroubled|unswayed|delighted|pleased|relieved|frustrated|annoyed|irritated|exasperated|surprised|shocked|stunned|puzzled|baffled|incensed|disappointed|worried|amused|resigned|determined)$/;

/**
 * The speaker framed by the sentence of tokens `from`..`to` (its last token a full stop): the person
 * named (or he/she) at its start or right after an opening clause closed by a comma, followed by a
 * lower-case verb that is no passive. No cue. Null otherwise.
 */
export function framedSubject(ctx: SpeakerContext, from: number, to: number): Found | null {
  const { tokens, lower } = ctx;
  // "Asked by the prosecutor, Julian Fenn, whether he had slept, the captain paused.": a question put to
  // the subject may run longer, over commas of its own, before the subject who answers.
  const asked = ASKED.test(tokens[from].text);
  if (to - from + 1 > (asked ? ASKED_FRAME_LENGTH : FRAME_LENGTH) || tokens[to].text !== '.') return null;
  let s = from;
  if (ctx.mentionAt[s] < 0 && !/^(he|she)$/.test(lower[s])) {
    // "Asked if she would stand again, Brisk smiled.": past an opening clause to its comma.
    let comma = -1;
    const reach = from + (asked ? ASKED_REACH : INTRO_REACH);
    for (let k = from + 1; k <= to && k <= reach; k++) {
      if (tokens[k].text !== ',') continue;
      comma = k;
      if (!asked || subjectStarts(ctx, k + 1, to)) break;
    }
    if (comma < 0) return null;
    s = comma + 1;
  }
  // a sentence inside another quotation is somebody's words, not the writer's frame
  if (ctx.inQuote !== undefined && ctx.inQuote[s] === 1) return null;
  let speaker, verb;
  const mi = ctx.mentionAt[s];
  if (mi >= 0) {
    const m = ctx.mentions[mi];
    if (m.type !== 'PERSON' || firstTokenFrom(tokens, m.start) !== s) return null;
    speaker = fromMention(ctx, mi);
    verb = firstTokenFrom(tokens, m.end);
  } else if (/^(he|she)$/.test(lower[s]) && !quoteEarlierInParagraph(ctx.text, tokens[from].start)) {
    // (after a quotation in the same paragraph a pronoun may be read inside its words; the quote before gives the speaker)
    speaker = resolvePronoun(ctx, tokens[s]);
    verb = s + 1;
  } else if (s > from && (speaker = namedRole(ctx, s)) !== null) {
    verb = s + 2;
  } else return null;
  const v = tokens[verb];
  if (!v || verb >= to || v.kind !== 'word' || !/^\p{Ll}/u.test(v.text)) return null;
  // "Reiter was unmoved.", not "Reiter is the fifth coach to go." (a description) nor "was arrested" (a passive)
  // ("had waited years" is a perfect, a verb of its own, not a verb of being)
  if (BE.test(lower[verb]) && !perfect(lower[verb], lower[verb + 1] ?? '') && (to - verb > COPULA_TAIL || passiveAfter(tokens[verb + 1]?.text ?? ''))) return null;
  // only this one person in the sentence (another name could be the one who speaks), and no speech verb or
  // refusal: "Ortiz said nothing." / "Ortiz declined to comment." is no frame for words she did not say
  for (let k = verb; k < to; k++) {
    if (ctx.mentionAt[k] >= 0 && ctx.mentions[ctx.mentionAt[k]].type === 'PERSON') return null;
    if (SILENT.has(lower[k]) || speechLemma(tokens[k]) !== null) return null;
  }
  return { speaker, cue: null };
}

/** Is `word`, after a verb of being, a passive's participle ("was arrested"), not a mood ("was unmoved")? */
function passiveAfter(word: string): boolean {
  return /^\p{Ll}+ed$/u.test(word) && !MOOD_PARTICIPLE.test(word);
}

/** Is `aux` `word` a perfect ("had waited", "has lived"), not "had been" nor "has a …"? */
function perfect(aux: string, word: string): boolean {
  return /^(?:has|had|have)$/.test(aux) && /^\p{Ll}+ed$/u.test(word);
}

/** Can a subject stand at token `s` (before `to`): a person named, he/she, or "the" and a role noun, then a lower-case verb? */
function subjectStarts(ctx: SpeakerContext, s: number, to: number): boolean {
  const { tokens } = ctx;
  let verb;
  const mi = ctx.mentionAt[s];
  if (mi >= 0) verb = firstTokenFrom(tokens, ctx.mentions[mi].end);
  else if (/^(he|she)$/.test(ctx.lower[s] ?? '')) verb = s + 1;
  else if (/^the$/i.test(tokens[s]?.text ?? '')) verb = s + 2;
  else return false;
  const v = tokens[verb];
  return verb < to && !!v && v.kind === 'word' && /^\p{Ll}/u.test(v.text);
}

/**
 * "…, the captain paused.": "the" and a role noun after the opening clause, resolved to the person the
 * article named with that role earlier ("Captain Oren Tassel", "Marta Ilves, the coach of …"). Only a
 * person: a role nobody was named in stays no frame.
 */
function namedRole(ctx: SpeakerContext, s: number): SpeakerRef | null {
  const { tokens } = ctx;
  const head = tokens[s + 1];
  if (!/^the$/i.test(tokens[s].text) || !head || head.kind !== 'word' || !/^\p{Ll}+$/u.test(head.text) || !isSpeakerHead(ctx.lower[s + 1])) return null;
  const ref = nounPhrase(ctx, s, s + 1, true);
  if (ref === null || ref.local === null || ctx.entities[ref.local].type !== 'PERSON') return null;
  return ref;
}

/** Does a quotation mark stand in the paragraph before offset `at`? */
function quoteEarlierInParagraph(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return false;
    if (c === 34 || c === 0x201c || c === 0x201d) return true;
  }
  return false;
}
