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

/** Nouns for an electoral district, before "of" and its name ("the riding of Tarrow North"). */
const SEAT_NOUNS: ReadonlySet<string> = new Set(['riding', 'constituency', 'electorate', 'ward']);
/** A member's title after the name of the seat it holds ("Tarrow North MP Ada Vos"). */
const MEMBER_TITLES: ReadonlySet<string> = new Set(['MP', 'MPs', 'MPP', 'MLA', 'MHA', 'MNA']);
const COMPASS_LAST: ReadonlySet<string> = new Set(['North', 'South', 'East', 'West', 'Central', 'Centre', 'Center']);

/**
 * An electoral district's name, a place: after "the riding of", "the constituency of" …, or a name of two
 * or more words whose last is a compass word before a member's title ("Tarrow North MP Ada Vos"). A
 * party before "MP" ("Labour MP") ends in no compass word and is left alone.
 */
export function seatName(tokens: readonly Token[], first: number, last: number): boolean {
  const of = tokens[first - 1], noun = tokens[first - 2];
  if (of !== undefined && noun !== undefined && of.text === 'of' && SEAT_NOUNS.has(noun.text) && noun.sentence === tokens[first].sentence) return true;
  const t = tokens[last + 1];
  return last > first && t !== undefined && MEMBER_TITLES.has(t.text) && t.sentence === tokens[last].sentence && COMPASS_LAST.has(tokens[last].text);
}
