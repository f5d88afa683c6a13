/**
 * A poll's or a study's own size: "The study, by the Velm Institute, surveyed 3,100 pupils", "A Tarrow Research poll
 * questioned 900 voters", "The poll surveyed 1,400 people". The sample is the finding's own fact: it is sourced to
 * whoever made the finding when the sentence's subject names them (a name in the phrase, not one that only
 * commissioned it), or, for a finding the article has already named ("The poll"), to the maker an earlier
 * finding of a poll or study in the article was credited to, or to the one it says conducted the poll. Pure.
 */
import type { Claim, Mention, Sentence, SpeakerRef } from '../types';
import { pollConductor } from './claim-poll-conductor';
import { POLL_NOUNS } from './finding-nouns';

/** Verbs of taking a sample, as the claim's measure (the verb itself). */
const SAMPLE_VERBS: ReadonlySet<string> = new Set(['surveyed', 'polled', 'interviewed', 'questioned', 'sampled', 'asked', 'studied', 'tracked', 'followed', 'analysed', 'analyzed', 'examined']);
/** The subject from the sentence's start to the verb: a finding's noun, perhaps with its maker's phrase. */
const SUBJECT = new RegExp(String.raw`^\s*(?:(the|this|that|its|their)|an?|one|new|last\s+\p{L}+['’]s)\s+(?:[^,.;:"“”]{0,60}?\s)?(?:${POLL_NOUNS}|census|questionnaire|analysis|review|trial)(?:,?\s+(?:(?:conducted|carried\s+out|run|published|released)\s+)?by\s+[^,.;:"“”]{2,60}?,?)?\s+$`, 'iu');
/** "commissioned by", "paid for by", "for": who ordered a finding did not make it. */
const ORDERED_BY = /\b(?:commissioned|paid\s+for|funded|sponsored)\s+by\s+(?:the\s+)?$|\bfor\s+(?:the\s+)?$/iu;
/** Cues by which an earlier claim was credited to a finding's maker. */
const FINDING_CUES: ReadonlySet<string> = new Set(['found', 'finds', 'find', 'showed', 'shows', 'show', 'suggested', 'suggests', 'revealed', 'reveals', 'indicated', 'indicates', 'estimated', 'estimates']);
const FINDING_NOUN = new RegExp(String.raw`\b(?:${POLL_NOUNS})\b`, 'i');

/** Is the claim's measure a verb of taking a sample (a cheap gate before the subject is read)? */
export function mayBeSampleSize(c: Claim): boolean {
  return c.sourced === 'no' && SAMPLE_VERBS.has(c.measure);
}

/** The maker of the finding whose sample claim `c` counts, or null. `earlier` are the article's claims before it. */
export function sampleMaker(text: string, sentences: readonly Sentence[], c: Claim, mentions: readonly Mention[], earlier: readonly Claim[]): SpeakerRef | null {
  const sStart = sentences[c.sentence].start;
  const m = SUBJECT.exec(text.slice(sStart, c.start));
  if (m === null) return null;
  // "The study, by the Velm Institute,", "A Tarrow Research poll": a name in the subject made the finding.
  for (let i = mentions.length - 1; i >= 0; i--) {
    const x = mentions[i];
    if (x.end > c.start || x.furniture || x.type === 'LOC') continue;
    if (x.start < sStart) break;
    if (ORDERED_BY.test(text.slice(Math.max(sStart, x.start - 30), x.start))) continue;
    return { start: x.start, end: x.end, text: x.text, local: x.local };
  }
  // "The poll surveyed …": a finding the article named before, credited to its maker there.
  if (m[1] === undefined) return null;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const e = earlier[i];
    if (e.sentence >= c.sentence || e.sourced !== 'yes' || e.source === null || e.source.local === null || !FINDING_CUES.has(e.sourceCue ?? '')) continue;
    const es = sentences[e.sentence];
    if (FINDING_NOUN.test(text.slice(es.start, e.start))) return { ...e.source };
  }
  // "Tarrow Research carried out the poll. … The poll surveyed …": the conductor named before.
  return pollConductor(text, sStart, mentions);
}
