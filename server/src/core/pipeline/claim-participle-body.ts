/**
 * "Marvosa's interior ministry issued a statement on Sunday, saying 40 people died": the subject of a
 * participle cue is a body named by a common noun (a definite article, a pronoun or a capitalised name's
 * possessive, then its noun) that opens the sentence; what follows ", saying" is its report (pure). The
 * attribution stage takes only a named entity for such a subject.
 */
import type { Claim, SpeakerRef } from '../types';
import { ORG_NOUNS, ownerCapitalised } from './claim-sourcing';

/** The participle cue ending right before the claim's clause: ", saying (that)". */
const SAYING = /,\s+(saying|adding|stating)\s+(?:that\s+)?[^,;]*$/i;
/** The sentence's opening body phrase (group 1; its determiner group 2, its noun group 3) and a verb after it. */
const BODY_OPENING = /^\s*(([Tt]he|[Ii]ts|[Tt]heir|\p{Lu}[\p{L}-]*['’]s)\s+(?:[\p{L}-]+\s+){0,2}?([\p{Ll}-]+))\s+(?:(?:has|had|also|on\s+\p{Lu}\p{Ll}+)\s+)?\p{Ll}+(?:ed|s)\b/u;

/** The body whose ", saying …" clause holds claim `c` (sentence from `sStart`), or null. */
export function participleBody(text: string, sStart: number, c: Claim): { source: SpeakerRef; cue: string } | null {
  if (c.start - sStart > 300) return null;
  const before = text.slice(sStart, c.start);
  // (cheap gate: no participle cue's comma before the claim)
  if (!before.includes('ing ')) return null;
  const say = SAYING.exec(before);
  if (!say) return null;
  const open = BODY_OPENING.exec(before.slice(0, say.index));
  if (!open || !ORG_NOUNS.has(open[3].toLowerCase()) || !ownerCapitalised(open[2])) return null;
  const start = sStart + open.index + open[0].indexOf(open[1]);
  return { source: { start, end: start + open[1].length, text: open[1], local: null }, cue: say[1].toLowerCase() };
}
