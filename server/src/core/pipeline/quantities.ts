/** Quantities in text ("nearly 50", "dozens of", "€4.5 million", "between 40 and 50"), as intervals. */
import type { Quantity } from '../types';
import { isSpace } from '../text/char-class';

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, m: 1e6, bn: 1e9 };
const VAGUE: Record<string, [number, number]> = {
  dozens: [24, 99], scores: [40, 99], hundreds: [200, 999], thousands: [2000, 9999], millions: [2e6, 9.99e6],
  'tens of thousands': [20000, 99999], 'hundreds of thousands': [200000, 999999], 'a dozen': [12, 12],
  'a few dozen': [24, 60], 'several dozen': [36, 99], 'a handful': [3, 6], 'several hundred': [300, 999],
  'several thousand': [3000, 9999], 'a few hundred': [200, 500],
};

const WORD_NUM = String.raw`(?:(?:${Object.keys(UNITS).join('|')})(?:[ -](?:${Object.keys(UNITS).join('|')}))?)`;
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const SCALE = String.raw`(?:\s(?:dozen|hundred|thousand|million|billion|trillion)|\s?(?:m|bn)\b)`;
/** A space of a fixed phrase also matches a line break of hard-wrapped text ("more\nthan 200"). */
const wrap = (s: string) => s.replace(/ /g, String.raw`\s+`);
const APPROX = wrap(String.raw`nearly|almost|about|around|roughly|approximately|at least|at most|more than|over|up to|fewer than|less than|an estimated|as many as|upwards of|close to|just under|just over|under|some|another|only|a further|an additional`);
const VAGUE_RE = wrap(String.raw`(?:tens of thousands|hundreds of thousands|a few dozen|several dozen|several hundred|several thousand|a few hundred|dozens|scores|hundreds|thousands|millions)(?= of\b)|a dozen|a handful(?= of\b)`);
/** A currency sign, with the country code that news copy puts before a dollar sign ("US$", "CA$", "HK$"). */
const CURRENCY = String.raw`(?:[A-Z]{1,2}\$|[$€£¥])`;
const NUMBER = String.raw`(?:${CURRENCY}\s?)?(?:${DIGITS}|${WORD_NUM}|(?:half )?an?(?=${SCALE}))(?:${SCALE})?(?:\s(?:1\/2|and a half))?`;
const RANGE = String.raw`between\s+(${NUMBER})\s+and\s+(${NUMBER})|from\s+(${NUMBER})\s+to\s+(${NUMBER})|(${NUMBER}) (?:to|-|–) (${NUMBER})`;

export const QUANTITY = new RegExp(
  String.raw`(?<![\p{L}\p{N}$€£¥.,-])(?:(${APPROX})\s+)?(?:(${RANGE})|(${VAGUE_RE})|(${NUMBER}))(?:\s?(%|percent|per cent)|\s(dollars|euros|pounds|yen)\b)?(?![\p{L}\p{N}]|[.,]\d)`,
  'giu',
);

/** Words a QUANTITY match must contain at the start of a word or after a non-alphanumeric, by first letter. */
const NUMBER_WORDS = new Map<number, string[]>();
for (const w of [...Object.keys(UNITS), 'dozen', 'hundred', 'thousand', 'million', 'billion', 'trillion', 'score', 'handful']) {
  const c = w.charCodeAt(0);
  (NUMBER_WORDS.get(c) ?? NUMBER_WORDS.set(c, []).get(c)!).push(w);
}
/**
 * The first three letters of the words of NUMBER_WORDS, as a table by their letter numbers (1–26):
 * most words start with none of them ("the", "has" and "on" pass two letters, not three), and are
 * passed over without comparing them to each word.
 */
const NUMBER_WORD_PREFIX = new Uint8Array(1 << 15);
const prefixKey = (a: number, b: number, c: number) => ((a & 31) << 10) | ((b & 31) << 5) | (c & 31);
for (const w of NUMBER_WORDS.values()) for (const x of w) NUMBER_WORD_PREFIX[prefixKey(x.charCodeAt(0), x.charCodeAt(1), x.charCodeAt(2))] = 1;
const isLowerAscii = (lc: number) => lc >= 97 && lc <= 122;
/** An ASCII letter or digit (what ends a word part for the cue scan; '_' does not, the pattern's look-behind lets it pass). */
const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122);
/** Does `text` hold `w` (lower-case ASCII) at `p`, ending by `end`, ignoring ASCII case? */
function wordAt(text: string, p: number, end: number, w: string): boolean {
  if (p + w.length > end) return false;
  for (let i = 0; i < w.length; i++) if ((text.charCodeAt(p + i) | 0x20) !== w.charCodeAt(i)) return false;
  return true;
}
/** "m" / "bn" (any case) at `p`, then no ASCII letter or digit before `end`: the scale of "a m", "abn". */
function scaleAt(text: string, p: number, end: number): boolean {
  const n = wordAt(text, p, end, 'm') ? 1 : wordAt(text, p, end, 'bn') ? 2 : 0;
  return n > 0 && (p + n >= end || !isAsciiAlnum(text.charCodeAt(p + n)));
}

