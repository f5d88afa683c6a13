/**
 * Ranks passages of other articles that back or contradict a claim: same measure (what happened),
 * same kind of counted thing, compatible figures, shared entities and time frame, lexical
 * similarity; sourced passages first on ties.
 *
 * Only claims that share a key (measure, counted class, money, superlative) can match, so a
 * `CandidateIndex` over those keys ranks a claim without scanning the whole pool; `rankCandidates`
 * scans and gives the same answer.
 */
import type { Claim } from '../types';
import { compatible } from '../pipeline/quantities';
import { countsCanClash, recurs, subjectsClash } from './same-subject';
import { bodiesWithinToll, bodyMeasure } from './body-count';
import { UNIT_SIZES, countedClass, countedMatch, isHumanClass, moveMeasure, timeKey } from '../model/measures';
import { denominatorOf, distinctFigure, eventless, looseShare, sameThingsCounted, shareOf } from './corroborate-figures';
import { currencyOf, sameCurrency } from '../model/currency';
import { lemma } from '../pipeline/05-claims';
import { eventFamilies, eventsClash } from './event-kind';
import { shareFamilies, sharesClash } from './share-measure';
import { synonymMeasure } from './measure-synonyms';

export type Relation = 'supports' | 'conflicts' | 'related';

export interface ClaimRef {
  doc: string;
  claim: Claim;
  /** Content words of the claim's sentence. */
  terms: readonly string[];
  /** Corpus-wide entity ids named in the claim's sentence. */
  entities: readonly string[];
  /** What the claim is about: its sentence's entities less its source (same-subject.ts); absent: unknown. */
  subjects?: readonly string[];
  /** Those of its subjects that are organisations. */
  firms?: readonly string[];
  /**
   * The organisations its sentence names, its source included: whose figure it is ("Airbus
   * announced 10,000 job cuts" counts Airbus's jobs). Absent: unknown.
   */
  orgs?: readonly string[];
  /** Is the claim a market move of a group of firms ("Retailers rose 2%": move-subject.ts), not of one? */
  group?: boolean;
  /** The move a percentage states with no verb of moving ("closed down 0.6%": move-direction.ts), absent when none. */
  move?: 'fell' | 'rose';
  /**
   * For a percentage move of one subject, the entities its clause names before the verb, or the firm
   * a possessive there points back to ("Its shares slid 2%": move-subject.ts); absent when none.
   */
  clauseMovers?: readonly string[];
  /** What of its movers moved, when not their shares or level: "sales", "profit" (move-subject.ts `movedQuantity`). */
  moved?: string;
  /** Is its figure the old one of a revision its sentence states ("revised to 52.9%, down from 54.2%": revised-figure.ts)? */
  revisedAway?: boolean;
}

export interface Candidate {
  doc: string;
  claim: Claim;
  score: number;
  relation: Relation;
}

const DIMENSIONS = new Set(['length', 'mass', 'volume', 'area', 'speed', 'electric power', 'energy']);

/** The index keys of a claim: two claims can only corroborate each other when they share one. */
export function matchKeys(c: Claim): string[] {
  if (c.kind === 'superlative') return ['superlative'];
  if (c.quantity.unit === 'money') return ['money'];
  const keys: string[] = [];
  const measure = bodyMeasure(c.measure, c.counted);
  if (measure) keys.push('m:' + measure);
  // Shares of one figure ("1% of revenue", "a 1% levy") can state the same term under other nouns.
  // A count may give its share too ("cut 300 jobs, or 12% of its staff"): it can state another claim's share.
  if (c.quantity.unit === 'percent' || shareOf(c)) keys.push('percent');
  const cls = countedClass(c.counted);
  keys.push('c:' + (isHumanClass(cls) ? 'people' : cls));
  return keys;
}

/** The figure a quantity stands for: its midpoint, or its one finite bound for an open range ("at least 3"). */
function pointOf(q: Claim['quantity']): number | null {
  const lo = Number.isFinite(q.low) ? q.low : null, hi = Number.isFinite(q.high) ? q.high : null;
  return lo !== null && hi !== null ? (lo + hi) / 2 : lo ?? hi;
}

/** Is a quantity one exact figure ("301"), not a range or an open bound ("more than 300")? */
const exact = (q: Claim['quantity']): boolean => q.low === q.high;

/** Has a quantity both bounds ("about 200", "40 to 50"), unlike an open range ("more than 9")? */
const bounded = (q: Claim['quantity']): boolean => Number.isFinite(q.low) && Number.isFinite(q.high);

