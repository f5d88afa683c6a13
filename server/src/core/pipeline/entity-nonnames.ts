/**
 * Capitalised chunks that look like names but are not, dropped after typing (pure, token indices):
 *   - a lone letter ("speaker B", "Ph.D", a variable in a formula), and the short capitalised first part of
 *     a dotted abbreviation written without spaces ("Ph" of "Ph.D.", "Ed" of "Ed.D."). Not "Group C" as a whole: dropping a
 *     letter labelled by an ordinary noun was tried and only lost a sports group annotated as an organisation;
 *   - a feast or season alone ("by Christmas", "over Easter"), a time;
 *   - an interjection written capitalised at a turn's start ("Mhm", "Hmm", "Uh-huh");
 *   - an ordinary word capitalised in talk right after "my"/"oh" or after an interjection and a comma
 *     ("oh Lord", "my Goodness", "Hmm, Maybe?"): an exclamation or a clause start, no name, unless a capitalised
 *     word is joined on by "and"/"of" ("my Lamp and Wick Shop candle");
 *   - a "person" whose first word is a number word ("our One Korvex plan"): its last word would otherwise make
 *     every lone mention of a company named like a surname a person;
 *   - an acronym of ordinary English on its own ("the TV series", "CEOs"; model/common-acronyms.ts),
 *     and any acronym written as a plural ("43 XRTs", "the QPMs"): a plural counts things, it names no one;
 *     either unless the document defines it in parentheses after a name;
 *   - a technical term spelled out in ordinary words and then abbreviated in parentheses
 *     ("Grid Storage Unit (GSU)", "soil moisture index (SMI)"): both the spelled-out words and every
 *     use of the abbreviation in the document are terms, not organisations. A spelled-out form with an
 *     organisation or place head ("… Association (…)"), a nationality or a place word is left alone when written capitalised;
 *   - a member's title before the seat it holds ("the Member for Harrowby"): a role, the seat is the place;
 *   - a holiday, alone or with its day ("on Christmas Eve", "Easter Monday"): it dates an event, it names no one;
 *   - a church service, "Mass" alone or after its day ("after Mass", "Sunday Mass"), not "Mass." of a dateline;
 *   - a time zone right after a clock time ("01:12 BST", "11:45 AM ET", a live blog's timestamps): it tells the hour;
 *   - a unit of power or energy right after a figure ("reached 12 TWh", "9 GWh"): it measures;
 *   - a name made an adjective by "-style", "-like", "-type" or "-esque" ("a COP-style summit"): it describes.
 */
import type { Token } from '../types';
import { tokenAt } from './token-at';
import { isCommonWord, isPlaceName, lexicon } from '../model/lexicon';
import { INSTITUTION_HEADS, LOC_HEADS, ORG_HEADS } from '../model/words';
import { COMMON_ACRONYMS, isCommonAcronym } from '../model/common-acronyms';
import type { Candidate } from './03-entities';
import { B_NOT_NAME_KNOWN, B_NOT_NAME, B_PLAIN_ACRONYM_KNOWN, B_PLAIN_ACRONYM, lexemeAnswer } from './token-fold';

const LONE_LETTER = /^\p{Lu}\.?$/u;
const INTERJECTION = /^(?:m+-?hm+|h+m+(?:-m+)*|m{2,}|u+h+(?:-h?u+h+)?|u+m+|e+r+m+|a+h+|o+h+|hu+h|ugh|whoa|wow|yeah|yep|yup|nope|oops|uh-oh)$/;
/** Words an abbreviation may skip when spelled out ("Board of Trade" → BT is not asked; "of" is skipped). */
const SKIPPABLE = new Set(['of', 'for', 'and', 'the', 'in', 'on', 'to', '&']);
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** A word of lower-case letters, hyphens joining its parts: "syncytial", "non-small". */
const LOWER_WORD = /^\p{Ll}+(?:-\p{Ll}+)*$/u;
/** Capitals and a lower-case plural "s" ("RDXs"): the plural of an abbreviation. */
const PLURAL_ACRONYM = /^\p{Lu}{2,5}s$/u;

