// "Tarrow Research carried out the poll for the Green Shore Alliance. … The poll surveyed 1,500 people": who
// conducted a poll, survey or study, named earlier in the article as the subject of "conducted/carried out/ran the
// poll" (or its agent: "the survey was conducted by …"), made it: later findings of "the poll" are its. Pure.
import type { Mention, SpeakerRef } from '../types';
import { POLL_NOUNS } from './finding-nouns';

/** "conducted the poll", "carried out a survey", "ran the new study": the maker is the name right before. */
const ACTIVE = new RegExp(String.raw`\s(?:conducted|carried\s+out|ran)\s+(?:the|a|an|this|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:${POLL_NOUNS})\b`, 'gu');
/** "the survey was conducted by", "the poll, carried out by": the maker is the name right after. */
const PASSIVE = new RegExp(String.raw`\b(?:${POLL_NOUNS}),?\s+(?:(?:was|were)\s+)?(?:conducted|carried\s+out|run)\s+by\s+(?:the\s+)?`, 'giu');
/** A definite finding as the speaker: "The poll", "the survey". */
const DEFINITE_FINDING = /^the\s+(?:poll|survey|study|research)$/i;

function ref(m: Mention): SpeakerRef {
  return { start: m.start, end: m.end, text: m.text, local: m.local };
}

/** Is `sp` a definite finding with no entity ("The poll"), whose maker `pollConductor` may name? */
export function definiteFinding(sp: SpeakerRef): boolean {
  return sp.local === null && sp.text.length <= 12 && DEFINITE_FINDING.test(sp.text);
}

/** The maker of the last poll, survey or study the text before `before` says someone conducted, or null. */
export function pollConductor(text: string, before: number, mentions: readonly Mention[]): SpeakerRef | null {
  const head = text.slice(0, before);
  let best: SpeakerRef | null = null, at = -1;
  for (const m of head.matchAll(ACTIVE)) {
    const x = mentions.find((y) => y.end === m.index && !y.furniture && y.type !== 'LOC');
    if (x && m.index > at) { best = ref(x); at = m.index; }
  }
  for (const m of head.matchAll(PASSIVE)) {
    const to = m.index + m[0].length;
    const x = mentions.find((y) => y.start === to && !y.furniture && y.type !== 'LOC');
    if (x && m.index > at) { best = ref(x); at = m.index; }
  }
  return best;
}
