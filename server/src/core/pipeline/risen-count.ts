/**
 * A figure that a count rose or fell to: "The number of people killed in the clashes rose to
 * three", "the death toll from the floods climbed to 12", "the tally of missing fishermen reached
 * nine". The figure counts what the subject's noun phrase names, even when it is a small number
 * word after a long subject.
 */
import type { Token } from '../types';
import { lowerCase } from './token-fold';
import { FUNCTION_WORDS } from '../model/words';

/** Verbs of a change before "to" and the figure: "rose to", "has climbed to", "fell to". */
export const CHANGE_TO = new Set(['rose', 'risen', 'rise', 'rises', 'rising', 'climbed', 'climb', 'climbs', 'climbing', 'jumped', 'jumps', 'increased', 'increases',
  'grew', 'grown', 'grows', 'soared', 'surged', 'fell', 'fallen', 'falls', 'dropped', 'drops', 'declined',
  'shrank', 'shrunk', 'shrinks', 'dwindled', 'swelled', 'swollen', 'contracted', 'doubled', 'tripled', 'trebled', 'quadrupled', 'halved']);
/** Verbs that take the figure directly: "reached nine", "topped 200", or with "at": "stood at 40". */
export const REACH = new Set(['reached', 'reaches', 'reach', 'topped', 'tops', 'passed', 'exceeded', 'hit', 'hits']);
const STAND_AT = new Set(['stood', 'stands', 'stand', 'standing']);
/** A copula right before the figure, the value of a count named before it: "The number of homes lost was 212". */
const COPULA = new Set(['was', 'is', 'remains', 'remained']);
/** Determiners after "of" that make the count one thing's ("the number of the house"), not a count of things. */
const ARTICLE_AFTER_OF = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their']);
/** Verbs whose object is the count and whose "at" gives its value: "put the number of wounded at 58". */
const PUT_AT = new Set(['put', 'puts', 'putting', 'placed', 'places', 'placing', 'estimated', 'estimates', 'estimate', 'estimating']);
/** Verbs whose object is the count and whose "to" gives its new value: "bringing the number of cases to 17", "revised the toll to 243". */
const BRING_TO = new Set(['bring', 'brings', 'bringing', 'brought', 'take', 'takes', 'taking', 'took', 'push', 'pushes', 'pushing', 'pushed',
  'raise', 'raises', 'raising', 'raised', 'lift', 'lifts', 'lifting', 'lifted',
  'revised', 'revises', 'revising', 'lowered', 'lowers', 'updated', 'updates', 'corrected', 'corrects']);
/** Nouns of a count as the subject: "toll" counts people hurt or killed; the others count what "of" names. */
const COUNT_HEADS = new Set(['number', 'toll', 'tally', 'count', 'total', 'list']);
/** What opens the subject before its count noun: "the number", "its tally", "today's toll". */
const SUBJECT_OPENERS = new Set(['the', 'a', 'its', 'their', 'this', "today's", 'official']);
/**
 * Plural nouns of things a register counts, as the bare subject of a change: "Applications rose to 163,500",
 * "complaints climbed to 4,300". (Not prices, shares or readings: their level is no count.)
 */
export const COUNTED_PLURALS = new Set(['applications', 'admissions', 'arrivals', 'complaints', 'registrations', 'enrolments', 'enrollments',
  'referrals', 'bookings', 'visitors', 'visits', 'applicants', 'entrants', 'arrests', 'evictions', 'bankruptcies', 'insolvencies', 'closures',
  'redundancies', 'layoffs', 'claimants', 'deportations', 'crossings', 'sightings', 'births', 'deaths', 'cases', 'infections',
  'approvals', 'completions', 'repossessions', 'listings',
  // a body's count of the people who belong to it: "Members of the club rose by 300 to 4,200"
  'members',
  // an audience a service or a game counts: "Subscribers rose to 12 million", "Monthly players fell to 4.1 million"
  'subscribers', 'users', 'players', 'listeners', 'followers', 'viewers', 'downloads', 'streams']);
