/** Quantities in text ("nearly 50", "dozens of", "€4.5 million", "between 40 and 50"), as intervals. */
import type { Quantity } from '../types';
import { endsInLargeScale, scaleGoesOn } from './scale-goes-on';
import { isSpace } from '../text/char-class';
import { compileToMachineCode } from './machine-regexp';
import { signedBefore } from './regional-money';
import { CURRENCY_CODES } from '../model/currency';

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** UNITS as a map: no unit word ends in a scale ("m", "bn"), so `parseNumber` reads each alone as its value. */
const UNIT_VALUES = new Map(Object.entries(UNITS));
const SCALES: Record<string, number> = { dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, m: 1e6, bn: 1e9 };
const VAGUE: Record<string, [number, number]> = {
  dozens: [24, 99], scores: [40, 99], hundreds: [200, 999], thousands: [2000, 9999], millions: [2e6, 9.99e6],
  'tens of thousands': [20000, 99999], 'hundreds of thousands': [200000, 999999], 'a dozen': [12, 12],
  'a few dozen': [24, 60], 'several dozen': [36, 99], 'a handful': [3, 6], 'several hundred': [300, 999],
  'several thousand': [3000, 9999], 'a few hundred': [200, 500], 'a few thousand': [2000, 5000],
};
/** The vague quantities that take a large scale after them: "a few hundred million", "several thousand billion". */
const SCALED_VAGUE = String.raw`(?:a few|several) (?:hundred|thousand) (?:million|billion|trillion)\b`;