/**
 * 1 for equal figures, falling towards 0 as they diverge. An open range counts as its bound, so
 * "at least three" is closer to three than to thirty; 0.5 when a figure is unknown.
 */
function closeness(mx: number | null, my: number | null): number {
  if (mx === null || my === null) return 0.5;
  return 1 - Math.min(1, Math.abs(mx - my) / Math.max(mx, my, 1));
}

/** Distinct words. */
type Words = ReadonlySet<string>;

/**
 * A claim made ready for scoring: what scoring reads of it that depends on it alone (keys, time
 * key, distinct words), computed once. Ranking one claim of a large corpus compares it with
 * thousands of others, which used to recompute these for every comparison.
 */
export interface Scorable {
  readonly ref: ClaimRef;
  readonly doc: string;
  readonly keys: readonly string[];
  readonly time: string | null;
  /** The distinct words of the claim's sentence, made on first use (see `termsOf`). */
  terms: Words | null;
  /** The distinct words near the figure, made on first use (see `nearOf`). */
  near: Words | null;
  /** The years its sentence names, made on first use (see `yearsOf`). */
  years: readonly string[] | null;
  /** The families of events its sentence names (event-kind.ts), -1 until first used (see `eventsOf`). */
  events: number;
  /** For a percentage, the families of measures it states (share-measure.ts), -1 until first used (see `shareFamiliesOf`). */
  shareFamilies: number;
  readonly entities: readonly string[];
  readonly subjects: readonly string[] | undefined;
  readonly firms: readonly string[] | undefined;
  readonly orgs: readonly string[] | undefined;
  /** The claim's fields that scoring compares, copied into one object shape: claims come in many
   * shapes (optional fields, parsed from the index cache), and reading them was most of the cost. */
  readonly kind: 'superlative' | 'proportion' | '';
  readonly measure: string;
  readonly counted: string;
  readonly unit: Claim['quantity']['unit'];
  readonly sourced: boolean;
  readonly quantity: Claim['quantity'];
  readonly point: number | null;
  /** How far an exact figure may lie from what it rounds, in the unit of `quantity` (see `roundingOf`). */
  readonly rounding: number;
  /** A sum's currency (model/currency.ts), '' for other figures or when none is written. */
  readonly currency: string;
  /** The share the claim states: its figure when a percentage, else one its passage adds (see `shareOf`). */
  readonly share: Claim['quantity'] | null;
  /** Is its measure named only by its counted noun ("3,000 jobs"), which says nothing of what happened to them? */
  readonly eventless: boolean;
  /** Is its figure a share given as a fraction ("a third", "one in eight"), known only to its denominator (`looseShare`)? */
  readonly fraction: boolean;
  /** For a percentage move ("fell 4%"), the entities its nearby words name: what moved; else null. */
  readonly movers: readonly string[] | null;
  /** Is its figure the old one of a revision its sentence states (`ClaimRef.revisedAway`)? */
  readonly revisedAway: boolean;
}

/** Every claim of a sentence shares that sentence's term list: its distinct words are made once. */
const wordSets = new WeakMap<readonly string[], Words>();

function wordsOf(terms: readonly string[]): Words {
  let w = wordSets.get(terms);
  if (!w) wordSets.set(terms, (w = terms.length ? new Set(terms) : NO_WORDS));
  return w;
}

const NO_WORDS: Words = new Set();

/** The distinct words of a claim's sentence (made when first compared: most claims never are). */
function termsOf(s: Scorable): Words {
  return (s.terms ??= wordsOf(s.ref.terms));
}

function nearOf(s: Scorable): Words {
  const near = s.ref.claim.near;
  return (s.near ??= near?.length ? new Set(near) : NO_WORDS);
}

/**
 * A size in the base unit of its dimension ("1.5 km" as 1,500 metres), so sizes given in other
 * units compare; any other quantity as it is.
 */
function inBaseUnit(c: Claim): Claim['quantity'] {
  const q = c.quantity, size = unitSize(c);
  return size === 1 ? looseShare(q) : { ...q, low: q.low * size, high: q.high * size };
}

/** The size of a claim's unit in the base unit of its dimension (1 for other quantities). */
function unitSize(c: Claim): number {
  return (DIMENSIONS.has(c.measure) ? UNIT_SIZES[c.counted] : undefined) ?? 1;
}

