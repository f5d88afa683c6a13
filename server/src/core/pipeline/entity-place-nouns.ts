/**
 * A name right before a lower-case noun for a kind of place ("Korran county", "the Meldo river", "Tarsu
 * province", "the Bohari sea") is that place's name: the model typed such unknown names a person or a body.
 * Nouns a body's or a person's name also stands before are left out ("state media", "city council" is
 * after "city", which stays: "Velmont city council" is the town's). Pure, token indices.
 */
import type { Token } from '../types';

const PLACE_KIND_NOUNS: ReadonlySet<string> = new Set(`province county district region prefecture river sea lake valley
  island islands mountains village town city bay gulf strait peninsula desert coast`.split(/\s+/));

/** Whether the word right after token `last` is a lower-case noun for a kind of place, in its sentence. */
export function placeNounAfter(tokens: readonly Token[], last: number): boolean {
  const t = tokens[last + 1];
  return t !== undefined && t.kind === 'word' && t.sentence === tokens[last].sentence && t.start === tokens[last].end + 1
    && PLACE_KIND_NOUNS.has(t.text);
}
