/**
 * Fashion news (pure, token indices): a house named with "Maison" or "Atelier" before its name ("Maison Derval",
 * "Atelier Vossen") is an organisation, where the model reads the name after it as a surname; a name of two words
 * right after "model" or "supermodel" with no capitalised word before that ("opened with model Inga Hale") is a
 * person, where the model reads a product's model ("the Tarvo model Astra Sport" is left alone).
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { tokenAt } from './token-at';

const HOUSE_WORDS: ReadonlySet<string> = new Set(['Maison', 'Atelier']);
const MODEL_WORDS: ReadonlySet<string> = new Set(['model', 'supermodel', 'Model', 'Supermodel']);

/** Does the candidate of two or more words open with a house word ("Maison Derval")? */
export function houseName(tokens: readonly Token[], c: Candidate): boolean {
  return c.last > c.first && HOUSE_WORDS.has(tokens[c.first].text);
}

/** Is the two-word candidate a fashion model's name ("model Inga Hale"), "model" not a product's ("the Tarvo model")? */
export function modelPerson(tokens: readonly Token[], c: Candidate): boolean {
  if (c.last !== c.first + 1) return false;
  const m = tokenAt(tokens, c.first - 1);
  if (m === undefined || m.sentence !== tokens[c.first].sentence || !MODEL_WORDS.has(m.text)) return false;
  const b = tokenAt(tokens, c.first - 2);
  if (b === undefined || b.sentence !== m.sentence) return true;
  const ch = b.text.charCodeAt(0);
  return ch < 65 || ch > 90;
}