/**
 * Offset of the first cue of a QUANTITY match in `text[start, end)`, or -1: a digit, a 'ſ' (Unicode
 * case folding reads it as 's'), a number or scale word at the start of a word part, or "a"/"an"
 * before "m"/"bn" ("a m", "abn"). Every match of QUANTITY in the sentence holds one within its first
 * nine tokens, so a sentence without a cue need not be searched. A plain scan of the characters: no
 * token is read, and most sentences are passed over at a few nanoseconds a character.
 */
export function firstQuantityCue(text: string, start: number, end: number): number {
  let wordStart = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 0x17f) return i;
    if (wordStart && cueAt(text, i, end, c | 0x20)) return i;
    wordStart = !isAsciiAlnum(c);
  }
  return -1;
}

/** A number or scale word, or "a"/"an" before a scale, at the word start `p` (lower-cased code `lc`). */
function cueAt(text: string, p: number, end: number, lc: number): boolean {
  if (!isLowerAscii(lc) || p + 1 >= end) return false;
  const b = text.charCodeAt(p + 1) | 0x20;
  if (p + 2 < end && isLowerAscii(b)) {
    const c = text.charCodeAt(p + 2) | 0x20;
    if (isLowerAscii(c) && NUMBER_WORD_PREFIX[prefixKey(lc, b, c)] === 1) for (const w of NUMBER_WORDS.get(lc)!) if (wordAt(text, p, end, w)) return true;
  }
  if (lc === 97) { // "a m", "am", "an bn", "anbn": the pattern allows one space between
    let q = b === 110 ? p + 2 : p + 1;
    if (q < end && isSpace(text.charCodeAt(q))) q++;
    return scaleAt(text, q, end);
  }
  return false;
}

/** Can the sentence `text[start, end)` hold a QUANTITY match (see `firstQuantityCue`)? */
export function mayHoldQuantity(text: string, start = 0, end = text.length): boolean {
  return firstQuantityCue(text, start, end) >= 0;
}

/**
 * How many tokens of a QUANTITY match may come before its first cue: at most an approximation
 * ("as many as"), "between", a currency ("US", "$"), "half" and "a" (8), plus one to spare.
 */
const CUE_REACH = 9;

const NO_MATCHES: RegExpExecArray[] = [];

/** Index of the first token that ends after `offset` (tokens are in text order), or `tokens.length`. */
export function tokenEndingAfter(tokens: readonly { end: number }[], offset: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/**
 * The QUANTITY matches in `sentence` (the text from `start` on), the same a search from its start
 * finds, when `cueToken` is the token of its first cue (`firstQuantityCue`) and `firstToken` its
 * first token: the search starts a few tokens before the cue (every match holds one). Looking for
 * the next cue after each match cost more than searching on.
 */
export function quantityMatchesFrom(sentence: string, start: number, tokens: readonly { start: number }[], firstToken: number, cueToken: number): RegExpExecArray[] {
  return quantityMatchesAt(sentence, tokens[Math.max(firstToken, cueToken - CUE_REACH)].start - start);
}

/** QUANTITY anchored where it is tried: only at the positions `nextCandidate` lets through. */
const QUANTITY_AT = new RegExp(QUANTITY.source, 'iuy');

/**
 * The QUANTITY matches of a search of `s` from `from`. The global search tries the pattern at every
 * position; here it is tried only where a match may start (`nextCandidate`), which are the same
 * first positions with a match, so the same matches. A plain figure ("40", "2019") is read without
 * the pattern (`plainFigureAt`).
 */
export function quantityMatchesAt(s: string, from: number): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  for (let p = nextCandidate(s, from); p >= 0; ) {
    let m = plainFigureAt(s, p);
    if (m === null) {
      QUANTITY_AT.lastIndex = p;
      m = QUANTITY_AT.exec(s);
    }
    if (m !== null) {
      found.push(m);
      p = nextCandidate(s, p + m[0].length);
    } else {
      p = nextCandidate(s, p + 1);
    }
  }
  return found;
}

