/**
 * A one-word name after "of" and a noun that only a person has ("the death of Tolland", "a portrait of
 * Harrowby", "a friend of Dravik", "the widow of Penrose") is a person: the model read the "of" as a place's
 * ("the city of …", "University of …") and typed such unknown surnames places. Nouns a firm or a town may
 * have too ("help", "request", "history") are left out. Pure, token indices.
 */
import type { Token } from '../types';

const PERSON_OF_NOUNS: ReadonlySet<string> = new Set(`death funeral murder killing assassination burial grave tomb
  portrait biography memoir memoirs autobiography widow widower wife husband son daughter brother sister
  mother father nephew niece cousin grandson granddaughter friend disciple pupil protege protégé
  teachings writings`.split(/\s+/));

/** Whether the word before "of" right before token `first` is a noun only a person has. */
export function personOfNounBefore(tokens: readonly Token[], first: number): boolean {
  const of = tokens[first - 1], noun = tokens[first - 2];
  return of !== undefined && noun !== undefined && of.text === 'of' && noun.kind === 'word'
    && noun.sentence === tokens[first].sentence && PERSON_OF_NOUNS.has(noun.text);
}
