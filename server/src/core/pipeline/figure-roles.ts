// Figures that date, name, describe or keep score rather than state a quantity about the world. Found
// judging every flagged figure on training text of other genres (biographies, travel guides, interviews,
// sports reports); each rule is general English, not a list of that text's words.
import type { Claim, Quantity } from '../types';
import { isSpace } from '../text/char-class';

/** Words right before a year in a clause that tells what happened then ("in 1655 he enlisted"). */
const YEAR_CLAUSE_BEFORE = /(?:\b(?:in|since|until|till|during|circa)|\b(?:january|february|march|april|may|june|july|august|september|october|november|december),?)\s+$/i;
/** What follows a three-digit year: a clause's subject or a break ("in 348 the abbot died", "in 711, …"). */
const SUBJECT_AFTER = /^(?:\s*[,;:)]|\s*$|\s+(?:he|she|it|they|we|i|you|the|a|an|his|her|their|its|this|that|there)\b|\s+\p{Lu})/u;
/** A plural noun, a unit or "of" after a figure: "in 1500 homes", "in 1200 BC" is left to the other rules. */
const COUNTED_AFTER = /^\s+(?:\p{Ll}+s\b|of\b|per\b|%)/u;

/**
 * A year (100 to 2100) written bare after "in", "since", "during" or a month: "in 1655 he enlisted",
 * "In May, 1750 he was elected". The figure rules already read most modern years as dates; this
 * catches the older ones. Three-digit years need a clause's subject or a break after them, and a
 * plural noun after any of them makes the number a count again ("in 1500 homes").
 */
export function historicalYear(text: string, q: Quantity, sentenceStart: number): boolean {
  if (q.unit !== 'count' || q.approx || q.text.length < 3 || q.text.length > 4 || !/^\d{3,4}$/.test(q.text)) return false;
  const v = +q.text;
  if (v < 100 || v > 2100) return false;
  if (!wordAndSpaceBefore(text, q.start, Math.max(sentenceStart, q.start - 12))) return false;
  if (!YEAR_CLAUSE_BEFORE.test(text.slice(Math.max(sentenceStart, q.start - 12), q.start))) return false;
  const after = text.slice(q.end, q.end + 16);
  if (COUNTED_AFTER.test(after)) return false;
  return q.text.length === 4 || SUBJECT_AFTER.test(after);
}

/**
 * Is there white space right before `at` (from `from` on), after an ASCII letter or a comma? What
 * YEAR_CLAUSE_BEFORE needs at its end, read before its slice and pattern: most figures are not
 * after a word and a space ("$40", "(1200)", "2,000", "1998-99").
 */
function wordAndSpaceBefore(text: string, at: number, from: number): boolean {
  let i = at - 1;
  if (i < from || !isSpace(text.charCodeAt(i))) return false;
  while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  if (i === from) return false;
  const c = text.charCodeAt(i - 1);
  return c === 44 || ((c | 0x20) >= 97 && (c | 0x20) <= 122);
}

/** A long run of digits without separators is a telephone or account number, not a count: "0590 …" written "0590854950". */
export function phoneLike(q: Quantity): boolean {
  return q.unit === 'count' && q.text.length >= 9 && /^\d{9,}$/.test(q.text) && (q.text.charCodeAt(0) === 48 || q.text.length >= 10);
}

/** Verbs of making a phone call, right before an emergency number ("rang 999", "dialled 911"). */
const DIAL_BEFORE = /\b(?:dial(?:s|led|ed|ling|ing)?|r[aiu]ng(?:s|ing)?|call(?:s|ed|ing)?|phon(?:e|es|ed|ing))\s+$/i;
/** A plural noun after a figure ("112 friends"). */
const PLURAL_AFTER = /^\s+(?:\p{Ll}+s|people|men|women|children)\b/u;
/** What an emergency number names after it: a call, its handler or its service ("a 999 call", "the 911 operator"). */
const EMERGENCY_NOUN_AFTER = /^[\s-]+(?:call|call-handler|operator|operators|dispatcher|dispatchers|service|services|line|system)\b/i;

/**
 * An emergency telephone number is no count: "rang 999 four times", "a 911 call was made", "the 112 line".
 * Only 999, 911 and 112 written bare, after a verb of calling or before a call, its operator or service.
 */