/**
 * Singular nouns whose level is a count of people, with what they count, as the bare subject of a change:
 * "Membership of the club rose to 4,200" (members), "Enrolment at the school fell to 640", "Ridership on the
 * line fell to 31,000", "The headcount rose to 4,200". Read as COUNTED_PLURALS are; a noun they modify
 * ("the membership fee rose to 400") is its own subject, so a preposition, an auxiliary or the verb must follow.
 */
export const COUNTED_SINGULARS: ReadonlyMap<string, string> = new Map([['membership', 'member'], ['enrolment', 'student'], ['enrollment', 'student'],
  ['ridership', 'passenger'], ['patronage', 'passenger'], ['headcount', 'employee'], ['workforce', 'employee'], ['attendance', 'person'], ['footfall', 'visitor'],
  ['readership', 'reader'], ['viewership', 'viewer'], ['audience', 'viewer'], ['circulation', 'copy']]);
/** What may follow a singular of COUNTED_SINGULARS before its verb: a preposition opening which ("of the club", "at the school") or an auxiliary. */
const AFTER_SINGULAR = new Set(['of', 'at', 'on', 'in', 'across', 'among', 'for', 'has', 'had', 'have']);
/** Harm states a "put … at" takes as its bare object: "puts the dead at 40". */
const PUT_HARMED = new Set(['dead', 'injured', 'wounded', 'missing', 'displaced', 'homeless']);
/** How many tokens back from the verb the subject's head may lie. */
const REACH_BACK = 24;

export interface RisenCount {
  /** Index of the first token of the subject ("The" of "The number of …", "death" of "death toll"). */
  first: number;
  /** Index of the head noun ("number", "toll"). */
  head: number;
  /** Index of the verb of the change. */
  verb: number;
}

/**
 * The subject a figure at token `qi` is the new value of, or null. The head must be a count noun
 * after a determiner ("the number", "the death toll"), and nothing between it and the verb may end
 * the clause (";", ":", a quote mark, a sentence-internal full stop).
 */