/**
 * One frozen list per distinct list of match keys: the claim pool keeps a scoring record per claim
 * of the corpus, and claims share few key lists (~12,400 claims of 3,000 bench articles have 812;
 * "c:percent" was there 1,868 times), so a list (and its strings) built per claim was ~2.1 MB of
 * the pool at 3,000 articles. The table grows with the distinct lists only (measure words).
 */
const KEY_LISTS = new Map<string, readonly string[]>();
function sharedKeys(keys: string[]): readonly string[] {
  const id = keys.join('\n');
  let shared = KEY_LISTS.get(id);
  if (!shared) KEY_LISTS.set(id, (shared = Object.freeze(keys)));
  return shared;
}

/** The scoring record of a claim; `rankCandidates` keeps one per ClaimRef, ClaimIndex its own. */
export function makeScorable(ref: ClaimRef): Scorable {
  const c = ref.claim, q = inBaseUnit(c), measure = ref.move ?? synonymMeasure(moveMeasure(bodyMeasure(c.measure, c.counted)));
  return {
    ref, doc: ref.doc, keys: sharedKeys(matchKeys(c)), time: timeKey(c.timeframe), terms: null, near: null, years: null, events: -1, shareFamilies: -1, entities: ref.entities, subjects: ref.subjects, firms: ref.firms, orgs: ref.orgs,
    kind: c.kind ?? '', measure, counted: c.counted, unit: q.unit, sourced: c.sourced === 'yes', quantity: q, point: pointOf(q),
    rounding: roundingOf(c.quantity.low) * unitSize(c),
    currency: q.unit === 'money' ? currencyOf(q.text) || currencyOf(c.text) : '',
    share: q.unit === 'percent' ? q : shareOf(c), eventless: eventless(c), fraction: q.unit === 'percent' && denominatorOf(q.text) > 0,
    movers: q.unit === 'percent' && !ref.group ? moversOf(c, measure, ref) : null, revisedAway: ref.revisedAway === true,
  };
}

/**
 * What a percentage move is of (not asked of a group's move, "Retailers, led by Marlow Stores, rose
 * 2%", which is no figure of any one of them): the entities of its sentence whose every name word lies near the
 * figure ("the Tarlow 30 index fell 3%", "Brisk Air shares dropped 3%"), and those its clause names
 * before the verb or points back to (`ClaimRef.clauseMovers`: "Brisk Air shares had already dropped 3%",
 * "Its shares slid 3%"), each with the quantity that moved when not its shares ("brisk-air/sales").
 * Null when it is no move or names none: then nothing is known of what moved.
 */
function moversOf(c: Claim, m: string, ref: ClaimRef): readonly string[] | null {
  if (m !== 'fell' && m !== 'rose') return null;
  const near = c.near, entities = ref.entities, clause = ref.clauseMovers;
  // Near words are lemmas: "Marlow Stores" is named by "marlow" and "store".
  let out = near?.length && entities.length ? entities.filter((id) => id.split('-').every((w) => /^\d+$/.test(w) || near.includes(w) || near.includes(lemma(w)))) : [];
  if (clause) out = out.length ? [...new Set([...out, ...clause])] : [...clause];
  // "Orvel's sales fell 4%" and "Orvel shares fell 4%" are moves of two things.
  if (ref.moved) out = out.map((id) => id + '/' + ref.moved);
  return out.length ? out : null;
}

const scorables = new WeakMap<ClaimRef, Scorable>();

function scorable(ref: ClaimRef): Scorable {
  let s = scorables.get(ref);
  if (!s) scorables.set(ref, (s = makeScorable(ref)));
  return s;
}

/** Scores one passage of another article against the target; null when it is no candidate. */
export function scoreCandidate(target: ClaimRef, c: ClaimRef, targetTerms?: ReadonlySet<string>, targetNear?: ReadonlySet<string>): Candidate | null {
  const t = scorable(target);
  const tt = targetTerms || targetNear ? { ...t, terms: targetTerms ?? termsOf(t), near: targetNear ?? nearOf(t) } : t;
  return score(tt, scorable(c));
}

/**
 * Scores `s` against the target; null when it is no candidate, or (when `floorOf` is given) when
 * even identical wording could not bring its rounded score up to the floor of its relation: the word
 * overlaps are the costly part, and ranking needs them only for passages that can still enter the list.
 */
