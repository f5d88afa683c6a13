/**
 * The one word a firm goes by when its full name is its word plus what it is: "Vantrel Pharmaceuticals",
 * "Harlan Motor Company", "Keld Airways", "Obrin Holdings PLC" → "Vantrel", "Harlan", "Keld", "Obrin".
 * Another article's one-word "Vantrel" is that firm (cross-article resolution, join-keys.ts), when no other
 * firm of the corpus goes by the same word, spelled the same (no spelling-insensitive skeleton, as for
 * surnames: "Marvel" is not "Marvell Technology").
 *
 * Legal forms and group words come off the end first, any number of them; then at most one trade word.
 * What is left must be one capitalised word that is no ordinary word ("United Airlines", "General
 * Motors"), no place the gazetteer knows ("Singapore Airlines" is not Singapore) and no nationality
 * ("British Airways"), or the name has no such stem.
 */
import { COUNTRY_ALIASES, isCommonWord, isPlaceName, lexicon } from '../model/lexicon';
import { LEGAL_FORMS } from '../model/words';

/** Words after a firm's own word that say how it is held or grouped ("Obrin Holdings PLC"). */
const HOLDING_WORDS: ReadonlySet<string> = new Set(['company', 'companies', 'group', 'holdings', 'holding', 'brothers']);

/** A firm's trade, written last in its name ("Keld Airways", "Harlan Motor"). */
const TRADE_WORDS: ReadonlySet<string> = new Set(`motor motors automotive airlines airline airways aerospace
  pharmaceuticals pharmaceutical pharma biotech therapeutics energy petroleum oil gas mining minerals metals steel
  foods beverages brewing breweries telecom telecommunications communications networks technologies technology
  systems software semiconductor semiconductors electronics electric shipping logistics industries enterprises
  insurance securities investments financial capital partners media entertainment studios pictures robotics
  dynamics labs laboratories resources construction engineering bank bancorp`.split(/\s+/));
// Not "analytics", "mobile", "digital", "games", "maps", "stores": a firm's product or event is named so
// after it ("Tarvo Analytics" the service, "Paralympic Games"), and is not the firm.


/** Trades written as an ordinary word and one of these: "Sea Lines", "Cruise Line", "Air Lines". */
const COMPOUND_TRADE_HEADS: ReadonlySet<string> = new Set(['lines', 'line']);
/** "Sea Lines" of "Halden Sea Lines": the firm goes by "Halden" too. */
const isCompoundTrade = (w1: string, w2: string): boolean =>
  COMPOUND_TRADE_HEADS.has(lowerWord(w2)) && isCommonWord(lowerWord(w1));

/** A word in lower case without a final dot ("Co." → "co"); a char test, not a regular expression. */
const lowerWord = (w: string): string => {
  const l = w.toLowerCase();
  return l.charCodeAt(l.length - 1) === 46 ? l.slice(0, -1) : l;
};

/**
 * A name's words as the functions below split it. Each also takes them, and `withoutHolding` of them,
 * from a caller that asks several of them about one name (join-keys.ts: split and stripped once, not per question).
 */
export const nameWords = (name: string): string[] => name.trim().split(/\s+/);

/** How many words of `words` are left once legal forms and group words are taken off the end (at least one). */
export function withoutHolding(words: readonly string[]): number {
  let n = words.length;
  while (n > 1) {
    const w = lowerWord(words[n - 1]); // once for both lists
    if (!LEGAL_FORMS.has(w) && !HOLDING_WORDS.has(w)) break;
    n--;
  }
  return n;
}

/**
 * The name without its legal form or group words when two or more words are left ("Vantrel Pharmaceuticals
 * Plc" → "Vantrel Pharmaceuticals", "Harlan Motor Company" → "Harlan Motor"), the name another article may
 * use for the same firm; else null.
 */
export function firmName(name: string, words: readonly string[] = nameWords(name), n = withoutHolding(words)): string | null {
  return n >= 2 && n < words.length ? words.slice(0, n).join(' ') : null;
}

