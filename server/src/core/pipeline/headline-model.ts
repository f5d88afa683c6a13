/**
 * A model's number in a Title Case headline: "Lumen 9 Phone Goes On Sale", "Orvale Pixel 7 Launch Delayed".
 * A count of two or more takes a plural noun; a bare small number between a capitalised word and a
 * capitalised singular noun names a model, unless that noun is a state, a unit or a scale ("30 Dead",
 * "9 Percent", "3 Million"). Pure.
 */
import type { Quantity } from '../types';

/** Capitalised words after a count that are no singular noun: states of people, units, scales and plurals without an s. */
const NOT_NOUN = /^(?:Dead|Hurt|Injured|Wounded|Missing|Killed|Homeless|Percent|Per|Million|Billion|Trillion|Thousand|Hundred|More|Times|Feet|Foot|Mph|Km|Kg|Degrees|Men|Women|People|Children|Police|Staff|Crew|Personnel|Cattle|Sheep|Fish)$/;

/** Nouns plural in form that name one thing ("Aura 3 Headphones" is one model): after a one-digit figure, no count ("Sold 40 Headphones" is one). */
const PAIR_NOUNS = new Set(['Headphones', 'Earphones', 'Earbuds', 'Glasses', 'Sunglasses', 'Goggles', 'Binoculars', 'Jeans', 'Trousers', 'Pants', 'Shorts', 'Scissors', 'Pliers']);

/** Is the headline's figure a model's number ("Lumen 9 Phone", "Aura 3 Headphones")? */
export function headlineModelNumber(text: string, q: Quantity, sentenceStart: number): boolean {
  if (q.unit !== 'count' || q.approx || q.text.length > 2 || q.start <= sentenceStart) return false;
  const c = q.text.charCodeAt(0);
  if (c < 50 || c > 57 || !/^\d+$/.test(q.text)) return false;
  const after = /^ (\p{Lu}\p{Ll}+)\b(?!['’])/u.exec(text.slice(q.end, q.end + 24));
  if (!after || after[1].endsWith('s') && !(q.text.length === 1 && PAIR_NOUNS.has(after[1])) || NOT_NOUN.test(after[1])) return false;
  // (a headline's verb before the figure, "Kills 2", "Cuts 40", ends in s: the figure counts)
  return /\p{Lu}\p{Ll}*[^s\P{Ll}] $/u.test(text.slice(Math.max(sentenceStart, q.start - 24), q.start));
}
