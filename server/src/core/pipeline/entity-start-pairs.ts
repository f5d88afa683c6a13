/**
 * A two-word run at a sentence start whose first word is an ordinary English word ("Palm", "Tarn",
 * "Birch") is still one name when its second word ends names of one kind: a place plural ("Palm Springs
 * officials said") or a club's tail ("Tarn Rovers signed a striker"). The run split drops such an opening
 * word as capitalised by position only, leaving "Springs" or "Rovers" alone.
 */
import type { Token } from '../types';
import { lexOf, lowerToken } from './token-fold';
import { stateAgencyPair } from './entity-national-bodies';
import { lexClass, W_COMMON_UNNAMED, W_PLAIN_CAPS, W_TITLE_HEAD, W_TITLE_MODIFIER } from './word-class';
import { tokenAt } from './token-at';
import { placePlural } from './entity-place-plurals';
import { CLUB_TAILS } from './entity-teams';
import { LOC_HEADS, STATE_SHORT_FORMS } from '../model/words';
import { isPlaceName, LEXICON_NAMES, lexicon } from '../model/lexicon';
import { isKnownGivenName } from '../model/gender';

/** Place heads that end names of bodies as often as of places ("Islamic State", "Free State"). */
const NOT_PLACE_TAILS: ReadonlySet<string> = new Set(['state', 'republic', 'kingdom', 'territory', 'border']);

/** Whether the run k..b (k at a sentence start) is a word and a name's tail, kept whole. */
export function nameTailPair(tokens: readonly Token[], k: number, b: number): boolean {
  if (b !== k + 1) return false;
  const l = lowerToken(tokens[b]);
  return placePlural(l) || CLUB_TAILS.has(l) || (LOC_HEADS.has(l) && !NOT_PLACE_TAILS.has(l));
}

/**
 * The number of words (2 to 4) of a place or organisation name the lexicon knows whole that starts at
 * `k` within the run ending at `b`, or 0. At a sentence start the first word of "United States",
 * "New Zealand" or "North Korea" is an ordinary English word and had been dropped, leaving "States",
 * "Zealand" (typed PERSON) or "Korea" alone; the whole known name is kept instead.
 */
export function knownNameAt(tokens: readonly Token[], k: number, b: number): number {
  const max = Math.min(4, b - k + 1);
  if (max < 2) return 0;
  let name = lowerToken(tokens[k]);
  if (!opensKnownLongName(name)) return 0;
  let found = 0;
  for (let n = 2; n <= max; n++) {
    name += ' ' + lowerToken(tokens[k + n - 1]);
    if (isPlaceName(name) || lexicon.organizations.has(name)) found = n;
  }
  return found;
}

/** The first words of the places and organisations of several words the lexicon knows; built on first ask. */
let longNameFirsts: Set<string> | undefined;

/**
 * Whether a folded word opens a place's or organisation's name of several words that the lexicon
 * knows ("new" of "new zealand"): the few hundred such words let most runs skip building and
 * looking up their two- to four-word names (9,708 runs, 13,369 built names per 2,000 cold-corpus docs).
 */
export function opensKnownLongName(first: string): boolean {
  if (longNameFirsts === undefined) {
    longNameFirsts = new Set();
    for (const n of LEXICON_NAMES) {
      const sp = n.indexOf(' ');
      if (sp > 0 && (isPlaceName(n) || lexicon.organizations.has(n))) longNameFirsts.add(n.slice(0, sp));
    }
  }
  return longNameFirsts.has(first);
}

/** Ordinary words that open an airline's, a station's or a bank's name: "Air Ostland", "Radio Kelby", "Bank Corvath". */
const OPENING_HEADS: ReadonlySet<string> = new Set(['air', 'radio', 'bank']);
/** Participles that open a union's or federation's name before its members' plural ("Federated Farmers"). */
export const JOINED_OPENERS: ReadonlySet<string> = new Set(['federated', 'associated', 'allied', 'amalgamated', 'affiliated', 'consolidated']);
/** Ordinary words before "Air" that make a phrase, no airline: "Fresh Air", "Open Air", "Hot Air". */
export const NOT_AIRLINE_OPENERS: ReadonlySet<string> = new Set(['fresh', 'open', 'hot', 'thin', 'clean', 'night', 'sea', 'mid', 'dead', 'cold', 'warm', 'outdoor', 'polluted']);
/** Word classes "Bank" opens no name before: ordinary and title words ("Bank Holiday", "Bank Manager"). */
const BANK_NOT_BEFORE = W_COMMON_UNNAMED | W_PLAIN_CAPS | W_TITLE_HEAD | W_TITLE_MODIFIER;

/**
 * Whether the opening word at `k` of the run k..b (at a sentence start) is kept though it is an
 * ordinary word: before a name's tail (`nameTailPair`), or "Air" or "Radio" opening an airline's or a
 * station's name before another capitalised word ("Air Ostland has ordered 12 jets", "Radio Kelby
 * carried the match"; "Air quality" is no run of two), not before a rank's title word ("Air Marshal
 * Penwick", "Air Vice-Marshal …") or a given name ("Radio Anna Holt …").
 */
