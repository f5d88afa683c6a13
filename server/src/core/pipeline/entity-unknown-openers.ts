/**
 * A one-word name opening a body sentence that no dictionary holds ("Tarvenia troops crossed …", "Ostmarra's
 * water ministry said …"): the model, which reads a sentence's first word as possibly ordinary, left it untyped,
 * and it would be dropped. The passes that know such a name for a place by what follows it (entity-nation-people.ts,
 * entity-state-nouns.ts) take it as they take a name typed ORG. Pure, token indices.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { isCommonToken } from './token-fold';
import { lexicon } from '../model/lexicon';

/** Whether candidate c is untyped, one word of a capital then lower-case letters, at a body sentence's start, and no known word or given name. */
export function untypedUnknownOpener(tokens: readonly Token[], c: Candidate): boolean {
  if (c.type !== null || c.first !== c.last || c.role !== null || c.titleCase) return false;
  const t = tokens[c.first];
  if (c.first > 0 && tokens[c.first - 1].sentence === t.sentence) return false;
  const w = t.text;
  if (w.length < 4) return false;
  for (let i = 1; i < w.length; i++) {
    const ch = w.charCodeAt(i);
    if (!(ch >= 97 && ch <= 122)) return false;
  }
  const ch0 = w.charCodeAt(0);
  return ch0 >= 65 && ch0 <= 90 && !isCommonToken(t) && !lexicon.firstNames.has(w.toLowerCase());
}
