/**
 * A name right before a lower-case noun for a kind of place ("Korran county", "the Meldo river", "Tarsu
 * province", "the Bohari sea", "Tarrow Central station") is that place's name: the model typed such unknown names a person or a body.
 * "department" only after one word that is no ordinary word ("the Cuscana department", not "the Sales department").
 * Nouns a body's or a person's name also stands before are left out ("state media", "city council" is
 * after "city", which stays: "Velmont city council" is the town's). Pure, token indices.
 */
import type { Token } from '../types';
import { isCommonToken } from './token-fold';

const PLACE_KIND_NOUNS: ReadonlySet<string> = new Set(`province county district region prefecture river sea lake valley
  island islands mountains village townland hamlet town city bay gulf strait peninsula desert coast airport station
  governorate canton municipality voivodeship`.split(/\s+/));
/** A port's nouns, which a device's socket shares ("the Thunderbolt port"): a place after a size or rank word only. */
const PORT_NOUNS: ReadonlySet<string> = new Set(['port', 'harbour', 'harbor']);
const PORT_RANKS: ReadonlySet<string> = new Set(`major main only largest biggest busiest key chief principal second third
  northern southern eastern western`.split(/\s+/));

/**
 * Whether the word right after token `last` is a lower-case noun for a kind of place, in its sentence; a port's noun
 * after a rank before the name ("the busiest Tessaly port").
 */
export function placeNounAfter(tokens: readonly Token[], first: number, last: number): boolean {
  const t = tokens[last + 1];
  if (t === undefined || t.kind !== 'word' || t.sentence !== tokens[last].sentence || t.start !== tokens[last].end + 1) return false;
  if (PLACE_KIND_NOUNS.has(t.text)) return true;
  // "the Cuscana department", "in Tolima department": a department of a Latin American country, after a name that is no word ("the Sales department").
  if (t.text === 'department') return first === last && !isCommonToken(tokens[last]);
  const r = tokens[first - 1];
  return PORT_NOUNS.has(t.text) && r !== undefined && r.sentence === t.sentence && PORT_RANKS.has(r.text);
}

/** Nouns for a kind of place a name is said to be ("X is the only major port"). */
const PREDICATE_PLACE_NOUNS: ReadonlySet<string> = new Set(`port airport city town capital region province village
  country island harbour harbor county district state`.split(/\s+/));
/** Verbs that say what a place is ("X is the largest city", "X remains the main port"). */
const BE_VERBS: ReadonlySet<string> = new Set(['is', 'was', 'remains', 'remained', 'became', 'becomes']);
/** Words that may follow the place noun in such a predicate (a noun after it makes it a job: "the city manager"). */
const AFTER_PLACE_NOUN: ReadonlySet<string> = new Set(`of in on for to that which where still and with near along
  serving after since by outside north south east west`.split(/\s+/));
/** Marks after the place noun that make it a possessive or part of a longer word ("the town's", "the city-run"). */
const POSSESSIVE_OR_JOIN: ReadonlySet<string> = new Set(["'", '’', "'s", '’s', '-']);

/**
 * A name that is said to be a kind of place: "Dunley is the only major Tessaly port", "Harwick was the largest
 * city in the region", "Velmora is the capital". At most four words between "the" and the noun, all in the
 * sentence; the noun must end the phrase (punctuation or a preposition after it: "the city manager", "the
 * city's mayor" are a person's).
 */
export function placeByPredicate(tokens: readonly Token[], last: number): boolean {
  const verb = tokens[last + 1], the = tokens[last + 2];
  if (verb === undefined || the === undefined || !BE_VERBS.has(verb.text) || the.text !== 'the') return false;
  const s = tokens[last].sentence;
  if (verb.sentence !== s || the.sentence !== s) return false;
  for (let k = last + 3; k <= last + 7; k++) {
    const t = tokens[k];
    if (t === undefined || t.sentence !== s) return false;
    if (t.kind !== 'word' && t.text !== '-') return false;
    if (!PREDICATE_PLACE_NOUNS.has(t.text)) continue;
    const n = tokens[k + 1];
    return n === undefined || n.sentence !== s || (n.kind !== 'word' ? !POSSESSIVE_OR_JOIN.has(n.text) : AFTER_PLACE_NOUN.has(n.text));
  }
  return false;
}

/** Nouns for an electoral district, before "of" and its name ("the riding of Tarrow North"). */
const SEAT_NOUNS: ReadonlySet<string> = new Set(['riding', 'constituency', 'electorate', 'ward']);
/** A member's title after the name of the seat it holds ("Tarrow North MP Ada Vos"). */
const MEMBER_TITLES: ReadonlySet<string> = new Set(['MP', 'MPs', 'MPP', 'MLA', 'MHA', 'MNA']);
const COMPASS_LAST: ReadonlySet<string> = new Set(['North', 'South', 'East', 'West', 'Central', 'Centre', 'Center']);
/** A member's title before "for" and the seat it holds ("the Member for Tarrow North", "the MP for Ossery"). */
const MEMBER_FOR: ReadonlySet<string> = new Set(['Member', 'member', 'MP', 'MPP', 'MLA', 'MHA', 'MNA', 'MSP', 'TD', 'Senator', 'senator']);

/**
 * An electoral district's name, a place: after "the riding of", "the constituency of" …, after a member's
 * title and "for" ("the Member for Harrowby", "the MP for Tarrow North", "Senator for Ossery"), or a name of two
 * or more words whose last is a compass word before a member's title ("Tarrow North MP Ada Vos"). A
 * party before "MP" ("Labour MP") ends in no compass word and is left alone.
 */
/** Whether a member's title and "for" stand right before token `first` ("the Member for Tarrow North"). */
export function memberForBefore(tokens: readonly Token[], first: number): boolean {
  const f = tokens[first - 1], noun = tokens[first - 2];
  return f !== undefined && noun !== undefined && f.text === 'for' && MEMBER_FOR.has(noun.text) && noun.sentence === tokens[first].sentence;
}

export function seatName(tokens: readonly Token[], first: number, last: number): boolean {
  const of = tokens[first - 1], noun = tokens[first - 2];
  if (of !== undefined && noun !== undefined && of.text === 'of' && SEAT_NOUNS.has(noun.text) && noun.sentence === tokens[first].sentence) return true;
  if (memberForBefore(tokens, first)) return true;
  const t = tokens[last + 1];
  return last > first && t !== undefined && MEMBER_TITLES.has(t.text) && t.sentence === tokens[last].sentence && COMPASS_LAST.has(tokens[last].text);
}
