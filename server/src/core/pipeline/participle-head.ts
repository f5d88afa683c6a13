/**
 * What is counted when an "-ing" participle follows it: "3,210 walkers crossing the ridge", "12
 * lorries carrying aid" count migrants and lorries, not the Channel or the aid. The plural right
 * before the participle is the head; a participle that opens the phrase modifies the noun after it
 * ("40 housing estates", "12 filling stations"). Pure.
 */
import type { Token } from '../types';

/** A lower-case plural ending in "s" (not "ss" or "us": "business", "religious", "status"). */
const PLURAL = /^\p{Ll}[\p{Ll}-]*[^su]s$/u;
/** A lower-case "-ing" word of more than one syllable's letters ("crossing", "carrying"; not "sing", "king"). */
const PARTICIPLE = /^\p{Ll}{3,}ing$/u;

/** The index in `words` of the plural a participle follows, or -1 when no participle follows a plural. */
export function participleHead(words: readonly Token[]): number {
  for (let i = 1; i < words.length; i++) if (PARTICIPLE.test(words[i].text) && PLURAL.test(words[i - 1].text)) return i - 1;
  return -1;
}
