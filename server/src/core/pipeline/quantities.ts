/** Quantities in text ("nearly 50", "dozens of", "€4.5 million", "between 40 and 50"), as intervals. */
import type { Quantity } from '../types';

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
 * The first two letters (lower-case ASCII) of the words of NUMBER_WORDS, as a table by both codes:
 * most word parts start with neither, and are passed over without comparing them to each word.
 */
const NUMBER_WORD_PREFIX = new Uint8Array(128 * 128);
for (const w of NUMBER_WORDS.values()) for (const x of w) NUMBER_WORD_PREFIX[(x.charCodeAt(0) << 7) | x.charCodeAt(1)] = 1;
/** Can a word of NUMBER_WORDS start at `p` of `t` (ignoring ASCII case)? */
function numberWordPrefixAt(t: string, p: number): boolean {
  if (p + 1 >= t.length) return false;
  const a = t.charCodeAt(p) | 0x20, b = t.charCodeAt(p + 1) | 0x20;
  return a < 128 && b < 128 && NUMBER_WORD_PREFIX[(a << 7) | b] === 1;
}
const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
/** Does `t` hold `w` (lower-case ASCII) at `p`, ignoring ASCII case? */
function wordAt(t: string, p: number, w: string): boolean {
  if (p + w.length > t.length) return false;
  for (let i = 0; i < w.length; i++) if ((t.charCodeAt(p + i) | 0x20) !== w.charCodeAt(i)) return false;
  return true;
}
/** "m" / "bn" (any case) at `p`, then no word character: the scale after "a" in "a m", "abn". */
function scaleAt(t: string, p: number): boolean {
  const n = wordAt(t, p, 'm') ? 1 : wordAt(t, p, 'bn') ? 2 : 0;
  return n > 0 && (p + n >= t.length || !isAlnum(t.charCodeAt(p + n)));
}

type CueToken = { text: string; kind: string };

/**
 * A cheap test, on the tokens of a sentence, that QUANTITY may match in it: a number, a digit or a
 * number or scale word at the start of a word part, "a"/"an" before "m"/"bn". It never says no
 * where QUANTITY would match (it says yes on any 'ſ', which Unicode case folding reads as 's'), so a
 * sentence that fails it need not be searched. `from`/`to` bound the tokens looked at (a sentence's).
 */
export function mayHoldQuantity(tokens: readonly CueToken[], from = 0, to = tokens.length): boolean {
  return nextQuantityCue(tokens, from, to) >= 0;
}

/** Index of the first token in `from`..`to` that holds a cue of `mayHoldQuantity`, or -1. */
function nextQuantityCue(tokens: readonly CueToken[], from: number, to: number): number {
  for (let k = from; k < to; k++) if (isQuantityCue(tokens, k, to)) return k;
  return -1;
}

/** Does token `k` hold a cue: a number, or a number or scale word (or "a"/"an" before "m"/"bn") at the start of a word part? */
function isQuantityCue(tokens: readonly CueToken[], k: number, to: number): boolean {
  const tok = tokens[k];
  if (tok.kind === 'number') return true;
  const t = tok.text;
  let afterAlnum = false;
  for (let p = 0; p < t.length; p++) {
    const c = t.charCodeAt(p);
    if (!afterAlnum && cueAt(tokens, k, to, t, p, c)) return true;
    afterAlnum = isAlnum(c);
  }
  return false;
}

/** A cue at the start `p` of a word part of token `k`, whose text `t` has the code `c` there. */
function cueAt(tokens: readonly CueToken[], k: number, to: number, t: string, p: number, c: number): boolean {
  if ((c >= 48 && c <= 57) || c === 0x17f) return true;
  const lc = c | 0x20;
  if (numberWordPrefixAt(t, p)) for (const w of NUMBER_WORDS.get(lc)!) if (wordAt(t, p, w)) return true;
  if (lc === 97) { // "a m", "am", "an bn", "anbn"
    const q = p + 1 < t.length && (t.charCodeAt(p + 1) | 0x20) === 110 ? p + 2 : p + 1;
    if (scaleAt(t, q)) return true;
    if (q === t.length && k + 1 < to && scaleAt(tokens[k + 1].text, 0)) return true;
  }
  return false;
}

/**
 * How many tokens of a QUANTITY match may come before its first cue: at most an approximation
 * ("as many as"), "between", a currency ("US", "$"), "half" and "a" (8), plus one to spare.
 */
const CUE_REACH = 9;

const NO_MATCHES: RegExpExecArray[] = [];

/**
 * The QUANTITY matches in one sentence, the same a search from the sentence start finds. A
 * sentence without a cue is not searched, and the search starts a few tokens before the first cue
 * (every match holds one). Looking for the next cue after each match cost more than searching on.
 * `tokens[from..to)` are the sentence's tokens, `start` its offset in the text.
 */
export function quantityMatches(sentence: string, start: number, tokens: readonly (CueToken & { start: number })[], from: number, to: number): RegExpExecArray[] {
  const cue = nextQuantityCue(tokens, from, to);
  if (cue < 0) return NO_MATCHES;
  const found: RegExpExecArray[] = [];
  QUANTITY.lastIndex = tokens[Math.max(from, cue - CUE_REACH)].start - start;
  for (let m = QUANTITY.exec(sentence); m; m = QUANTITY.exec(sentence)) found.push(m);
  return found;
}

/** Parses one number phrase ("two million", "4.5m", "$12", "a") to a value, or NaN. */
export function parseNumber(raw: string): number {
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
  let unit: Quantity['unit'] = m[11] ? 'percent' : m[12] || /[$€£¥]/.test(m[0]) ? 'money' : 'count';
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
  if (unit === 'count' && /^(?:[A-Z]{1,2}\$|[$€£¥])/.test(m[0].slice(m[1]?.length ?? 0).trimStart())) unit = 'money';
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
