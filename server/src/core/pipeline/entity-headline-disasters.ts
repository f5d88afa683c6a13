/**
 * A disaster's noun opening a Title Case headline is no name (pure, token indices): "Blaze At Kerrow Paint Plant
 * …", "Landslide Buries Two Farms" capitalise the noun as they do every word, and a noun that is also a given
 * name ("Blaze") or unknown to the model then reads as a person. Only a lone word at the headline's start with
 * more words after it; "Blaze Tolland Signs For Harlow" keeps its two-word name.
 */
import type { Block, Token } from '../types';
import type { Candidate } from './03-entities';
import { lowerToken } from './token-fold';

const DISASTER_NOUNS: ReadonlySet<string> = new Set(`blaze blazes inferno fire fires wildfire wildfires bushfire bushfires flood
  floods flooding deluge quake quakes earthquake earthquakes tremor tremors aftershock blast blasts explosion explosions
  landslide landslides landslip mudslide mudslides avalanche avalanches collapse crash crashes derailment tornado tornadoes
  twister typhoon cyclone hurricane tsunami eruption drought heatwave outbreak spill leak sinking shipwreck capsizing
  stampede fireball gale gales blizzard storm storms`.split(/\s+/));

/** Is `w` (lower case) a disaster's noun ("quake", "floods")? */
export const isDisasterNoun = (w: string): boolean => DISASTER_NOUNS.has(w);

/** Drops every one-word candidate that is a disaster's noun opening a headline (or a heading) before more words. */
export function dropHeadlineDisasters(tokens: readonly Token[], blocks: readonly Block[], sentenceBlock: readonly number[], cands: Candidate[]): void {
  for (const c of cands) {
    if (c.type === null || c.first !== c.last || c.role !== null) continue;
    const t = tokens[c.first], next = tokens[c.first + 1];
    if (next === undefined || next.kind !== 'word' || next.sentence !== t.sentence || !DISASTER_NOUNS.has(lowerToken(t))) continue;
    const block = blocks[sentenceBlock[t.sentence]];
    if ((block.kind === 'headline' || block.kind === 'heading') && t.start === block.start) c.type = null;
  }
}

/**
 * May some headline or heading open with a disaster's noun? Read from the text at each such block's start (a
 * word beyond ASCII answers yes): where none does, `dropHeadlineDisasters` has nothing to drop and is not run.
 */
export function headlineMayOpenWithDisaster(text: string, blocks: readonly Block[]): boolean {
  for (const b of blocks) {
    if (b.kind !== 'headline' && b.kind !== 'heading') continue;
    let w = '';
    for (let i = b.start; i < b.end && w.length <= 12; i++) {
      const c = text.charCodeAt(i);
      if (c >= 128) return true;
      if (c >= 65 && c <= 90) w += String.fromCharCode(c + 32);
      else if (c >= 97 && c <= 122) w += text[i];
      else break;
    }
    if (DISASTER_NOUNS.has(w)) return true;
  }
  return false;
}