export function openingWordKept(tokens: readonly Token[], k: number, b: number): boolean {
  if (nameTailPair(tokens, k, b)) return true;
  if (b <= k) return false;
  const l = lowerToken(tokens[k]);
  // "Statistics Dalvenia said …", "Parks Canada closed …": a state's agency named for its field and its country.
  if (b === k + 1 && stateAgencyPair(l, tokens[b])) return true;
  // "Skyline Air said …": an ordinary word before "Air" that ends the run is an airline's name ("Fresh Air" is no airline).
  if (b === k + 1 && lowerToken(tokens[b]) === 'air' && tokens[b].text === 'Air') return !NOT_AIRLINE_OPENERS.has(l);
  // "Surf Life Saving NSW said …", "Local Government New Zealand": two or more words before a country or an
  // Australian state's short form that ends the run name a national or state body.
  if (b >= k + 2 && countryAfterWords(tokens, k, b)) return true;
  // "Federated Farmers said …", "Amalgamated Growers": a joining participle before its members' plural is a body's name.
  if (JOINED_OPENERS.has(l)) return tokens[b].text.endsWith('s') && (lexClass(lexOf(tokens[b])) & W_TITLE_HEAD) === 0;
  // "Bank" only before a word that is no ordinary one: "Bank Holiday traffic" names no bank.
  return OPENING_HEADS.has(l) && (lexClass(lexOf(tokens[k + 1])) & (l === 'bank' ? BANK_NOT_BEFORE : W_TITLE_HEAD | W_TITLE_MODIFIER)) === 0
    && !isKnownGivenName(lowerToken(tokens[k + 1]));
}

/**
 * The last word of each country's name of more than one word ("zealand"): only before one is a pair of words
 * joined and looked up (no new string, its hash and a second word's fold per ask).
 */
const COUNTRY_NAME_ENDS: ReadonlySet<string> = new Set([...lexicon.countries].filter((n) => n.includes(' ')).map((n) => n.slice(n.lastIndexOf(' ') + 1)));

/**
 * Whether the run k..b ends in a country (one or two words, "New Zealand") or a state's short form ("NSW") with
 * at least two capitalised words before it, none a title word, the first no given name: "Surf Life Saving NSW", not
 * "Yesterday New Zealand".
 */
export function countryAfterWords(tokens: readonly Token[], k: number, b: number): boolean {
  let c = -1;
  const last = lowerToken(tokens[b]);
  if (STATE_SHORT_FORMS.has(tokens[b].text) || lexicon.countries.has(last)) c = b;
  if (COUNTRY_NAME_ENDS.has(last) && lexicon.countries.has(`${lowerToken(tokens[b - 1])} ${last}`)) c = b - 1;
  if (c < k + 2 || isKnownGivenName(lowerToken(tokens[k]))) return false; // "Ana Roe Smith Australia"
  for (let j = k; j < c; j++) {
    const t = tokens[j];
    if (t.kind !== 'word' || !/^\p{Lu}/u.test(t.text) || (lexClass(lexOf(t)) & (W_TITLE_HEAD | W_TITLE_MODIFIER | W_PLAIN_CAPS)) !== 0) return false;
  }
  return true;
}

/**
 * Whether "Air" or "Radio" at `k` opens an airline's or a station's name in a title-case line, where every
 * word is capitalised: only before a word that is no ordinary word, title word or given name ("Air Ostland
 * Cuts Routes" keeps "Air Ostland"; "Air Strikes Hit …", "Air Quality Worsens" keep nothing of "Air").
 */
export function headlineOpeningHead(tokens: readonly Token[], k: number, b: number): boolean {
  return b > k && OPENING_HEADS.has(lowerToken(tokens[k]))
    && (lexClass(lexOf(tokens[k + 1])) & (W_COMMON_UNNAMED | W_PLAIN_CAPS | W_TITLE_HEAD | W_TITLE_MODIFIER)) === 0
    && !isKnownGivenName(lowerToken(tokens[k + 1]));
}

/**
 * How many words at the run's end `b` label a flight before its number, which are no part of a name: "Flight"
 * ("Air Ostland Flight 212": the airline alone) or "Flight" and the airline's code ("Flight KV 212", "flight
 * U2 418": nothing), or a jet's model name after an airline's ("Brightwing Air Corvan 320": the airline
 * alone), else 0.
 */
export function flightLabelWords(tokens: readonly Token[], b: number): number {
  const n = tokenAt(tokens, b + 1);
  if (n === undefined || n.kind !== 'number' || n.start - tokens[b].end !== 1) return 0;
  if (lowerToken(tokens[b]) === 'flight') return 1;
  const f = tokenAt(tokens, b - 1);
  if (f !== undefined && THREE_DIGITS.test(n.text) && tokens[b].start - f.end === 1 && AIRLINE_TAILS.has(lowerToken(f))) return 1; // "Brightwing Air Corvan 320": the jet's model
  return f !== undefined && AIRLINE_CODE.test(tokens[b].text) && tokens[b].start - f.end === 1 && lowerToken(f) === 'flight' ? 2 : 0;
}

/** Words that end an airline's name; a name and a three-digit number after one are a jet's model ("Brightwing Air Corvan 320"). */
const AIRLINE_TAILS: ReadonlySet<string> = new Set(['air', 'airways', 'airlines', 'airline']);
const THREE_DIGITS = /^[0-9]{3}$/;

/** An airline's code: two capitals or digits with a capital among them ("KV", "U2", "9W"), or three capitals ("KSV"). */
const AIRLINE_CODE = /^(?:[A-Z][A-Z0-9]|[0-9][A-Z]|[A-Z]{3})$/;