export function emergencyNumber(text: string, q: Quantity): boolean {
  if (q.text.length !== 3 || q.unit !== 'count' || q.approx) return false;
  if (q.text !== '999' && q.text !== '911' && q.text !== '112') return false;
  const after = text.slice(q.end, q.end + 16);
  if (EMERGENCY_NOUN_AFTER.test(after)) return true;
  // "called 112 friends": a plural noun after the number makes it a count again
  return !PLURAL_AFTER.test(after) && DIAL_BEFORE.test(text.slice(Math.max(0, q.start - 12), q.start));
}

/** Words after "N-" that still measure or count something: "a 10-fold rise", "a 5,000-strong crowd", "a 5.9-magnitude quake". */
const MEASURING_COMPOUND = new Set(['fold', 'percent', 'per', 'strong', 'odd', 'plus', 'dollar', 'euro', 'pound', 'cent', 'million', 'billion', 'thousand', 'hundred', 'dozen', 'magnitude']);

/**
 * A small number joined by a hyphen to a noun before another noun describes the thing, it counts
 * nothing that happened: "a three-bedroom flat", "a two-run homer", "a four-courtyard plan".
 * (Units and times are measures: "a 79-metre span", "a two-day strike" are other rules' business.)
 */
export function describingCompound(text: string, q: Quantity, isUnitWord: (w: string) => boolean): boolean {
  const h = text.charCodeAt(q.end); // the pattern's hyphen, asked first
  if (q.unit !== 'count' || q.approx || q.high > 20 || h !== 45 && h !== 0x2010) return false;
  const m = /^[-‐](\p{Ll}+)\s+\p{L}/u.exec(text.slice(q.end, q.end + 32));
  return m !== null && !MEASURING_COMPOUND.has(m[1]) && !isUnitWord(m[1]);
}