/** "Ph" in "Ph.D": a short capitalised word glued by a full stop to a lone capital letter. */
function dottedAbbreviationHead(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i], dot = tokenAt(tokens, i + 1), letter = tokenAt(tokens, i + 2);
  return w.text.length <= 3 && dot?.text === '.' && dot.start === w.end
    && letter !== undefined && letter.start === dot.end && LONE_LETTER.test(letter.text);
}

/**
 * The ASCII second characters of the common acronyms and of PLURAL_ACRONYM's matches (capitals, a digit): a
 * word with another ("Smith") is neither, and costs no lookup of it or of its singular.
 */
const ACRONYM_SECOND = new Uint8Array(128);
for (let c = 65; c <= 90; c++) ACRONYM_SECOND[c] = 1;
for (const a of COMMON_ACRONYMS) if (a.charCodeAt(1) < 128) ACRONYM_SECOND[a.charCodeAt(1)] = 1;

/** Can `w` be a common acronym or a plural acronym? (A second character beyond ASCII may be a capital.) */
function mayBeAcronym(w: string): boolean {
  if (w.length < 2) return COMMON_ACRONYMS.has(w);
  const c = w.charCodeAt(1);
  return c >= 128 || ACRONYM_SECOND[c] === 1;
}

/**
 * A lone capital ("B", "C."), an interjection ("Hmm", "Wow") or a school qualification's level ("A-level", "T-levels").
 * Char tests before the patterns and the lower-casing: most words are none.
 * (c < 128 first: reading the 128-entry table past its end, for "É…", deopts dropNonNames' optimised code once per worker)
 */
function loneLetterOrInterjection(w: string): boolean {
  const c = w.charCodeAt(0);
  return (w.length <= 3 && LONE_LETTER.test(w)) || (c < 128 && INTERJECTION_FIRST[c] === 1 && INTERJECTION.test(w.toLowerCase()))
    // `length > 6` (SCHOOL_LEVEL's shortest): reading past a short word's end threw away dropNonNames' optimised code.
    || (w.length > 6 && (w.charCodeAt(1) === 45 || w.charCodeAt(2) === 45) && SCHOOL_LEVEL.test(w));
}
/** "A-level", "O-levels", "AS-level": an exam's level, no name. */
const SCHOOL_LEVEL = /^[A-Z]{1,2}-[Ll]evels?$/;
/** The last word of a school qualification's name ("the Northern Baccalaureate"): a qualification, no name. */
const QUALIFICATION_TAILS: ReadonlySet<string> = new Set(['Baccalaureate', 'Baccalaureates']);

/** An acronym of ordinary English ("CEO") or one written as a plural ("XRTs"). */
function plainAcronym(w: string): boolean {
  return mayBeAcronym(w) && (isCommonAcronym(w) || PLURAL_ACRONYM.test(w));
}

/** Number words: no one's given name, so a "person" they open is a plan's or a brand's name ("our One Korvex plan"). */
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']);

/** `NUMBER_WORDS.has(w.toLowerCase())`, words of another length than theirs answered without lower-casing. */
function numberWord(w: string): boolean {
  return w.length >= 3 && w.length <= 6 && NUMBER_WORDS.has(w.toLowerCase());
}

/**
 * The ASCII first characters, either case, of what INTERJECTION matches once lower-cased: a word opening
 * with another (or with a character beyond ASCII, none of which lower-cases to one of these) is none.
 */
const INTERJECTION_FIRST = new Uint8Array(128);
for (const ch of 'aehmnouwy') INTERJECTION_FIRST[ch.charCodeAt(0)] = INTERJECTION_FIRST[ch.toUpperCase().charCodeAt(0)] = 1;

