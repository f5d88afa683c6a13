/**
 * "Rescuers pulled 900 passengers from the ferry. About 650 of them were injured": a part given by
 * "of them" / "of whom" / "of which" / "of those" counts what the group it refers to counts. That group
 * is the plural noun right before the part's comma ("the remaining residents, hundreds of whom"), else
 * the nearest figure with a plural noun before the part, in its own sentence or the one before
 * ("owns three boats, two of which sank", "cut 2,800 jobs around the world. About 650 of them …").
 * Pure: reads the document text.
 */

/** The anaphor right after a part's figure: "650 of them", "two of which", "19 of whom", "31 of those". */
const ANAPHOR_AFTER = /^\s+of\s+(?:them|whom|which|those|these)\b/i;

/**
 * A figure and the plural noun it counts, up to two modifiers between ("three enforcement notices",
 * "85,000 people", "dozens of small boats"; the first plural after the figure, not "people with serious": no
 * "-ss", "-us", "-is" or "-ous" word). Group 1: the noun.
 */
const COUNTED_GROUP = /(?<![\p{L}\p{N}])(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|dozens|hundreds|thousands|millions)\s+(?:of\s+)?(?:(?![\p{Ll}-]*s\b)[\p{Ll}-]+\s+){0,2}?(people|children|men|women|staff|police|cattle|sheep|[\p{Ll}-]{2,}(?<![sui])s)\b/gu;

/** Up to three words (group 1) and a plural noun (group 2) right before the part's comma. */
const DIRECT_BEFORE = /((?:[\p{Ll}-]+\s+){0,3})(people|children|men|women|[\p{Ll}-]{2,}(?<![sui])s),\s*$/u;
/** A preposition that makes the noun before the comma a complement of another one. */
const PREPOSITION = /(?:^|\s)(?:with|for|from|of|in|on|at|to|by)\s+(?:\S+\s+)?$/;

/** Words ending in "s" that are no plural nouns. */
const NOT_PLURAL = new Set('was has its this his does is as us thus plus across less unless always perhaps whereas besides towards afterwards news series species'.split(' '));

/**
 * The plural noun a part's anaphor refers to, or null: the part's quantity ends at `qEnd` and the
 * search runs from `from` (the start of the sentence before) up to the part's figure at `qStart`.
 */
export function anaphorAntecedent(text: string, from: number, qStart: number, qEnd: number): string | null {
  if (!ANAPHOR_AFTER.test(text.slice(qEnd, qEnd + 14))) return null;
  const window = text.slice(Math.max(from, qStart - 400), qStart);
  // "the remaining residents, hundreds of whom …": the plural right before the comma, when no
  // preposition ties it to another noun ("50 people with serious burns, 10 of whom": people).
  const direct = DIRECT_BEFORE.exec(window);
  if (direct && !PREPOSITION.test(direct[1]) && !NOT_PLURAL.has(direct[2])) return direct[2];
  return lastCountedNoun(window);
}

/** The plural noun of the last figure that counts one in `window` ("… 440 yards. He scored six touchdowns": touchdowns), or null. */
export function lastCountedNoun(window: string): string | null {
  COUNTED_GROUP.lastIndex = 0;
  let noun: string | null = null;
  for (let m = COUNTED_GROUP.exec(window); m; m = COUNTED_GROUP.exec(window)) if (!NOT_PLURAL.has(m[1])) noun = m[1];
  return noun;
}
