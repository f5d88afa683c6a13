/**
 * Which of the entity stage's rare passes can fire in a document, from the capitalised words it holds: each
 * pass below fires only at one of a few words that open with a capital (a token's exact text, or for
 * dropLoneKinds its fold), and most documents hold none of them. One bit per pass, worked out once per
 * lexeme (kept in its `bits`) and OR-ed over the document's capitalised words in `scanTokens`, skips the
 * pass's visit of every candidate and replaces the `text.includes` searches some were gated on.
 * Tried (s31): findEntities' passes moved into four group functions (its size, not the visits): abis 0.995 / 0.999, not kept.
 * Removing 11 ungated passes that fired in 0 of 2,000 cold docs gave ~1.02 (a ceiling), but their words are lower-case, and
 * lower-case words have no lexeme: a gate by `shapeCode` alone fires in most documents (s32: entity-lower-gates.ts checks
 * the exact text of a word whose shape is a trigger's).
 */
import { type Lexeme } from '../text/intern';
import { B_GATES_KNOWN, foldedOf, GATES_SHIFT } from './token-fold';
import { NOTICE_WORDS } from './entity-alerts';
import { EVENT_WORDS } from './entity-named-events';
import { JOB_NOUNS } from './entity-beat-titles';
import { STATION_WORDS } from './entity-broadcasters';
import { FIRM_KINDS } from './entity-kind-words';
import { STORM_WORDS } from './entity-storms';
import { PARTY_LABELS } from './entity-ward-brackets';
import { VERB_GIVEN_NAMES } from './entity-headline-verbs';
import { ARTICLE_COMPETITION_HEADS } from './entity-venues';
import { FIRM_TAILS, HOUSE_TAILS, METAL_TAILS } from './entity-firm-tails';
import { LABEL_WORDS } from './entity-class-labels';
import { FIELDS } from './entity-disciplines';
import { PLURAL_PLACE_WORDS } from './entity-place-plurals';
import { POST_NOMINALS, ROAD_HEADS } from './entity-spans';
import { BODIES } from './entity-sky';
import { JOURNAL_HEADS } from './entity-journal-names';
import { UNIT_WORDS } from './entity-military-units';
import { TOUR_WORDS } from './entity-tour-names';
import { LANGUAGES, SEAS } from './entity-seas-languages';

/** A pass's bit: the document holds a word the pass needs. */
export const G_RESERVE = 1, G_STATION = 2, G_GENERAL = 4, G_STORM = 8, G_NOTICE = 16, G_JOB_NOUN = 32, G_PARTY_LABEL = 64, G_FIRM_KIND = 128,
  G_VERB_GIVEN = 256, G_COMPETITION = 512, G_FIRM_TAIL = 1024,
  G_PLACE_PLURAL = 2048, G_POST_NOMINAL = 4096, G_ROAD = 8192, G_CLASS_LABEL = 16384, G_FIELD = 32768,
  G_SKY_BODY = 65536, G_JOURNAL = 131072, G_EVENT = 262144, G_UNIT = 4194304, G_TEAM = 524288, G_TOUR = 1048576, G_EXECUTIVE = 2097152,
  G_SEA_LANGUAGE = 8388608; // (the last bit a lexeme's `bits` holds above GATES_SHIFT as a positive int)

/** Gates by a token's exact text (the passes compare `token.text`). */
const BY_TEXT = new Map<string, number>();
/**
 * Gates by a capitalised token's fold (dropLoneKinds: `kindAt` reads `lowerToken` of a word opening with a capital;
 * the other passes read it, or `lowerCase`, of a candidate's first or last word, which opens with a capital).
 */
const BY_FOLD = new Map<string, number>();

function add(map: Map<string, number>, words: Iterable<string>, bit: number): void {
  for (const w of words) map.set(w, (map.get(w) ?? 0) | bit);
}
add(BY_TEXT, ['Reserve'], G_RESERVE);
add(BY_TEXT, STATION_WORDS, G_STATION);
add(BY_TEXT, ['General'], G_GENERAL);
add(BY_TEXT, STORM_WORDS, G_STORM);
add(BY_TEXT, NOTICE_WORDS, G_NOTICE);
add(BY_TEXT, EVENT_WORDS, G_EVENT);
add(BY_TEXT, JOB_NOUNS, G_JOB_NOUN);
add(BY_TEXT, PARTY_LABELS, G_PARTY_LABEL);
add(BY_TEXT, POST_NOMINALS, G_POST_NOMINAL);
add(BY_TEXT, UNIT_WORDS, G_UNIT);
add(BY_TEXT, ['Team'], G_TEAM);
add(BY_TEXT, ['Executive'], G_EXECUTIVE);
add(BY_TEXT, TOUR_WORDS, G_TOUR);
add(BY_TEXT, SEAS, G_SEA_LANGUAGE);
add(BY_TEXT, LANGUAGES, G_SEA_LANGUAGE);
add(BY_FOLD, FIRM_KINDS, G_FIRM_KIND);
add(BY_FOLD, VERB_GIVEN_NAMES, G_VERB_GIVEN);
add(BY_FOLD, ARTICLE_COMPETITION_HEADS, G_COMPETITION);
add(BY_FOLD, FIRM_TAILS, G_FIRM_TAIL);
add(BY_FOLD, HOUSE_TAILS, G_FIRM_TAIL);
add(BY_FOLD, METAL_TAILS, G_FIRM_TAIL);
add(BY_FOLD, PLURAL_PLACE_WORDS, G_PLACE_PLURAL);
add(BY_FOLD, ROAD_HEADS, G_ROAD);
add(BY_FOLD, LABEL_WORDS, G_CLASS_LABEL);
add(BY_FOLD, FIELDS, G_FIELD);
add(BY_FOLD, BODIES, G_SKY_BODY);
add(BY_FOLD, JOURNAL_HEADS, G_JOURNAL);

/** The gates of a word, by its lexeme: worked out once per spelling and kept in `bits`. */
export function lexemeGates(lex: Lexeme): number {
  let b = lex.bits;
  if ((b & B_GATES_KNOWN) === 0) {
    const g = (BY_TEXT.get(lex.text) ?? 0) | (BY_FOLD.get(foldedOf(lex)) ?? 0);
    lex.bits = b = b | B_GATES_KNOWN | (g << GATES_SHIFT);
  }
  return b >>> GATES_SHIFT;
}
