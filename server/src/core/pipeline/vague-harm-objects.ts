/**
 * A vague crowd as the object of a harm, as headlines write it: "blast rips through market, injuring
 * dozens", "gas leak kills scores", "smoke sends hundreds to hospital". The figure pattern of
 * quantities.ts takes "dozens" only before "of", a state of harm or a verb; after a verb of harm (or
 * "send … to hospital") the crowd is the people harmed. Pure.
 */
import type { Quantity } from '../types';

/** The vague crowds and the intervals quantities.ts gives them. */
const RANGES: Record<string, [number, number]> = { dozens: [24, 99], scores: [40, 99], hundreds: [200, 999], thousands: [2000, 9999] };
/** A verb of harm, or of sending, and then a vague crowd not followed by "of" (group 2). */
const HARM_THEN_CROWD = /\b(kill(?:ed|ing|s)?|injur(?:ed|es|ing)|wound(?:ed|ing|s)?|hurt(?:ing|s)?|sen(?:d|ds|ding|t))\s+(dozens|scores|hundreds|thousands)\b(?!\s+(?:of|more|dead|hurt|injured|wounded|missing|homeless)\b)/gi;
/** " to hospital", " to hospitals", " to a hospital": where the sent are taken. */
const TO_HOSPITAL = /^\s+to\s+(?:a\s+|the\s+|local\s+)?hospitals?\b/i;

const NONE: Quantity[] = [];
/** Part of each vague crowd's word, as the search reads it: one search of the sentence, a third quicker than four `includes`. */
const CROWD_SEEN = /ozens|undreds|housands|cores/;

/**
 * Vague crowds harmed in the sentence [sStart, …) whose text is `sentence` ("injuring dozens"), as
 * approximate counts. `crowdWord`: did the figure scan of the sentence see a crowd's word
 * (quantities.ts `crowdWordSeen`)? Without one the sentence is not searched.
 */
export function vagueHarmObjects(sStart: number, sentence: string, crowdWord: boolean): Quantity[] {
  // (most sentences name no vague crowd: the figure scan's mark and one search rule them out; the mark
  // alone spares the search ~1.5 M characters per 1,000 docs of the bench corpus)
  if (!crowdWord || !CROWD_SEEN.test(sentence)) return NONE;
  let out: Quantity[] | null = null;
  HARM_THEN_CROWD.lastIndex = 0;
  for (let m = HARM_THEN_CROWD.exec(sentence); m; m = HARM_THEN_CROWD.exec(sentence)) {
    const at = m.index + m[0].length - m[2].length;
    if (/^sen/i.test(m[1]) && !TO_HOSPITAL.test(sentence.slice(at + m[2].length, at + m[2].length + 24))) continue;
    const [low, high] = RANGES[m[2].toLowerCase()];
    const start = sStart + at;
    (out ??= []).push({ start, end: start + m[2].length, text: m[2], low, high, lowOpen: false, highOpen: false, approx: true, unit: 'count' });
  }
  return out ?? NONE;
}

/** Is the word a form of "send" ("sends", "sent")? (a length test first: most words are not) */
export function sendVerb(w: string): boolean {
  return w.length >= 4 && w.length <= 7 && (w.charCodeAt(0) | 0x20) === 115 && /^sen(?:d|ds|ding|t)$/i.test(w);
}

/** The length of " to hospital" when `after` (the text after the figure, or after what it counts) opens with it, or 0. */
export function sentToHospital(after: string): number {
  const m = TO_HOSPITAL.exec(after);
  return m ? m[0].length : 0;
}
