/**
 * Which of the entity stage's passes that fire only next to one of a few LOWER-CASE words can fire in a document
 * (entity-pass-gates.ts does the same for capitalised words, by lexeme; lower-case words have none). `scanTokens`
 * already works out `shapeCode` (first two letters and length) of every word opening with a-z: a table by shape
 * code holds the OR of the gates of the trigger words of that shape, and only a word whose shape has a gate is
 * looked up by its exact text. A gate's bit is set only by a token whose text is one of the pass's words, which
 * the pass compares with `token.text`: without it the pass changes nothing.
 */
import { UNDERWRITE } from './entity-underwriters';
import { BODY_NOUNS } from './entity-parties';
import { VEHICLE_WORDS } from './entity-car-models';
import { STRUCTURE_NOUNS } from './entity-structure-nouns';
import { BODY_KINDS } from './entity-body-appositions';
import { TEAM_TITLES } from './entity-team-titles';
import { FAMILY } from './entity-family-names';
import { PLAY_NOUNS } from './entity-play-makers';
import { STATE_NOUNS } from './entity-state-nouns';
import { CODE_VERBS } from './entity-code-languages';
import { NAMING_GATE_WORDS } from './entity-thing-nicknames';
import { POLL_NOUNS } from './entity-pollsters';

/**
 * The (first letter, second letter, length) of a word starting with a lower-case ASCII letter, as
 * one number from 1 (a second letter other than a-z, or none, counts as one more letter).
 */
export function shapeCode(w: string): number {
  const c1 = w.length > 1 ? w.charCodeAt(1) : 0; // not read past the end (`tokenAt`)
  const second = c1 >= 97 && c1 <= 122 ? c1 - 97 : 26;
  return ((w.charCodeAt(0) - 97) * 27 + second) * 32 + Math.min(w.length, 31) + 1;
}
export const SHAPE_CODES = 26 * 27 * 32 + 1;

/** A pass's bit: the document holds a lower-case word the pass needs. */
export const L_UNDERWRITE = 1, L_PARTY_NOUN = 2, L_VEHICLE = 4, L_STRUCTURE = 8, L_BODY_KIND = 16, L_TEAM_TITLE = 32, L_FAMILY = 64, L_CAPITAL = 128,
  L_PLAY = 256, L_STATE = 512, L_CODE = 1024, L_NICKNAME = 2048, L_POLL = 4096;

const BY_TEXT = new Map<string, number>();
/** By shape code: the OR of the gates of the words of that shape (0 for most shapes). */
export const LOWER_SHAPE_GATES = new Uint16Array(SHAPE_CODES);

function add(words: Iterable<string>, bit: number): void {
  for (const w of words) {
    const c = w.charCodeAt(0);
    if (!(c >= 97 && c <= 122)) throw new Error(`entity-lower-gates: "${w}" does not open with a-z`);
    BY_TEXT.set(w, (BY_TEXT.get(w) ?? 0) | bit);
    LOWER_SHAPE_GATES[shapeCode(w)] |= bit;
  }
}
add(UNDERWRITE, L_UNDERWRITE);
add(BODY_NOUNS, L_PARTY_NOUN);
add(VEHICLE_WORDS, L_VEHICLE);
add(STRUCTURE_NOUNS, L_STRUCTURE);
add(BODY_KINDS, L_BODY_KIND);
add(TEAM_TITLES, L_TEAM_TITLE);
add(FAMILY, L_FAMILY);
add(['capital'], L_CAPITAL); // capitalAppositions' noun
add([...PLAY_NOUNS, 'kick'], L_PLAY);
add(STATE_NOUNS, L_STATE);
add(CODE_VERBS, L_CODE);
add(NAMING_GATE_WORDS, L_NICKNAME);
add(POLL_NOUNS, L_POLL);

/** The gates of a lower-case word whose shape has some (`LOWER_SHAPE_GATES`): its exact text's. */
export function lowerWordGates(w: string): number {
  return BY_TEXT.get(w) ?? 0;
}

/** The gates of any word, as `scanTokens` works them out (a word not opening with a-z has none). */
export function lowerGatesOf(w: string): number {
  const c = w.charCodeAt(0);
  return c >= 97 && c <= 122 && LOWER_SHAPE_GATES[shapeCode(w)] !== 0 ? lowerWordGates(w) : 0;
}
