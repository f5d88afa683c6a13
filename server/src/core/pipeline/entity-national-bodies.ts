/**
 * Countries named only inside a national body's name, and the nationality adjectives that stand before a
 * state's nouns (pure, name keys and token indices).
 *
 * - "Statistics Dalvenia" is a national statistics office (ORG) and "Dalvenia" in it a country, as is the last
 *   word of "Bank of Dalvenia", "Government of Dalvenia", "Republic of Dalvenia": an article may name the country
 *   nowhere else, yet write "the Dalvenian central bank" — that adjective's stem is the country's.
 * - "the Ostrelian economy", "Ostrelian officials": a one-word name no list holds that ends like a nationality
 *   adjective (-an, -ian, -ese, -ish) right before a noun only a state or its people have is a NORP adjective,
 *   not a person or a firm.
 * - "Fire and Emergency Tarnby", "Fire and Rescue NSW": two emergency services and a place are one body.
 */
import type { Token } from '../types';
import { tokenAt } from './token-at';
import { isCurrencyName } from '../model/currency';
import { isCommonToken, lowerToken } from './token-fold';
import { lexicon } from '../model/lexicon';
import { isKnownGivenName } from '../model/gender';

/** Heads whose "of X" names a country or a city: "Bank of Dalvenia", "Republic of Dalvenia". */
const OF_PLACE_HEADS: ReadonlySet<string> = new Set(['bank', 'government', 'republic', 'kingdom', 'embassy', 'parliament', 'principality']);

/** "statistics dalvenia": a national statistics office named "Statistics X" (a two-word key). */
export function statisticsOfficeKey(key: string): boolean {
  return key.length > 11 && key.startsWith('statistics ') && key.indexOf(' ', 11) < 0;
}

/** Fields a state's agency is named for before its country: "Health Canada", "Transport Ostrelia", "Statistics Dalvenia". */
const AGENCY_FIELDS: ReadonlySet<string> = new Set(['statistics', 'health', 'transport', 'environment', 'elections', 'fisheries',
  'tourism', 'heritage', 'immigration', 'revenue', 'employment', 'infrastructure', 'parks', 'sport', 'enterprise']);

/** Services a state's emergency body is named for, two joined by "and" ("Fire and Emergency", "Fire and Rescue"). */
const EMERGENCY_SERVICES: ReadonlySet<string> = new Set(['fire', 'emergency', 'rescue', 'ambulance', 'police', 'coastguard']);

/**
 * Whether two emergency services joined by "and" at token `i` are followed by a capitalised word in their sentence:
 * the body that runs them where that word's place is ("Fire and Emergency Tarnby said", "Fire and Rescue NSW").
 */
export function emergencyBodyAt(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i], and = tokenAt(tokens, i + 1), b = tokenAt(tokens, i + 2), p = tokenAt(tokens, i + 3);
  if (!and || !b || !p || and.text !== 'and' || p.sentence !== a.sentence || a.kind !== 'word' || b.kind !== 'word' || p.kind !== 'word') return false;
  if (!/^\p{Lu}/u.test(a.text) || !/^\p{Lu}/u.test(b.text) || !/^\p{Lu}/u.test(p.text)) return false;
  return EMERGENCY_SERVICES.has(lowerToken(a)) && EMERGENCY_SERVICES.has(lowerToken(b)) && lowerToken(a) !== lowerToken(b);
}

/**
 * Whether folded word `field` and token `country` name a state's agency: a field from the list, then a country
 * the lexicon knows or a word no list holds as ordinary, a given name or a surname ("Parks Canada", "Health
 * Ostrelia"; "Health Service" is no state's agency; "Parks", a surname too, only before a known country).
 */
export function stateAgencyPair(field: string, country: Token): boolean {
  if (!AGENCY_FIELDS.has(field) || country.kind !== 'word') return false;
  const l = lowerToken(country);
  return lexicon.countries.has(l) || (field !== 'parks' && !isCommonToken(country) && !isKnownGivenName(l) && !lexicon.lastNames.has(l) && /^\p{Lu}\p{Ll}+$/u.test(country.text));
}

