/**
 * "Mira Quell is the mayor of Tollan.": a role given by a copula right after a person's name, which a later
 * "the mayor said" refers to as "Irma Stolt, a witness, …" does (speaker-resolve.ts describedAfter). Only
 * the present or perfect ("is", "has been", "remains", "became", "who is"): "X was the mayor" may be a
 * predecessor of the one who speaks now. A role in apposition after the comma counts the same ("Lina Marsh,
 * the chief executive of Orvell Freight," / "Lina Marsh, chief executive of …"), when its words before the noun
 * are title modifiers only. Used by speaker-resolve.ts resolveTitle.
 */

import { rankBefore } from './speaker-role-rank';
import { TITLE_MODIFIERS } from '../model/words';

/** The copula after the name (or the comma of an apposition, group 1), an article or possessive, then up to four lower-case words. */
const COPULAR_ROLE = /^(?:(?:,\s+who)?\s+(?:is|has\s+been|remains|became|becomes)\s+(?:the|a|an|its|their)|(,)(?:\s+(?:the|its|their))?)\s+(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,3})(['’]s\b)?/u;
/** Words after a role noun that complete it ("the mayor of", "a lawyer for"): the noun before them heads the role. */
const ROLE_LINKS = new Set(['of', 'for', 'at', 'in', 'to', 'and', 'since', 'from']);
/** Words of TITLE_MODIFIERS that link rather than modify. */
const NOT_MODIFIERS = new Set(['of', 'the', 'and', 'for', 'on']);
/** How far after the name (characters) the role may end. */
const REACH = 70;

/**
 * Is the person's name ending at `end` followed by "is the `head`" ("is the mayor of", "has been a deputy mayor"),
 * with the rank words `rank` before the head (speaker-role-rank.ts: "is the deputy mayor" is no "the mayor"), and
 * naming the `owner` the speaker phrase gives in the possessive, if any?
 */
export function copularRole(text: string, end: number, head: string, rank = '', owner?: string): boolean {
  const c = text.charCodeAt(end);
  if (c !== 32 && c !== 44) return false; // a space or a comma ("X, who is …")
  const m = COPULAR_ROLE.exec(text.slice(end, end + REACH));
  if (m === null) return false;
  // "the ferry firm's president" is the president of "firm" only: a role of another body is not it
  if (owner !== undefined && !m[0].toLowerCase().includes(owner)) return false;
  const words = m[2].split(/\s+/);
  let last = words.length - 1;
  for (let i = 1; i < words.length; i++) if (ROLE_LINKS.has(words[i])) { last = i - 1; break; }
  // "is the governor's brother": the role is somebody else's
  if (last === words.length - 1 && m[3] !== undefined) return false;
  // ", and the mayor", ", who said": an apposition's words before its noun only modify it
  if (m[1] !== undefined) for (let i = 0; i < last; i++) if (!TITLE_MODIFIERS.has(words[i]) || NOT_MODIFIERS.has(words[i])) return false;
  return words[last] === head && rankBefore(words, last) === rank;
}
