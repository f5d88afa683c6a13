/**
 * "Mira Quell is the mayor of Tollan.": a role given by a copula right after a person's name, which a later
 * "the mayor said" refers to as "Irma Stolt, a witness, …" does (speaker-resolve.ts describedAfter). Only
 * the present or perfect ("is", "has been", "remains", "became", "who is"): "X was the mayor" may be a
 * predecessor of the one who speaks now. Used by speaker-resolve.ts resolveTitle.
 */

/** The copula after the name, an article or possessive, then up to four lower-case words. */
const COPULAR_ROLE = /^(?:,\s+who)?\s+(?:is|has\s+been|remains|became|becomes)\s+(?:the|a|an|its|their)\s+(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,3})(['’]s\b)?/u;
/** Words after a role noun that complete it ("the mayor of", "a lawyer for"): the noun before them heads the role. */
const ROLE_LINKS = new Set(['of', 'for', 'at', 'in', 'to', 'and', 'since', 'from']);
/** How far after the name (characters) the role may end. */
const REACH = 70;

/** Is the person's name ending at `end` followed by "is the `head`" ("is the mayor of", "has been a deputy mayor")? */
export function copularRole(text: string, end: number, head: string): boolean {
  const c = text.charCodeAt(end);
  if (c !== 32 && c !== 44) return false; // a space or a comma ("X, who is …")
  const m = COPULAR_ROLE.exec(text.slice(end, end + REACH));
  if (m === null) return false;
  const words = m[1].split(/\s+/);
  let last = words.length - 1;
  for (let i = 1; i < words.length; i++) if (ROLE_LINKS.has(words[i])) { last = i - 1; break; }
  // "is the governor's brother": the role is somebody else's
  if (last === words.length - 1 && m[2] !== undefined) return false;
  return words[last] === head;
}