/** The firm's one word, or null (see the file comment). `name`: an organisation's name of two or more words. */
export function firmStem(name: string, words: readonly string[] = nameWords(name), n = withoutHolding(words)): string | null {
  if (n === 2 && TRADE_WORDS.has(lowerWord(words[1]))) n = 1;
  else if (n === 3 && isCompoundTrade(words[1], words[2])) n = 1;
  if (n !== 1 || n === words.length) return null;
  const stem = words[0];
  if (stem.length < 3 || !/^\p{Lu}\p{L}*\p{Ll}\p{L}*$/u.test(stem)) return null;
  const lower = stem.toLowerCase();
  return isCommonWord(lower) || isPlaceName(lower) || lexicon.demonyms.has(lower) || lexicon.countries.has(lower) ? null : stem;
}

/**
 * The words a firm goes by when its full name is two or three capitalised words plus its trade, group
 * word or legal form: "Tarrow Eastern Airlines" → "Tarrow Eastern"; null when they name a place the
 * gazetteer knows ("Hong Kong Airlines") or when one word is left (`firmStem`'s).
 */
export function firmStemWords(name: string, words: readonly string[] = nameWords(name), n = withoutHolding(words)): string[] | null {
  if (n >= 2 && TRADE_WORDS.has(singularTrade(words[n - 1]))) n--;
  if (n < 2 || n > 3 || n === words.length) return null;
  const stem = words.slice(0, n);
  if (!stem.every((w) => /^\p{Lu}\p{L}*\p{Ll}\p{L}*$/u.test(w))) return null;
  const lower = stem.join(' ').toLowerCase();
  return isPlaceName(lower) || lexicon.demonyms.has(lower) ? null : stem;
}

/** A trade word's plural and singular are one trade: "Harlan Motors" is "Harlan Motor Company". */
const singularTrade = (w: string): string => {
  const l = lowerWord(w);
  return l.endsWith('s') && TRADE_WORDS.has(l.slice(0, -1)) ? l.slice(0, -1) : l;
};

/**
 * The words that name a firm whatever its legal form, group word or the number of its trade word:
 * "Harlan Motor Company", "Harlan Motors" and "Harlan Motor Co." all give "harlan motor"; null for a
 * name that has no legal form, group word or trade word ("Air Force"), or whose rest is one word (the
 * one-word firm is `firmStem`'s and `legalStem`'s). "&" and "and" are left out ("Orr & Vale Shipping").
 */
export function firmBase(name: string, words: readonly string[] = nameWords(name), n = withoutHolding(words)): string[] | null {
  if (n === words.length && !TRADE_WORDS.has(singularTrade(words[n - 1]))) return null;
  const base: string[] = [];
  for (let i = 0; i < n; i++) {
    const w = words[i];
    if (w === '&' || w.toLowerCase() === 'and') continue;
    if (!/^\p{Lu}/u.test(w)) return null;
    base.push(i === n - 1 ? singularTrade(w) : w);
  }
  return base.length >= 2 ? base : null;
}

/**
 * A national body's name without the country it opens with: "US Air Force", "United States Air Force"
 * and "Ruritanian Foreign Ministry" give "Air Force" and "Foreign Ministry", the name another article
 * may use alone. The country is a country name or short form the gazetteer knows, or a nationality; the
 * rest must be two or more capitalised words. Null otherwise.
 */
export function withoutCountry(name: string, words: readonly string[] = nameWords(name)): string[] | null {
  for (let k = 1; k <= 3 && k < words.length; k++) {
    const lead = words.slice(0, k).join(' ').toLowerCase().replace(/\./g, '');
    if (!(lexicon.countries.has(lead) || COUNTRY_ALIASES.has(lead) || (k === 1 && lexicon.demonyms.has(lead)))) continue;
    const rest = words.slice(k);
    // One word left is too common a name to look for ("Government", "Senate", "Navy"): in a folder of
    // several events each country has one.
    return rest.length >= 2 && rest.every((w) => /^\p{Lu}\p{L}*$/u.test(w)) ? rest : null;
  }
  return null;
}