/** ASCII characters the pattern's look-behind refuses a match after: a letter or digit, `$`, `.`, `,`, `-`. */
const blocksStart = (c: number) => isAsciiAlnum(c) || c === 36 || c === 46 || c === 44 || c === 45;
/** What an ASCII character is to the candidate scan (`nextCandidate`), by bits. */
const BLOCKS = 1, STARTS = 2, LETTER_START = 4;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_CLASS[c] = (blocksStart(c) ? BLOCKS : 0) | ((c >= 48 && c <= 57) || c === 36 ? STARTS : 0) | (isAsciiAlnum(c) && c > 57 ? LETTER_START : 0);
}
/** The class of any character: the three other currency signs start a match; 'ſ' and the Kelvin sign fold to ASCII letters. */
const classOfChar = (c: number) => (c < 128 ? ASCII_CLASS[c] : c === 0x20ac || c === 0xa3 || c === 0xa5 ? STARTS : c === 0x17f || c === 0x212a ? LETTER_START : 0);

/**
 * An ASCII letter as the pattern's Unicode case folding reads it, as a number 1–26 ('ſ' is 's', the
 * Kelvin sign 'k'), or 0 for any other character (also past the end: NaN).
 */
function letterIndex(c: number): number {
  const l = c | 0x20;
  if (l >= 97 && l <= 122) return l - 96;
  return c === 0x17f ? 19 : c === 0x212a ? 11 : 0;
}
/** Is `c` an ASCII character `\b` reads as a word character (a letter, digit or '_')? */
const isAsciiWordChar = (c: number) => isAsciiAlnum(c) || c === 95;
const isSpaceAt = (s: string, i: number) => i < s.length && isSpace(s.charCodeAt(i));

/** What must follow a start word for a match to go on: anything, white space, or (for "a", "an") a scale or white space and a letter of AFTER_A. */
const ANY = 0, SPACE = 1, GLUED_SCALE = 2;
/**
 * The words a QUANTITY match may start with, with what must follow them: the first words of the
 * approximations ("nearly", "at least": white space follows), "between" and "from" of a range, the
 * number words, "half a", "a"/"an" before a scale ("a million", "am", "anbn") and the vague
 * quantities ("tens of", "a dozen", "several hundred"). Keyed by the letter numbers of their first
 * three letters (0 for a word's end), as `prefixKey` builds them; "a" and "an" also under every
 * third letter after "am", "ab", "anm" and "anb" (a scale glued to them).
 */
const START_WORDS: ([string, number][] | undefined)[] = new Array(1 << 15);
{
  const add = (w: string, follow: number) => {
    const keys: number[] = [];
    const l = (i: number) => (i < w.length ? w.charCodeAt(i) - 96 : 0);
    keys.push(prefixKey(l(0), l(1), l(2)));
    if (follow === GLUED_SCALE) {
      const glued = w === 'a' ? [[1, 13], [1, 2]] : [[1, 14, 13], [1, 14, 2]];
      for (let x = 0; x <= 26; x++) for (const g of glued) keys.push(g.length === 2 ? prefixKey(g[0], g[1], x) : prefixKey(g[0], g[1], g[2]));
    }
    for (const k of keys) {
      const list = START_WORDS[k] ?? (START_WORDS[k] = []);
      if (!list.some(([x]) => x === w)) list.push([w, follow]);
    }
  };
  // "a" and "an" first: their own test of what follows covers every other use of them
  add('a', GLUED_SCALE);
  add('an', GLUED_SCALE);
  for (const phrase of APPROX.split('|')) add(phrase.split('\\')[0], SPACE);
  for (const w of ['between', 'from', 'half', 'tens', 'several', 'dozens', 'scores', 'hundreds', 'thousands', 'millions']) add(w, SPACE);
  for (const w of Object.keys(UNITS)) add(w, ANY);
}

/** Does `s` hold `w` (lower-case ASCII) at `p`, as the pattern's case folding compares? */
function foldedWordAt(s: string, p: number, w: string): boolean {
  if (p + w.length > s.length) return false;
  for (let i = 0; i < w.length; i++) if (letterIndex(s.charCodeAt(p + i)) !== w.charCodeAt(i) - 96) return false;
  return true;
}