export function dropNonNames(tokens: readonly Token[], cands: Candidate[]): void {
  let terms: Set<string> | null = null;
  let spelled: Set<string> | null = null;
  for (const c of cands) {
    if (c.type === null) continue;
    if (HOLIDAYS.has(tokens[c.first].text) && holiday(tokens, c)) { c.type = null; continue; }
    if (possessiveFeast(tokens, c)) { c.type = null; continue; }
    if (tokens[c.last].text === 'Mass' && churchMass(tokens, c)) { c.type = null; continue; }
    if (timeZoneAfterClock(tokens, c)) { c.type = null; continue; }
    if (c.type === 'PERSON' && c.last > c.first && c.role === null && numberWord(tokens[c.first].text)) { c.type = null; continue; }
    if (c.first !== c.last) { if (QUALIFICATION_TAILS.has(tokens[c.last].text) && c.role === null) c.type = null; }
    else {
      const w = tokens[c.first].text;
      // The word's own answers kept on its lexeme (`lexemeAnswer`): a name recurs, and its patterns ran per mention.
      if (lexemeAnswer(tokens[c.first], B_NOT_NAME_KNOWN, B_NOT_NAME, loneLetterOrInterjection)
        || dottedAbbreviationHead(tokens, c.first) || afterDegrees(tokens, c.first) || powerUnitAfterFigure(tokens, c.first) || LIKENESS.test(w)
        || (c.type === 'ORG' && spokenWord(tokens, c.first))) { c.type = null; continue; }
      if ((w === 'Member' || w === 'Members') && tokenAt(tokens, c.first + 1)?.text === 'for') { c.type = null; continue; }
      if (c.acronymOf < 0 && lexemeAnswer(tokens[c.first], B_PLAIN_ACRONYM_KNOWN, B_PLAIN_ACRONYM, plainAcronym)) { c.type = null; continue; }
      if (tokenAt(tokens, c.first - 1)?.text === '(' && tokenAt(tokens, c.first + 1)?.text === ')' && ACRONYM.test(w)) {
        const start = spelledOutTerm(tokens, c.first - 1, w);
        if (start >= 0 && !termFirmActs(tokens, c.first, w)) {
          (terms ??= new Set()).add(w);
          (spelled ??= new Set()).add(words(tokens, start, c.first - 2));
          for (const e of cands) if (e.first >= start && e.last < c.first - 1) e.type = null;
        }
      }
    }
  }
  if (!terms || !spelled) return;
  for (const c of cands) {
    if (c.type === null) continue;
    // The spelled-out term again later, without its acronym: "... and Digital Mapping Systems remain costly".
    if (c.first !== c.last) { if (spelled.has(words(tokens, c.first, c.last))) c.type = null; continue; }
    const w = tokens[c.first].text;
    if (terms.has(w) || (w.endsWith('s') && terms.has(w.slice(0, -1)))) c.type = null;
  }
}

/**
 * Abbreviations of time zones (and the half of the day), named only after a clock time: alone some are also
 * short names of bodies, which is why the clock must come first ("the EST team" is left alone).
 */
const TIME_ZONES = new Set([
  'AM', 'PM', 'UTC', 'GMT', 'BST', 'IST', 'CET', 'CEST', 'EET', 'EEST', 'WET', 'WEST', 'MSK', 'ET', 'EST', 'EDT', 'CT', 'CST', 'CDT',
  'MT', 'MST', 'MDT', 'PT', 'PST', 'PDT', 'AKST', 'AKDT', 'HST', 'AEST', 'AEDT', 'ACST', 'AWST', 'NZST', 'NZDT', 'JST', 'KST', 'SGT', 'HKT',
]);
/** A clock time: "14:32", "9.30", "11:45". */
const CLOCK = /^\d{1,2}[:.]\d{2}$/;

/** Is the chunk one or two time-zone words right after a clock time ("01:12 BST", "11:45 AM ET")? */
function timeZoneAfterClock(tokens: readonly Token[], c: Candidate): boolean {
  if (c.last > c.first + 1 || !CLOCK.test(tokenAt(tokens, c.first - 1)?.text ?? '')) return false;
  for (let i = c.first; i <= c.last; i++) if (!TIME_ZONES.has(tokens[i].text)) return false;
  return true;
}

/** Feasts, holidays and seasons of the year, which date an event and name nobody: "by Christmas", "over Easter", "on Christmas Eve". */
const HOLIDAYS: ReadonlySet<string> = new Set([
  'Christmas', 'Easter', 'Boxing', 'Thanksgiving', 'Halloween', 'Whitsun', 'Pentecost', 'Ramadan', 'Hanukkah', 'Diwali',
  'Passover', 'Lent', 'Advent', 'Michaelmas',
]);
/** A day of the holiday after its name ("Eve", "Day", "Monday"). */
const HOLIDAY_DAYS = new Set(['Eve', 'Day', 'Sunday', 'Monday']);

