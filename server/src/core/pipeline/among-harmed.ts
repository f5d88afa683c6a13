/**
 * "Three firefighters were among the dead", "two children are among those injured": the group a
 * count of people is placed in says what happened to them (the verb before it, "were", says
 * nothing). Pure.
 */

/** " among the dead", " among those killed", " among the injured": the state of harm is group 1. */
const AMONG_HARMED = /^\s+among\s+(?:the|those)\s+(dead|killed|injured|wounded|hurt|missing)\b/i;

/** The measure ("death", "injury", "missing") and the phrase's length when `after` opens with one; null otherwise. */
export function amongHarmed(after: string): { measure: string; length: number } | null {
  if (after.length < 10 || after.charCodeAt(1) !== 97 && after.charCodeAt(1) !== 65) return null; // " among" / " Among"
  const m = AMONG_HARMED.exec(after);
  if (!m) return null;
  const state = m[1].toLowerCase();
  const measure = state === 'dead' || state === 'killed' ? 'death' : state === 'missing' ? 'missing' : 'injury';
  return { measure, length: m[0].length };
}
