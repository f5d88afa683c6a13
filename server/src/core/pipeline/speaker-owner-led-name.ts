/**
 * After an inverted cue, a person named after the body or person they belong to, with no comma:
 *   possessive   said Norvane Bank’s Ilka Mose / said Bravik Securities’ Ilka Mose
 *   role nouns   said Quillet Markets analyst Tobin Reyes / said Quillet senior analyst Tobin Reyes
 * The first name only says whose; the person speaks. The role reader (speaker-roles.ts) takes a firm the
 * entity stage typed ORG; this one also takes an owner it typed PERSON (an unknown firm's name looks
 * like a person's), since two names with nothing but a possessive or role nouns between them are never
 * two speakers. Pure token checks over the speaker context.
 */
import type { SpeakerRef } from '../types';
import { firstTokenFrom, fromMention, isSpeakerHead, type SpeakerContext } from './speakers';

/** At most this many role words between the owner and the person ("senior emerging markets analyst": 4). */
const ROLE_WORDS = 4;

/** The person after an owner's mention at token `start` (see above), or null. */
export function personAfterOwner(ctx: SpeakerContext, start: number, limit: number): SpeakerRef | null {
  const mi = ctx.mentionAt[start];
  if (mi < 0) return null;
  const { tokens } = ctx;
  let k = firstTokenFrom(tokens, ctx.mentions[mi].end, start);
  if (k > limit || k >= tokens.length) return null;
  const t = tokens[k].text;
  // "Norvane Bank’s Ilka Mose", "Bravik Securities’ Ilka Mose": the name right after the possessive
  if (t === '’s' || t === "'s" || ((t === '’' || t === "'") && tokens[k - 1].text.endsWith('s'))) {
    const p = k + 1 <= limit ? ctx.mentionAt[k + 1] ?? -1 : -1;
    return p >= 0 && p !== mi && ctx.mentions[p].type === 'PERSON' && ctx.mentions[p].start === tokens[k + 1].start ? fromMention(ctx, p) : null;
  }
  // "Quillet Markets analyst Tobin Reyes": lower-case words ending in a role noun, then the name
  let role = false;
  for (let n = 0; n < ROLE_WORDS && k <= limit && k < tokens.length; n++, k++) {
    const w = tokens[k];
    if (ctx.mentionAt[k] >= 0) break;
    if (w.kind !== 'word' || !/^\p{Ll}/u.test(w.text)) return null;
    role = isSpeakerHead(ctx.lower[k]);
  }
  if (!role || k > limit) return null;
  const p = ctx.mentionAt[k] ?? -1;
  return p >= 0 && p !== mi && ctx.mentions[p].type === 'PERSON' && ctx.mentions[p].start === tokens[k].start ? fromMention(ctx, p) : null;
}

/** Words that may follow an owned role and end its phrase ("said Ada Venn's lawyer in Tarnby"). */
const ROLE_ENDS = new Set('in on at after before who when as outside'.split(' '));

/**
 * After an inverted cue, a role owned by the name at `start` with no name after it: "said Mr Kell's family",
 * "said Corvel Bank's spokesman." The owner only says whose; the role speaks, unnamed, as the same phrase does
 * before the cue ("Mr Kell's family said"). Null unless lower-case words after the possessive end in a speaker
 * noun that closes the phrase.
 */
export function ownedRoleAfter(ctx: SpeakerContext, start: number, limit: number): SpeakerRef | null {
  const { tokens } = ctx;
  // ("said Mr Kell's family", "said Dr. Kell's lawyer": an honorific the name leaves out goes with it)
  let o = start;
  while (ctx.mentionAt[o] < 0 && o < start + 2 && o < limit && (/^\p{Lu}\p{Ll}{0,3}$/u.test(tokens[o].text) || (o > start && tokens[o].text === '.'))) o++;
  const mi = ctx.mentionAt[o];
  if (mi < 0 || (o > start && ctx.mentions[mi].type !== 'PERSON')) return null;
  const k = firstTokenFrom(tokens, ctx.mentions[mi].end, start);
  const t = tokens[k]?.text;
  if (k >= limit || !(t === '’s' || t === "'s" || ((t === '’' || t === "'") && tokens[k - 1].text.endsWith('s')))) return null;
  let e = k + 1;
  while (e < limit && e < k + ROLE_WORDS && tokens[e + 1]?.kind === 'word' && /^\p{Ll}/u.test(tokens[e + 1].text) && !ROLE_ENDS.has(ctx.lower[e + 1])) e++;
  const w = tokens[e];
  if (w.kind !== 'word' || !/^\p{Ll}/u.test(w.text) || ctx.mentionAt[e] >= 0 || !isSpeakerHead(ctx.lower[e])) return null;
  const n = tokens[e + 1];
  if (n && !(n.kind === 'punct' && n.text !== '-') && !ROLE_ENDS.has(ctx.lower[e + 1])) return null;
  // "said Corvel Bank's chief executive, Tomas Reiter": the person in apposition is personAfterRole's.
  if (n?.text === ',' && ctx.mentionAt[e + 2] >= 0 && ctx.mentions[ctx.mentionAt[e + 2]].type === 'PERSON') return null;
  const from = tokens[start].start;
  return { start: from, end: w.end, text: ctx.text.slice(from, w.end), local: null };
}
