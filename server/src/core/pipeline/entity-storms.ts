/**
 * Named weather systems ("Hurricane Milvan", "Typhoon Aret", "Storm Odile", "Tropical Storm Bexa", also inside a
 * longer chunk: "warned that Tropical Storm Nessa", "Super Typhoon Aret") are no
 * person, body or place: the name after the storm word is dropped, and so is the same one-word name alone
 * later in the document ("Milvan weakened inland"). Without this the storm became a person in every
 * article and in the corpus-wide people list. Pure, token indices.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { tokenAt } from './token-at';
import { ORG_HEADS } from '../model/words';

export const STORM_WORDS = new Set(['Hurricane', 'Typhoon', 'Cyclone', 'Storm']);

/** Words of a storm's class before its storm word: "Tropical Storm Bexa", "Super Typhoon Aret", "Severe Tropical Cyclone Ilo". */
const STORM_CLASSES = new Set(['Tropical', 'Subtropical', 'Super', 'Severe']);

/** Where the storm's name starts in `c` (after a storm word inside it, perhaps after its class words, or right before it), or -1. */
function stormAt(tokens: readonly Token[], c: Candidate): number {
  let k = c.first;
  while (k < c.last && STORM_CLASSES.has(tokens[k].text)) k++;
  if (c.last > k && STORM_WORDS.has(tokens[k].text)) return k + 1;
  const prev = tokenAt(tokens, c.first - 1);
  return prev !== undefined && STORM_WORDS.has(prev.text) && prev.sentence === tokens[c.first].sentence ? c.first : -1;
}

export function dropNamedStorms(tokens: readonly Token[], cands: Candidate[]): void {
  let names: Set<string> | null = null;
  for (const c of cands) {
    if (c.type === null) continue;
    const from = stormAt(tokens, c);
    // one name word after the storm word (a longer run is something else: "Hurricane Relief Fund"), and no
    // body's head ("the Tropical Storm Centre", "the Storm Service")
    if (from < 0 || from !== c.last || !/^\p{Lu}\p{Ll}+$/u.test(tokens[from].text) || ORG_HEADS.has(tokens[from].text.toLowerCase())) continue;
    c.type = null;
    (names ??= new Set()).add(tokens[from].text);
  }
  if (!names) return;
  for (const c of cands) if (c.type !== null && c.first === c.last && names.has(tokens[c.first].text)) c.type = null;
}
