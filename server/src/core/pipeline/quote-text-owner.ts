/**
 * The owner of a text that gives somebody's words: "The ministry's statement read: “…”", "The
 * Gazette's analysis of the figures concluded: “…”" (the owner speaks, not the text nor the noun
 * after its "of"), and the table of statement nouns the quote patterns share. Used by quote-speaker.ts.
 */
import type { SpeakerRef } from '../types';
import { cueAt, type Cue } from './cue-phrase';
import { fromMention, speakerBefore, type SpeakerContext } from './speakers';
import { resolvePronoun } from './speaker-resolve';

/** Nouns for a text issued on somebody's behalf: "a statement from its chairman, X:". */
export const STATEMENT = new Set(['statement', 'letter', 'message', 'note', 'memo', 'email', 'e-mail', 'post', 'tweet']);
/**
 * Is token `j` one of the STATEMENT nouns, in any case? Read from the lower-case table (a case-blind
 * pattern tried on each token cost more than the rest of the scan; no letter of these words has a
 * non-ASCII capital, so the two tests agree).
 */
export const isStatement = (lower: string[], j: number) => j >= 0 && STATEMENT.has(lower[j]);

/** Verbs by which a text gives its words: "the statement read", "her letter said". */
export const READ_VERBS = ['read', 'reads', 'said', 'says', 'stated', 'states', 'added', 'adds', 'continued', 'continues'];
export const READS = new RegExp(`^(${READ_VERBS.join('|')})$`);
/** How many adjectives may stand between an owner and its statement ("the ministry's brief written statement"). */
const STATEMENT_ADJECTIVES = 2;

/** Nouns for a text that gives somebody's words or findings when it has an owner ("the agency's report said"). */
const OWNED_TEXTS = new Set([...STATEMENT, ...'analysis review report study survey website blog release announcement filing update editorial'.split(' ')]);
/** How far before its verb a text noun may stand, over an "of" phrase ("analysis of its own traffic figures concluded"). */
const OWNED_REACH = 8;

/**
 * The verb at token `j` (after `floor`) has for subject a text noun with a possessive owner, right
 * before the verb or followed by an "of" phrase: the owner speaks, and the cue is the noun to the verb.
 */
export function ownedText(ctx: SpeakerContext, j: number, floor: number): { speaker: SpeakerRef; cue: Cue } | null {
  const { tokens, lower, text } = ctx;
  for (let n = j - 1; n > floor && n >= j - OWNED_REACH; n--) {
    if (tokens[n].kind === 'punct' || ctx.mentionAt[n] >= 0 && n === j - 1) return null;
    if (!OWNED_TEXTS.has(lower[n]) || (n !== j - 1 && lower[n + 1] !== 'of')) continue;
    const owner = ownerOf(ctx, n - 1, floor);
    if (!owner) return null;
    const cue: Cue = n === j - 1
      ? { text: text.slice(tokens[n].start, tokens[j].end).replace(/\s+/g, ' '), start: tokens[n].start, end: tokens[j].end, tok: j }
      : cueAt(text, tokens, j);
    return { speaker: owner, cue };
  }
  return null;
}

/**
 * The owner of a statement noun whose modifiers end at token `k`: "the ministry's", "the Harbour
 * Board's", "his" (resolved), over up to two lower-case adjectives. Null when the noun has no
 * possessive owner ("The statement read").
 */
function ownerOf(ctx: SpeakerContext, k: number, floor: number): SpeakerRef | null {
  const { tokens, lower } = ctx;
  for (let n = 0; n < STATEMENT_ADJECTIVES && k > floor && tokens[k].kind === 'word' && /^\p{Ll}+$/u.test(tokens[k].text) && !POSSESSIVE_PRONOUN.test(lower[k]); n++) k--;
  if (k < floor) return null;
  if (POSSESSIVE_PRONOUN.test(lower[k])) return /^(his|her)$/.test(lower[k]) ? resolvePronoun(ctx, tokens[k]) : null;
  if (tokens[k].text !== '’s' && tokens[k].text !== "'s") return null;
  const mi = ctx.mentionAt[k - 1];
  if (mi >= 0) return ctx.mentions[mi].type === 'PERSON' || ctx.mentions[mi].type === 'ORG' ? fromMention(ctx, mi) : null;
  return k - 1 >= floor ? speakerBefore(ctx, k - 1, floor) : null;
}
const POSSESSIVE_PRONOUN = /^(his|her|its|their)$/;