function score(t: Scorable, s: Scorable, floorOf?: (relation: Relation) => number): Candidate | null {
  if (s.doc === t.doc) return null;
  const ka = t.keys, kb = s.keys;
  if (ka.length === 1 && kb.length === 1 ? ka[0] !== kb[0] : !ka.some((k) => kb.includes(k))) return null;
  const ta = t.time, tb = s.time;
  const sameTime = ta !== null && ta === tb;
  const otherTime = ta !== null && tb !== null && ta !== tb;
  let shared = 0;
  for (const e of s.entities) if (t.entities.includes(e)) shared++;
  // The parts of the score that do not depend on wording, added below in the order of the formula
  // (adding 0 changes nothing, so the sum is the same number as when it was written as one).
  const p: Parts = { entities: 0.05 * Math.min(2, shared), time: sameTime ? 0.05 : 0, sourced: s.sourced ? 0.05 : 0, superlative: false, plus: 0, measure: 0, counted: 0, fit: 0, penalty: 0 };
  let relation: Relation = 'related';
  let otherShare = false;

  if (t.kind === 'superlative' || s.kind === 'superlative') {
    // Two superlatives about the same span of time ("since the war began") back each other.
    p.superlative = true;
    p.plus = sameTime ? 0.15 : 0;
    if (sameTime) relation = 'supports';
  } else {
    const money = t.unit === 'money' && s.unit === 'money';
    // Two moves of a named index or firm: the same figure when of the same one ("the Tarlow 30 fell
    // 3%" / "the Tarlow 30 dropped 3 percent"), none at all when of two (the Tarlow 30 / Brisk Air).
    const moves = !money && t.movers !== null && s.movers !== null && t.measure === s.measure;
    // Two percentages of one measure under two words ("unemployment" / "the jobless rate") count one thing;
    // of two measures ("turnout" / "won 61% of the vote") they are two figures (share-measure.ts).
    const percents = t.unit === 'percent' && s.unit === 'percent';
    const fa = percents ? shareFamiliesOf(t) : 0, fb = percents ? shareFamiliesOf(s) : 0, shares = fa & fb;
    otherShare = sharesClash(fa, fb);
    const counted = money ? 1 : moves ? (sharesAny(t.movers!, s.movers!) ? 1 : 0) : countedMatch(t.counted, s.counted) || (shares ? 1 : 0);
    // Sums in two currencies are not one figure ("£13 billion" / "$15 billion"), however close.
    const sameUnit = t.unit === s.unit && (!money || sameCurrency(t.currency, s.currency));
    const figures = t.kind !== 'proportion' && s.kind !== 'proportion';
    const fits = sameUnit && (!figures || compatible(t.quantity, s.quantity));
    // One measure of one unit: a share and a count are two figures ("closed 5% lower" / "closed two
    // plants"). A count of jobs that names no event ("3,000 jobs") takes the measure of the same
    // figure of them ("cut 3,000 jobs"), not of a vague one ("thousands of jobs").
    const sameMeasure = t.unit === s.unit && (t.measure !== '' && t.measure === s.measure
      || counted === 1 && (t.eventless || s.eventless) && fits && closeness(t.point, s.point) >= 0.9);
    if (sameMeasure) p.measure = 0.3;
    // A share and a count of one noun are two figures ("12% of its staff" / "1,900 of its staff"):
    // the noun ties them only within one story (a name both sentences give).
    p.counted = t.unit === s.unit || shared > 0 ? 0.2 * counted : 0.1 * counted;
    if (sameMeasure && counted > 0) p.fit = fits ? 0.1 + 0.2 * (figures ? closeness(t.point, s.point) : 0.5) * counted : 0.05 * counted;
    else if (money && fits) p.fit = 0.1 + 0.1 * closeness(t.point, s.point); // the same amount under other words
    else if (sameShare(t, s)) p.fit = 0.15; // the same share under other nouns
    // The same things counted under another verb ("90 firefighters fought" / "80 firefighters were
    // sent"): a fitting figure ranks above one that does not.
    else if (counted === 1 && fits && figures) p.fit = 0.05 + 0.15 * closeness(t.point, s.point);
    if (sameMeasure && counted === 1) {
      // A sum is stated to the unit it is known to: two sums back each other only when (nearly) equal,
      // not within a count's rounding ("$15 billion" / "$17.4 billion" are two sums).
      // An open range ("more than 9 metres") fits any larger figure, but backs only one near its bound
      // (11 metres of the same waves, not a gap 200 metres wide).
      const near = closeness(t.point, s.point);
      // Close figures that are not one figure rounded ("155" / "144 planes ordered") are at most related.
      if (fits && (money ? near > 0.95 : near >= 0.5 || (bounded(t.quantity) && bounded(s.quantity)))) {
        if (sameFigure(t, s)) relation = 'supports';
        // Two moves of one named index or firm on one named day that no rounding makes one figure
        // ("fell 11%" / "slid 9%") cannot both be true, though each is within the other's tenth.
        else if (moves && sameTime && apartWhenRounded(t, s) && !subjectsClash(t.subjects, s.subjects)) relation = 'conflicts';
      }
      // Figures of one measure that cannot both be true: unless they cover different periods, or
      // are amounts and sizes, which often describe different things. Things that happen again and
      // again (plants closed, jobs cut, an index's daily moves) only conflict within one named time frame.
      // And only figures about one subject: the same things counted, and no other named subject.
      else if (sameUnit && figures && !otherTime && !money && !DIMENSIONS.has(t.measure) && (sameTime || !moves && !recurs(t.measure, t.counted))
        && countsCanClash(t, s) && !subjectsClash(t.subjects, s.subjects) && !bodiesWithinToll(t, s)) relation = 'conflicts';
    } else if (money && fits && closeness(t.point, s.point) > 0.95 && sameFigure(t, s)) relation = 'supports';
    // One precise figure of the same things, though one passage names another verb or none ("417 polling
    // stations" / "opened 417 polling stations", "won 27.4%" / "won 27.4% of the vote"): one figure.
    // Two exact figures under verbs of two measures are one only when equal ("approved 29,800 homes" is no
    // rounding of "built 30,000 homes": two counts of one kind of thing; "more than 300" still covers 301).
    else if (!money && fits && figures && !otherTime && t.unit === s.unit && (sameThingsCounted(t, s) || shares !== 0) && (distinctFigure(t.quantity) || distinctFigure(s.quantity))
      && (t.measure !== '' && s.measure !== '' && exact(t.quantity) && exact(s.quantity) ? t.point === s.point : closeness(t.point, s.point) >= 0.98 && sameFigure(t, s))) relation = 'supports';
    // A passage that gives the claim's figure as the one it revises ("revised to 52.9%, down from 54.2%")
    // contradicts it: the figure is no longer held, whatever its wording (a level that merely changed is no revision).
    if (s.revisedAway && relation !== 'conflicts' && fits && figures && !otherTime && (counted === 1 || shared > 0)
      && closeness(t.point, s.point) >= 0.98 && sameFigure(t, s)) relation = 'conflicts';
    if (otherTime) p.penalty = 0.05;
  }
  // Jaccard similarity is at most (smaller set) / (larger set), and the sum grows with it.
  const tt = termsOf(t), st = termsOf(s), tn = nearOf(t), sn = nearOf(s);
  const floor = floorOf ? floorOf(relation) : -Infinity;
  if (floor > -Infinity && (floor === Infinity || rounded(total(p, overlapBound(tt, st), overlapBound(tn, sn))) < floor)) return null;
  let score = total(p, jaccard(tt, st), jaccard(tn, sn));
  // "A storm in Kestrel Bay killed 45 people" against "the earthquake killed 45 people": another event,
  // however alike the figures; it ranks below passages of the claim's own event.
  const otherEvent = eventsClash(eventsOf(t), eventsOf(s));
  if (otherEvent) score -= OTHER_EVENT;
  if (otherShare) score -= OTHER_SHARE;
  if (score < 0.15) return null;
  if (otherEvent || otherShare || relation === 'supports' && !backsTheSame(t, s)) relation = 'related';
  if (relation !== 'related' && yearsClash(yearsOf(t), yearsOf(s))) relation = 'related';
  return { doc: s.doc, claim: s.ref.claim, score: rounded(score), relation };
}