const WORD_NUM = String.raw`(?:(?:${Object.keys(UNITS).join('|')})(?:[ -](?:${Object.keys(UNITS).join('|')}))?)`;
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?|\d+(?:\.\d+)?`;
const SCALE = String.raw`(?:[\s-](?:dozen|hundred|thousand|million|billion|trillion)|\s?(?:m|bn)\b)`;
/** A space of a fixed phrase also matches a line break of hard-wrapped text ("more\nthan 200"). */
const wrap = (s: string) => s.replace(/ /g, String.raw`\s+`);
const APPROX = wrap(String.raw`nearly|almost|about|around|roughly|approximately|at least|at most|more than|over|up to|fewer than|less than|an estimated|as many as|upwards of|close to|just under|just over|under|some|another|only|a further|an additional`);
/**
 * A vague magnitude as the subject of what happened, without "of": "Thousands marched", "Hundreds
 * were evacuated", "Dozens have been hurt" (a past-tense verb or an auxiliary after it). Not
 * "scores", which is also the noun of a match ("the scores were level").
 */
const CROWD_VERB = String.raw`(?= (?:were|are|have|had|remain|lost|took|fled|ran|fought|went|came|left|\p{L}+ed)\b)`;
/**
 * A harm told of a vague crowd without a verb, as headlines do: "Hundreds dead in floods", "Dozens
 * hurt as ferry capsizes", "Scores missing" (with a state of harm after it, "scores" is no match's tally).
 */
const HARMED = String.raw`(?= (?:dead|hurt|missing|homeless|injured|wounded|die|dies|flee|flees)\b)`;
const VAGUE_RE = wrap(String.raw`${SCALED_VAGUE}|(?:tens of thousands|hundreds of thousands|dozens|scores|hundreds|thousands|millions)${HARMED}|(?:tens of thousands|hundreds of thousands|a few dozen|several dozen|several hundred|several thousand|a few hundred|dozens|scores|hundreds|thousands|millions)(?= of\b)|(?:tens of thousands|hundreds of thousands|dozens|hundreds|thousands|millions)${CROWD_VERB}|a dozen|a handful(?= of\b)`);
/** A currency sign, with the country code that news copy puts before a dollar sign ("US$", "CA$", "HK$"). */
const CURRENCY = String.raw`(?:[A-Z]{1,2}\$|[$€£¥]|(?:${CURRENCY_CODES.join('|')})(?=\s?\d))`;
/**
 * "a"/"an" counts as one only before a written-out scale ("a million", "a dozen"): the short
 * scales are for figures ("5m", "2.5bn"), and allowing them made the verb "am" read as a million.
 */
const WRITTEN_SCALE = String.raw`\s(?:dozen|hundred|thousand|million|billion|trillion)\b`;
/**
 * The number words joined by "and" after a written hundred or thousand ("a hundred and eleven",
 * "two thousand and five"): one figure. Not before a scale of their own, which makes a range's or a
 * list's second figure ("between a hundred and two hundred").
 */
const AND_TAIL = String.raw`(?:(?<=[\s-](?:hundred|thousand))\s+and\s+${WORD_NUM}(?![\s-]?(?:dozen|hundred|thousand|million|billion|trillion|m\b|bn\b)|\p{L}))`;
/**
 * A decimal in words after a number word ("four point five million", "two point three per cent"):
 * only before a scale or a share, as "at one point two men ran" holds no decimal. At most three
 * decimal words, each after one space (bounded: no nested unbounded repetition).
 */
const DIGIT_WORDS = 'zero|one|two|three|four|five|six|seven|eight|nine';
const WORD_DECIMAL = String.raw`(?:\s+point(?:\s(?:${DIGIT_WORDS})){1,3}(?=[\s-](?:thousand|million|billion|trillion)\b|\s?(?:percent|per cent)\b))`;
/**
 * Number words that go on after a scale as one figure: a larger scale after "hundred" ("three
 * hundred thousand"), with number words joined by "and" before it ("a hundred and sixty million"),
 * or hundreds after a thousand or more ("one thousand two hundred", and AND_TAIL's "and five").
 */
const LARGER_SCALE = String.raw`[\s-](?:thousand|million|billion|trillion)\b`;
const SCALE_CHAIN = String.raw`(?:(?<=[\s-]hundred)(?:\s+and\s+${WORD_NUM})?${LARGER_SCALE}|(?<=[\s-](?:thousand|million|billion))\s+${WORD_NUM}[\s-]hundred\b)`;
const NUMBER = String.raw`(?:${CURRENCY}\s?)?(?:${DIGITS}|${WORD_NUM}${WORD_DECIMAL}?|(?:half )?an?(?=${WRITTEN_SCALE}))(?:${SCALE})?${SCALE_CHAIN}?${AND_TAIL}?(?:\s(?:1\/2|and a half)(?:${LARGER_SCALE})?)?`;
/** A share after a hyphen that joins two figures without spaces ("60-80 percent", "10–15%"): a range, where "2-1" or "2008-09" is none. */
const PERCENT_AFTER = String.raw`\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)`;
/**
 * A plural after a hyphen that joins two figures ("20-25 people", "30–40 homes"): a range too, when the
 * second is the larger (`hyphenNoRange`: "a 2-1 wins record", "2008-09 seasons" read their first figure).
 */
const PLURAL_AFTER = String.raw`\d{1,3}(?:,\d{3})*\s(?:[a-z]+s|people|men|women|children|staff|police)\b`;
const RANGE = String.raw`between\s+(${NUMBER})\s+and\s+(${NUMBER})|from\s+(${NUMBER})\s+to\s+(${NUMBER})|(${NUMBER})(?: (?:to|-|–) |[-–](?=${PERCENT_AFTER}|${PLURAL_AFTER}))(${NUMBER})`;

export const QUANTITY = new RegExp(
  String.raw`(?<![\p{L}\p{N}$€£¥.,-])(?:(${APPROX})\s+)?(?:(${RANGE})|(${VAGUE_RE})|(${NUMBER}))(?:\s?(%|percent|per cent|(?<=\d)pc)|\s(?:US\s)?(dollars|euros|pounds|yen)\b)?(?![\p{L}\p{N}]|[.,]\d)`,
  'giu',
);

/**
 * The words the superlative claims of qualitative.ts turn on (their gate words), lower case:
 * "most" and "a record" are asked before white space, which is looser than their patterns.
 */
export const SUPERLATIVE_WORDS = ['worst', 'deadliest', 'bloodiest', 'heaviest', 'fiercest', 'biggest', 'largest', 'highest', 'lowest', 'strongest', 'weakest', 'sharpest', 'fastest', 'slowest', 'smallest', 'hottest', 'coldest', 'warmest', 'coolest', 'wettest', 'driest', 'windiest', 'snowiest', 'sunniest', 'widest', 'narrowest', 'most', 'unprecedented', 'a record'];
/** The words of a fraction (fractions.ts), lower case: the scan marks `fractionSeen` at each, as it does for superlatives. */
export const FRACTION_WORDS = ['half', 'halves', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'tenth', 'tenths'];

/** Key of a table by the letter numbers (1–26, 0 for none) of a word's first three letters. */
const prefixKey = (a: number, b: number, c: number) => ((a & 31) << 10) | ((b & 31) << 5) | (c & 31);
/** An ASCII letter or digit. */
const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122);

/** QUANTITY anchored where it is tried: only at the positions `nextCandidate` lets through. */
const QUANTITY_AT = new RegExp(QUANTITY.source, 'iuy');
/** Has QUANTITY_AT been compiled to machine code (`compileToMachineCode`)? At the first search, not at load: a process that never searches (a server's main thread) pays nothing. */
let quantityCompiled = false;

/** The QUANTITY matches of a search of `s` from `from` (`quantityMatchesIn` over the whole of `s`). */
export function quantityMatchesAt(s: string, from: number): RegExpExecArray[] {
  return quantityMatchesIn(s, 0, s.length, s, from);
}

/**
 * The QUANTITY matches of a search of the piece `start`..`end` of `text` (a sentence), from `from`,
 * as a search of the piece's own string `piece` finds them (indexes from the piece's start). The
 * global search tries the pattern at every position; here it is tried only where a match may start
 * (`nextCandidate`), which are the same first positions with a match, so the same matches. A plain
 * figure ("40", "2019") is read without the pattern (`plainFigureAt`). The scan reads the
 * document's own string, not the piece: reading a character of a slice of a string costs more than
 * one of the string itself. Every read is kept to the piece, as the pattern run on the piece sees
 * nothing outside it.
 * (s30 counts per 1,000 cold docs: 37,598 calls, 4,851 reach the pattern, ~5-10 ms together in a
 * replay; most of this function's self time is firstFigureWord's walk over every sentence's letters)
 */
export function quantityMatchesIn(text: string, start: number, end: number, piece = text.slice(start, end), from = start): RegExpExecArray[] {
  // The list only once a match is found: most sentences hold none (one fresh array less each).
  let found: RegExpExecArray[] | undefined;
  superlativeSeen = false;
  fractionSeen = false;
  crowdSeen = false;
  figureFree = false;
  if (!quantityCompiled) {
    quantityCompiled = true;
    compileToMachineCode(QUANTITY_AT);
  }
  // Most sentences hold no figure, and most of those no word a match is made of: one native search
  // of the piece rules them out before the scan visits every character, and in the others the scan
  // starts a few words before the first such word (`firstFigureWord`, `wordsBack`).
  if (from === start) {
    const first = firstFigureWord(text, start, end);
    if (first < 0) { figureFree = true; return NO_MATCHES; }
    from = wordsBack(text, start, first, WORDS_BEFORE_FIGURE);
  }
  for (let p = nextCandidate(text, start, end, from); p >= 0; ) {
    let m = isAsciiDigit(text.charCodeAt(p)) ? plainFigureAt(text, start, end, p) : loneNumberWordAt(text, start, end, p);
    if (m === undefined) m = openedFigureAt(text, start, end, p);
    if (m === undefined) {
      QUANTITY_AT.lastIndex = p - start;
      m = QUANTITY_AT.exec(piece);
    }
    if (m !== null) {
      // (a range read without the pattern reads the piece, as the pattern's own match does: hyphenNoRange looks after it)
      if (m[7] !== undefined) m.input = piece;
      // "gave $2 million to 300 families": no range (its bounds fall), but a sum and then a count.
      // ("KSh 300 million to six counties": the sign before the match, regional-money.ts, makes the first figure a sum too)
      if (m[7] !== undefined && (invertedSum(m[7], m[8]) || hyphenNoRange(m) || signedBefore(text, p) && parseNumber(m[7]) > parseNumber(m[8]))) m = firstFigureOf(piece, p - start, m) ?? m;
      // "two million three hundred thousand": a smaller scale after a million (kept out of the pattern, which is near V8's 20 KB)
      if (m[10] !== undefined && endsInLargeScale(m[0])) scaleGoesOn(piece, m);
      (found ??= []).push(m);
      p = resumeScan(text, start, end, p + m[0].length);
    } else {
      p = resumeScan(text, start, end, p + 1);
    }
  }
  return found ?? NO_MATCHES;
}

/** What a piece without a match gives: one empty list, read only. */
const NO_MATCHES: RegExpExecArray[] = [];

/**
 * What `quantityMatchesIn` gives for a piece known to hold nothing `firstFigureWord` looks for
 * (02-tokens.ts `tokenize`'s figures): no match, nothing marked, `figureFreePiece()` true.
 */
export function figureFreeMatches(): RegExpExecArray[] {
  superlativeSeen = false;
  fractionSeen = false;
  crowdSeen = false;
  figureFree = true;
  return NO_MATCHES;
}

/**
 * `nextCandidate` from `from`, but from a few words before the next figure word (`firstFigureWord`)
 * when that is further on: the gate passes over the words between, where no match starts and no
 * word is marked, for less than the scan (as at the piece's start). -1 when no figure word is left.
 */
function resumeScan(text: string, start: number, end: number, from: number): number {
  const next = firstFigureWord(text, from, end);
  if (next < 0) return -1;
  return nextCandidate(text, start, end, wordsBack(text, from, next, WORDS_BEFORE_FIGURE));
}

/**
 * What every QUANTITY match holds (an ASCII digit, or a number word, a scale or a vague magnitude:
 * a currency sign, an approximation, "a" or "between" goes on only to one of those) and the words
 * the scan marks (SUPERLATIVE_WORDS, FRACTION_WORDS), each at the start of a word as the scan meets
 * them (after no ASCII letter or digit; `\b`, or a '_' the scan passes), as a prefix: a superset.
 * 'ſ' and the Kelvin sign, which the scan folds to ASCII letters and this pattern does not, let
 * any piece through.
 */
const FIGURE_WORDS = [
  ...Object.keys(UNITS), 'dozen', 'hundred', 'thousand', 'million', 'billion', 'trillion', 'score', 'handful',
  ...SUPERLATIVE_WORDS.map((w) => w.replace(/^a /, '')), ...FRACTION_WORDS,
];
export const MAY_HOLD_FIGURE = new RegExp(String.raw`[0-9\u017f\u212a]|(?:\b|_)(?:${FIGURE_WORDS.join('|')})`, 'i');
/** FIGURE_WORDS by the key (`prefixKey`) of their first three letters (all have three). */
const FIGURE_WORDS_BY_KEY = new Map<number, string[]>();
const FIGURE_WORD_KEYS = new Uint8Array(1 << 15);
for (const w of FIGURE_WORDS) {
  const key = prefixKey(w.charCodeAt(0) - 96, w.charCodeAt(1) - 96, w.charCodeAt(2) - 96);
  FIGURE_WORD_KEYS[key] = 1;
  (FIGURE_WORDS_BY_KEY.get(key) ?? FIGURE_WORDS_BY_KEY.set(key, []).get(key)!).push(w);
}

/**
 * Where MAY_HOLD_FIGURE first finds something in the piece `s`, or -1: then the scan finds no match
 * and marks nothing. Before the position it gives there is no match's figure or scale and no word
 * the scan marks.
 */
// Tried (s17): a per-lexeme "may hold a figure" bit OR-ed over the sentence's tokens instead of this
// search. Over 1,500 novel docs (57k sentences, 1.06M tokens): this search ~37 ms, the bits ~100 ms
// (each token's lexeme must be looked up: tokens carry one only once the entity stage asked), ~17 ms
// only if every token already held its lexeme.
// Read by hand (s19): the search visited every character in the pattern's alternation; this loop
// looks up a word's first three letters only where a word starts and steps over the rest of it.
export function firstFigureWord(s: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 0x17f || c === 0x212a) return i;
    if (!isAsciiLetter(c)) continue;
    // (`\b` of a pattern without the `u` flag: after no ASCII letter, digit or '_'; or the '_' itself)
    const b = i > start ? s.charCodeAt(i - 1) : 0;
    if (!isAsciiAlnum(b) && figureWordAt(s, end, i)) return b === 95 ? i - 1 : i;
    while (i + 1 < end && isAsciiLetter(s.charCodeAt(i + 1))) i++;
  }
  return -1;
}

/** Does one of FIGURE_WORDS start at the ASCII letter `p` of `s` (before `end`), ASCII letters compared without case as the pattern (no `u` flag) compares? */
export function figureWordAt(s: string, end: number, p: number): boolean {
  if (p + 3 > end) return false;
  const l1 = s.charCodeAt(p + 1) | 0x20, l2 = s.charCodeAt(p + 2) | 0x20;
  if (l1 < 97 || l1 > 122 || l2 < 97 || l2 > 122) return false;
  const key = prefixKey((s.charCodeAt(p) | 0x20) - 96, l1 - 96, l2 - 96);
  if (FIGURE_WORD_KEYS[key] === 0) return false;
  for (const w of FIGURE_WORDS_BY_KEY.get(key)!) {
    if (p + w.length > end) continue;
    let k = 3;
    while (k < w.length && (s.charCodeAt(p + k) | 0x20) === w.charCodeAt(k)) k++;
    if (k === w.length) return true;
  }
  return false;
}

/**
 * How many words may stand in a match before the word of its first figure, scale or vague
 * magnitude: an approximation of up to three ("as many as"), then "between"/"from", a currency word
 * and "a" before a scale ("as many as between US$ a million and …": six), or two words of a vague
 * quantity ("a few hundred", "tens of thousands"); one more to spare.
 */
const WORDS_BEFORE_FIGURE = 7;
/** White space that surely parts two words of a match (a subset of the pattern's `\s`: any other character only makes a longer word). */
const isBreak = (c: number) => c === 32 || (c >= 9 && c <= 13);

/**
 * The start of the word `n` words before the one at `i` of `s` (words parted by `isBreak`), or `floor`
 * when that is further back. The scan started there finds what it finds from the piece's start when
 * no match starts and no marked word stands before `i` less `n` words: before that start it would
 * only have passed over candidates that match nothing, and it enters after white space as it would
 * have. (The walk stops at `floor`, the piece's start or where the scan already is, and reads the
 * document's string, not the piece's: walking back past where the scan resumes anyway, on a slice,
 * was ~8% of the warm figure scan.)
 */
function wordsBack(s: string, floor: number, i: number, n: number): number {
  while (i > floor && !isBreak(s.charCodeAt(i - 1))) i--;
  for (let k = 0; k < n && i > floor; k++) {
    while (i > floor && isBreak(s.charCodeAt(i - 1))) i--;
    while (i > floor && !isBreak(s.charCodeAt(i - 1))) i--;
  }
  return i;
}

/** Is "X to Y" a sum followed by a smaller figure ("$2 million to 300"), which no range can be? */
export function invertedSum(first: string, second: string): boolean {
  return (/[$€£¥]/.test(first) || CODE_BEFORE.test(first)) && parseNumber(first) > parseNumber(second);
}

/**
 * Are the figures of an "X-Y" match joined by a bare hyphen or dash, before no share, and no range of
 * a count: Y no larger than X ("2-1", "2008-09": a score, a season), X zero ("an 0-14 record"), a
 * capitalised word after it ("15-17 Bulldogs": a team's tally; the pattern's case folding lets it
 * through), or a month and day after "the" ("the 7-14 raids": a date)?
 */
export function hyphenNoRange(m: RegExpExecArray): boolean {
  const c = m[0].charCodeAt(m[0].indexOf(m[7]) + m[7].length);
  if (!(c === 45 || c === 0x2013) || m[11] !== undefined) return false;
  const a = parseNumber(m[7]), b = parseNumber(m[8]);
  if (!(a < b) || a === 0) return true;
  const after = m.input.charCodeAt(m.index + m[0].length + 1);
  if (after >= 65 && after <= 90) return true;
  return a <= 12 && b <= 31 && /\bthe\s+$/i.test(m.input.slice(Math.max(0, m.index - 5), m.index));
}

/**
 * The match of the first figure alone of a bare "X to Y" match `m` found at `at` of `piece`: the
 * pattern run again on the piece cut right after X, where no range can form. Null if it finds none.
 */
function firstFigureOf(piece: string, at: number, m: RegExpExecArray): RegExpExecArray | null {
  QUANTITY_AT.lastIndex = at;
  return QUANTITY_AT.exec(piece.slice(0, at + m[0].indexOf(m[7]) + m[7].length));
}

/**
 * The code of `t` at `i`, or 0 at or past `end`. Every test of this scan reads a NUL as it reads the
 * end (no letter, digit, sign or space); 0, not NaN, keeps the codes small integers, which the
 * optimised code was built for (a NaN made it bail out and recompile).
 */
const codeAt = (t: string, end: number, i: number) => (i < end ? t.charCodeAt(i) : 0);

/** ASCII characters the pattern's look-behind refuses a match after: a letter or digit, `$`, `.`, `,`, `-`. */
const blocksStart = (c: number) => isAsciiAlnum(c) || c === 36 || c === 46 || c === 44 || c === 45;
/** What an ASCII character is to the candidate scan (`nextCandidate`), by bits. */
const BLOCKS = 1, STARTS = 2, LETTER_START = 4, BEFORE_WORD = 8;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_CLASS[c] = (blocksStart(c) ? BLOCKS : 0) | ((c >= 48 && c <= 57) || c === 36 ? STARTS : 0) | (isAsciiAlnum(c) && c > 57 ? LETTER_START : 0)
    | (c === 36 || c === 46 || c === 44 || c === 45 ? BEFORE_WORD : 0);
}
/** The class of any character: the three other currency signs start a match; 'ſ' and the Kelvin sign fold to ASCII letters. */
const classOfChar = (c: number) => (c < 128 ? ASCII_CLASS[c] : c === 0x20ac || c === 0xa3 || c === 0xa5 ? STARTS : c === 0x17f || c === 0x212a ? LETTER_START : 0);

/**
 * An ASCII letter as the pattern's Unicode case folding reads it, as a number 1–26 ('ſ' is 's', the
 * Kelvin sign 'k'), or 0 for any other character (also past the end: `codeAt`'s 0).
 */
function letterIndex(c: number): number {
  const l = c | 0x20;
  if (l >= 97 && l <= 122) return l - 96;
  return c === 0x17f ? 19 : c === 0x212a ? 11 : 0;
}
/** Is `c` an ASCII character `\b` reads as a word character (a letter, digit or '_')? */
const isAsciiWordChar = (c: number) => isAsciiAlnum(c) || c === 95;
const isSpaceAt = (s: string, end: number, i: number) => i < end && isSpace(s.charCodeAt(i));

/**
 * What must follow a start phrase for a match to go on: anything (a number word), white space (a
 * vague quantity, "half"), white space and the start of a figure (an approximation, "between",
 * "from"), or for "a"/"an" a scale (`scaleMayFollow`).
 */
const ANY = 0, SPACE = 1, FIGURE = 2, A_SCALE = 3, SUPERLATIVE = 4, FRACTION = 5;
interface StartPhrase { words: string[]; follow: number }
/**
 * The phrases a QUANTITY match may start with: the approximations ("nearly", "at least"),
 * "between" and "from" of a range, the number words, "half a", "a"/"an" before a scale ("a
 * million", "am", "anbn", and so "a dozen", "a further", "an estimated") and the vague quantities
 * ("tens of", "several hundred"). Keyed by the letter numbers of the first three letters of their
 * first word (0 for a word's end), as `prefixKey` builds them; "a" and "an" also under every
 * third letter after "am", "ab", "anm" and "anb" (a scale glued to them).
 */
const START_PHRASES: StartPhrase[][] = [[]];
/** Index in START_PHRASES of the phrases under a key (0: none): a typed table, as most words are passed over on this lookup alone. */
const START_INDEX = new Uint16Array(1 << 15);
{
  const add = (phrase: string, follow: number) => {
    const words = phrase.split(' ');
    const w = words[0];
    const l = (i: number) => (i < w.length ? w.charCodeAt(i) - 96 : 0);
    const keys = [prefixKey(l(0), l(1), l(2))];
    if (follow === A_SCALE) {
      for (let x = 0; x <= 26; x++) keys.push(w === 'a' ? prefixKey(1, 13, x) : prefixKey(1, 14, 13), w === 'a' ? prefixKey(1, 2, x) : prefixKey(1, 14, 2));
    }
    for (const k of new Set(keys)) {
      if (START_INDEX[k] === 0) START_INDEX[k] = START_PHRASES.push([]) - 1;
      START_PHRASES[START_INDEX[k]].push({ words, follow });
    }
  };
  // first under their keys: they only mark the piece (`superlativeSeen`) and let the scan go on
  for (const w of SUPERLATIVE_WORDS) add(w, SUPERLATIVE);
  for (const w of FRACTION_WORDS) add(w, FRACTION);
  // "a" and "an" with their own test of what follows, which covers the phrases that start with them
  add('a', A_SCALE);
  add('an', A_SCALE);
  for (const phrase of APPROX.split('|')) if (!/^an?\\/.test(phrase)) add(phrase.replace(/\\s\+/g, ' '), FIGURE);
  for (const w of ['between', 'from']) add(w, FIGURE);
  add('half a', A_SCALE);
  add('half an', A_SCALE);
  for (const w of ['tens of thousands', 'several dozen', 'several hundred', 'several thousand', 'dozens', 'scores', 'hundreds', 'thousands', 'millions']) add(w, SPACE);
  for (const w of Object.keys(UNITS)) add(w, ANY);
}

/**
 * Was one of SUPERLATIVE_WORDS seen at the start of a word (after a character `\b` takes for a
 * word's end) in the piece the last `quantityMatchesIn` searched? The scan that looks for figures
 * visits every such start, so the search for superlative claims (qualitative.ts) need not read
 * again the many sentences without one. Says yes at every such word (a superset: the patterns decide).
 */
let superlativeSeen = false;
/**
 * Did the last `quantityMatchesIn` of a whole piece find nothing `firstFigureWord` looks for (so no
 * ASCII digit at all)? The sentence's other searches that need a digit then need not read it.
 */
let figureFree = false;
export function figureFreePiece(): boolean {
  return figureFree;
}
export function superlativeWordSeen(): boolean {
  return superlativeSeen;
}

let fractionSeen = false;
/** Was a word of FRACTION_WORDS seen at the start of a word in the piece the last `quantityMatchesIn` searched? */
export function fractionWordSeen(): boolean {
  return fractionSeen;
}

let crowdSeen = false;
/**
 * Was a vague crowd's word ("dozens", "scores", "hundreds", "thousands", also "millions": the
 * one-word vague quantities) seen at the start of a word after white space or another character the
 * scan stops at, in the piece the last `quantityMatchesIn` searched? A superset of the crowds
 * vague-harm-objects.ts looks for, each after a verb and white space, which no match covers.
 */
export function crowdWordSeen(): boolean {
  return crowdSeen;
}

/** Marks `superlativeSeen` when a word of SUPERLATIVE_WORDS starts at the letter `p`, after one of `$`, `.`, `,`, `-` (where the figure scan passes over words). */
function superlativeAfterSign(s: string, end: number, p: number): void {
  const l1 = letterIndex(codeAt(s, end, p + 1));
  const at = START_INDEX[prefixKey(letterIndex(s.charCodeAt(p)), l1, l1 === 0 ? 0 : letterIndex(codeAt(s, end, p + 2)))];
  if (at !== 0) {
    for (const { words, follow } of START_PHRASES[at]) {
      if (follow === SUPERLATIVE && phraseEnd(s, end, p, words) >= 0) superlativeSeen = true;
      else if (follow === FRACTION && phraseEnd(s, end, p, words) >= 0) fractionSeen = true;
    }
  }
}

/** Does `s` hold `w` (lower-case ASCII) at `p`, as the pattern's case folding compares? */
function foldedWordAt(s: string, end: number, p: number, w: string): boolean {
  if (p + w.length > end) return false;
  for (let i = 0; i < w.length; i++) if (letterIndex(s.charCodeAt(p + i)) !== w.charCodeAt(i) - 96) return false;
  return true;
}

/** The end of the words of `phrase` at `p`, with white space between them, or -1. */
function phraseEnd(s: string, end: number, p: number, words: string[]): number {
  let q = p;
  for (let i = 0; i < words.length; i++) {
    if (i > 0) {
      if (!isSpaceAt(s, end, q)) return -1;
      while (isSpaceAt(s, end, q)) q++;
    }
    if (!foldedWordAt(s, end, q, words[i])) return -1;
    q += words[i].length;
  }
  return q;
}

/** The first non-space at or after `q`, when `q` is white space; else -1. */
function afterSpace(s: string, end: number, q: number): number {
  if (!isSpaceAt(s, end, q)) return -1;
  while (isSpaceAt(s, end, q)) q++;
  return q;
}

/** "m" or "bn" at `q` as a word of its own (`(?:m|bn)\b`; a non-ASCII character after it is let through). */
function glueScaleAt(s: string, end: number, q: number): boolean {
  const l = letterIndex(codeAt(s, end, q));
  const r = l === 13 ? q + 1 : l === 2 && letterIndex(codeAt(s, end, q + 1)) === 14 ? q + 2 : -1;
  return r >= 0 && !isAsciiWordChar(codeAt(s, end, r)); // (past the end: 0)
}

/** The words after "a"/"an" and white space that go on a match: a scale, a vague quantity ("a few dozen", "a handful"), an approximation ("a further", "an estimated"). */
const AFTER_A = ['further', 'few', 'dozen', 'handful', 'hundred', 'thousand', 'million', 'billion', 'trillion', 'additional', 'estimated'];

/** After "a"/"an" at `q`: a scale glued to it ("am", "anbn"), or white space and "m", "bn" or a word of AFTER_A. */
function scaleMayFollow(s: string, end: number, q: number): boolean {
  if (glueScaleAt(s, end, q)) return true;
  const r = afterSpace(s, end, q);
  if (r < 0) return false;
  if (glueScaleAt(s, end, r)) return true;
  for (const w of AFTER_A) if (foldedWordAt(s, end, r, w)) return true;
  return false;
}

const CODE_SET: ReadonlySet<string> = new Set(CURRENCY_CODES);
/** Is `word` an ISO currency code of news copy ("SGD", "vnd"), any case? */
export function isCurrencyCode(word: string): boolean {
  return word.length === 3 && CODE_SET.has(word.toLowerCase());
}

/** Keys (`prefixKey`) of the three letters of the CURRENCY_CODES. */
const CODE_KEYS = new Set(CURRENCY_CODES.map((w) => prefixKey(w.charCodeAt(0) - 96, w.charCodeAt(1) - 96, w.charCodeAt(2) - 96)));
/** Is there an ISO currency code at `p` (code `c`) with a digit right after it, or after one white space? */
function codeBeforeFigure(s: string, end: number, p: number, c: number): boolean {
  let d = codeAt(s, end, p + 3);
  if (!isAsciiDigit(d)) {
    if (!isSpace(d)) return false;
    d = codeAt(s, end, p + 4);
    if (!isAsciiDigit(d)) return false;
  }
  return CODE_KEYS.has(prefixKey(letterIndex(c), letterIndex(codeAt(s, end, p + 1)), letterIndex(codeAt(s, end, p + 2))));
}

/** The quick test of `letterMayStart`, which passes over most words: a currency code, or the first three letters of a start phrase. */
function mayBeStartWord(s: string, end: number, p: number, c: number): boolean {
  const c1 = codeAt(s, end, p + 1);
  const l1 = letterIndex(c1);
  if (c1 === 36) return true;
  const c2 = codeAt(s, end, p + 2);
  if (codeBeforeFigure(s, end, p, c)) return true;
  if (l1 === 0) return START_INDEX[prefixKey(letterIndex(c), 0, 0)] !== 0;
  return c2 === 36 || START_INDEX[prefixKey(letterIndex(c), l1, letterIndex(c2))] !== 0;
}

/**
 * Can a QUANTITY match start at the letter `p` (code `c`), by its first words? Says yes at every
 * start of a match (a superset: the pattern decides). `nested`: after an approximation or "from",
 * where a figure must follow; one more such phrase is let through without looking further.
 */
function letterMayStart(s: string, end: number, p: number, c: number, nested = false): boolean {
  const c1 = codeAt(s, end, p + 1);
  const l1 = letterIndex(c1);
  // a currency with a country code: "US$", "A$"; an ISO code before a figure: "SGD1.75"
  if (c1 === 36 || (l1 !== 0 && codeAt(s, end, p + 2) === 36)) return true;
  if (codeBeforeFigure(s, end, p, c)) return true;
  const at = START_INDEX[prefixKey(letterIndex(c), l1, l1 === 0 ? 0 : letterIndex(codeAt(s, end, p + 2)))];
  if (at === 0) return false;
  for (const { words, follow } of START_PHRASES[at]) {
    const q = phraseEnd(s, end, p, words);
    if (q < 0) continue;
    if (follow === ANY) return true;
    if (follow === SUPERLATIVE) {
      superlativeSeen = true;
      continue;
    }
    if (follow === FRACTION) {
      fractionSeen = true;
      continue;
    }
    if (follow === SPACE) {
      if (words.length === 1) crowdSeen = true;
      if (isSpaceAt(s, end, q)) return true;
    } else if (follow === A_SCALE) {
      if (scaleMayFollow(s, end, q)) return true;
    } else {
      const r = afterSpace(s, end, q);
      if (r >= 0 && (nested || figureMayStart(s, end, r))) return true;
    }
  }
  return false;
}

/** Can a figure (what follows an approximation or "from") start at `r`, after white space? */
function figureMayStart(s: string, end: number, r: number): boolean {
  const c = codeAt(s, end, r);
  const k = classOfChar(c);
  return (k & STARTS) !== 0 || ((k & LETTER_START) !== 0 && letterMayStart(s, end, r, c, true));
}

/**
 * The first position at or after `from`, before `end`, where a QUANTITY match may start in the
 * piece of `s` from `start`, or -1: not after an ASCII
 * letter or digit, `$`, `.`, `,` or `-` (the look-behind refuses those; any other character is left
 * to the pattern), and at a digit, a currency sign or a letter that `letterMayStart` lets through.
 */
function nextCandidate(s: string, start: number, end: number, from: number): number {
  let i = from > start && (classOfChar(s.charCodeAt(from - 1)) & BLOCKS) !== 0 ? blockEnd(s, end, from) : from;
  while (i < end) {
    const c = s.charCodeAt(i);
    const k = classOfChar(c);
    if (k === 0) {
      i++;
      continue;
    }
    if ((k & STARTS) !== 0) return i;
    if ((k & LETTER_START) !== 0 && mayBeStartWord(s, end, i, c) && letterMayStart(s, end, i, c)) return i;
    i = (k & BLOCKS) !== 0 ? blockEnd(s, end, i + 1) : i + 1;
  }
  return -1;
}

// Measured in s16 (2,000 cold-corpus docs, the scan alone and findClaims alone, interleaved A/B): the
// word-start test (`mayBeStartWord`) is ~30% of this scan and `letterMayStart` with the pattern's
// tries at letters ~20%; the character loop itself runs near the speed of a bare charCodeAt loop.
// Tried without gain: the places found by one pattern of START_INDEX's prefixes run natively
// (`lastIndex` hops, then the same test at each) was 2x slower (a word in ten is a place, each a
// pattern call); a 27x27 table of the first two letters before the three-letter key, and the keys
// as a 4 KB bit table, were within the noise (+-5%). In toQuantity, skipping the approximation's
// string and the spread object for plain figures was ~2% of findClaims (~0.5% of the analysis),
// below what abi.mjs resolves, and was not kept.
// Measured in s17 (findClaims alone, interleaved on the same inputs of 8,000 novel docs): that
// literal again, with a test for the bracket before capacity.ts's CONVERTED_BEFORE, its distance
// test asked only after a hint, and a length test before LONE_ONE's trim: 1.026 against the same
// build's own 1.024, not kept. The gate of whole sentences (`firstFigureWord`) costs about as much
// as the scan of the sentences it rules out (~5 ns a character either way: a native alternation of
// 60 words under /i); what it saves is mostly the words before a sentence's first figure.
/** The end of the run of characters from `i` after which no match starts (ASCII letters, digits, `$`, `.`, `,`, `-`). */
function blockEnd(s: string, end: number, i: number): number {
  // (`i - 1` is in the piece: the scan enters after a character of it)
  const b = s.charCodeAt(i - 1);
  let sign = b < 128 && (ASCII_CLASS[b] & BEFORE_WORD) !== 0;
  while (i < end) {
    const c = s.charCodeAt(i);
    if (c >= 128) return i;
    const k = ASCII_CLASS[c];
    if ((k & BLOCKS) === 0) return i;
    // a word after "$", ".", ",", "-" starts after a word's end, though no figure starts there
    if (sign && (k & LETTER_START) !== 0) superlativeAfterSign(s, end, i);
    sign = (k & BEFORE_WORD) !== 0;
    i++;
  }
  return i;
}

const isAsciiDigit = (c: number) => c >= 48 && c <= 57;
/** Letters (folded) that may go on a figure after one space: a scale, "to", "per cent", "percent", a currency name, "and a half". */
const GOES_ON = new Set([...'dhtmbpeyau'].map((c) => c.charCodeAt(0)));

/**
 * The pattern's array for a match of a lone figure (digits or a number word, with a scale after it
 * if any) at `p` to `q` of the piece from `start`: the figure in groups 0 and 10; with a share after
 * it ('%', "percent", "per cent", "pc": `unitStart` to `unitEnd`), that in group 11 and the match.
 * Opened by an approximation or a currency sign (`openedFigureAt`): the match from `p`, the approximation
 * (`p` to `approxEnd`) in group 1 and the figure from `figureAt` (its sign with it) in group 10.
 */
function figureMatch(s: string, start: number, p: number, q: number, figureAt = p, approxEnd = -1, unitStart = -1, unitEnd = q): RegExpExecArray {
  const whole = s.slice(p, unitEnd);
  const figure = figureAt === p && unitEnd === q ? whole : s.slice(figureAt, q);
  const approx = approxEnd < 0 ? undefined : s.slice(p, approxEnd);
  const m = [whole, approx, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, figure, unitStart < 0 ? undefined : s.slice(unitStart, unitEnd), undefined] as unknown as RegExpExecArray;
  m.index = p - start;
  m.input = s;
  m.groups = undefined;
  return m;
}

/** The end of the run of ASCII digits from `i`. */
function digitsEnd(s: string, end: number, i: number): number {
  while (i < end && isAsciiDigit(s.charCodeAt(i))) i++;
  return i;
}

/**
 * What the pattern finds at the digit `p` when that is plain to see: the match of a plain figure
 * (DIGITS: ASCII digits, groups of three after commas when at most three lead, a decimal part)
 * with nothing the pattern could add: then the end, white space and a character that cannot go on
 * a figure, or ASCII punctuation other than `.`/`,` before a digit; or a '%' with no letter or
 * digit after it ("12.5%"). Null for no match (after an ASCII letter, digit, `$`, `.`, `,` or `-`,
 * or bare digits and an ASCII letter that starts no scale or percent: "20th", "3g"). Undefined when
 * the pattern must decide.
 */
// (decimals, thousands and shares read here too: they were a fifth of the pattern's runs)
/** After a figure's first digits at `q` (a comma): the end of the Indian grouping's ",dd…,ddd" ("1,20,000"), or `q` when none. */
function indianGroupsEnd(s: string, end: number, q: number): number {
  let r = q;
  while (codeAt(s, end, r) === 44 && digitsEnd(s, end, r + 1) === r + 3) r += 3;
  return r > q && codeAt(s, end, r) === 44 && digitsEnd(s, end, r + 1) === r + 4 ? r + 4 : q;
}

function plainFigureAt(s: string, start: number, end: number, p: number, from = p, figureAt = p, approxEnd = -1): RegExpExecArray | null | undefined {
  if (from === p && p > start) {
    const b = s.charCodeAt(p - 1);
    if (b > 127) return undefined;
    if (blocksStart(b)) return null;
  }
  let q = digitsEnd(s, end, p + 1);
  // only digits so far: an ASCII letter after them leaves no match, where after a decimal the pattern decides
  let bare = true;
  if (q - p <= 3 && codeAt(s, end, q) === 44 && isAsciiDigit(codeAt(s, end, q + 1))) {
    // "1,234,567": the pattern's first DIGITS, which takes every group of exactly three digits
    while (codeAt(s, end, q) === 44 && digitsEnd(s, end, q + 1) === q + 4) q += 4;
    // "1,20,000": the Indian grouping, pairs of digits before the last three (the pattern reads it too)
    if (q - p <= 2 && codeAt(s, end, q) === 44) q = indianGroupsEnd(s, end, q);
    bare = false;
  }
  if (codeAt(s, end, q) === 46 && isAsciiDigit(codeAt(s, end, q + 1))) {
    q = digitsEnd(s, end, q + 2);
    bare = false;
  }
  if (q < end) {
    const c = s.charCodeAt(q);
    if (c > 127 && !isClosingMark(c)) return undefined;
    if (c === 37) {
      const e = codeAt(s, end, q + 1);
      return e > 127 || isAsciiAlnum(e) || ((e === 46 || e === 44) && isAsciiDigit(codeAt(s, end, q + 2))) ? undefined : figureMatch(s, start, from, q, figureAt, approxEnd, q, q + 1);
    }
    if (isAsciiAlnum(c)) {
      const l = c | 0x20;
      if (l === 109 || l === 98 || l === 112) return scaledFigureAt(s, start, end, q, q, from, figureAt, approxEnd); // "5m", "5bn", "5percent"
      return bare ? null : undefined;
    }
    // "9,1", "10.4.1": no grouping or decimal of the pattern's ends there, and every shorter figure is followed by a digit or ".5"
    if ((c === 46 || c === 44) && isAsciiDigit(codeAt(s, end, q + 1))) return null;
    if (c === 45) return hyphenGoesOn(s, end, q + 1, WRITTEN_SCALES) ? undefined : figureMatch(s, start, from, q, figureAt, approxEnd); // "5-million"; "27-year"
    if (c === 32) {
      const r = rangeSecondAt(s, end, q);
      if (r >= 0) return rangeMatchAt(s, start, end, q, r, from, figureAt, approxEnd);
    }
    if (isSpace(c) && q + 1 < end) {
      const d = s.charCodeAt(q + 1);
      if (d > 127 || d === 49 || d === 37 || d === 45) return undefined;
      // (by the whole word, not its first letter: "20 people", "1998 the" were left to the pattern, ~a quarter of its runs)
      if (GOES_ON.has(d | 0x20) && (glueScaleAt(s, end, q + 1) || goesOnWordAt(s, end, q + 1, DIGITS_GO_ON_WORDS))) return scaledFigureAt(s, start, end, q, q + 1, from, figureAt, approxEnd);
    }
  }
  return figureMatch(s, start, from, q, figureAt, approxEnd);
}

/** The written scales of SCALE, after white space (the hyphen before one is left to the pattern). */
const WRITTEN_SCALES = ['dozen', 'hundred', 'thousand', 'million', 'billion', 'trillion'];
/**
 * What may go on a figure's scale after one white space (a prefix of the next word is enough to leave the
 * figure to the pattern): a number word or a scale (SCALE_CHAIN, AND_TAIL, scale-goes-on.ts), "and"
 * (AND_TAIL, "and a half"), a range's "to", a share, a currency name.
 */
const AFTER_SCALE_WORDS = [...Object.keys(UNITS), ...WRITTEN_SCALES, 'and', 'to ', 'percent', 'per cent', 'us', 'dollars', 'euros', 'pounds', 'yen'];

/**
 * The match of a plain figure (digits `from`..`q`, as `plainFigureAt` read them) with one scale or share at
 * `r` (`q`, or `q + 1` after one white space) when that is plain to see: a share ("20 percent", "20 per
 * cent", "20percent", "20pc") before no letter or digit; a written scale ("5 million", "$2 billion") or
 * "m"/"bn" ("5m", "3.5 bn") before nothing that could go on it (`scaleEnds`). Undefined when the pattern
 * must decide (a hyphen, a second scale, "and a half", a range, a share or currency after the scale).
 * (Counted per 1,000 docs of the bench corpus: ~640 of the ~4,350 candidates the pattern read were so.)
 */
function scaledFigureAt(s: string, start: number, end: number, q: number, r: number, from: number, figureAt: number, approxEnd: number): RegExpExecArray | undefined {
  const share = foldedTextAt(s, end, r, 'percent') ? r + 7 : foldedTextAt(s, end, r, 'per cent') ? r + 8 : r === q && foldedTextAt(s, end, r, 'pc') ? r + 2 : -1;
  if (share >= 0) {
    const c = codeAt(s, end, share);
    if (c > 127 || isAsciiAlnum(c) || ((c === 46 || c === 44) && isAsciiDigit(codeAt(s, end, share + 1)))) return undefined;
    return figureMatch(s, start, from, q, figureAt, approxEnd, r, share);
  }
  let e = -1;
  if (r > q) for (const w of WRITTEN_SCALES) if (foldedWordAt(s, end, r, w)) e = r + w.length;
  if (e < 0 && glueScaleAt(s, end, r)) e = letterIndex(s.charCodeAt(r)) === 13 ? r + 1 : r + 2;
  return e >= 0 && scaleEnds(s, end, e) ? figureMatch(s, start, from, e, figureAt, approxEnd) : undefined;
}

/**
 * Does nothing the pattern could add follow a figure's scale ending at `e`: the end, or an ASCII
 * character that is no word character, '%', '-' or '.'/',' before a digit; after one white space, no
 * second one, digit, '%', '-', non-ASCII character or word that starts one of AFTER_SCALE_WORDS?
 */
function scaleEnds(s: string, end: number, e: number): boolean {
  const c = codeAt(s, end, e);
  if (c > 127 || isAsciiWordChar(c) || c === 37 || c === 45) return false;
  if ((c === 46 || c === 44) && isAsciiDigit(codeAt(s, end, e + 1))) return false;
  if (isSpace(c)) {
    const d = codeAt(s, end, e + 1);
    if (d > 127 || isSpace(d) || isAsciiDigit(d) || d === 37 || d === 45) return false;
    if (isAsciiLetter(d) && goesOnWordAt(s, end, e + 1, AFTER_SCALE_WORDS)) return false;
  }
  return true;
}

/**
 * Non-ASCII marks that go on no figure and start nothing of the pattern (no letter, digit, white space or
 * the range's en dash): after a figure they end it as ASCII punctuation does ("1930’s", "24°C", "one’s").
 * (Counted per 1,000 docs of the bench corpus: ~100 of the pattern's runs were so.)
 */
const isClosingMark = (c: number) => c === 0x2019 || c === 0x201d || c === 0x2014 || c === 0xb0;

/** What may go on a number word after a hyphen (WORD_NUM's second word, a written scale): "twenty-five", "five-hundred". */
const HYPHEN_WORDS = [...Object.keys(UNITS), ...WRITTEN_SCALES];

/**
 * May the pattern go on a figure past the hyphen before `h`: a digit (a range "15-20%", "20-25 people"), a
 * non-ASCII character, or a word that starts one of `words` (the written scales after digits, HYPHEN_WORDS after a
 * number word)? When not, the figure ends at the hyphen: "27-year", "five-year", "2-".
 */
function hyphenGoesOn(s: string, end: number, h: number, words: readonly string[]): boolean {
  const d = codeAt(s, end, h);
  if (d > 127 || isAsciiDigit(d)) return true;
  return isAsciiLetter(d) && goesOnWordAt(s, end, h, words);
}

/** "point" at `h` where WORD_DECIMAL may go on with it: before white space (or a non-ASCII character), not "points". */
function decimalPointAt(s: string, end: number, h: number): boolean {
  const c = codeAt(s, end, h + 5);
  return foldedTextAt(s, end, h, 'point') && (c > 127 || isSpace(c));
}

/** After a figure ending at `q` (a space, U+0020): the start of what follows the range's " to ", " - " or " – " (its spaces are U+0020), or -1. */
function rangeSecondAt(s: string, end: number, q: number): number {
  const a = codeAt(s, end, q + 1);
  if ((a === 45 || a === 0x2013) && codeAt(s, end, q + 2) === 32) return q + 3;
  if (letterIndex(a) === 20 && letterIndex(codeAt(s, end, q + 2)) === 15 && codeAt(s, end, q + 3) === 32) return q + 4;
  return -1;
}

/**
 * What the pattern finds at `from` when a plain figure (`figureAt`..`q`: digits, or a number word) is followed by
 * a range's " to ", " - " or " – " and `r` is where the second figure would start: the range
 * ("1,200 to 1,800 jobs", "two to three years", "about 15 to 20 percent"), groups 2, 7, 8 and the share
 * of the second in 11, when the second is read plainly (`plainFigureAt`, `loneNumberWordAt`, not a range
 * itself); the first figure alone when nothing can start a figure at `r` ("20 to the", "6 - this": the range
 * fails, and " to" goes on no figure). Undefined when the pattern must decide.
 * (Counted per 1,000 docs of the bench corpus: ~250 of the pattern's runs were so.)
 */
function rangeMatchAt(s: string, start: number, end: number, q: number, r: number, from: number, figureAt: number, approxEnd: number): RegExpExecArray | undefined {
  const c = codeAt(s, end, r);
  let y: RegExpExecArray | null | undefined;
  if (isAsciiDigit(c)) y = plainFigureAt(s, start, end, r);
  else if (isAsciiLetter(c)) {
    if (!mayBeStartWord(s, end, r, c)) return figureMatch(s, start, from, q, figureAt, approxEnd);
    y = loneNumberWordAt(s, start, end, r);
  } else if (c < 128 && c !== 36) return figureMatch(s, start, from, q, figureAt, approxEnd);
  if (!y || y[10] === undefined) return undefined;
  const yEnd = r + y[10].length;
  const m = [s.slice(from, r + y[0].length), approxEnd < 0 ? undefined : s.slice(from, approxEnd), s.slice(figureAt, yEnd), undefined, undefined, undefined, undefined,
    s.slice(figureAt, q), y[10], undefined, undefined, y[11], undefined] as unknown as RegExpExecArray;
  m.index = from - start;
  m.input = s;
  m.groups = undefined;
  return m;
}

/**
 * What the pattern finds at `p` when an approximation of one or more words ("about", "more than")
 * and white space, a currency sign ("$", "£", "US$") or both open a plain figure (`plainFigureAt`
 * from the figure's first digit, the rest as there): the same match, with the approximation in
 * group 1 and the sign in the figure's group; an approximation before a number word ("nearly nine",
 * "over two per cent") as `loneNumberWordAt` reads it. Null where `plainFigureAt` refuses the figure
 * (no approximation or sign starts a match of its own). Undefined when the pattern must decide (a sign
 * followed by white space, a currency code, a range after "from" or "between", anything
 * `plainFigureAt` or `loneNumberWordAt` leaves, a run of letters that is no number word).
 * (Counted per 1,000 cold docs: of the 4,851 candidates the pattern read, ~1,700 opened so; s38: of
 * 3,040 left, ~410 were an approximation before a number word.)
 */
function openedFigureAt(s: string, start: number, end: number, p: number): RegExpExecArray | null | undefined {
  if (p > start) {
    const b = s.charCodeAt(p - 1);
    if (b > 127 || blocksStart(b)) return undefined;
  }
  let approxEnd = -1;
  let r = p;
  const at = START_INDEX[prefixKey(letterIndex(s.charCodeAt(p)), letterIndex(codeAt(s, end, p + 1)), letterIndex(codeAt(s, end, p + 2)))];
  if (at !== 0) {
    for (const { words, follow } of START_PHRASES[at]) {
      if (follow !== FIGURE || words[0] === 'between' || words[0] === 'from') continue;
      const q = phraseEnd(s, end, p, words);
      const after = q < 0 ? -1 : afterSpace(s, end, q);
      if (after >= 0) {
        approxEnd = q;
        r = after;
        break;
      }
    }
  }
  const figureAt = r;
  const c = codeAt(s, end, r);
  if (c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5) r++;
  else if (isAsciiLetter(c) && (codeAt(s, end, r + 1) === 36 || (isAsciiLetter(codeAt(s, end, r + 1)) && codeAt(s, end, r + 2) === 36))) r = s.indexOf('$', r) + 1;
  else if (approxEnd < 0) return undefined;
  else if (isAsciiLetter(c)) return loneNumberWordAt(s, start, end, r, p, approxEnd) ?? undefined; // "nearly nine", "over two per cent"
  if (!isAsciiDigit(codeAt(s, end, r))) return undefined;
  return plainFigureAt(s, start, end, r, p, figureAt, approxEnd);
}

/**
 * What may go on digits after one white space (found at the start of what follows, it leaves the
 * figure to the pattern): a scale, "percent", "per cent", a currency name, "and a half", a range's
 * "to" and the space after it (the pattern's own spaces: "20 tonnes", "2008 and 2009" go on nothing).
 * "m" and "bn" alone: `glueScaleAt`.
 */
const DIGITS_GO_ON_WORDS = ['dozen', 'hundred', 'thousand', 'million', 'billion', 'trillion', 'percent', 'per cent', 'us', 'dollars', 'euros', 'pounds', 'yen', 'and a half', 'to '];

/** Does one of `words` (lower-case ASCII; a space in one is a space) start at `p` of `s`, as the pattern's case folding compares? */
function goesOnWordAt(s: string, end: number, p: number, words: readonly string[]): boolean {
  for (const w of words) if (foldedTextAt(s, end, p, w)) return true;
  return false;
}

/** `foldedWordAt` for a text that may hold spaces, each matched by a space (U+0020) only. */
function foldedTextAt(s: string, end: number, p: number, w: string): boolean {
  if (p + w.length > end) return false;
  for (let i = 0; i < w.length; i++) {
    const k = w.charCodeAt(i);
    if (k === 32 ? s.charCodeAt(p + i) !== 32 : letterIndex(s.charCodeAt(p + i)) !== k - 96) return false;
  }
  return true;
}

/**
 * The first words of what may go on a number word after one white space (a prefix of the next word is
 * enough to leave it to the pattern): a second number word, a written scale, "and a half", a
 * range's "to " (its spaces are U+0020), a share, a currency name. "m" and "bn" alone: `glueScaleAt`;
 * "point" before white space: `decimalPointAt`.
 * (Whole words where there were prefixes, "m", "and", "to", "per": "two months", "three more", "one
 * and", "ten together" were left to the pattern, ~190 of its ~4,350 runs per 1,000 docs of the bench corpus.)
 */
const GOES_ON_WORDS = [...Object.keys(UNITS), ...WRITTEN_SCALES, 'and a half', 'to ', 'percent', 'per cent', 'us', 'dollars', 'euros', 'pounds', 'yen'];

/**
 * What the pattern finds at the letter `p` when it is plain to see: the match of a lone number word
 * ("two", "Eleven": a run of ASCII letters that is one of UNITS, after the piece's start or an ASCII
 * character the look-behind lets through) followed by nothing that could go on it (the end, or
 * white space and a word that starts none of GOES_ON_WORDS and is no "m" or "bn", or ASCII punctuation other than `%`
 * and `.`/`,` before a digit, or a hyphen before no number word or scale, or a closing mark); with one scale or share
 * after it, as `scaledFigureAt` reads it; a range after it, as `rangeMatchAt` reads it. From `from`, with the
 * approximation `from`..`approxEnd` before it, when `openedFigureAt` asks. Undefined when the pattern must decide. (No shorter number word is
 * the run's prefix but before "t", "e" or "y", which go on no match; no approximation, range or vague
 * word is a number word.)
 */
function loneNumberWordAt(s: string, start: number, end: number, p: number, from = p, approxEnd = -1): RegExpExecArray | null | undefined {
  if (from === p && p > start) {
    const b = s.charCodeAt(p - 1);
    if (b > 127 || blocksStart(b)) return undefined;
  }
  let q = p;
  while (q < end && isAsciiLetter(s.charCodeAt(q))) q++;
  if (q - p < 3 || q - p > 9) return undefined;
  const at = START_INDEX[prefixKey(letterIndex(s.charCodeAt(p)), letterIndex(s.charCodeAt(p + 1)), letterIndex(s.charCodeAt(p + 2)))];
  if (at === 0) return undefined;
  let unit = false;
  for (const { words, follow } of START_PHRASES[at]) if (follow === ANY && words[0].length === q - p && foldedWordAt(s, end, p, words[0])) unit = true;
  if (!unit) return runMayGoOn(s, end, p, q, at) ? undefined : null;
  if (q < end) {
    const c = s.charCodeAt(q);
    if ((c > 127 && !isClosingMark(c)) || c === 37 || isAsciiDigit(c)) return undefined;
    if (c === 45) return hyphenGoesOn(s, end, q + 1, HYPHEN_WORDS) ? undefined : figureMatch(s, start, from, q, p, approxEnd); // "twenty-five"; "five-year"
    if ((c === 46 || c === 44) && isAsciiDigit(codeAt(s, end, q + 1))) return undefined;
    if (c === 32) {
      const r = rangeSecondAt(s, end, q);
      if (r >= 0) return rangeMatchAt(s, start, end, q, r, from, p, approxEnd);
    }
    if (isSpace(c) && q + 1 < end) {
      const d = s.charCodeAt(q + 1);
      // (a second white space: WORD_DECIMAL's `\s+point`, "two  point five million")
      if (d > 127 || d === 37 || d === 45 || isAsciiDigit(d) || isSpace(d)) return undefined;
      // a scale or a share after it ("one million", "six per cent"): read as after digits; anything else that may go on it ("twenty five", "one point two"), the pattern
      if (isAsciiLetter(d) && (glueScaleAt(s, end, q + 1) || goesOnWordAt(s, end, q + 1, GOES_ON_WORDS) || decimalPointAt(s, end, q + 1))) return scaledFigureAt(s, start, end, q, q + 1, from, p, approxEnd);
    }
  }
  return figureMatch(s, start, from, q, p, approxEnd);
}

const isAsciiLetter = (c: number) => (c | 0x20) >= 97 && (c | 0x20) <= 122;

/**
 * May a match start at the run of ASCII letters `p`..`q` (key `at`) that is no number word: yes when it is a start
 * phrase's first word ("over", "from"); for another run ("fourth",
 * "tentative", "ones": a number word's prefix let it through `letterMayStart`)? Every other way in needs a
 * separator after its first word, but a number word glued to a scale or share ("tenm", "fivepercent"),
 * a currency code before a figure, a '$' or a non-ASCII character after the run: those are left to the
 * pattern. (Counted per 1,000 novel docs: ~40% of the pattern's runs that found nothing, saved.)
 */
function runMayGoOn(s: string, end: number, p: number, q: number, at: number): boolean {
  for (const { words } of START_PHRASES[at]) if (words[0].length === q - p && foldedWordAt(s, end, p, words[0])) return true;
  const c = codeAt(s, end, q);
  if (c > 127 || c === 36) return true;
  if (q - p === 3 && CODE_KEYS.has(prefixKey(letterIndex(s.charCodeAt(p)), letterIndex(s.charCodeAt(p + 1)), letterIndex(s.charCodeAt(p + 2))))) return true;
  for (let i = p + 3; i < q; i++) {
    const l = s.charCodeAt(i) | 0x20;
    if (l === 109 || l === 98 || l === 112) return true; // m, b, p
  }
  return false;
}

/** Does `s` hold ASCII digits only (and at least one)? */
export function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Does `s` hold only ASCII digits, '.' and ',' (and at least one character)? */
function figureChars(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 48 || c > 57) && c !== 46 && c !== 44) return false;
  }
  return true;
}

/** Parses one number phrase ("two million", "4.5m", "$12", "a") to a value, or NaN. */
export function parseNumber(raw: string): number {
  if (isDigits(raw)) return Number(raw); // the common case, which every pattern below reads so
  // digits with a decimal point or thousands' commas: what the patterns below make of them (`[\d.,]+` alone)
  if (figureChars(raw)) return Number(raw.includes(',') ? raw.replace(/,/g, '') : raw);
  const lower = raw.toLowerCase();
  // a lone number word ("two", "Twelve"), the common case in narrative text: what the patterns below make of it
  const unit = UNIT_VALUES.get(lower);
  if (unit !== undefined) return unit;
  const s = lower.replace(/^(?:[a-z]{1,2}\$|[$€£¥]|[a-z]{3}(?=\s?\d))\s?/, '').trim();
  if (s === 'a' || s === 'an') return 1;
  // "half a million"
  if (/^half an?\s/.test(s)) return parseNumber(s.slice(5)) / 2;
  // "two and a half million": the half before the scale (NUMBER's LARGER_SCALE after it)
  const halfScaled = /^(.*)\s(?:1\/2|and a half)[\s-](thousand|million|billion|trillion)$/.exec(s);
  if (halfScaled) return (parseNumber(halfScaled[1]) + 0.5) * SCALES[halfScaled[2]];
  const half = /\s(?:1\/2|and a half)$/.test(s) ? 0.5 : 0;
  const core = s.replace(/\s(?:1\/2|and a half)$/, '');
  // "four point five million", "one thousand two hundred and five" (WORD_DECIMAL, SCALE_CHAIN)
  if (/^[a-z -]+$/.test(core) && (/\spoint\s/.test(core) || SCALE_WORDS.test(core))) return wordsValue(core);
  // "a hundred and eleven": the scaled head and the number words after "and" (AND_TAIL)
  const joined = /^(.*[\s-](?:hundred|thousand))\s+and\s+([a-z -]+)$/.exec(core);
  if (joined) return parseNumber(joined[1]) + parseNumber(joined[2]);
  const m = /^([\d.,]+|[a-z -]+?)(?:[\s-]?(dozen|hundred|thousand|million|billion|trillion|m|bn))?$/.exec(core);
  if (!m) return NaN;
  let base: number;
  if (/^[\d.,]+$/.test(m[1])) base = Number(m[1].replace(/,/g, ''));
  else if (/^an?$/.test(m[1].trim()) && m[2]) base = 1; // "a hundred", "a million"
  else base = m[1].split(/[ -]/).reduce((acc, w) => acc + (UNITS[w] ?? NaN), 0);
  return (base + half) * (m[2] ? SCALES[m[2]] : 1);
}

/** The scale word that ends a range's second figure ("three million", "5bn"), with its value. */
const RANGE_END_SCALE = /[\s-](dozen|hundred|thousand|million|billion|trillion)$|\d\s?(m|bn)$/i;
/** Does a figure hold a scale of its own ("two million", "4m", "1,200", "a hundred")? */
const OWN_SCALE = /[\s-](?:dozen|hundred|thousand|million|billion|trillion)\b|\d\s?(?:m|bn)\b|,\d|^an?$|\s(?:point|and)\s/i;

/**
 * A range's first figure with the scale of its second when it has none of its own: "two to three
 * million" is [2,000,000, 3,000,000], "between four and five thousand" [4,000, 5,000]. Only when the
 * scaled first figure is still no more than the second ("from 900 to 2 million" keeps 900).
 */
function sharedScale(a: number, first: string, second: string, b: number): number {
  const scale = RANGE_END_SCALE.exec(second);
  if (scale === null || OWN_SCALE.test(first)) return a;
  const factor = SCALES[(scale[1] ?? scale[2]).toLowerCase()];
  return a * factor <= b ? a * factor : a;
}

/** Two written scales in one figure ("three hundred thousand"). */
const SCALE_WORDS = /\b(?:hundred|thousand|million|billion|trillion)\b.*\b(?:hundred|thousand|million|billion|trillion)\b/;

/**
 * The value of number words with several scales or a decimal ("a hundred and sixty million",
 * "one thousand two hundred and five", "four point five million"): hundreds multiply what is
 * pending, a larger scale multiplies it and adds it to the total, "point" starts decimal digits.
 */
function wordsValue(words: string): number {
  let total = 0, pending = 0, digits: string | null = null;
  // (the decimal digits read as one decimal string: 4 + 0.1 * 5 is not exactly 4.5 in floating point)
  const settle = () => { if (digits !== null) pending = Number(`${pending}.${digits}`); digits = null; };
  for (const w of words.split(/[\s-]+/)) {
    if (w === 'and' || w === '') continue;
    if (w === 'point') { digits = ''; continue; }
    const unit = w === 'a' || w === 'an' ? 1 : UNITS[w];
    if (unit !== undefined) {
      if (digits === null) pending += unit;
      else if (unit < 10) digits += String(unit);
      else return NaN;
      continue;
    }
    const scale = SCALES[w];
    if (scale === undefined) return NaN;
    settle();
    if (scale === 100) pending = (pending || 1) * 100;
    else { total += (pending || 1) * scale; pending = 0; }
  }
  settle();
  return total + pending;
}

/** A currency code opening a figure ("SGD1.75", "usd 40"), after the approximation if any. */
const CODE_BEFORE = new RegExp(String.raw`(?:^|\s)(?:${CURRENCY_CODES.join('|')})\s?\d`, 'i');

/** Does a match hold a currency sign, or a currency code before a figure (CODE_BEFORE, which needs a digit)? */
function moneySigned(t: string): boolean {
  let digit = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5) return true;
    if (c >= 48 && c <= 57) digit = true;
  }
  return digit && CODE_BEFORE.test(t);
}

/** The unit of a QUANTITY match: a percent sign, a currency word or sign (a count holds no currency sign, so a sign after the approximation cannot make it money). */
export function matchUnit(m: RegExpExecArray): Quantity['unit'] {
  return m[11] ? 'percent' : m[12] || moneySigned(m[0]) ? 'money' : 'count';
}

export function toQuantity(m: RegExpExecArray, offset: number): Quantity | null {
  const approx = m[1] === undefined ? '' : m[1].toLowerCase().replace(/\s+/g, ' ');
  let low: number, high: number;
  const unit = matchUnit(m);
  if (m[2]) {
    const second = m[4] ?? m[6] ?? m[8];
    const b = parseNumber(second);
    const a = sharedScale(parseNumber(m[3] ?? m[5] ?? m[7]), m[3] ?? m[5] ?? m[7], second, b);
    if (!(a <= b)) return null;
    low = a; high = b;
  } else if (m[9]) {
    const vague = m[9].toLowerCase().replace(/\s+/g, ' ');
    const scaled = / (million|billion|trillion)$/.exec(vague); // "a few hundred million"
    // Read from the table's own arrays, not from a mapped copy: a copy of large products is an array
    // of doubles (another map than the table's), and the first one threw toQuantity's optimised code away.
    const range = VAGUE[scaled ? vague.slice(0, scaled.index) : vague];
    const scale = scaled ? SCALES[scaled[1]] : 1;
    low = range === undefined ? NaN : range[0] * scale;
    high = range === undefined ? NaN : range[1] * scale;
  } else {
    low = high = parseNumber(m[10]);
  }
  if (!Number.isFinite(low) || !Number.isFinite(high)) return null;
  // (no approximation leaves the figure as it is: no object for it)
  let lowOpen = false, highOpen = false;
  if (approx !== '') ({ low, high, lowOpen, highOpen } = approximated(approx, low, high));
  // Every field written out, in the order of the other quantity literals (fractions, orRange, ...): an
  // object built with a spread gets another map, and the claim code that reads both kinds was
  // optimised for one and thrown away at the first of the other ('wrong map').
  return {
    start: offset + m.index, end: offset + m.index + m[0].length, text: m[0],
    low, high, lowOpen, highOpen, approx: approx !== '' || !!m[9], unit,
  };
}

/** A product of binary floats cut to 12 significant digits: "about 700" reaches 770, not 770.0000000000001. */
const tidy = (x: number) => (Number.isFinite(x) ? Number(x.toPrecision(12)) : x);

/**
 * The interval a figure [low, high] stands for after its approximation word (lower case, single
 * spaced): "about" widens it by 10%, "more than" opens it up to `ceiling` (a share: 100).
 */
export function approximated(approx: string, low: number, high: number, ceiling = Infinity): Pick<Quantity, 'low' | 'high' | 'lowOpen' | 'highOpen'> {
  let lowOpen = false, highOpen = false;
  switch (approx) {
    case 'nearly': case 'almost': case 'just under': case 'close to': low = tidy(high * 0.9); highOpen = true; break;
    case 'about': case 'around': case 'roughly': case 'approximately': case 'an estimated': case 'some':
      low = tidy(low * 0.9); high = tidy(high * 1.1); break;
    case 'at least': case 'as many as': high = approx === 'at least' ? ceiling : high; if (approx === 'as many as') low = 0; break;
    case 'more than': case 'over': case 'upwards of': case 'just over': lowOpen = true; high = ceiling; break;
    case 'up to': case 'at most': low = 0; break;
    case 'fewer than': case 'less than': case 'under': low = 0; highOpen = true; break;
  }
  return { low, high, lowOpen, highOpen };
}

/** Do two quantities describe compatible figures (overlapping intervals, 10% slack)? */
export function compatible(a: Quantity, b: Quantity): boolean {
  // An exact figure may be rounded (10% either way); a range or an approximation ("about 4,000",
  // "more than 5,000") already says how far it reaches, so widening it again would let "about
  // 4,000" back "more than 5,000".
  const sa = a.low === a.high ? 0.1 : 0, sb = b.low === b.high ? 0.1 : 0;
  const slack = (x: number, f: number) => (Number.isFinite(x) ? x * f : 0);
  return a.low - slack(a.low, sa) <= b.high + slack(b.high, sb) && b.low - slack(b.low, sb) <= a.high + slack(a.high, sa);
}
