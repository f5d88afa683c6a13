/**
 * "By the union's own count, 300 jobs were lost", "the union's own tally puts the loss at 300": a count named
 * as somebody's is that owner's report (pure). The owner is a capitalised name's possessive or "the" and a
 * body's noun ("the union's"); the claim follows the count's phrase in its clause. A pronoun's count opening
 * the sentence ("By its own count, the Halvor group has lost 300 members") is the clause's subject's, a name or
 * "the" and a body's noun right after the comma.
 */
import type { Claim, Mention, SpeakerRef } from '../types';
import { ORG_NOUNS, ownerCapitalised } from './claim-sourcing';

/** The owner (group 1: "the union", "Pellam") of a count that frames the clause or puts a figure at a level. */
const OWNERS_COUNT = /(?:^|[\s,(—–])((?:[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})['’]s?\s+(?:own\s+)?(?:count|tally|reckoning|estimates?|figures|calculations?|records|data)\s*(?:,|\s(?:puts?|putting|put|shows?|showed|suggests?|suggested|gives?|gave)\b)[^;]*$/u;

/** A capitalised preposition before the owner's name. */
const LEAD_WORD = /^(?:By|According|To|In|At|From|On|For|With|Under)\s+/u;

/** "By its own count, " opening a sentence: the pronoun stands for the clause's subject after the comma. */
const PRONOUN_COUNT = /^By\s+(?:its|their|his|her)\s+(?:own\s+)?(?:count|tally|reckoning|estimates?|figures|calculations?)\s*,\s*/;
/** The subject right after that comma: "the" and up to three words, the last of them a body's noun. */
const THE_BODY = /^[Tt]he(?:\s+[\p{L}-]+){1,3}/u;

/** The owner of the count whose phrase claim `c` (sentence from `sStart`) follows, as its source; or null. */
export function ownersCount(text: string, sStart: number, c: Claim, mentions: readonly Mention[]): SpeakerRef | null {
  if (c.start - sStart > 300) return null;
  const before = text.slice(sStart, c.start);
  // (cheap gate: "By" opening the sentence)
  if (text.charCodeAt(sStart) === 66 && text.charCodeAt(sStart + 1) === 121) { const own = pronounOwner(text, sStart, before, mentions); if (own) return own; }
  // (cheap gate: a possessive before the claim)
  if (before.indexOf("'") < 0 && before.indexOf('’') < 0) return null;
  const m = OWNERS_COUNT.exec(before);
  if (!m) return null;
  // ("By Pellam's count": the preposition opening the sentence is no part of the name)
  const lead = LEAD_WORD.exec(m[1]);
  const owner = lead ? m[1].slice(lead[0].length) : m[1];
  if (!owner) return null;
  const det = /^the\s/i.test(owner) ? 'the' : owner + "'s";
  if (det === 'the' && !ORG_NOUNS.has(owner.slice(owner.lastIndexOf(' ') + 1).toLowerCase())) return null;
  if (det !== 'the' && !ownerCapitalised(det)) return null;
  const start = sStart + m.index + m[0].indexOf(m[1]) + (lead ? lead[0].length : 0);
  const named = mentions.find((x) => x.start === start && x.end === start + owner.length && (x.type === 'ORG' || x.type === 'PERSON'));
  return { start, end: start + owner.length, text: owner, local: named ? named.local : null };
}

/** The subject after "By its own count, " (`before`: the sentence from `sStart` up to the claim), or null. */
function pronounOwner(text: string, sStart: number, before: string, mentions: readonly Mention[]): SpeakerRef | null {
  const p = PRONOUN_COUNT.exec(before);
  if (!p) return null;
  const start = sStart + p[0].length;
  const named = mentions.find((x) => x.start === start && (x.type === 'ORG' || x.type === 'PERSON'));
  if (named) return { start, end: named.end, text: named.text, local: named.local };
  const body = THE_BODY.exec(before.slice(p[0].length));
  if (!body) return null;
  // ("the Halvor group has lost": the phrase ends at its first body's noun)
  const words = body[0].split(/\s+/);
  const head = words.findIndex((w, i) => i > 0 && /^\p{Ll}/u.test(w) && ORG_NOUNS.has(w));
  if (head < 0) return null;
  let end = start;
  for (let i = 0; i <= head; i++) end = text.indexOf(words[i], end) + words[i].length;
  return { start, end, text: text.slice(start, end), local: null };
}