/** Letter numbers of the words that may follow "a"/"an" and white space in a match: further, few, dozen, handful, hundred, thousand, million, m, billion, bn, additional, estimated. */
const AFTER_A = new Set([...'fdhtmbae'].map((c) => c.charCodeAt(0) - 96));

/** After "a"/"an" at `q`: a scale glued to it as a word ("am", "anbn"), or white space and a letter of AFTER_A. */
function scaleMayFollow(s: string, q: number): boolean {
  const l = letterIndex(s.charCodeAt(q));
  if (l === 13 || (l === 2 && letterIndex(s.charCodeAt(q + 1)) === 14)) {
    const r = q + (l === 13 ? 1 : 2);
    return !isAsciiWordChar(s.charCodeAt(r)); // (past the end: NaN)
  }
  if (!isSpaceAt(s, q)) return false;
  let r = q + 1;
  while (isSpaceAt(s, r)) r++;
  return AFTER_A.has(letterIndex(s.charCodeAt(r)));
}

/**
 * Can a QUANTITY match start at the letter `p` (code `c`), by its first characters? Says yes at every
 * start of a match (a superset: the pattern decides).
 */
function letterMayStart(s: string, p: number, c: number): boolean {
  const c1 = s.charCodeAt(p + 1);
  const l1 = letterIndex(c1);
  // a currency with a country code: "US$", "A$"
  if (c1 === 36 || (l1 !== 0 && s.charCodeAt(p + 2) === 36)) return true;
  const words = START_WORDS[prefixKey(letterIndex(c), l1, l1 === 0 ? 0 : letterIndex(s.charCodeAt(p + 2)))];
  if (words === undefined) return false;
  for (const [w, follow] of words) {
    if (!foldedWordAt(s, p, w)) continue;
    const q = p + w.length;
    if (follow === ANY || (follow === SPACE ? isSpaceAt(s, q) : scaleMayFollow(s, q))) return true;
  }
  return false;
}

/**
 * The first position at or after `from` where a QUANTITY match may start, or -1: not after an ASCII
 * letter or digit, `$`, `.`, `,` or `-` (the look-behind refuses those; any other character is left
 * to the pattern), and at a digit, a currency sign or a letter that `letterMayStart` lets through.
 */
function nextCandidate(s: string, from: number): number {
  let blocked = from > 0 && (classOfChar(s.charCodeAt(from - 1)) & BLOCKS) !== 0;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const k = classOfChar(c);
    if (!blocked && k !== 0 && ((k & STARTS) !== 0 || ((k & LETTER_START) !== 0 && letterMayStart(s, i, c)))) return i;
    blocked = (k & BLOCKS) !== 0;
  }
  return -1;
}

const isAsciiDigit = (c: number) => c >= 48 && c <= 57;
/** Letters (folded) that may go on a figure after one space: a scale, "to", "per cent", "percent", a currency name, "and a half". */
const GOES_ON = new Set([...'dhtmbpeya'].map((c) => c.charCodeAt(0)));

/**
 * The match of a plain figure at `p` (ASCII digits, nothing the pattern could add), or null when the
 * pattern must decide: after no ASCII character the look-behind refuses (or at the start), digits
 * followed by the end, white space and a character that cannot go on a figure, or ASCII punctuation
 * other than `%` (and other than `.`/`,` before a digit). Built like the pattern's array: the whole
 * figure in groups 0 and 10.
 */
function plainFigureAt(s: string, p: number): RegExpExecArray | null {
  if (!isAsciiDigit(s.charCodeAt(p))) return null;
  if (p > 0) {
    const b = s.charCodeAt(p - 1);
    if (b > 127 || blocksStart(b)) return null;
  }
  let q = p + 1;
  while (q < s.length && isAsciiDigit(s.charCodeAt(q))) q++;
  if (q < s.length) {
    const c = s.charCodeAt(q);
    if (c > 127 || isAsciiAlnum(c) || c === 37) return null;
    if ((c === 46 || c === 44) && isAsciiDigit(s.charCodeAt(q + 1))) return null;
    if (isSpace(c) && q + 1 < s.length) {
      const d = s.charCodeAt(q + 1);
      if (d > 127 || GOES_ON.has(d | 0x20) || d === 49 || d === 37 || d === 45) return null;
    }
  }
  const figure = s.slice(p, q);
  const m = [figure, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, figure, undefined, undefined] as unknown as RegExpExecArray;
  m.index = p;
  m.input = s;
  m.groups = undefined;
  return m;
}