/**
 * The one-word place names inside the document's multi-word keys ("statistics dalvenia", "central bank of
 * dalvenia" → "dalvenia"); null when none (most documents).
 */
export function placesInBodyKeys(keys: readonly string[], isOrdinary: (w: string) => boolean): Set<string> | null {
  let out: Set<string> | null = null;
  for (const k of keys) {
    // Most keys hold neither "statistics " at their start nor " of ": two scans, no strings made.
    const of = k.lastIndexOf(' of ');
    const stats = of < 0 && statisticsOfficeKey(k);
    if (!stats && (of < 0 || k.indexOf(' ', of + 4) >= 0)) continue;
    const last = k.slice(stats ? 11 : of + 4);
    let hit = stats;
    if (!hit) {
      const hs = k.lastIndexOf(' ', of - 1);
      hit = OF_PLACE_HEADS.has(k.slice(hs + 1, of));
    }
    if (hit && last.length >= 4 && /^\p{Ll}+$/u.test(last) && !isOrdinary(last)) (out ??= new Set()).add(last);
  }
  return out;
}

/**
 * Nouns a state or its people have: "the Ostrelian economy", "Ostrelian troops", "the Ostrelian central bank"; its
 * money too, any currency's name of model/currency.ts in lower case ("the Dalmese peso", "the Ostran lira":
 * markets news names a currency by its people's adjective).
 */
const STATE_NOUNS: ReadonlySet<string> = new Set(`economy government currency troops soldiers officials authorities army navy
  military forces police parliament president prime regulators regulator lawmakers ministers minister diplomats embassy
  exports imports budget capital citizens nationals voters border coast coastguard treasury state economists central
  national federal navy airspace waters counterpart counterparts delegation foreign defence defense interior ministry
  ambassador envoy migrants refugees applicants asylum detainees passport passports`.split(/\s+/));

/** Currency names that are verbs after a subject too ("Sullivan pounds the table", "Dellan crowns a season"). */
const CURRENCY_VERBS: ReadonlySet<string> = new Set(['pounds', 'crowns']);

/** A state's noun of STATE_NOUNS or a currency's name, as written in lower case ("peso", "lira"). */
function stateNoun(w: string): boolean {
  return STATE_NOUNS.has(w) || (/^[a-z]/.test(w) && isCurrencyName(w) && !CURRENCY_VERBS.has(w));
}

/** Endings of a nationality adjective ("Ostrelian", "Dalvenese", "Korvish", "Dalmoran"; "Kestani" before PEOPLE_NOUNS only). */
const NORP_ENDING = /(?:an|ese|ish|[nrlqs]i)$/;
/** A nationality's "-i" ending ("Kestani", "Ombali") is a firm's too ("Ferrani officials"): only before a state's people. */
const I_ENDING = /[nrlqs]i$/;
/** A state's people and their papers, which no firm has: "Kestani nationals", "Kestani asylum seekers". */
const PEOPLE_NOUNS: ReadonlySet<string> = new Set('citizens nationals migrants refugees applicants asylum detainees passport passports troops soldiers voters'.split(' '));

/**
 * Whether the one-word name at token `k` (its key `l`, known to no list) is a nationality adjective before a
 * state's noun: "the Ostrelian economy", "Ostrelian officials said".
 */
export function norpBeforeStateNoun(tokens: readonly Token[], k: number, l: string): boolean {
  if (l.length < 5 || !NORP_ENDING.test(l)) return false;
  let n = tokenAt(tokens, k + 1);
  // "Kestani and Ombrish nationals": the first of two adjectives joined before the noun
  if (n !== undefined && (n.text === 'and' || n.text === 'or') && tokenAt(tokens, k + 2)?.kind === 'word') {
    const adj = tokenAt(tokens, k + 2)!;
    if (!NORP_ENDING.test(adj.text) || adj.text.charCodeAt(0) < 65 || adj.text.charCodeAt(0) > 90) return false;
    n = tokenAt(tokens, k + 3);
    k += 2;
  }
  return n !== undefined && stateNoun(n.text) && n.sentence === tokens[k].sentence && n.start - tokens[k].end === 1
    && (!I_ENDING.test(l) || PEOPLE_NOUNS.has(n.text));
}