/**
 * Does a passage whose figure fits the claim's say it of the same thing? Not when each is about a
 * named organisation and they share none, for what firms count (jobs, plants, orders, sums: "Ardent
 * Motors will cut 3,000 jobs" / "Velko plans to cut 3,000 jobs"); people may be counted by several
 * bodies of one event (a march against one firm, organised by another). For what firms do again and
 * again (cut jobs, close plants: `recurs`) the firm that gives the figure counts too ("Velko
 * announced 3,000 job cuts"); for other figures a source names no subject (an agency or a paper
 * reports a toll, a depth, a fire's damage). And a sum, which any two stories can share by
 * chance ("a $2 billion contract" / "spent $2.1 billion"), needs some other tie: a shared
 * organisation (not a place: any two stories of one country name it), or a word both sentences use
 * (other than the sums' own words). (Requiring every count to share its named subjects, places
 * included, lost true matches on the dev sets: sentences of one event name different places and
 * bodies around the same toll.)
 */
function backsTheSame(t: Scorable, s: Scorable): boolean {
  if (!isHumanClass(countedClass(t.counted)) && subjectsClash(t.firms, s.firms)) return false;
  if (recurs(t.measure, t.counted) && subjectsClash(t.orgs, s.orgs)) return false;
  if (t.unit !== 'money' || s.unit !== 'money' || sharesAny(t.orgs, s.orgs)) return true;
  return sharesWord(nearOf(t), nearOf(s)) || sharesWord(termsOf(t), termsOf(s));
}

