/**
 * "By the union's own count, 300 jobs were lost", "the union's own tally puts the loss at 300": a count named
 * as somebody's is that owner's report (pure). The owner is a capitalised name's possessive or "the" and a
 * body's noun ("the union's"); the claim follows the count's phrase in its clause. A pronoun's count ("by its
 * own count") is left to the other readers.
 */
import type { Claim, Mention, SpeakerRef } from '../types';
import { ORG_NOUNS, ownerCapitalised } from './claim-sourcing';

/** The owner (group 1: "the union", "Pellam") of a count that frames the clause or puts a figure at a level. */
const OWNERS_COUNT = /(?:^|[\s,(—–])((?:[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})['’]s?\s+(?:own\s+)?(?:count|tally|reckoning|estimates?|figures|calculations?|records|data)\s*(?:,|\s(?:puts?|putting|put|shows?|showed|suggests?|suggested|gives?|gave)\b)[^;]*$/u;

/** A capitalised preposition before the owner's name. */
const LEAD_WORD = /^(?:By|According|To|In|At|From|On|For|With|Under)\s+/u;

/** The owner of the count whose phrase claim `c` (sentence from `sStart`) follows, as its source; or null. */
export function ownersCount(text: string, sStart: number, c: Claim, mentions: readonly Mention[]): SpeakerRef | null {
  if (c.start - sStart > 300) return null;
  const before = text.slice(sStart, c.start);
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