/** Is the chunk a holiday alone or with its day ("Christmas", "Christmas Eve", "Boxing Day"), "Boxing" only with its day? */
function holiday(tokens: readonly Token[], c: Candidate): boolean {
  if (c.first === c.last) return tokens[c.first].text !== 'Boxing';
  return c.last === c.first + 1 && HOLIDAY_DAYS.has(tokens[c.last].text);
}

/** Words that name a Mass's day or kind before it: "Sunday Mass", "Midnight Mass", "Requiem Mass". */
const MASS_KINDS = new Set(['Sunday', 'Saturday', 'Midnight', 'Requiem', 'High', 'Low', 'Vigil', 'Christmas', 'Easter', 'Funeral']);

/**
 * Is the chunk a church service, "Mass" alone or after its day or kind ("after Mass", "Sunday Mass")? Not
 * "Mass." with its dot, a state's abbreviation in a dateline ("HARWICK, Mass. —").
 */
function churchMass(tokens: readonly Token[], c: Candidate): boolean {
  if (c.last > c.first + 1 || (c.last > c.first && !MASS_KINDS.has(tokens[c.first].text))) return false;
  const next = tokenAt(tokens, c.last + 1);
  return !(next && next.text === '.' && next.start === tokens[c.last].end);
}

/** Days after a feast's possessive ("New Year's Eve", "St Brigid's Day", "Valentine's Night"). */
const FEAST_DAYS = new Set(['Day', 'Eve', 'Night']);
/** One-word owners of a feast day ("Valentine's Day", "Mother's Day"). */
const FEAST_OWNERS = new Set(['Valentine', 'Mother', 'Father', 'Mothers', 'Fathers']);

/**
 * Is the chunk the owner of a feast day written as a possessive ("New Year's Eve", "St Brigid's Day",
 * "Mother's Day")? It dates an event and names nobody. (Asked only before "'s" and Day, Eve or Night.)
 */
function possessiveFeast(tokens: readonly Token[], c: Candidate): boolean {
  const d = tokenAt(tokens, c.last + 2);
  if (d === undefined || !FEAST_DAYS.has(d.text)) return false;
  const s = tokens[c.last + 1].text;
  if (s !== "'s" && s !== '’s') return false;
  const first = tokens[c.first].text;
  if (c.first === c.last) return FEAST_OWNERS.has(first);
  if (c.last !== c.first + 1) return false;
  return (first === 'New' && tokens[c.last].text === 'Year') || first === 'St' || first === 'St.' || first === 'Saint';
}

/** The texts of tokens first..last joined by single spaces. */
function words(tokens: readonly Token[], first: number, last: number): string {
  let s = tokens[first].text;
  for (let i = first + 1; i <= last; i++) s += ' ' + tokens[i].text;
  return s;
}

/** Words after which a capitalised ordinary word is an exclamation ("oh Lord", "my Goodness"). */
const EXCLAIMING = new Set(['my', 'oh', 'Oh']);
const NAME_JOINERS: ReadonlySet<string> = new Set(['and', '&', 'of']);

/** An ordinary word (no organisation head) right after "my"/"oh", or after an interjection and a comma. */
function spokenWord(tokens: readonly Token[], i: number): boolean {
  const p = tokenAt(tokens, i - 1);
  if (p === undefined || p.sentence !== tokens[i].sentence) return false;
  if (!EXCLAIMING.has(p.text)) {
    const q = tokenAt(tokens, i - 2);
    if (p.text !== ',' || q === undefined || q.sentence !== p.sentence || !INTERJECTION.test(q.text.toLowerCase())) return false;
  }
  // "my Hollin and Fern Soaps candle": a name joined on by "and"/"of" goes on. (A set, not `===` on each: with
  // only one- and two-letter words seen there, V8's internalised-string compare threw dropNonNames' code away.)
  const n = tokenAt(tokens, i + 1), m = tokenAt(tokens, i + 2);
  if (n !== undefined && NAME_JOINERS.has(n.text) && m !== undefined && /^\p{Lu}/u.test(m.text)) return false;
  const l = tokens[i].text.toLowerCase();
  return isCommonWord(l) && !ORG_HEADS.has(l) && !INSTITUTION_HEADS.has(l);
}

