/**
 * "Critics of the plan say", "Residents of Dunmore said", "A neighbour of the family said": a group of unnamed
 * people (or one of them) tied by "of" to a thing, a place or a body speaks, never what follows "of": the whole
 * phrase is the (vague) speaker, with no entity. Used by speakers.ts speakerBefore.
 * (Not "Members of the board said", "The head of the clinic said": a body's own people speak for it.)
 */
import type { SpeakerRef } from '../types';
import { VAGUE_SOURCES } from '../model/words';
import { GROUP_VAGUE, RELATION_SPEAKERS } from '../model/speaker-words';
import type { SpeakerContext } from './speakers';

/** People tied to something who are no body's voice (besides VAGUE_SOURCES, GROUP_VAGUE, RELATION_SPEAKERS). */
const TIED_PEOPLE = new Set('parents fans users customers passengers campaigners families neighbour neighbor'.split(' '));

/** Vague words that take a share of the group after "of" ("many of the tenants"): not this phrase's head. */
const SHARES = new Set('some many others source sources report reports estimates media'.split(' '));

/** Words that may open the phrase before its head: "the residents of", "some critics of", "two parents of". */
const OPENERS = new Set('the a an some many several two three local fellow angry'.split(' '));

/** How many tokens after "of" the tied thing may take ("the Velm Party's new plan"). */
const REACH = 6;

function groupHead(w: string): boolean {
  return !SHARES.has(w) && (VAGUE_SOURCES.has(w) || GROUP_VAGUE.has(w) || RELATION_SPEAKERS.has(w) || TIED_PEOPLE.has(w));
}

/** The phrase "GROUP of …" that ends at token `k` (right before the cue), else null. */
export function groupOfPhrase(ctx: SpeakerContext, k: number, floor: number): SpeakerRef | null {
  const { tokens, lower } = ctx;
  for (let j = k - 1; j > floor && j >= k - REACH; j--) {
    const t = tokens[j];
    if (t.kind === 'punct' && t.text !== '’s' && t.text !== "'s") return null;
    if (lower[j] !== 'of') continue;
    if (!groupHead(lower[j - 1])) return null;
    let s = j - 1;
    if (s - 1 >= floor && OPENERS.has(lower[s - 1])) s--;
    return { start: tokens[s].start, end: tokens[k].end, text: ctx.text.slice(tokens[s].start, tokens[k].end), local: null };
  }
  return null;
}