export function risenCount(toks: readonly Token[], qi: number): RisenCount | null {
  // "has reached a record 2,450", "rose to a new record 90": the record is the figure itself.
  let v = recordBefore(toks, qi) - 1;
  const w = toks[v] === undefined ? '' : lowerCase(toks[v]);
  // ("the toll rose from 172 to 260": the old level after "from", the new after "to", see change-from-to.ts)
  if (w === 'to' || w === 'by' || w === 'from') {
    const at = v;
    v = changeVerbBefore(toks, v - 1, w === 'to');
    // "bringing the number of infected farms to 17", "revised the number of dead to 243": the count is the object of
    // a verb of bringing or revising; "to" gives its new value.
    if (v < 0) return w === 'to' ? putCount(toks, at, BRING_TO) : null;
  }
  else if (w === 'at') {
    v--;
    if (toks[v] === undefined) return null;
    // "put the number of wounded at 58": the count is the object of the verb before it; "at" ends it.
    if (!STAND_AT.has(lowerCase(toks[v]))) return putCount(toks, qi - 1, PUT_AT);
  } else if (!REACH.has(w) && !COPULA.has(w)) return null;
  // ("The number of jobs cut was 318": a copula gives the count's value only after a count noun with "of", not "Deaths were 40")
  const copula = COPULA.has(w);
  for (let h = v - 1; h >= 0 && h >= v - REACH_BACK; h--) {
    const t = toks[h];
    if (t.kind !== 'word') {
      if (t.text === ';' || t.text === ':' || t.text === '"' || t.text === '“' || t.text === '”') return null;
      continue;
    }
    const l = lowerCase(t);
    // "pupil numbers had fallen by 600", "passenger numbers rose to 9,000": the noun before "numbers" is what is counted
    if (l === 'numbers') return copula ? null : nounNumbers(toks, h, v);
    if ((COUNTED_PLURALS.has(l) || COUNTED_SINGULARS.has(l) && (h + 1 === v || AFTER_SINGULAR.has(lowerCase(toks[h + 1])))) && !copula) { const r = pluralSubject(toks, h, v); if (r) return r; continue; }
    if (!COUNT_HEADS.has(l)) continue;
    // ("The total of votes cast was …", "The number of the house is 12": a copula takes no total, and no "of the")
    if (copula && (l === 'total' || l === 'list' || toks[h + 2] === undefined || ARTICLE_AFTER_OF.has(lowerCase(toks[h + 2])))) return null;
    // a list counts only as "the waiting list" (of people): "the list of demands grew to five" is no count of its own
    if (l === 'list' && !waitingList(toks, h)) return null;
    if (l === 'list') {
      // ("The number of households on the council's housing waiting list has risen to …": a list after a preposition
      // is where the counted are, and the count named before it is the subject)
      const before = listOpener(toks, h - 1);
      if (before >= 0 && LIST_PLACES.has(lowerCase(toks[before]))) continue;
      if (before >= 0 && before + 1 < h - 1) return { first: before + 1, head: h, verb: v };
    }
    let first = h;
    // "death toll", "casualty toll", "official tally"
    if (h > 0 && toks[h - 1].kind === 'word' && /^(death|casualty|injury|official|final|overall|latest|confirmed|waiting|total)$/.test(lowerCase(toks[h - 1]))) first = h - 1;
    // (a headline or a sentence may open with the bare noun: "Death toll rises to 12")
    if (first > 0) {
      if (!SUBJECT_OPENERS.has(lowerCase(toks[first - 1]))) return null;
      first--;
    }
    // "number", "tally", "count", "total" say what they count with "of"; "toll" counts people.
    if (l !== 'toll' && l !== 'list' && (toks[h + 1] === undefined || lowerCase(toks[h + 1]) !== 'of')) return null;
    return { first, head: h, verb: v };
  }
  return null;
}

/** Words before "numbers" that say how many, or whose, not what is counted ("record numbers", "their numbers"). */
const NOT_COUNTED_BEFORE_NUMBERS = new Set(['the', 'these', 'those', 'their', 'its', 'our', 'his', 'her', 'your', 'my', 'record', 'large', 'small', 'big',
  'huge', 'high', 'low', 'growing', 'rising', 'falling', 'total', 'overall', 'such', 'both', 'all', 'even', 'odd', 'phone', 'serial', 'lottery', 'winning', 'official']);

/** "pupil numbers" as the subject of the change at token `v` (head "numbers" at `h`, no "of" after it), or null. */
function nounNumbers(toks: readonly Token[], h: number, v: number): RisenCount | null {
  const noun = toks[h - 1];
  if (noun === undefined || noun.kind !== 'word' || !/^\p{L}{3,}$/u.test(noun.text) || NOT_COUNTED_BEFORE_NUMBERS.has(lowerCase(noun))) return null;
  if (toks[h + 1] !== undefined && lowerCase(toks[h + 1]) === 'of') return null;
  return { first: h > 1 && SUBJECT_OPENERS.has(lowerCase(toks[h - 2])) ? h - 2 : h - 1, head: h, verb: v };
}

/** A word that may modify a counted plural: letters only ("Road", "hospital", "asylum"). */
const MODIFIER_WORD = /^\p{L}+$/u;
/** Words that join clauses, no modifier ("Injuries fell, and deaths rose to 40"). */
const JOINERS = new Set(['and', 'but', 'or', 'as', 'while', 'when', 'so', 'then', 'yet', 'where', 'since', 'after', 'before']);

/**
 * "Applications to the scheme rose to 163,500": a plural of COUNTED_PLURALS opening the clause (perhaps after
 * "the" or "its", and one word that modifies it: "Road deaths") as the subject of the change at token `v` (head at `h`), or null.
 */
