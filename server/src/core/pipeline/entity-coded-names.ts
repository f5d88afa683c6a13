/**
 * A chunk led by a word that holds a digit is no person's name (pure, token indices): "VX-401", "the KR-7
 * drone", "the AK-9 Rifles", "IE6". Such codes name products, models, roads or forms; a person's name
 * has no figures in its words. A chunk the model typed PERSON for its shape is dropped (a product is
 * none of the types); other types are left alone ("I-44 West" is a road, "A380" a product typed with its maker).
 * A code after a word is left to the rules for designations ("Terminal B2", "Route A4").
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';

function hasDigit(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Drops (type null) each PERSON candidate whose first token is a word that holds a digit. */
export function dropCodedPersons(tokens: readonly Token[], cands: Candidate[]): void {
  for (const c of cands) {
    if (c.type === 'PERSON' && tokens[c.first].kind === 'word' && hasDigit(tokens[c.first].text)) c.type = null;
  }
}
