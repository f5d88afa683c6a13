// "Ama Kell added 27 points": a player who adds points records play, like one who scores them; "the index
// added 120 points" is a market's move and stays a claim. The subject decides: a PERSON mention (or he/she)
// right before "add", or before a record of play that "and added" continues ("scored 10 and added 12 points").
import type { Claim, Mention } from '../types';

/** "added" (perhaps after "also"/"then") right before the figure, and the subject's end before it (group 1's start). */
const ADDED_BEFORE = /(\S)(\s+(?:also\s+|then\s+)?add(?:s|ed|ing)?\s+(?:another\s+|a\s+further\s+)?)$/i;
const PERSON_PRONOUN = /\b(?:he|she)$/i;
/** A record of play joined before "and added" ("Kell scored 10 and added 12 points"): its subject is the adder (group 1's end). */
const PLAY_AND = /(\S)\s+(?:scored|had|posted|grabbed|collected|tallied|notched|netted|made)\s+[\p{L}\p{N}-]+(?:\s+\p{Ll}+)?\s*,?\s+and$/u;

/** Is claim `c` points a person added ("Kell added 27 points", "she adds another 12 points")? */
export function playerAddedPoints(text: string, c: Claim, mentions: readonly Mention[]): boolean {
  if (c.counted !== 'point' || c.quantity.unit !== 'count') return false;
  const before = text.slice(Math.max(0, c.quantity.start - 60), c.quantity.start);
  const m = ADDED_BEFORE.exec(before);
  if (!m) return false;
  let subjectEnd = c.quantity.start - m[2].length;
  const play = /\sand$/.test(before.slice(0, before.length - m[2].length)) ? PLAY_AND.exec(text.slice(Math.max(0, subjectEnd - 60), subjectEnd)) : null;
  if (play) subjectEnd -= play[0].length - 1;
  if (PERSON_PRONOUN.test(text.slice(Math.max(0, subjectEnd - 4), subjectEnd))) return true;
  return mentions.some((x) => x.end === subjectEnd && x.type === 'PERSON');
}
