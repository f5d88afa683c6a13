/**
 * Teams named by a plural nickname (pure, token indices): "the Harbour Owls", "beat the Badgers". A plural
 * of an ordinary noun after "the" names a club, not a person, even when the model reads the capitalised
 * words as a name. Family names in the plural ("the Varleys") are no ordinary nouns and stay persons, as
 * do plurals of words the lexicon knows as surnames, given names or title heads, and a given name before a
 * surname that happens to be a plural noun. (A title the lexicon does not know as one, "the Tsars", is
 * still taken for a team.)
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { isCommonWord, isPlaceName, LEXICON_NAMES, lexicon } from '../model/lexicon';
import { LOC_HEADS } from '../model/words';
import { lowerToken } from './token-fold';
import { isTitleHead } from './word-class';
import { scoreStartsAt } from './score-at';

/** A capitalised plural of an ordinary noun that is no surname or given name: "Owls", "Pirates", "Rangers". */
// Tried (s32): this answer kept per lexeme among entity-pass-gates' bits: on 500 cold docs it ran the pattern 265 times
// (every new capitalised word in s) against 128 here (only a candidate's last word), so no gain; not kept.
function nicknamePlural(t: Token): boolean {
  const w = t.text;
  if (w.charCodeAt(w.length - 1) !== 115) return false; // no final "s": the pattern below cannot match (most words)
  const l = lowerToken(t);
  if (l.length < 4 || !/^\p{Lu}\p{Ll}+s$/u.test(w) || /(?:ss|us|is)$/.test(l)) return false;
  if (lexicon.lastNames.has(l) || LOC_HEADS.has(l)) return false;
  const singular = l.endsWith('ies') ? l.slice(0, -3) + 'y' : l.slice(0, -1);
  return isCommonWord(singular) && !lexicon.lastNames.has(singular) && !lexicon.firstNames.has(singular) && !isTitleHead(singular);
}

/**
 * Plurals that end the names of places, not of teams: "Sherman Oaks", "Palm Springs", "Kew Gardens"
 * (those in LOC_HEADS, "Falls", "Hills", "Islands", are left out already).
 */
export const PLACE_PLURALS: ReadonlySet<string> = new Set(`lakes springs gardens fields woods sands pines meadows oaks rapids keys docks flats cliffs
  banks shores isles downs glades narrows rocks wells cedars willows elms palms groves marshes moors dunes ridges
  towers terraces crossings mills acres`.split(/\s+/));

/** Last words of a club's name after its town: "Marsh United", "Brell Athletic", "Tarn Rovers", "Orrin Celtic". */
export const CLUB_TAILS: ReadonlySet<string> = new Set(['united', 'athletic', 'rovers', 'wanderers', 'albion', 'celtic', 'thistle', 'hotspur']);

/**
 * A club's name ending in one of CLUB_TAILS, or a known town or country and a plural nickname: "Toronto Kestrels", "Velmar Owls" after "lost to", where no
 * "the" leads it. A place's name is not followed by an ordinary plural noun except in a team's.
 */
function placeAndNickname(tokens: readonly Token[], c: Candidate): boolean {
  if (c.last === c.first) return false;
  if (CLUB_TAILS.has(lowerToken(tokens[c.last]))) return true;
  if (!nicknamePlural(tokens[c.last]) || PLACE_PLURALS.has(lowerToken(tokens[c.last]))) return false;
  let place = lowerToken(tokens[c.first]);
  for (let k = c.first + 1; k < c.last; k++) place += ' ' + lowerToken(tokens[k]);
  return isPlaceName(place);
}

/** Words only a sentence about a game holds: "Harlow Comets beat Dunmore Pilots in a rain-soaked game". */
const SPORTS_WORDS: ReadonlySet<string> = new Set(`game games match season league playoff playoffs innings inning pitcher pitched
  coach coached striker goalkeeper quarterback touchdown touchdowns goal goals scored stadium tournament championship`.split(/\s+/));

