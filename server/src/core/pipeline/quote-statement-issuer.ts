/**
 * "Harlow Water issued a statement. “…,” the statement said.": a quote whose speaker is the text
 * itself ("the statement", "the letter") is spoken by whoever issued it, when the sentence that
 * holds the quote names them before the quote, or the sentence before does: the subject of a
 * sentence that mentions a statement, or the named speaker of its reported speech ("Fenwick Rail
 * said it would cut fares."). Pure token checks, used by 04-quotes.ts.
 */
import type { SpeakerRef } from '../types';
import type { Found } from './quote-speaker';
import { reportedSpeech, subjectBefore } from './quote-speaker';
import { firstTokenFrom, fromMention, speakerAfter, type SpeakerContext } from './speakers';
import { isStatement } from './quote-text-owner';

/** Words that make a statement noun a definite reference back: "the statement", "this letter". */
const BACK_REFERENCE: ReadonlySet<string> = new Set(['the', 'this', 'that']);
/** How many words a statement's phrase may hold ("the brief written statement"). */
const PHRASE_WORDS = 4;

/**
 * The issuer of the statement that `found` names as its speaker: a named person or organisation of
 * tokens [floor, before) (the quote's sentence up to the quote) or of [prevFloor, prevEnd] (the sentence
 * before); null when the speaker is no such statement or nobody named issued it.
 */
export function statementIssuer(ctx: SpeakerContext, found: Found | null, floor: number, before: number, prevFloor: number, prevEnd: number): SpeakerRef | null {
  const s = found?.speaker;
  if (!s || s.local !== null || !backReference(ctx, s)) return null;
  // "The Velmar statement said": the body named in the phrase issued it.
  const own = ownerInPhrase(ctx, s);
  if (own) return own;
  // (in the quote's own sentence only what stands before the statement's phrase: "The statement expresses …, saying")
  return named(issuerIn(ctx, floor, Math.min(before, firstTokenFrom(ctx.tokens, s.start)))) ?? (prevEnd >= prevFloor ? named(issuerIn(ctx, prevFloor, prevEnd + 1)) : null);
}

/** Is the speaker phrase "the/this/that …" ending in a statement noun, of at most PHRASE_WORDS words? */
function backReference(ctx: SpeakerContext, s: SpeakerRef): boolean {
  const first = firstTokenFrom(ctx.tokens, s.start);
  let last = first;
  while (last + 1 < ctx.tokens.length && ctx.tokens[last + 1].end <= s.end) last++;
  return last - first < PHRASE_WORDS && BACK_REFERENCE.has(ctx.lower[first]) && isStatement(ctx.lower, last);
}

/**
 * Who issued the statement of tokens [from, to): the author after "a statement from/by", the subject
 * of "issued/released a statement"; a statement mentioned otherwise ("according to a statement")
 * names nobody. With no statement noun, or "in a statement", the speaker of their reported speech.
 */
function issuerIn(ctx: SpeakerContext, from: number, to: number): SpeakerRef | null {
  if (to <= from) return null;
  const { lower, tokens } = ctx;
  for (let k = from; k < to; k++) {
    if (ctx.inQuote?.[k] === 1 || !isStatement(lower, k)) continue;
    // (only a name right after it: "from the Indian government" is no name of its own)
    if (AUTHOR.has(lower[k + 1] ?? '') && k + 2 < to) return ctx.mentionAt[k + 2] >= 0 ? speakerAfter(ctx, k + 2, to - 1) : null;
    let v = k - 1;
    while (v > from && tokens[v].kind === 'word' && !ISSUED.has(lower[v]) && k - v < PHRASE_WORDS) v--;
    if (ISSUED.has(lower[v] ?? '')) return subjectBefore(ctx, from, v);
    // "In a short statement, Corbel said …": the statement is the speech the sentence reports.
    if (lower[v] !== 'in') return null;
    break;
  }
  // (a name, not a pronoun: "…,” he said. “…,” the statement said" is no statement of his)
  const reported = reportedSpeech(ctx, from, to - 1)?.speaker ?? null;
  return reported !== null && /^\p{Lu}/u.test(reported.text) && !PRONOUN.test(reported.text) ? reported : null;
}

const PRONOUN = /^(he|she|they|it|we)$/i;

/** The organisation or person named inside the statement's phrase ("The Velmar statement"), or null. */
function ownerInPhrase(ctx: SpeakerContext, s: SpeakerRef): SpeakerRef | null {
  for (let k = firstTokenFrom(ctx.tokens, s.start); k < ctx.tokens.length && ctx.tokens[k].end <= s.end; k++) {
    const mi = ctx.mentionAt[k];
    if (mi >= 0 && (ctx.mentions[mi].type === 'ORG' || ctx.mentions[mi].type === 'PERSON')) return fromMention(ctx, mi);
  }
  return null;
}

/** Words after a statement noun that name its author ("a statement from the ministry"). */
const AUTHOR: ReadonlySet<string> = new Set(['from', 'by']);
/** Verbs by which somebody issues a statement. */
const ISSUED: ReadonlySet<string> = new Set(['issued', 'released', 'published', 'put', 'sent', 'posted', 'read', 'gave', 'delivered', 'issues', 'releases', 'publishes']);

/** The speaker when it is a named person or organisation (an entity), else null. */
function named(s: SpeakerRef | null): SpeakerRef | null {
  return s !== null && s.local !== null ? s : null;
}