/**
 * Do two sentences name years and none in common ("will cut 30,000 jobs by 2012" / "plans to cut
 * 30,000 jobs by 2008")? Then their figures are of different times: they neither back nor
 * contradict each other. A year on one side only says nothing.
 */
function yearsClash(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && b.length > 0 && !a.some((y) => b.includes(y));
}

const YEAR = /^(?:1[89]|20)\d\d$/;

/** What naming another kind of event (event-kind.ts) takes off a passage's score. */
const OTHER_EVENT = 0.3;

/** What a percentage of another measure (share-measure.ts) takes off a passage's score: it stays in the list, below. */
const OTHER_SHARE = 0.15;

/** The families of measures a percentage claim states, computed once. */
function shareFamiliesOf(s: Scorable): number {
  return s.shareFamilies >= 0 ? s.shareFamilies : (s.shareFamilies = shareFamilies(s.counted, s.ref.terms));
}

/** The families of events a claim's sentence names, computed once. */
function eventsOf(s: Scorable): number {
  return s.events >= 0 ? s.events : (s.events = eventFamilies(s.ref.terms));
}

/** The years a claim's sentence names ("2008"), in its own words. */
function yearsOf(s: Scorable): readonly string[] {
  return (s.years ??= s.ref.terms.filter((w) => w.length === 4 && YEAR.test(w)));
}

/**
 * Do two claims state the same share, as percentages ("12%" / "12 per cent") or one as a fraction
 * ("one in eight"), which is known only to its denominator (`looseShare` has widened it)?
 */
function sameShare(t: Scorable, s: Scorable): boolean {
  const a = t.share, b = s.share;
  return !!a && !!b && compatible(a, b) && (t.fraction || s.fraction || closeness(pointOf(a), pointOf(b)) > 0.95);
}

/** Do two lists share an item? */
function sharesAny(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return !!a && !!b && a.some((x) => b.includes(x));
}

/**
 * Can two exact figures be one figure, each rounded as it is written? A figure is known to its last
 * nonzero digit ("$14 billion" to the billion, "155" to the unit), so "$14 billion" is not "$13.4
 * billion", nor "155 planes" "144 planes", while "$1 billion" can be "$997 million". A figure within
 * a tenth of a round one still can ("10,000" / "9,600"): round figures are often rounded further.
 * A range or an approximation already says how far it reaches.
 */
function sameFigure(a: Scorable, b: Scorable): boolean {
  const qa = a.quantity, qb = b.quantity, ea = qa.low === qa.high, eb = qb.low === qb.high;
  if (ea && eb) return Math.abs(qa.low - qb.low) <= a.rounding + b.rounding;
  // Two hedged figures are one figure when each one's middle lies in the other's window: "about 40%" (36-44)
  // and "some 48%" (43.2-52.8) only touch at their edges, two figures. True ranges ("40 to 50") and vague
  // amounts ("thousands") say their own reach.
  if (!ea && !eb) return !(hedged(qa) && hedged(qb)) || a.point === null || b.point === null || within(a.point, qb) && within(b.point, qa);
  // An exact figure against a range: within the range, give or take its own rounding ("3,700" is
  // not "about 4,300", though each figure's ten per cent would reach the other).
  const [x, r, q] = ea ? [qa.low, a.rounding, qb] : [qb.low, b.rounding, qa];
  return x + r >= q.low && x - r <= q.high;
}

/** Is `q` one figure with a hedge's window around it ("about 40": 36 to 44, a tenth either side), not a vague amount ("thousands")? */
function hedged(q: Claim['quantity']): boolean {
  return q.approx && q.low > 0 && q.high <= 1.25 * q.low;
}