/** Whether the sentence of token `k` is about a game: a sports word or a score ("4-2") in it. */
function sportsSentence(tokens: readonly Token[], k: number): boolean {
  const s = tokens[k].sentence;
  let a = k;
  while (a > 0 && tokens[a - 1].sentence === s) a--;
  for (let i = a; i < tokens.length && tokens[i].sentence === s; i++) {
    const t = tokens[i];
    if (t.kind === 'word' ? SPORTS_WORDS.has(lowerToken(t)) : t.kind === 'number' && scoreStartsAt(tokens, i)) return true;
  }
  return false;
}

/**
 * A town's (not a known one's) name and a plural nickname, typed a person or a place, in a sentence about a
 * game: "Harlow Comets beat Dunmore Pilots 4-2", "he coached the Dunmore Pilots for a season". Not after a
 * given name ("Rosa Pilots"), not a name the lexicons know ("coached a summer league in the United States").
 */
function nicknamedTeam(tokens: readonly Token[], c: Candidate): boolean {
  return c.last > c.first && nicknamePlural(tokens[c.last]) && !PLACE_PLURALS.has(lowerToken(tokens[c.last]))
    && !lexicon.firstNames.has(lowerToken(tokens[c.first]))
    && !(c.info !== undefined && LEXICON_NAMES.has(c.info.key)) && sportsSentence(tokens, c.first);
}

/** A cue word two before "the" and the word after it that only a team follows: "played for the", "signed with the", "traded to the". */
const TEAM_CUES: ReadonlyMap<string, string> = new Map([
  ['played', 'for'], ['plays', 'for'], ['playing', 'for'], ['signed', 'with'], ['re-signed', 'with'], ['traded', 'to'],
]);

/**
 * A name of several words after "the" and a team cue ("played for the Vantoria Red Hawks", "signed with the
 * Esk Wild"), whatever its last word: not a place the gazetteer knows ("played for the Netherlands").
 */
function cuedTeam(tokens: readonly Token[], c: Candidate): boolean {
  if (c.last === c.first || c.first < 3) return false;
  // (a word's kind first: the fold of a punctuation mark or a number is no word of letters, and asking it costs a
  // lexeme lookup, as such tokens have none: lowerToken and lexOf were ~60% of this pass)
  const the = tokens[c.first - 1], cueWord = tokens[c.first - 3];
  if (the.kind !== 'word' || cueWord.kind !== 'word' || lowerToken(the) !== 'the') return false;
  const cue = TEAM_CUES.get(lowerToken(cueWord));
  if (cue === undefined || lowerToken(tokens[c.first - 2]) !== cue || tokens[c.first - 3].sentence !== the.sentence) return false;
  let name = lowerToken(tokens[c.first]);
  for (let k = c.first + 1; k <= c.last; k++) name += ' ' + lowerToken(tokens[k]);
  return !isPlaceName(name) && !(c.info !== undefined && LEXICON_NAMES.has(c.info.key));
}

/**
 * Retypes as ORG every PERSON mention of a name that some mention writes as "the … <plural nickname>", and
 * every PERSON or LOC mention of a club's name (`placeAndNickname`, `nicknamedTeam`, `cuedTeam`), typed by
 * the model or left untyped ("played for the Harlow Comets, and later coached", where it abstained).
 */
export function teamsByNickname(tokens: readonly Token[], cands: Candidate[]): void {
  let teams: Set<string> | null = null;
  for (const c of cands) {
    if (c.role !== null || !c.info) continue;
    if ((c.type === 'LOC' || c.type === 'PERSON' || c.type === null) && (placeAndNickname(tokens, c) || nicknamedTeam(tokens, c) || cuedTeam(tokens, c))) {
      (teams ??= new Set()).add(c.info.key);
      continue;
    }
    if (c.type !== 'PERSON') continue;
    const before = tokens[c.first - 1];
    if (before === undefined || before.kind !== 'word' || lowerToken(before) !== 'the' || !nicknamePlural(tokens[c.last])) continue;
    // "the Britney Varley story": a given name and a surname that happens to be a plural noun.
    if (c.last === c.first + 1 && lexicon.firstNames.has(lowerToken(tokens[c.first]))) continue;
    (teams ??= new Set()).add(c.info.key);
  }
  if (!teams) return;
  for (const c of cands) if ((c.type === 'PERSON' || c.type === 'LOC' || c.type === null) && c.role === null && c.info && teams.has(c.info.key)) c.type = 'ORG';
}
