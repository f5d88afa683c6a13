/**
 * A finding that tags the claim after it, closing its sentence: "Nearly half of the colleges plan cuts, a
 * survey has found." (pure). The finding reports the figures before it as "A survey found" would: an
 * unnamed one is a vague source; one owned by an organisation the sentence names ("a Harlow Institute
 * survey found", "a poll for the Orvel Trust has shown") or by a definite body after "by"/"for"/"from"
 * ("a survey by the heads' association found") is that owner. See anonymous-finding.ts for the finding
 * before its claim.
 */
import type { Claim, Mention, SpeakerRef } from '../types';
import { FINDING_PHRASE, unnamed } from './anonymous-finding';

/**
 * A comma, the finding's phrase (group 1), an optional auxiliary, a verb of showing (group 2), then the
 * sentence's end or a comma before a clause of the writer's ("…, a survey has found, as fees stay frozen").
 */
const TRAILING = new RegExp(String.raw`,\s*(${FINDING_PHRASE})\s+(?:has\s+|have\s+|had\s+)?(found|shown|showed|shows|show|suggested|suggests|suggest|revealed|reveals|indicated|indicates)(?:\s*[.!?]?["”’']?\s*$|,\s)`, 'iu');
/** A cheap test first: a verb of showing after a comma. */
const SHOWING_VERB = /,.*\b(?:found|show|suggest|reveal|indicat)/i;
/** The owner after the finding's head: "by the heads' association", "for the Orvel Trust". */
const OWNER = /\s(?:by|for|from)\s+((?:the|its|their)\s+[^,;]+)$/iu;

export function trailingFinding(text: string, c: Claim, sEnd: number, mentions: readonly Mention[]): { sourced: 'yes' | 'vague'; source: SpeakerRef; cue: string } | null {
  if (sEnd - c.end > 160) return null;
  // (cheap gate: the finding's comma after the claim)
  const comma = text.indexOf(',', c.end);
  if (comma < 0 || comma >= sEnd) return null;
  const tail = text.slice(c.end, sEnd);
  if (!SHOWING_VERB.test(tail)) return null;
  const hit = TRAILING.exec(tail);
  if (!hit) return null;
  const phrase = hit[1];
  const start = c.end + hit.index + hit[0].indexOf(phrase), end = start + phrase.length;
  const cue = hit[2].toLowerCase();
  const owner = mentions.find((m) => (m.type === 'ORG' || m.type === 'PERSON') && m.start >= start && m.end <= end);
  if (owner) return { sourced: 'yes', source: { start: owner.start, end: owner.end, text: owner.text, local: owner.local }, cue };
  const by = OWNER.exec(phrase);
  if (by) {
    const at = end - by[1].length;
    return { sourced: 'yes', source: { start: at, end, text: by[1], local: null }, cue };
  }
  return unnamed(phrase) ? { sourced: 'vague', source: { start, end, text: phrase, local: null }, cue } : null;
}