/** Does `x` lie within the bounds of `q`? */
function within(x: number, q: Claim['quantity']): boolean {
  return x >= q.low && x <= q.high;
}

/**
 * How far an exact figure may lie from what it rounds, in the unit it is written in ("1.5 km": 0.05
 * km, "one mile": a tenth of a mile): half the place of its last nonzero digit, at most a tenth of it.
 */
function roundingOf(x: number): number {
  return Math.min(Math.abs(x) / 10, halfPlace(x));
}

/** Half the place of a figure's last nonzero digit ("2": 0.5, "2.4": 0.05, "300": 50); 0 for 0. */
function halfPlace(x: number): number {
  const v = Math.abs(x);
  if (!Number.isFinite(v) || v === 0) return 0;
  let place = 10 ** Math.floor(Math.log10(v));
  while (place > 1e-6 && Math.abs(v / place - Math.round(v / place)) > 1e-9 * (v / place)) place /= 10;
  return place / 2;
}

/**
 * Can no rounding make two exact moves one figure, each rounded to its last written digit ("fell
 * 11%" / "slid 9%": yes; "rose 2%" / "gained 2.4%": no, 2.4 rounds to 2)?
 */
function apartWhenRounded(a: Scorable, b: Scorable): boolean {
  const qa = a.quantity, qb = b.quantity;
  return qa.low === qa.high && qb.low === qb.high && Math.abs(qa.low - qb.low) > halfPlace(qa.low) + halfPlace(qb.low);
}

/** Do two word sets share a word other than a sum's own? */
function sharesWord(a: Words, b: Words): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const w of small) if (large.has(w) && !FIGURE_WORDS.has(w)) return true;
  return false;
}

/** Words of a sum itself (its scale, currency, and the words any sum takes), which tie nothing: every sum in billions shares "billion". */
const FIGURE_WORDS = new Set(['hundred', 'thousand', 'million', 'millions', 'billion', 'billions', 'trillion', 'bn', 'dollar', 'dollars', 'euro', 'euros',
  'pound', 'pounds', 'cent', 'cents', 'yen', 'yuan', 'rupee', 'rupees', 'worth', 'value', 'valued', 'total', 'sum', 'amount', 'some', 'about', 'nearly', 'almost', 'more', 'over', 'least']);

interface Parts {
  entities: number; time: number; sourced: number;
  superlative: boolean; plus: number;
  measure: number; counted: number; fit: number; penalty: number;
}

/** The score from its parts and the two word overlaps, summed in the formula's order. */
function total(p: Parts, terms: number, near: number): number {
  let score = 0.2 * terms + 0.15 * near + p.entities + p.time + p.sourced;
  if (p.superlative) return score + (0.3 + p.plus + 0.1 * terms);
  score += p.measure;
  score += p.counted;
  score += p.fit;
  return score - p.penalty;
}

const rounded = (score: number) => Math.round(score * 1000) / 1000;

/**
 * Passages that back the claim first, then those whose figures contradict it, then the merely related: a
 * fact-checker needs a disagreement more than a loose match, and a list cut at ten hid every contradiction
 * behind ten related passages.
 */
const TIERS: Record<Relation, number> = { supports: 0, conflicts: 1, related: 2 };
const tier = (k: Candidate) => TIERS[k.relation];

function byRank(x: Candidate, y: Candidate): number {
  return tier(x) - tier(y) || y.score - x.score || (x.claim.sourced === 'yes' ? 0 : 1) - (y.claim.sourced === 'yes' ? 0 : 1)
    || (x.doc < y.doc ? -1 : x.doc > y.doc ? 1 : 0) || x.claim.start - y.claim.start;
}

/**
 * The best `limit` candidates in `byRank` order, keeping only the best so far: a claim can have
 * thousands of candidates, and sorting them all to show ten was most of the cost. Equal ones keep
 * the order they came in, or `orderOf`'s when given (what a stable sort of the pool in that order gives).
 */
class TopK {
  readonly items: Candidate[] = [];
  private readonly refs: ClaimRef[] = [];
  constructor(private readonly limit: number, private readonly orderOf?: (r: ClaimRef) => number) {}

  private cmp(k: Candidate, r: ClaimRef, i: number): number {
    const c = byRank(k, this.items[i]);
    return c !== 0 || !this.orderOf ? c : this.orderOf(r) - this.orderOf(this.refs[i]);
  }

