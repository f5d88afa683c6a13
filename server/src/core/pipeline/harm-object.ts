/**
 * A figure right after a verb that kills, hurts, holds or moves people ("injured 50 people with
 * serious burns", "killing 17 or more and wounding 40", "police arrested 40 after the match"): the
 * figure counts the people it happened to. Without a noun after it, it still counts people; and
 * "50 people with burns" there is no group of speakers, as "two people with knowledge of the
 * talks" is when they are the subject.
 */
import type { Token } from '../types';
import { lowerCase } from './token-fold';

/** Verbs of harm, arrest, rescue and evacuation in the forms that take the people as their object. */
const HARM_VERB = /^(?:kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:e|ed|es|ing)|maim(?:ed|ing|s)?|arrest(?:ed|ing|s)?|detain(?:ed|ing|s)?|evacuat(?:e|ed|es|ing)|rescu(?:e|ed|es|ing))$/;

/** Is the token before `toks[qi]` (a figure's first token) a verb of HARM_VERB, so the figure is its object? */
export function afterHarmVerb(toks: readonly Token[], qi: number): boolean {
  const prev = toks[qi - 1];
  return prev !== undefined && prev.kind === 'word' && HARM_VERB.test(lowerCase(prev));
}