/** What may stand right before a word that opens a sentence, a clause or a quote (so it is capitalised anyway). */
const OPENER_BEFORE = /(?:^|[.!?"“‘'(:;—–-])\s*$/;

/**
 * A number word written with a capital inside a sentence is part of a title or name ("the Palace of
 * Eight Paradises", "the film Three Sinners"), not a count. Body text only (headlines capitalise all words).
 */
export function capitalisedNumberWord(text: string, q: Quantity, sentenceStart: number): boolean {
  if (q.unit !== 'count' || q.approx || q.start <= sentenceStart) return false;
  const c = q.text.charCodeAt(0);
  if (!(c >= 65 && c <= 90) || !/^\p{Lu}\p{Ll}+$/u.test(q.text)) return false;
  return !OPENER_BEFORE.test(text.slice(Math.max(sentenceStart, q.start - 6), q.start));
}

// Tried (s11, not kept): plain digits before one capitalised singular word that ends the phrase as a
// title ("fans of 30 Hollow"). It also silenced real counts of a group named in the singular
// ("the strikes killed 45 Taliban.", "300 Taliban were killed"). numberTitle below asks more: the
// word is an ordinary English word (a group's name is not), mid-sentence after a lower-case word.

/**
 * Plain digits mid-sentence before one capitalised ordinary singular word that ends the phrase name a
 * title ("fans of 12 Lantern, the sitcom", "shows like 40 Harbor"): no count is written with a capital
 * and a singular noun. Not a unit ("40 Celsius"), a demonym-shaped word ("45 Korvani", "300 Varnesian"),
 * a plural ("300 Marines"), a group's name no dictionary holds ("45 Taliban"), or a name a plural noun
 * or a model number follows ("400 Tarvel residents", "12 Corvan A40s").
 */
export function numberTitle(text: string, q: Quantity, sentenceStart: number, common: ReadonlySet<string>, isUnit: (w: string) => boolean): boolean {
  // (the space and capital after the figure first: most figures have none, and the pattern need not run)
  const c = text.charCodeAt(q.end + 1);
  if (q.unit !== 'count' || q.approx || text.charCodeAt(q.end) !== 32 || !(c >= 65 && c <= 90) || !/^\d+$/.test(q.text) || q.text === '1') return false;
  const m = TITLE_WORD.exec(text.slice(q.end, q.end + 48));
  if (m === null) return false;
  const w = m[1].toLowerCase();
  if (!common.has(w) || w.endsWith('s') || TITLE_DEMONYM_SHAPE.test(w) || COLLECTIVE_GROUPS.has(w) || isUnit(w)) return false;
  return LOWER_WORD_BEFORE.test(text.slice(Math.max(sentenceStart, q.start - 24), q.start));
}

/** One capitalised word after the figure, then a break, the end or a lower-case word that is no plural noun nor a model number. */
const TITLE_WORD = /^ (\p{Lu}\p{Ll}+)(?=\s*[,.;:!?)"”’]|\s*$|\s+(?!\p{Ll}+s\b|(?:people|staff|police|crew|personnel|children|men|women)\b)\p{Ll}+\b)/u;
/** Endings of nationality adjectives ("Varnesian", "Korvese", "Tarnish", "Qarni", "Baltic"). */
const TITLE_DEMONYM_SHAPE = /(?:an|ese|ish|i|ic)$/;
/** Ordinary words that also name a people in the plural ("300 Roma"). */
const COLLECTIVE_GROUPS = new Set(['roma', 'sinti', 'inuit', 'maori', 'sami', 'bedouin', 'druze', 'amish', 'police', 'staff', 'crew']);
/** A lower-case word and one space right before the figure: mid-sentence, not a title-case line. */
const LOWER_WORD_BEFORE = /(?:^|[^\p{L}])\p{Ll}+ $/u;

/**
 * A small number opening a sentence before a name of two or more capitalised words and a comma or
 * bracket numbers an entry of a list ("3 Harbour Mosque (the old mosque), …"), it counts nothing.
 */
export function listEntryNumber(text: string, q: Quantity, sentenceStart: number): boolean {
  if (q.unit !== 'count' || q.approx || q.start !== sentenceStart || !/^\d{1,2}$/.test(q.text)) return false;
  const m = /^ ((?:\p{Lu}[\p{L}'’-]*(?: of)? ){1,4}\p{Lu}[\p{L}'’-]*)\s*[,(]/u.exec(text.slice(q.end, q.end + 60));
  return m !== null && !/s$/.test(m[1]);
}

/** What a tally of play counts: goals, runs and the like. */
const SCORING_COUNTED = new Set(['goal', 'run', 'rbi', 'rbis', 'homer', 'double', 'triple', 'assist', 'rebound', 'touchdown', 'wicket', 'strikeout', 'birdie', 'bogey']);
/** What a referee does to players: "booked", "cautioned", "sent off" (its measure is the particle "off"), "ejected". */
const BOOKED = /^(?:booked|cautioned|sent|off|ejected|dismissed)$/;
/** Before points won in a match ("winning three points", "scored 23 points"); "fell 300 points" is an index and stays a claim. */
const POINTS_WON_BEFORE = /\b(?:win|wins|won|winning|scor(?:e|es|ed|ing)|collect(?:s|ed|ing)?|earn(?:s|ed|ing)?|tak(?:e|es|ing)|took)\s+(?:\p{L}+\s+)?$/iu;
/** A gap in a league table: "points clear of second-placed X", "points adrift of safety" (a poll's lead names no table). */
const STANDING_AFTER = /^\s+points?\s+(?:clear|adrift|behind|ahead|from)\b[^.;]{0,60}?\b(?:\p{Ll}+-placed|the\s+(?:table|standings|league)|relegation|safety|top\s+spot|at\s+the\s+(?:top|bottom)\b)/iu;
/** Before games played: "in 59 games", "played 26 games", "over six games", "38 points from 16 games". */
const GAMES_BEFORE = /\b(?:in|played|over|across|from)\s+$/i;
/** What a side or player plays, counted like games: "in 11 matches", "in 34 appearances". */
const GAME_WORDS = new Set(['game', 'match', 'appearance', 'fixture', 'outing']);
/** Points a side or player holds, not wins: "have 38 points", "are on 34 points", "led all scorers with 41 points". */
const POINTS_HELD_BEFORE = /\b(?:ha(?:s|ve|d|ving)|on|with|averag(?:e|es|ed|ing))\s+(?:just\s+|only\s+)?$/i;
/** A rate per game ("29.4 points per game", "11 rebounds a game") or a shooting share ("38 percent from the field"). */
const PER_GAME_AFTER = /^\s+(?:points|rebounds|assists|goals|runs|yards|blocks|steals)\s+(?:per|a)\s+(?:game|match)\b/i;
const SHOOTING_AFTER = /^\s*(?:(?:%|per\s?cent|percent)\s+)?(?:from|on|of)\s+(?:the\s+field|the\s+floor|three|deep|beyond\s+the\s+arc|the\s+(?:free[-\s]throw\s+|foul\s+|three-point\s+)?line|free\s+throws|three-pointers)\b/i;
/** After games still to play: "two games left", "three games remaining", "five games to play". */
const GAMES_LEFT_AFTER = /^\s+games?\s+(?:left|remaining|to\s+play)\b/i;

/** Tries a player or side makes in play, whose share of success is a record of play ("80% of his penalties"). */
const PLAY_TRIES = new Set(['penalty', 'kick', 'attempt', 'shot', 'serve', 'pass', 'tackle', 'conversion', 'throw', 'putt', 'chance', 'dribble', 'header']);
/** The player's or side's own tries: "of his penalties", "12 of her 15 first serves" (read from just before the claim: the whole "15"). */
const OWN_TRIES = /\bof\s+(?:his|her|their|its)\s/i;

/**
 * A sports tally (goals, runs, points won, games played, players booked, a player's success at their own
 * tries: "converted 80% of his penalties") records play, not a statistical claim about the world a
 * fact-checker would source.
 */
export function sportsTally(text: string, c: Claim): boolean {
  const q = c.quantity;
  if ((q.unit === 'count' || q.unit === 'percent') && PLAY_TRIES.has(c.counted) && OWN_TRIES.test(text.slice(Math.max(0, c.start - 14), c.end))) return true;
  if (q.unit === 'percent') return SHOOTING_AFTER.test(text.slice(q.end, q.end + 40));
  if (q.unit !== 'count') return false;
  if (SCORING_COUNTED.has(c.counted) || STANDING_AFTER.test(text.slice(q.end, q.end + 90))) return true;
  // "five players were booked", "two players sent off": a match's discipline, told like its goals.
  if (c.counted === 'player' && BOOKED.test(c.measure)) return true;
  const before = text.slice(Math.max(0, q.start - 24), q.start);
  if (c.counted === 'point') return POINTS_WON_BEFORE.test(before) || q.high <= 200 && POINTS_HELD_BEFORE.test(before);
  if (q.high <= 200 && PER_GAME_AFTER.test(text.slice(q.end, q.end + 40))) return true;
  return GAME_WORDS.has(c.counted) && !q.approx && q.high <= 200 && (GAMES_BEFORE.test(before) || GAMES_LEFT_AFTER.test(text.slice(q.end, q.end + 24)));
}

/** Members of a household. */
const HOUSEHOLD = new Set(['child', 'kid', 'son', 'daughter', 'brother', 'sister', 'sibling', 'grandchild', 'grandson', 'granddaughter', 'stepchild', 'stepson', 'stepdaughter', 'nephew', 'niece', 'dog', 'cat', 'pet']);
/**
 * Before a person's own household: "their three children", "their son and two dogs", "the youngest of five children",
 * "the second of four children" (a place among siblings), "she has two sons", "their daughter, Mia, and two grandchildren".
 */
const OWN_BEFORE = /(?:\b(?:his|her|their|my|our|your)(?:,?\s+[\p{L}\p{N}-]+){0,3},?\s+and|\b(?:his|her|their|my|our|your)|\b(?:youngest|eldest|oldest|middle|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) of|\b(?:has|had|have|having|raised))\s+$/iu;
/** Harm or an event after the count makes it news again: "their three children were killed". */
const EVENT_AFTER = /^[^.;]{0,30}\b(?:killed|died|dead|injured|wounded|hurt|missing|abducted|kidnapped|arrested|drowned|rescued|evacuated)\b/i;

/**
 * An obituary's list of the family left behind, earlier in the figure's sentence: "is survived by his wife, Ada; three daughters",
 * "She survives him, as do their three children …; seven grandchildren", "who survives him, along with … two grandchildren".
 */
const SURVIVED_BEFORE = /\b(?:survived\s+by|survivors\s+include|leaves\s+(?:behind\s+)?(?:his|her|their|a)|survives?\s+(?:him|her|them))\b[^.!?;]*(?:;[^.!?;]*)*$/i;

/** The household member a counted word names, with "great-" and "-children" undone: "great-grandchildren" → "grandchild". */
function householdMember(counted: string): string {
  return counted.replace(/^(?:great-)+/, '').replace(/children$/, 'child');
}

/**
 * A small count of someone's own children or pets ("lives with their three children") or of the family an
 * obituary lists ("leaves a husband, four sons and nine grandchildren") is a personal fact, not a
 * statistical claim.
 */
export function householdCount(text: string, c: Claim): boolean {
  const q = c.quantity;
  if (q.unit !== 'count' || q.approx || q.high > 12) return false;
  // (the word right after the figure too: "two grandchildren survive" was read as counting "survive")
  if (!HOUSEHOLD.has(householdMember(c.counted)) && !HOUSEHOLD.has(householdMember(/^\s+(\p{Ll}[\p{Ll}-]*?)s?\b/u.exec(text.slice(q.end, q.end + 24))?.[1] ?? ''))) return false;
  if (!OWN_BEFORE.test(text.slice(Math.max(0, q.start - 40), q.start)) && !SURVIVED_BEFORE.test(text.slice(Math.max(0, q.start - 160), q.start))) return false;
  return !EVENT_AFTER.test(text.slice(q.end, q.end + 60));
}

/** People before an age bound: "children", "those aged". */
const AGE_PEOPLE_BEFORE = /\b(?:children|kids|people|persons|adults|those|anyone|everyone|men|women|boys|girls|infants|babies|pupils|residents|patients|voters|drivers|workers)\s+(?:aged\s+)?$/i;
/** The bound itself, in the figure's text or right before it: "under", "over", "older than". */
const AGE_BOUND = /^(?:under|over|below|above|older\s+than|younger\s+than)\s+/i;
/** The first letters of AGE_BOUND's words, lower case. */
const BOUND_INITIALS = new Set([...'uobay'].map((l) => l.charCodeAt(0)));

/**
 * A whole number after people and "under"/"over" ("Children under five accounted for a third of
 * cases", "those aged over 65") bounds an age group: it picks out who is counted, it is no figure of its own.
 */
export function ageBand(text: string, q: Quantity, sentenceStart: number): boolean {
  const n = Number.isFinite(q.high) ? q.high : q.low; // "over 65": no upper end
  if (q.unit !== 'count' || n > 120 || !Number.isInteger(n)) return false;
  // (the bound's first letter in the figure's text, and `mayEndInBound` on the text itself: most figures pass neither, and nothing is sliced)
  const inText = BOUND_INITIALS.has(q.text.charCodeAt(0) | 0x20) && AGE_BOUND.test(q.text);
  const from = Math.max(sentenceStart, q.start - 48);
  if (!inText && (q.approx || !mayEndInBound(text, from, q.start))) return false;
  let before = text.slice(from, q.start);
  if (!inText) {
    const bound = /\b(?:under|over|below|above|older\s+than|younger\s+than)\s+$/i.exec(before);
    if (!bound) return false;
    before = before.slice(0, bound.index);
  }
  return AGE_PEOPLE_BEFORE.test(before);
}

/**
 * May the bound's pattern end `s` from `start` to `end`: white space, after a word ending like one of its words ("under",
 * "over" r, "below" w, "above" e, "than" n)? Most figures follow none, and the pattern is tried
 * from every position (per 1,000 cold docs it ran 4,229 times).
 */
function mayEndInBound(s: string, start: number, end: number): boolean {
  let e = end;
  if (e === start || !isSpace(s.charCodeAt(e - 1))) return false;
  while (e > start && isSpace(s.charCodeAt(e - 1))) e--;
  if (e === start) return false;
  const c = s.charCodeAt(e - 1) | 0x20;
  return c === 114 || c === 119 || c === 101 || c === 110;
}