  /**
   * The score a candidate of `relation` needs to enter the list (or tie with its last one): behind a
   * full list's last item of a later tier any score; of the same tier that item's; of an earlier
   * tier none (Infinity).
   */
  readonly floorOf = (relation: Relation): number => {
    const last = this.items.length >= this.limit && this.limit > 0 ? this.items[this.limit - 1] : null;
    if (!last) return -Infinity;
    const d = TIERS[relation] - tier(last);
    return d < 0 ? -Infinity : d === 0 ? last.score : Infinity;
  };

  offer(k: Candidate, r: ClaimRef): void {
    const n = this.items.length;
    if (n >= this.limit && (n === 0 || this.cmp(k, r, n - 1) >= 0)) return;
    let i = n;
    while (i > 0 && this.cmp(k, r, i - 1) < 0) i--;
    this.items.splice(i, 0, k);
    this.refs.splice(i, 0, r);
    if (this.items.length > this.limit) { this.items.pop(); this.refs.pop(); }
  }
}

/** Ranks every claim of the pool against the target (a full scan; see CandidateIndex). */
export function rankCandidates(target: ClaimRef, pool: Iterable<ClaimRef>, limit = 5): Candidate[] {
  const all: Scorable[] = [];
  for (const c of pool) all.push(scorable(c));
  return rankScorable(scorable(target), all, limit);
}

/**
 * `rankCandidates` over claims made ready for scoring. Equal candidates come in pool order, or in
 * `orderOf`'s order when given (then the pool's order does not matter).
 */
export function rankScorable(t: Scorable, pool: readonly Scorable[], limit: number, orderOf?: (r: ClaimRef) => number): Candidate[] {
  if (limit >= 0 && limit <= 64) {
    const top = new TopK(limit, orderOf);
    for (const c of pool) {
      const k = score(t, c, top.floorOf);
      if (k) top.offer(k, c.ref);
    }
    return top.items;
  }
  // A long list: sort once.
  const out: { k: Candidate; r: ClaimRef }[] = [];
  for (const c of pool) {
    const k = score(t, c);
    if (k) out.push({ k, r: c.ref });
  }
  return out.sort((x, y) => byRank(x.k, y.k) || (orderOf ? orderOf(x.r) - orderOf(y.r) : 0)).slice(0, limit).map((x) => x.k);
}

/**
 * The claim pool indexed by match key, so ranking one claim scores only the claims that share a
 * key with it. Documents can be added and removed one at a time.
 */
export class CandidateIndex {
  private readonly byKey = new Map<string, ClaimRef[]>();
  private readonly byDoc = new Map<string, ClaimRef[]>();

  constructor(pool: Iterable<ClaimRef> = []) {
    for (const c of pool) this.add(c);
  }

  add(ref: ClaimRef): void {
    for (const k of matchKeys(ref.claim)) (this.byKey.get(k) ?? this.byKey.set(k, []).get(k)!).push(ref);
    (this.byDoc.get(ref.doc) ?? this.byDoc.set(ref.doc, []).get(ref.doc)!).push(ref);
  }

  /** Drops every claim of one document. */
  removeDoc(doc: string): void {
    const refs = this.byDoc.get(doc);
    if (!refs) return;
    this.byDoc.delete(doc);
    for (const ref of refs) for (const k of matchKeys(ref.claim)) {
      const list = this.byKey.get(k);
      if (!list) continue;
      const kept = list.filter((r) => r.doc !== doc);
      if (kept.length) this.byKey.set(k, kept); else this.byKey.delete(k);
    }
  }

  rank(target: ClaimRef, limit = 5): Candidate[] {
    const seen = new Set<ClaimRef>();
    for (const k of matchKeys(target.claim)) for (const r of this.byKey.get(k) ?? []) seen.add(r);
    return rankCandidates(target, seen, limit);
  }
}

/** An upper bound of `jaccard(a, b)` from the sizes alone. */
function overlapBound(a: Words, b: Words): number {
  const as = a.size, bs = b.size;
  if (as === 0 || bs === 0) return 0;
  return as <= bs ? as / bs : bs / as;
}

/** Jaccard similarity of two sets of distinct words (walks the smaller one). */
function jaccard(a: Words, b: Words): number {
  const as = a.size, bs = b.size;
  if (as === 0 || bs === 0) return 0;
  let inter = 0;
  if (as <= bs) { for (const x of a) if (b.has(x)) inter++; } else { for (const x of b) if (a.has(x)) inter++; }
  return inter / (as + bs - inter);
}