function pluralSubject(toks: readonly Token[], h: number, v: number): RisenCount | null {
  let first = h;
  // ("Road deaths rose to 1,126", "the hospital admissions": one word before the plural says which ones; two, "Monthly
  // active users"), after an owner's possessive ("The game's monthly players")
  if (first > 0 && modifierAt(toks, first - 1)) {
    if (subjectStartsAt(toks, first - 1)) first--;
    // (two only when neither is a function word: "Prices of bookings" is a price)
    else if (first > 1 && modifierAt(toks, first - 2) && subjectStartsAt(toks, first - 2)
      && !FUNCTION_WORDS.has(lowerCase(toks[first - 1])) && !FUNCTION_WORDS.has(lowerCase(toks[first - 2]))) first -= 2;
  }
  if (first >= 2 && POSSESSIVE.has(toks[first - 1].text) && toks[first - 2].kind === 'word') first -= 2;
  if (first > 0 && SUBJECT_OPENERS.has(lowerCase(toks[first - 1]))) first--;
  if (first > 0 && toks[first - 1].text !== ',' && !secondClause(toks, first - 1)) return null;
  return { first, head: h, verb: v };
}

/** May token `i` modify the plural after it: a word, no opener and no joiner? */
function modifierAt(toks: readonly Token[], i: number): boolean {
  const l = lowerCase(toks[i]);
  return MODIFIER_WORD.test(toks[i].text) && !SUBJECT_OPENERS.has(l) && !JOINERS.has(l);
}

/** The possessive's token after an owner's name or noun. */
const POSSESSIVE = new Set(["'s", '’s']);

/** May a subject's modifiers start at token `i`: at the text's start, after a mark, an opener or a possessive? */
function subjectStartsAt(toks: readonly Token[], i: number): boolean {
  return i === 0 || toks[i - 1].kind !== 'word' || SUBJECT_OPENERS.has(lowerCase(toks[i - 1]));
}

/** Joiners that open a second clause after a comma ("Injuries fell, and deaths rose to 40"); "while" and "whereas" also without one. */
const CLAUSE_JOINERS = new Set(['and', 'but', 'while', 'whereas']);

/** Is token `j` a joiner opening a second clause, whose subject follows it? ("births and deaths" joins nouns: no comma before "and".) */
function secondClause(toks: readonly Token[], j: number): boolean {
  const l = lowerCase(toks[j]);
  if (!CLAUSE_JOINERS.has(l)) return false;
  return l === 'while' || l === 'whereas' || (j > 0 && toks[j - 1].text === ',');
}

/** The index of "a" in "a record" / "a new record" right before the figure at `qi`, else `qi`. */
function recordBefore(toks: readonly Token[], qi: number): number {
  if (qi < 2 || toks[qi - 1].text !== 'record') return qi;
  let p = qi - 1;
  if (toks[p - 1].text === 'new') p--;
  return p > 0 && toks[p - 1].text === 'a' ? p - 1 : qi;
}

/** Words of a figure between "by" and "to": "rose by 48,000 to", "fell by 2.5 million to", "by 12 percent to". */
const FIGURE_PIECE = /^(?:[\d.,]+|million|billion|thousand|hundred|percent|%|a|one|half|third|quarter|fifth|tenth)$/i;

/**
 * The index of the verb of CHANGE_TO ending at `v` ("rose" of "rose to", "rose by"), or -1. With
 * `throughBy`, "rose by 48,000 to" ("rose from 172 to"): the change's own figure (the old level) lies between the verb and "to".
 */
function changeVerbBefore(toks: readonly Token[], v: number, throughBy: boolean): number {
  if (throughBy && toks[v] !== undefined && !CHANGE_TO.has(lowerCase(toks[v]))) {
    let b = v;
    while (b > v - 4 && b >= 0 && FIGURE_PIECE.test(toks[b].text)) b--;
    if (b === v || toks[b] === undefined || lowerCase(toks[b]) !== 'by' && lowerCase(toks[b]) !== 'from') return -1;
    v = b - 1;
  }
  return toks[v] !== undefined && CHANGE_TO.has(lowerCase(toks[v])) ? v : -1;
}