/**
 * The QUANTITY matches in the sentence `text[start, end)`, the same a search of `sentence` (its
 * text) from its start finds; none without a cue. `tokens`: the document's tokens.
 */
export function quantityMatches(text: string, start: number, end: number, sentence: string, tokens: readonly { start: number; end: number }[]): RegExpExecArray[] {
  const cue = firstQuantityCue(text, start, end);
  if (cue < 0) return NO_MATCHES;
  const k = tokenEndingAfter(tokens, cue);
  let first = k;
  while (first > 0 && tokens[first - 1].start >= start) first--;
  return quantityMatchesFrom(sentence, start, tokens, first, k);
}

/** Does `s` hold ASCII digits only (and at least one)? */
function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Parses one number phrase ("two million", "4.5m", "$12", "a") to a value, or NaN. */
export function parseNumber(raw: string): number {
  if (isDigits(raw)) return Number(raw); // the common case, which every pattern below reads so
  const s = raw.toLowerCase().replace(/^(?:[a-z]{1,2}\$|[$€£¥])\s?/, '').trim();
  if (s === 'a' || s === 'an') return 1;
  // "half a million"
  if (/^half an?\s/.test(s)) return parseNumber(s.slice(5)) / 2;
  const half = /\s(?:1\/2|and a half)$/.test(s) ? 0.5 : 0;
  const core = s.replace(/\s(?:1\/2|and a half)$/, '');
  const m = /^([\d.,]+|[a-z -]+?)(?:\s?(dozen|hundred|thousand|million|billion|trillion|m|bn))?$/.exec(core);
  if (!m) return NaN;
  let base: number;
  if (/^[\d.,]+$/.test(m[1])) base = Number(m[1].replace(/,/g, ''));
  else if (/^an?$/.test(m[1].trim()) && m[2]) base = 1; // "a hundred", "a million"
  else base = m[1].split(/[ -]/).reduce((acc, w) => acc + (UNITS[w] ?? NaN), 0);
  return (base + half) * (m[2] ? SCALES[m[2]] : 1);
}

export function toQuantity(m: RegExpExecArray, offset: number): Quantity | null {
  const approx = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
  let low: number, high: number;
  // (a count holds no currency sign, so a sign after the approximation cannot make it money)
  const unit: Quantity['unit'] = m[11] ? 'percent' : m[12] || /[$€£¥]/.test(m[0]) ? 'money' : 'count';
  if (m[2]) {
    const a = parseNumber(m[3] ?? m[5] ?? m[7]);
    const b = parseNumber(m[4] ?? m[6] ?? m[8]);
    if (!(a <= b)) return null;
    low = a; high = b;
  } else if (m[9]) {
    [low, high] = VAGUE[m[9].toLowerCase().replace(/\s+/g, ' ')] ?? [NaN, NaN];
  } else {
    low = high = parseNumber(m[10]);
  }
  if (!Number.isFinite(low) || !Number.isFinite(high)) return null;
  let lowOpen = false, highOpen = false;
  switch (approx) {
    case 'nearly': case 'almost': case 'just under': case 'close to': low = high * 0.9; highOpen = true; break;
    case 'about': case 'around': case 'roughly': case 'approximately': case 'an estimated': case 'some':
      low *= 0.9; high *= 1.1; break;
    case 'at least': case 'as many as': high = approx === 'at least' ? Infinity : high; if (approx === 'as many as') low = 0; break;
    case 'more than': case 'over': case 'upwards of': case 'just over': lowOpen = true; high = Infinity; break;
    case 'up to': case 'at most': low = 0; break;
    case 'fewer than': case 'less than': case 'under': low = 0; highOpen = true; break;
  }
  return {
    start: offset + m.index, end: offset + m.index + m[0].length, text: m[0],
    low, high, lowOpen, highOpen, approx: approx !== '' || !!m[9], unit,
  };
}

/** Do two quantities describe compatible figures (overlapping intervals, 10% slack)? */
export function compatible(a: Quantity, b: Quantity): boolean {
  const slack = (x: number) => (Number.isFinite(x) ? x * 0.1 : 0);
  return a.low - slack(a.low) <= b.high + slack(b.high) && b.low - slack(b.low) <= a.high + slack(a.high);
}