/** "1.4 degrees Celsius", "a degree Kelvin": a capitalised word right after "degree(s)" is a scale, not a name. */
function afterDegrees(tokens: readonly Token[], i: number): boolean {
  const p = tokens[i - 1]?.text;
  return p === 'degrees' || p === 'degree';
}

/** A name made an adjective of likeness by a hyphened suffix: "a COP-style summit", "a NATO-like pact". */
const LIKENESS = /\p{L}-(?:style|like|type|esque)$/u;

/** Symbols of units of power and energy ("12 TWh", "9 GWh", "350 MW"). */
const POWER_UNITS: ReadonlySet<string> = new Set(['kW', 'MW', 'GW', 'TW', 'kWh', 'MWh', 'GWh', 'TWh']);

/** Is token `i` a unit of power or energy right after a figure ("Output reached 12 TWh")? It measures, it names no one. */
function powerUnitAfterFigure(tokens: readonly Token[], i: number): boolean {
  return POWER_UNITS.has(tokens[i].text) && tokens[i - 1]?.kind === 'number';
}

/**
 * The first token of ordinary words right before `open` (the "(" token) whose initials spell `acronym`
 * (hyphenated parts count one letter each; of/for/and/the may be skipped), or -1.
 */
function spelledOutTerm(tokens: readonly Token[], open: number, acronym: string): number {
  let letter = acronym.length - 1;
  let k = open - 1;
  for (; k >= 0 && letter >= 0; k--) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.sentence !== tokens[open].sentence) return -1;
    const l = t.text.toLowerCase();
    // A word written in lower case names nothing, head word or not: "sea surface salinity (SSS)".
    // (a rare word too, "respiratory syncytial virus (RSV)": written in lower case, it is no part of a name)
    if (t.text === l ? !isCommonWord(l) && !LOWER_WORD.test(l) : !plainWord(l) && !(k === open - 1 && TERM_PLURAL_HEADS.has(l))) return -1;
    const parts = l.split('-');
    for (let p = parts.length - 1; p >= 0; p--) {
      if (letter >= 0 && parts[p][0] === acronym[letter].toLowerCase()) letter--;
      else if (!SKIPPABLE.has(parts[p])) return -1;
    }
  }
  return letter < 0 ? k + 1 : -1;
}

/**
 * Plural generic heads that end a field's or a technology's name as readily as a firm's: after ordinary
 * words only ("Marine Sensor Systems (MSS)") the whole is a term; a firm's own word first ("Korvath Systems")
 * is no ordinary word and keeps the name.
 */
const TERM_PLURAL_HEADS: ReadonlySet<string> = new Set(['systems', 'services', 'sciences']);

/** What a firm does as a sentence's subject, right after its name or acronym: "… Systems (ADS) said", "ADS hired". */
const FIRM_ACTS: ReadonlySet<string> = new Set(`said says announced reported posted hired hires employs plans sells
  makes signed won`.split(/\s+/));

/**
 * The bracketed acronym at `i` ends a firm's name of ordinary words and a TERM_PLURAL_HEADS head ("Advanced Data
 * Systems (ADS) said it would hire"): its name or the acronym acts as a firm's. A field's term is no subject
 * of these ("Geographic Information Systems (GIS) help planners").
 */
function termFirmActs(tokens: readonly Token[], i: number, acronym: string): boolean {
  if (!TERM_PLURAL_HEADS.has(tokens[i - 2].text.toLowerCase())) return false;
  const after = tokenAt(tokens, i + 2);
  if (after && after.sentence === tokens[i].sentence && FIRM_ACTS.has(after.text)) return true;
  for (let k = i + 2; k + 1 < tokens.length; k++) if (tokens[k].text === acronym && FIRM_ACTS.has(tokens[k + 1].text)) return true;
  return false;
}

/** An ordinary English word that cannot make the spelled-out form a name. */
function plainWord(l: string): boolean {
  return isCommonWord(l) && !ORG_HEADS.has(l) && !INSTITUTION_HEADS.has(l) && !LOC_HEADS.has(l)
    && !lexicon.demonyms.has(l) && !isPlaceName(l);
}