/**
 * "The ministry put the number of wounded at 58", "estimates the tally of displaced at 9,000": the count
 * noun after a determiner right after a verb of `verbs` (PUT_AT, or BRING_TO before "to"), then "of"; "toll" or a
 * harm state ("puts the dead at 40") needs no "of" (no clause break before "at"/"to" at `at`).
 */
function putCount(toks: readonly Token[], at: number, verbs: ReadonlySet<string> = PUT_AT): RisenCount | null {
  // (the count noun within 10 words before "at": "the number of people forced from their homes at 640,000")
  for (let h = at - 1; h >= 2 && h >= at - 10; h--) {
    const t = toks[h];
    if (t.kind !== 'word') return null;
    // "puts the dead at 40": a harm state right before "at" is the count of those harmed
    if (h === at - 1 && PUT_HARMED.has(lowerCase(t)) && lowerCase(toks[h - 1]) === 'the') return verbs.has(lowerCase(toks[h - 2])) || putBeforeAnd(toks, h - 2, verbs) ? { first: h - 1, head: h, verb: at } : null;
    if (!COUNT_HEADS.has(lowerCase(t))) continue;
    // ("put the death toll at 12")
    const first = lowerCase(t) === 'toll' && /^(?:death|casualty)$/i.test(toks[h - 1].text) ? h - 2 : h - 1;
    if (first < 1 || !SUBJECT_OPENERS.has(lowerCase(toks[first])) || !verbs.has(lowerCase(toks[first - 1]))) return null;
    return lowerCase(toks[h + 1]) === 'of' || lowerCase(t) === 'toll' ? { first, head: h, verb: at } : null;
  }
  return null;
}

/**
 * "put the injured at 31 and the dead at 4": is token `and` an "and" after a first figure whose "at" a verb of
 * `verbs` governs a few words before, so the harm state after it is that verb's second object?
 */
function putBeforeAnd(toks: readonly Token[], and: number, verbs: ReadonlySet<string>): boolean {
  if (and < 3 || lowerCase(toks[and]) !== 'and' || toks[and - 1].kind !== 'number') return false;
  for (let b = and - 2; b >= 0 && b >= and - 8; b--) {
    if (verbs.has(lowerCase(toks[b]))) return true;
    if (toks[b].kind === 'punct') return false;
  }
  return false;
}

/** Prepositions before a waiting list that make it where a count's things are ("the number of families on the list"). */
const LIST_PLACES = new Set(['on', 'onto', 'off', 'from', 'to', 'in']);
/** Words that say which waiting list ("the housing waiting list"). */
const LIST_KINDS = new Set(['housing', 'council', 'social', 'hospital', 'surgery', 'treatment', 'transplant']);

/**
 * The token before the phrase of a waiting list whose "waiting" is token `w`, past one word of its kind ("housing") and an owner's
 * possessive with its capitalised name ("Velby Borough Council's"), or the opener of "the waiting list" itself: -1 at the text's start.
 */
function listOpener(toks: readonly Token[], w: number): number {
  let p = w - 1;
  if (p >= 0 && LIST_KINDS.has(lowerCase(toks[p]))) p--;
  if (p >= 1 && POSSESSIVE.has(toks[p].text)) {
    p--;
    while (p >= 0 && toks[p].kind === 'word' && /^\p{Lu}/u.test(toks[p].text)) p--;
    return p;
  }
  return p >= 0 && SUBJECT_OPENERS.has(lowerCase(toks[p])) ? p - 1 : p;
}

/** Is token `h` ("list") the head of "waiting list", which counts the people on it? */
function waitingList(toks: readonly Token[], h: number): boolean {
  return h > 0 && lowerCase(toks[h - 1]) === 'waiting';
}
