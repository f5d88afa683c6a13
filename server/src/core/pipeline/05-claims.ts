/**
 * Stage 5: statistical claims — a quantity with what it counts and what happened to it — and
 * whether anybody is named as their source.
 */
import type { Attribution, Block, Claim, Mention, Quote, Sentence, SpeakerRef, Token, Quantity, Sourcing } from '../types';
import { CLAIM_CUES, FUNCTION_WORDS, MONTHS, SPEECH_CUES, TIME_UNITS, WEEKDAYS } from '../model/words';
import { cueLemma } from './speakers';
import { lowerCase } from './token-fold';
import { outageMeasure } from './power-outage';
import { endsWithAge, lastWord } from '../text/word-end';
import { isLetter, isSpace } from '../text/char-class';
import { crowdWordSeen, figureFreeMatches, figureFreePiece, fractionWordSeen, isDigits, quantityMatchesIn, superlativeWordSeen, toQuantity } from './quantities';
import { DIMENSION_UNITS, IRREGULAR_PAST, LOST, MEASURES, MONEY_MEASURES, PHRASAL_VERB, type FoundTimeframe, findTimeframes, madeUp, nearestTimeframe, phrasalMeasure, verbMeasure } from '../model/measures';
import { findQualitativeClaims } from './qualitative';
import { anonymousGroup, indefiniteSpeaker, publisherOf, reportsClaim, statingSubject, unnamedByRequest } from './claim-sourcing';
import { AS_REPORTED_BY } from './as-reported-by';
import { passiveAgent, reportedFigure } from './claim-passive-agent';
import { fractionsIn } from './fractions';
import { orRange } from './or-range';
import { shareOfWhole } from './share-of-whole';
import { anonymousFinding, showingVerb, unnamedFindingSpeaker } from './anonymous-finding';
import { trailingFinding } from './trailing-finding';
import { anaphorAntecedent, lastCountedNoun } from './anaphor-antecedent';
import { frontedWhole } from './fronted-whole';
import { esPluralStem } from '../model/es-plural';
import { oneInN } from './one-in-n';
import { TIMES_IN_FRAME, isTwice, nextWice, twiceInFrame } from './event-counts';
import { reportingAdverb } from './reporting-adverb';
import { COUNTED_PLURALS, COUNTED_SINGULARS, risenCount, type RisenCount } from './risen-count';
import { pronounSubjectVerb } from './pronoun-figure';
import { consensusSource } from './claim-consensus';
import { genderOfFirstName, genderOfPronoun } from '../model/gender';
import { countsDespiteDesignation, designationsIn, mayBeDesignatedIn, mayBeDesignation } from './designations';
import { modelNumberAfter } from './counted-model';
import { isCurrencyName } from '../model/currency';
import { splitChangeRange } from './change-by-to';
import { confidenceStatistic } from './confidence-interval';
import { ageBand, capitalisedNumberWord, describingCompound, historicalYear, householdCount, listEntryNumber, numberTitle, phoneLike, emergencyNumber, sportsTally } from './figure-roles';
import { lexicon } from '../model/lexicon';
import { elidedCount, heldElided } from './elided-count';
import { resultsReporter } from './claim-reported-results';
import { colonTagSpeaker } from './claim-colon-tag';
import { changedObject } from './claim-changed-object';
import { labelFigure, labelLine } from './claim-label-figure';
import { mayBeSampleSize, sampleMaker } from './claim-sample-size';
import { commissionedPoll } from './claim-commissioned-poll';
import { addedObject } from './claim-added-object';
import { playerAddedPoints } from './player-added-points';
import { marginDown } from './claim-margin-down';
import { usedNameCount } from './claim-name-count';
import { studyFrame } from './claim-study-frame';
import { participleBody } from './claim-participle-body';
import { ownersCount } from './claim-owners-count';
import { signatoryCount } from './claim-signatories';
import { locatingDistance } from './claim-locating-distance';
import { raceDistance } from './claim-race-distance';
import { voteTallies } from './vote-tally';
import { correctedNoun, correctingNoun, deniedFigure } from './claim-denied-figure';
import { papersSuggest } from './claim-papers-suggest';
import { expectedBy } from './claim-expected-by';
import { surveyIn } from './claim-survey-in';
import { levelComparedBefore } from './level-compared';
import { bareThingCount, captionSmallCount, describingSmallCount } from './personal-counts';
import { conversionEnd, insideConversion } from './bracket-conversion';
import { joinsChangeLevel } from './change-level';
import { STANDING_UNITS, leagueStanding } from './standings';
import { capacityFigure } from './capacity';
import { deviceSpecFigure, ratedFigure } from './claim-rated-figure';
import { playCount, starRating } from './claim-media-figures';
import { extentOfThing, placingDistance, sizeModifier } from './extent';
import { countOfNamedList } from './named-list';
import { interviewAnswers } from './interview-answers';
import { releaseIssuer } from './release-issuer';
import { spreadOverPlaces } from './place-spread';
import { timeRangeEnd } from './time-range';
import { ageBoundEnd } from './age-bound';
import { originCount } from './claim-origin-count';
import { careerCount } from './career-counts';
import { changeFromTo, oldShareLevel } from './change-from-to';
import { opinionAfterShare, sampleOfInquiry, sayingAfterShare, sayingVerb } from './claim-poll-verbs';
import { thresholdOfLast } from './threshold-count';
import { afterHarmVerb } from './harm-object';
import { asMoney, gluedSubunits, namedSubunit } from './subunit-money';
import { gluedRegionalSums, regionalFigure } from './regional-money';
import { regionalRange } from './regional-range';
import { inspectionRatingBefore } from './claim-inspection-rating';
import { gluedMeasures, perHourEnd, perTonneEnd } from './glued-measures';
import { ruleLevel } from './rule-levels';
import { readingThreshold } from './claim-reading-threshold';
import { pricedQuantity } from './claim-priced-quantity';
import { menuPrice, recipeQuantity } from './claim-kitchen-figures';
import { admissionPrice } from './claim-admission-price';
import { plannedHomes } from './claim-planned-homes';
import { countsOwnReports } from './claim-own-reports';
import { relativeSpeaker } from './relative-speaker';
import { headlineModelNumber } from './headline-model';
import { participleHead } from './participle-head';
import { thoseArePeople } from './those-people';
import { joinFirstFigure, joinsLast } from './coordinated-figures';
import { openEnded } from './open-ended';
import { crowdBefore } from './crowd-count';
import { shareSubject, singularVerbAfter } from './share-subject';
import { amongHarmed } from './among-harmed';
import { belowZero, isTemperature, temperaturesIn } from './temperatures';
import { modelAfterNew } from './model-after-new';
import { hyphenedMagnitudes, scaleWordBefore } from './magnitude-first';
import { sendVerb, sentToHospital, vagueHarmObjects } from './vague-harm-objects';
import { citationMark } from './citation-mark';
import { opensRateBase, rateBase, rateBaseEnd } from './rate-per';
import { journalOf } from './journal-source';
import { multiplierOnly, participleAfterShare, pluralAfterAdding, sizeBeforeNoun } from './counted-modifiers';
import { byAppositionMaker } from './claim-by-maker';
import { shareOfSubject } from './claim-share-of';
import { figureOfVerb } from './claim-figure-of';
import { definiteFinding, pollConductor } from './claim-poll-conductor';

const MEASURE_NAMES = new Set(MEASURES.map(([, m]) => m));
/** What follows a verb of being moved when people leave their homes: " out of their homes", " from their homes". */
const HOMES_AFTER = /^(?:\s+out)?\s+(?:of|from)\s+(?:their|his|her)\s+homes?\b/i;
/** " to hospital", " to a hospital" after a verb of being moved: the people were hurt. */
const HOSPITAL_AFTER = /^\s+to\s+(?:a\s+|the\s+|local\s+)?hospitals?\b/i;
/** What a magnitude measures: "a 6.1 magnitude earthquake", "a 5.4-magnitude aftershock". */
const SHOCKS = /^(?:earth)?quakes?$|^(?:tremor|aftershock|shock|temblor)s?$/i;
/** A state of harm that a headline writes right after a count of people ("Twelve dead", "Five missing"). */
const HARM_STATES = new Set(['dead', 'killed', 'injured', 'wounded', 'hurt', 'missing', 'homeless', 'displaced', 'drowned', 'die', 'dies']);
/** Auxiliaries and adverbs between what is counted and its verb ("have been", "were all"). */
const AUX_WORDS = 'have|has|had|been|be|being|are|were|was|is|will|would|may|might|could|can|should|must|do|does|did|not|never|reportedly|also|now|already|all|still|each|both'.split('|');
/** Prepositions, conjunctions and adverbs of time and place, which end what is counted and its predicate. */
const STOP_WORDS = 'in|on|at|to|for|since|during|after|before|according|and|but|or|while|when|as|because|from|by|with|over|across|into|including|than|along|through|throughout|near|among|amongst|outside|inside|toward|towards|within|behind|beyond|against|via|amid|amidst|onto|upon|this|last|that|which|who|whom|whose|nor|so|far|yet|overnight|today|yesterday|tonight|earlier|later|again|recently|now|there|here'.split('|');
/**
 * The word sets are asked with a token's cached lower case, where they were case-blind patterns:
 * the words hold no 'k' (the one ASCII letter lower-casing makes of another character, the Kelvin
 * sign), so the answers are the same.
 */
const AUX_SET = new Set(AUX_WORDS);
const STOP_SET = new Set(STOP_WORDS);
/** Words that compare the figure with another ("31% below", "40 percent compared with"): they end what is counted, none is counted. */
const COMPARED_SET = new Set(['below', 'above', 'compared', 'versus', 'vs']);
/** A figure that ends in a scale word ("4.2 billion", "3 lakh"): a currency's name after it names a sum. */
const LARGE_SCALE_END = /(?:thousand|million|billion|trillion|lakh|crore|bn)$/i;
/** Verbs that set the figure against another ("$3.1bn beat the $2.9bn expected", "missed the forecast"). */
const OUTCOME_VERBS = new Set(['beat', 'beats', 'missed', 'misses', 'topped', 'tops', 'exceeded', 'exceeds', 'surpassed', 'outpaced', 'trailed']);
/** A verb of comparison right before a determiner or a figure: it starts the predicate, it and "the" are not counted. */
const comparingVerbAt = (toks: readonly Token[], j: number): boolean =>
  OUTCOME_VERBS.has(lowerCase(toks[j])) && (toks[j + 1]?.kind === 'number' || /^(?:the|a|an|its|their|analysts?|expectations|estimates|forecasts?)$/i.test(toks[j + 1]?.text ?? ''));
/** Prepositions of place that STOP_WORDS leaves out; none is a verb's object ("14 trapped under debris"). */
/** Words before a unit after a sum that make it a price per unit ("$9,000 a tonne", "$80 per barrel"). */
const PER_UNIT = new Set(['a', 'an', 'per']);
const PLACE_PREPOSITIONS = new Set(['under', 'beneath', 'underneath']);
const isAux = (t: Token | undefined) => t !== undefined && AUX_SET.has(lowerCase(t));
const isStop = (t: Token | undefined) => t !== undefined && STOP_SET.has(lowerCase(t));
/** After an amount or a share, a subject pronoun or a conjunction of condition opens a new clause: neither what is
 *  counted nor the figure's predicate ("at $449 it is dear", "a fine of up to 10% of its revenue if found in breach").
 *  (After a bare count it may open a relative clause whose verb is the figure's: "the four billion it received".) */
const NEW_CLAUSE: ReadonlySet<string> = new Set(['it', 'they', 'we', 'he', 'she', 'if', 'unless', 'whether']);
/** Words that are no content word near a claim: FUNCTION_WORDS, AUX_WORDS and STOP_WORDS, asked with a lower-cased word. */
const NOT_NEAR = new Set([...AUX_WORDS, ...STOP_WORDS, ...FUNCTION_WORDS]);
/**
 * Closed word lists asked with a token's cached lower case, where they were case-blind patterns of
 * its text: none holds a 'k' (the Kelvin sign lower-cases to one), so the answers are the same.
 */
const ANAPHORS = new Set(['them', 'whom', 'which']);
const PEOPLE_NOUNS = new Set(['people', 'children', 'civilians', 'persons', 'others', 'soldiers', 'fighters', 'families', 'residents']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'this', 'that']);
const SPEAKER_NOUNS = new Set(['source', 'sources', 'official', 'officials', 'diplomat', 'diplomats', 'witness', 'witnesses', 'people', 'persons', 'insiders', 'aide', 'aides', 'officer', 'officers',
  // (a market's unnamed speakers: "two traders said", "three dealers told")
  'trader', 'traders', 'dealer', 'dealers', 'banker', 'bankers', 'analyst', 'analysts', 'economist', 'economists']);
const SPEAKER_NEXT = new Set(['familiar', 'close', 'briefed', 'with', 'who']);
/** What speakers "with" have, right after it or after one word ("with direct knowledge", "with access to"). */
const KNOWING = new Set(['knowledge', 'access', 'insight', 'ties', 'links', 'familiarity', 'understanding']);
const ASIDE_OPENERS = new Set(['including', 'among', 'mostly', 'many', 'most', 'some']);
const HAVE_BE = new Set(['have', 'be', 'been']);
const POSSESSIVES = new Set(['their', 'his', 'her', 'its']);
const PERSONAL_POSSESSIVES = new Set(['his', 'her', 'my', 'our']);
const isOneOf = (t: Token | undefined, words: ReadonlySet<string>) => t !== undefined && words.has(lowerCase(t));
/** Verbs that report a belief, followed by "to (have)" and the verb that says what happened. */
const HEDGED = /^(believed|thought|said|reported|expected|feared|estimated|understood|known|likely)$/i;
/** Words before a year ("in 2019"), asked with the lower-cased word before a figure. */
const YEAR_BEFORE = new Set('in|since|by|of|from|until|till|to|before|after|during|early|late|mid|around|spring|summer|autumn|fall|winter|between|and|the|a|its|their'.split('|'));
/** Plural nouns with an irregular singular (a switch: looking words up in an object cost more than the rest of `lemma`). */
function irregularLemma(l: string): string | undefined {
  switch (l) {
    case 'people': return 'person';
    case 'children': return 'child';
    case 'men': return 'man';
    case 'women': return 'woman';
    case 'others': return 'other';
    case 'lives': return 'life';
    case 'species': case 'series': return l;
    case 'goes': return 'go'; // a verb read as the predicate ("timber goes to export")
  }
  return undefined;
}
/**
 * The lemma of a word, remembered per spelling like `wordMeasure`: per 1,000 cold docs 27.8k asks
 * (most from `nearWords`) of 2.7k distinct words; a lookup cost a quarter of working it out again.
 */
const LEMMAS = new Map<string, string>();
export function lemma(word: string): string {
  let found = LEMMAS.get(word);
  if (found === undefined) {
    found = lemmaOf(word);
    if (LEMMAS.size >= 20000) LEMMAS.clear();
    LEMMAS.set(word, found);
  }
  return found;
}
function lemmaOf(word: string): string {
  const l = word.toLowerCase();
  const irregular = irregularLemma(l);
  if (irregular) return irregular;
  if (l.length > 4 && l.endsWith('men')) return l.slice(0, -3) + 'man'; // fishermen, firemen
  if (l.length > 4 && l.endsWith('ies')) return l.slice(0, -3) + 'y';
  if (l.length > 3 && l.endsWith('es')) { const stem = esPluralStem(l); if (stem !== undefined) return stem; } // buses, classes, crises
  if (l.length > 3 && l.endsWith('s') && !l.endsWith('ss')) return l.slice(0, -1);
  return l;
}

/** The measure one word names, or '', remembered per spelling: the same verbs and nouns recur in every claim. */
const WORD_MEASURES = new Map<string, string>();
function wordMeasure(w: string): string {
  let found = WORD_MEASURES.get(w);
  if (found === undefined) {
    found = MEASURES.find(([re]) => re.test(w))?.[1] ?? '';
    if (WORD_MEASURES.size >= 20000) WORD_MEASURES.clear();
    WORD_MEASURES.set(w, found);
  }
  return found;
}

export function measureOf(words: string[]): string {
  for (const w of words) {
    const m = wordMeasure(w);
    if (m) return m;
  }
  // "lost" alone: "lost their homes", "lost power" (its object decides first, above).
  if (words.some((w) => LOST.test(w))) return 'displaced';
  return '';
}

/** Does a word name a unit of DIMENSION_UNITS (by its lemma)? Remembered per spelling, like `wordMeasure`. */
const UNIT_WORDS = new Map<string, boolean>();
function isUnitWord(w: string): boolean {
  let found = UNIT_WORDS.get(w);
  if (found === undefined) {
    found = DIMENSION_UNITS[lemma(w)] !== undefined;
    if (UNIT_WORDS.size >= 20000) UNIT_WORDS.clear();
    UNIT_WORDS.set(w, found);
  }
  return found;
}

/** `measureOf([w])`, without the array. */
function oneWordMeasure(w: string): string {
  return wordMeasure(w) || (LOST.test(w) ? 'displaced' : '');
}

/** Forms of "be" among the auxiliaries: a passive ("were arrested"), what was done to the people counted. */
const BE_FORMS = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);
/** People measures whose verbs take no object ("had died", "have fled", "had marched"). */
const INTRANSITIVE_MEASURES = new Set(['death', 'displaced', 'turnout', 'missing']);
/** Measures of what happens only to people: dying, fleeing, being held, rescued, infected. */
const PEOPLE_MEASURES = new Set(['death', 'injury', 'missing', 'trapped', 'displaced', 'detained', 'turnout', 'rescued', 'infected', 'vaccinated']);

/** States of harm a figure of people is in after "be" or "remain" ("are still missing", "remain unaccounted for"). */
const HARM_STATE_AFTER_BE = new Set(['missing', 'dead', 'unaccounted', 'homeless']);
/** "remain" before such a state: "30 remain missing". */
/** Passive verbs of carrying the hurt ("were taken to hospital"). */
const TAKEN_TO = new Set(['taken', 'rushed', 'airlifted', 'admitted', 'flown']);
const REMAIN = new Set(['remain', 'remains', 'remained']);

/** "remain" right before a state of harm ("remain unaccounted for"): read on to the state, as after an auxiliary. */
function remainInState(toks: readonly Token[], p: number): boolean {
  return toks[p + 1] !== undefined && HARM_STATE_AFTER_BE.has(toks[p + 1].text) && REMAIN.has(lowerCase(toks[p]));
}

/** Past verbs of people moving on foot or in crowds, of no measure of their own: their subject is people. */
const PEOPLE_MOTION_PAST = new Set(['crossed', 'returned', 'arrived', 'marched', 'walked', 'trekked', 'swam', 'migrated', 'escaped', 'gathered', 'rallied', 'flocked', 'queued', 'massed', 'emigrated', 'immigrated', 'deserted', 'defected', 'went', 'came', 'stayed', 'moved', 'travelled', 'traveled']);
/** Verbs of PEOPLE_MOTION_PAST that move people only with a MOTION_TAILS word after them ("Five came in a late run" are points). */
const MOTION_WITH_TAIL = new Set(['went', 'came', 'stayed', 'moved', 'travelled', 'traveled']);
/** Where people moving went, right after the verb ("Some 30 went home", "40 stayed behind"): an adverb of place, no object. */
const MOTION_TAILS = new Set(['home', 'back', 'away', 'behind', 'abroad', 'inside', 'indoors', 'outside', 'ashore', 'forward']);

/**
 * Is `toks[k]`, after at most three auxiliaries ("had", "have been"), a past verb of PEOPLE_MEASURES ("had fled",
 * "were arrested", "died")? Right after the figure, not a participle before a noun ("30 wounded soldiers").
 */
function peopleVerbAfter(toks: readonly Token[], qi: number, k: number): boolean {
  // ("a mother of 12 was killed": a figure after "of" is no subject)
  if (qi > 0 && lowerCase(toks[qi - 1]) === 'of') return false;
  let v = k;
  let passive = false;
  for (; v < k + 3 && (isAux(toks[v]) || toks[v] !== undefined && REMAIN.has(toks[v].text)); v++) passive ||= BE_FORMS.has(lowerCase(toks[v]));
  const t = toks[v];
  // ("At least 12 are still missing", "Some 40 remain unaccounted for": a state of harm after "be" or "remain")
  if (t !== undefined && HARM_STATE_AFTER_BE.has(t.text)) return passive || v > k && REMAIN.has(lowerCase(toks[v - 1]));
  // ("Some 30 had gone missing": "go" before a state of harm, like "be"; "30 have been taken to hospital": the hurt)
  if (t !== undefined && (t.text === 'gone' || t.text === 'went') && toks[v + 1] !== undefined && HARM_STATE_AFTER_BE.has(toks[v + 1].text)) return true;
  if (t !== undefined && passive && TAKEN_TO.has(t.text) && toks[v + 1]?.text === 'to' && toks[v + 2]?.text === 'hospital') return true;
  if (t === undefined || t.kind !== 'word' || !/^\p{Ll}+$/u.test(t.text) || !(t.text.endsWith('ed') || IRREGULAR_PAST.has(t.text))) return false;
  const m = wordMeasure(t.text);
  // "Some 12,000 had crossed the border", "40 returned": people moving are the doers of the verb (not "were returned")
  const moving = m === '' && !passive && PEOPLE_MOTION_PAST.has(t.text) && (!MOTION_WITH_TAIL.has(t.text) || MOTION_TAILS.has(toks[v + 1]?.text ?? ''));
  if (!PEOPLE_MEASURES.has(m) && !moving) return false;
  // "had besieged the town", "had arrested": after "have" alone a verb done to people has the figure as its doer
  // ("Some 30 had killed the guards": after "have" the figure did the killing, it counts no dead)
  if (v > k && !passive && (!INTRANSITIVE_MEASURES.has(m) || m === 'death' && t.text === 'killed') && !moving) return false;
  const next = toks[v + 1];
  return v > k || next === undefined || next.kind !== 'word' || !/^\p{Ll}/u.test(next.text) || NOT_NEAR.has(lowerCase(next)) || moving && MOTION_TAILS.has(next.text);
}

/** Counted nouns that name a change or an agreement, not a thing that can be wrecked. */
const ABSTRACT_HEADS = new Set(['rise', 'rises', 'increase', 'increases', 'hike', 'hikes', 'deal', 'deals', 'offer', 'offers', 'talks', 'plan', 'plans', 'bid', 'bids', 'proposal', 'proposals', 'agreement', 'pact', 'merger', 'takeover', 'settlement', 'rally']);

/** `measureOf` of the predicate read backwards, the words before the figure, then the counted words, without copying them into one array. */
function claimMeasure(predicate: string[], before: string[], counted: Token[]): string {
  // "were cut off", "laid off 300 workers": a verb and its particle name their own measure.
  const phrasal = phrasalMeasure(predicate) || phrasalMeasure(before) || outageMeasure(predicate);
  if (phrasal) return phrasal;
  for (let i = predicate.length - 1; i >= 0; i--) {
    // "two firms make up the market": "make up" is to form a whole, nothing is produced
    if (madeUp(predicate, i)) continue;
    const m = wordMeasure(predicate[i]);
    // "a 7 percent pay rise collapsed": an agreement or a change that falls through destroys nothing;
    // "seven of the nine members voted": those who vote win nothing by it
    if (m === 'destroyed' && counted.length && ABSTRACT_HEADS.has(lowerCase(counted[counted.length - 1]))) continue;
    if (m === 'won' && /^vot/i.test(predicate[i])) continue;
    if (m) return m;
  }
  for (const w of before) {
    const m = wordMeasure(w) || verbMeasure(w);
    if (m) return m;
  }
  for (const t of counted) {
    const m = wordMeasure(t.text);
    if (m) return m;
  }
  if (predicate.some((w) => LOST.test(w)) || before.some((w) => LOST.test(w)) || counted.some((t) => LOST.test(t.text))) {
    // People who lost (their homes) are displaced; things a figure counts as the object of "lost"
    // ("lost 12 seats") are a loss.
    const object = before.some((w) => LOST.test(w)) && counted.length > 0 && !counted.some((t) => PEOPLE_NOUNS.has(lowerCase(t)));
    return object ? 'lost' : 'displaced';
  }
  return '';
}

/** What an amount of money is (aid, loss, cost), from the words around it. */
export function moneyMeasureOf(words: readonly string[]): string {
  for (let i = 0; i < words.length; i++) {
    const m = moneyMeasureOfWord(words[i]);
    if (m) return m;
  }
  return '';
}

function moneyMeasureOfWord(w: string): string {
  for (let k = 0; k < MONEY_MEASURES.length; k++) if (MONEY_MEASURES[k][0].test(w)) return MONEY_MEASURES[k][1];
  return '';
}

/**
 * `moneyMeasureOf` the counted words, the predicate, the four tokens from `j` and the words before
 * the amount, in that order, read where they lie: no array is built (in the hot path the spread of
 * arrays of varying element kinds made the optimised code bail out).
 */
function moneyMeasureNear(counted: readonly Token[], predicate: readonly string[], toks: readonly Token[], j: number, around: readonly string[]): string {
  let m = '';
  for (let i = 0; i < counted.length && !m; i++) m = moneyMeasureOfWord(counted[i].text);
  for (let i = 0; i < predicate.length && !m; i++) m = moneyMeasureOfWord(predicate[i]);
  for (let i = j; i < j + 4 && i < toks.length && !m; i++) m = moneyMeasureOfWord(toks[i].text);
  for (let i = 0; i < around.length && !m; i++) m = moneyMeasureOfWord(around[i]);
  return m;
}


export interface ClaimInput {
  text: string;
  tokens: Token[];
  blocks: Block[];
  sentences: Sentence[];
  quotes: Quote[];
  attributions: Attribution[];
  /** The document's entity mentions, in text order (subjects that state a figure); none when absent. */
  mentions?: readonly Mention[];
  /** 0 for each sentence that holds no figure (02-tokens.ts `tokenize`'s figures); when absent, every sentence is scanned. */
  figures?: Uint8Array;
}

export function findClaims(input: ClaimInput): Claim[] {
  const { text, tokens, blocks, sentences } = input;
  const claims: Claim[] = [];
  const range = [0, 0];
  const lookup = sourceLookup(input);
  let designations: Set<string> | undefined;
  // where "wice" ("twice") next stands in the text (`nextWice`)
  let wiceAt = -1;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    const kind = blocks[s.block].kind;
    // ("Jobs lost: 230": a label line without a full stop, which the structure stage calls a heading, is read as a claim)
    if (kind !== 'body' && kind !== 'headline' && !(kind === 'heading' && labelLine(text, s.start, s.end))) continue;
    const sentence = text.slice(s.start, s.end);
    // Most sentences hold no figure: the scan finds no place to try the pattern, and their tokens are not looked for.
    const matches = input.figures?.[si] === 0 ? figureFreeMatches() : quantityMatchesIn(text, s.start, s.end, sentence);
    // The scan for figures also looks at every word for the superlative claims' words.
    const superlativeWord = superlativeWordSeen(), noDigit = figureFreePiece(), crowdWord = crowdWordSeen();
    const fractions = fractionsIn(text, s.start, s.end, sentence, fractionWordSeen());
    if (kind === 'body') wiceAt = nextWice(text, s.start, wiceAt);
    const twice = kind === 'body' && wiceAt + 4 <= s.end ? twiceInFrame(s.start, sentence) : NO_QUANTITIES;
    // "fell 12p to 412p", "99c a litre": sums in pence or cents, which the figure pattern leaves.
    // (a sentence the figure scan found no digit in has none glued to "p" or "c": not searched again)
    // ("120mm of rain", "up to 90mph": amounts with a unit glued on; "reached 46C", "115F", "46°C": temperatures,
    // counts of degrees; "injuring dozens", "sends hundreds to hospital": a vague crowd harmed, which the figure
    // pattern leaves — all in text order among the sums)
    // (Tried s27: one hand loop for a digit glued to p/c/m/k/C/F/° in place of the three digit gates: no faster than them)
    // (a sentence with figure words but no ASCII digit, a third of the rest, can hold only a vague crowd: the five digit searches are not run)
    // (and the searches of pence, temperatures and magnitudes start near its first digit, before which they find nothing)
    const digitAt = noDigit ? -1 : firstAsciiDigit(text, s.start, s.end) - s.start;
    const glued = noDigit ? NO_QUANTITIES : digitAt < 0 ? vagueHarmObjects(s.start, sentence, crowdWord) : inTextOrder(gluedSubunits(s.start, sentence, digitAt), gluedMeasures(s.start, sentence), temperaturesIn(s.start, sentence, digitAt), vagueHarmObjects(s.start, sentence, crowdWord), hyphenedMagnitudes(s.start, sentence, digitAt), gluedRegionalSums(s.start, sentence));
    if (matches.length || fractions.length || twice.length || glued.length) {
      sentenceTokens(tokens, s, range);
      const sentTokens = tokens.slice(range[0], range[1]);
      for (const q of twice) {
        const claim = buildClaim(text, q, sentTokens, si, sentence, s.start, lastClaim(claims));
        if (claim) claims.push(claim);
      }
      for (const q of fractions) {
        const claim = buildClaim(text, q, sentTokens, si, sentence, s.start, lastClaim(claims));
        if (claim && !smallInSpeech(claim, lookup.quotes)) claims.push(claim);
      }
      // A figure that counted nothing, kept for a second figure after " or " ("15 or 20 ideas", see orRange).
      let orFirst: Quantity | undefined;
      // The last figure read, for a range whose ends carry a regional sign or scale ("Rs 40 to Rs 55", see regional-range.ts).
      let prevQ: Quantity | undefined;
      let reversedRange = false; // a possible tally seen (see voteTallies)
      // (sums in pence or cents go in among the figures in text order, so a change and its level join)
      let gi = 0;
      for (const m of matches) {
        for (; gi < glued.length && glued[gi].start < s.start + m.index!; gi++) addGlued(text, glued[gi], sentTokens, si, sentence, s.start, claims);
        const first = orFirst;
        orFirst = undefined;
        // "two-thirds of the staff": the fraction's count word is not a count of its own.
        if (fractions.length && fractions.some((f) => f.start <= s.start + m.index! && s.start + m.index! < f.end)) continue;
        // A lone "one" is no claim (the most common match): passed over before it is parsed.
        // (but "one mile", "one tonne" is a size, like "1.5 km")
        // (nor a negated one: "would not retreat one inch" is a manner of speaking, it measures nothing)
        if (mayBeLoneOne(m[0]) && loneOne(sentence, m)) continue;
        // "[12]": a reference mark counts nothing (~9% of figures in a cold corpus of wiki-like pages; see citation-mark.ts)
        if (citationMark(text, s.start + m.index!, m[0])) continue;
        // "rose from 172 to 260", "fell from 260 to 172": the old level and the new, not a range (change-from-to.ts)
        const fromTo = m[5] !== undefined ? changeFromTo(text, m, s.start) : null;
        // ("fell from 5.2% to 4.8%": two shares, the old level passed over; the new one is the claim)
        if (m[11] !== undefined && oldShareLevel(text, m, s.start)) continue;
        const read = fromTo !== null ? fromTo[1] : toQuantity(m, s.start);
        // "Rs 600 crore", "KSh 300 million", "12 lakh": a sign or an Indian scale the pattern left (regional-money.ts)
        const found = read === null ? null : regionalFigure(text, read) ?? read;
        // ("518 to 37": a range with its ends in the wrong order, or "8-3", a figure with a dash after it: either
        // may be a vote's tally)
        if (!found) reversedRange = true;
        else if (text.charCodeAt(found.end) === 45 || text.charCodeAt(found.end) === 8211) reversedRange = true;
        // ("voted 12 to 15": a tally may put the smaller figure first, when the motion fails)
        else if (found.low < found.high && found.text.includes(' to ')) reversedRange = true;
        if (!found || isNotAClaim(text, found, s.start) || kind === 'body' && (partOfName(text, found, s.start) || modelAfterNew(text, found, s.start) || capitalisedNumberWord(text, found, s.start) || listEntryNumber(text, found, s.start) || numberTitle(text, found, s.start, lexicon.common, isUnitWord) || ageBand(text, found, s.start)) || kind === 'headline' && headlineModelNumber(text, found, s.start)) continue;
        // "38 cases per 100,000 people": the rate's base is part of the rate's claim, no figure of its own (rate-per.ts)
        if (rateBase(text, found)) continue;
        // "rose by 48,000 to 1.32 million": the change and the new level, not a range (change-by-to.ts)
        for (const q0 of fromTo !== null || !(found.high > 3 * found.low && !found.approx) ? [found] : splitChangeRange(text, found, s.start) ?? [found]) {
          // "one in five voters": a share, not five voters
          // ("40 or more homes": the figure is open above, and its noun comes after "more")
          const q1 = oneInN(text, q0, s.start) ?? namedSubunit(text, q0) ?? openEnded(text, q0) ?? q0;
          // "15 or 20 headline ideas": one range, not a lone 20
          const q2 = orRange(text, first, q1) ?? q1;
          // "from Rs 40 to Rs 55", "between 2 lakh and 3 lakh": one range (its low end's claim, if any, gives way);
          // "rose from Rs 40 to Rs 55": the new level alone
          const joined = regionalRange(text, prevQ, q2);
          if (joined !== null) {
            const last = lastClaim(claims);
            if (last !== undefined && last.sentence === si && last.start <= prevQ!.start && prevQ!.start < last.end) claims.pop();
          }
          prevQ = q2;
          const q = joined?.kind === 'range' ? joined.q : q2;
          const claim = buildClaim(text, q, sentTokens, si, sentence, s.start, lastClaim(claims));
          if (!claim) orFirst = q;
          // "the 412 programme" in an article that also writes "the Corvan 412": a model's number, not a count.
          // (but "318 passengers" still counts people in an article about "Flight 318")
          // (the article's numbers used as names are looked for only once a claim stands on such a number)
          // (Tried s32: all of s31's claim readers stubbed out, once claim-signatories' scan was bounded: abis 1.002, nothing left to gate)
          // (s34 ceiling: the 89 functions (42 of them claim-stage) that fired in 0 of 1,000 cold docs, all stubbed out: abis ~0.90 (claims' alone ~0.95); groups of 3-11 readers were within noise, one order each)
          // (Tried s34: this line's 18 readers after smallInSpeech outlined into one function: abis 1.027, swapped 0.993 (gm 1.017, no gain); on minified bundles the 89-stub ceiling is gm 0.89 with 28 vs 27 scavenges per 1,000 docs: ~150 ns per skipped call over 1.31M calls, spread thin, not the caller's size nor GC)
          // (Tried s35: the 89-stub ceiling on s35 main is gm 0.912 (0.922 with --no-turbo-inlining, so not inlining/dead arguments); stubs that still run each body and drop its result: gm 0.996, so the ~9% is the bodies' own work past the gated slices/regexes, spread over the 89)
          if (!claim || q.unit === 'count' && !q.approx && mayBeDesignation(q.text) && mayBeDesignatedIn(text, q.text) && (designations ??= designationsIn(text)).has(q.text) && !countsDespiteDesignation(text, q.end, claim.counted) || smallInSpeech(claim, lookup.quotes) || smallCountOfKinds(claim) || sportsTally(text, claim) || playerAddedPoints(text, claim, lookup.mentions) || marginDown(text, claim) || usedNameCount(text, claim) || signatoryCount(text, claim) || locatingDistance(text, claim) || raceDistance(text, claim) || originCount(text, claim) || householdCount(text, claim) || careerCount(text, claim) || describingSmallCount(text, sentence, claim, MEASURE_NAMES) || bareThingCount(text, s.start, claim, isUnitWord) || kind === 'body' && captionSmallCount(text, blocks[s.block].start, blocks[s.block].end, claim, MEASURE_NAMES) || countOfNamedList(text, s.start, claim, MEASURE_NAMES, measureOf) || ruleLevel(claim, text) || readingThreshold(text, claim) || pricedQuantity(text, s.start, claim) || menuPrice(text, claim) || admissionPrice(text, claim) || plannedHomes(text, claim) || recipeQuantity(text, s.start, claim) || deniedFigure(text, q, claim, lastClaim(claims), si)) continue;
          // "Of the 40 ferries, 6 sank": the whole's claim falls inside the part's, which takes its place.
          if (wholeBeforePart(lastClaim(claims), claim, si)) claims.pop();
          // "1,250 and 320 jobs cut", "killed 87 and 13 people respectively": figures joined by "and" are one claim.
          if (!(q === q1 && joinFirstFigure(text, first, claim)) && joinsLast(text, lastClaim(claims), claim)) continue;
          if (addsToLast(text, lastClaim(claims), claim, si)) claims.push(claim);
        }
      }
      for (; gi < glued.length; gi++) addGlued(text, glued[gi], sentTokens, si, sentence, s.start, claims);
      // "Drivers voted 518 to 37": a vote's tally, which the figure pattern drops as a range.
      if (reversedRange) for (const q of voteTallies(s.start, sentence)) if (!claims.some((c) => c.sentence === si && c.start < q.end && q.start < c.end)) claims.push(tallyClaim(q, si, sentence, s.start));
    }
    if (kind === 'body') {
      for (const c of findQualitativeClaims(text, s, si, sentences, claims, sentence, superlativeWord)) claims.push(c);
    }
  }
  claims.sort((a, b) => a.start - b.start);
  // Tried (s16, not kept): dropping a headline's figure that a body claim repeats ("Ferry Fire Kills 14" over
  // "14 people died, police said"). Train flags fell by 9, but the gold keeps headline claims (optional,
  // labelled unsourced) and links them in corroborations: dev corroboration success fell on three sets.
  // "About 650 of them were injured": the part counts what the group before it counts.
  for (const c of claims) if (c.counted === '' && c.quantity.unit === 'count') c.counted = lemma(anaphorAntecedent(text, sentences[Math.max(0, c.sentence - 1)].start, c.quantity.start, c.quantity.end) ?? '');
  for (const c of claims) c.near = nearWords(tokens, c);
  for (const c of claims) source(c, lookup);
  // "The poll surveyed 1,400 people": a finding's own sample, sourced to the finding's maker (claim-sample-size.ts)
  for (let i = 0; i < claims.length; i++) if (mayBeSampleSize(claims[i])) { const maker = sampleMaker(text, sentences, claims[i], lookup.mentions, claims.slice(0, i)); if (maker) set(claims[i], 'yes', maker, null); }
  creditInterview(claims, text, blocks, sentences, lookup.mentions);
  creditRelease(claims, text, blocks, lookup.mentions);
  return claims;
}

/**
 * An interview's answers are the interviewee's words: a figure there that nothing else attributes is theirs.
 * (A function of its own, called for every document: its rare branch, run first in findClaims, threw
 * away findClaims' optimised code, the core's costliest compile, to compile it again.)
 */
function creditInterview(claims: Claim[], text: string, blocks: Block[], sentences: Sentence[], mentions: readonly Mention[]): void {
  if (!claims.some((c) => c.sourced === 'no')) return;
  const interview = interviewAnswers(text, blocks, mentions);
  if (interview) for (const c of claims) if (c.sourced === 'no' && interview.answers.has(sentences[c.sentence].block)) set(c, 'yes', { ...interview.source }, 'interview');
}

/** A press release's or official statement's figures that nothing else attributes are its issuer's (release-issuer.ts). */
function creditRelease(claims: Claim[], text: string, blocks: Block[], mentions: readonly Mention[]): void {
  if (!claims.some((c) => c.sourced === 'no')) return;
  const issuer = releaseIssuer(text, blocks, mentions);
  if (issuer) for (const c of claims) if (c.sourced === 'no') set(c, 'yes', { ...issuer }, 'release');
}

/**
 * Sums in pence or cents, amounts with a glued unit, temperatures and vague crowds harmed (each list in
 * text order), together in text order. Most sentences have none, or one list: no new array then.
 */
// (Six parameters, not `...lists`: a rest array a sentence with a digit was allocated for nothing.)
function inTextOrder(a: Quantity[], b: Quantity[], c: Quantity[], d: Quantity[], e: Quantity[], f: Quantity[]): Quantity[] {
  const filled = (a.length > 0 ? 1 : 0) + (b.length > 0 ? 1 : 0) + (c.length > 0 ? 1 : 0) + (d.length > 0 ? 1 : 0) + (e.length > 0 ? 1 : 0) + (f.length > 0 ? 1 : 0);
  if (filled < 2) return f.length ? f : e.length ? e : d.length ? d : c.length ? c : b.length ? b : a;
  return [a, b, c, d, e, f].flat().sort((x, y) => x.start - y.start);
}

/** Where the first ASCII digit stands in `text` from `start` to `end`, or -1 (read on the text itself: a character of a slice costs more). */
function firstAsciiDigit(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c <= 57 && c >= 48) return i;
  }
  return -1;
}

/** The claim of a sum in pence or cents (`gluedSubunits`), unless it adds nothing to the last one. */
function addGlued(text: string, q: Quantity, toks: Token[], si: number, sentence: string, sStart: number, claims: Claim[]): void {
  const claim = buildClaim(text, q, toks, si, sentence, sStart, lastClaim(claims));
  if (claim && addsToLast(text, lastClaim(claims), claim, si)) claims.push(claim);
}

/** Does a claim say more than the last one, which it does not restate, spread over places, bound, fall inside, convert or carry to a new level? */
function addsToLast(text: string, last: Claim | undefined, claim: Claim, si: number): boolean {
  return !restatesLast(text, last, claim, si) && !spreadOverPlaces(text, last, claim, si) && !thresholdOfLast(text, last, claim, si, MEASURE_NAMES) && !withinLast(last, claim, si) && !insideConversion(text, last, claim, si)
    && !joinsChangeLevel(text, last, claim, si);
}

/** The last claim so far, undefined before the first (no read past the array's end: an "out of bounds" deopt). */
function lastClaim(claims: Claim[]): Claim | undefined {
  return claims.length > 0 ? claims[claims.length - 1] : undefined;
}

const NO_QUANTITIES: Quantity[] = [];

/**
 * A model's number inside the last claim's counted phrase ("20 of Corvan's larger 550 planes") counting
 * the same thing is part of that claim, not a second one.
 */
function withinLast(last: Claim | undefined, c: Claim, si: number): boolean {
  return last !== undefined && last.sentence === si && last.start < c.quantity.start && c.quantity.end <= last.end && last.counted === c.counted;
}

/** The last claim is the whole a fronted "of" names before the part's figure: inside the part's claim, counting the same. */
function wholeBeforePart(last: Claim | undefined, c: Claim, si: number): boolean {
  return last !== undefined && last.sentence === si && c.start <= last.start && last.end <= c.quantity.start && last.counted === c.counted;
}

/** What lies between a figure and its restatement in other terms: "$3 billion, or $2 a share", "12 people, or a third of them". */
const RESTATE_BETWEEN = /^,\s+or\s+$/;

/**
 * A figure restated in other terms right after a claim ("a loss of $3 billion, or $2 per share",
 * "$40 million (€37 million)") is the same claim: the last claim takes its words (returns true) instead of a second claim.
 */
function restatesLast(text: string, last: Claim | undefined, c: Claim, si: number): boolean {
  if (last === undefined || last.sentence !== si || c.start !== c.quantity.start || c.start < last.end || c.start - last.end > 8) return false;
  // "$640 million (5 billion rupees)", "300 miles (480 km)": a sum or size converted in brackets (bracket-conversion.ts).
  const converted = conversionEnd(text, last, c, isUnitWord);
  if (converted < 0 && (!RESTATE_BETWEEN.test(text.slice(last.end, c.start)) || shareOfWhole(text, last, c))) return false;
  last.end = converted >= 0 ? converted : c.end;
  last.text = text.slice(last.start, last.end);
  return true;
}

/**
 * A small exact count that nothing happened to, inside somebody's quoted words ("we held two
 * meetings", "not two weddings"), is part of what they say, not a figure they report.
 */
function smallInSpeech(c: Claim, quotes: Quote[]): boolean {
  const q = c.quantity;
  return q.unit === 'count' && !q.approx && q.high <= 10 && !MEASURE_NAMES.has(c.measure) && quoteAround(quotes, c) !== undefined;
}

/** Nouns for kinds, parts and versions of a thing: a few of them ("two versions", "three types of hull") sort, they do not count. */
const KIND_NOUNS = new Set(['version', 'type', 'kind', 'sort', 'form', 'category', 'model', 'variant', 'class', 'reason', 'thing', 'way', 'aspect', 'option', 'part', 'side', 'half', 'stage', 'phase', 'section', 'chapter',
  // abstract things a speaker sorts an argument into ("three questions", "two basic factors")
  'question', 'idea', 'principle', 'priority', 'scenario', 'approach', 'factor', 'lesson', 'step', 'rule', 'theme', 'topic', 'element',
  'dimension', 'mode', 'pillar', 'component', 'criterion', 'possibility', 'alternative', 'choice', 'strategy', 'objective',
  // the classes a thing or a group comes in ("applicants of five nationalities", "sold in three colours")
  'nationality', 'language', 'genre', 'format', 'tier', 'size', 'colour', 'color', 'flavour', 'flavor', 'style']);

/**
 * "three drones jointly carried", "40 homes nearly flooded": an adverb in -ly right before a past-tense
 * verb or an auxiliary opens the predicate, it is not what is counted.
 */
function adverbBeforeVerb(toks: readonly Token[], j: number): boolean {
  const w = toks[j].text;
  if (w.length < 5 || !w.endsWith('ly')) return false;
  const next = toks[j + 1];
  return next !== undefined && next.kind === 'word' && /^\p{Ll}/u.test(next.text) && (/ed$/.test(next.text) || IRREGULAR_PAST.has(next.text) || isAux(next));
}

/** A small exact count of kinds or reasons ("sold in two versions", "for 2 reasons") is how something is divided, not a figure to check. */
function smallCountOfKinds(c: Claim): boolean {
  const q = c.quantity;
  return q.unit === 'count' && !q.approx && q.high <= 10 && KIND_NOUNS.has(c.counted) && !MEASURE_NAMES.has(c.measure);
}

/** A word with a capital letter and one space before a figure: "Windows 7", "Category 4", "Model 3". */
const NAME_BEFORE = /(?:^|[^\p{L}\p{N}])([\p{L}\p{N}]*\p{Lu}[\p{L}\p{N}]*) $/u;
/** What may come before the first word of a sentence or a clause (so that word is capitalised anyway). */
const OPENER_BEFORE = /(?:^|["“‘'(:;—–-])\s*$/;

/**
 * A plain number right after a capitalised word inside a sentence is part of a name: a model,
 * version, series or class ("the Vostra 5 phone", "a Category 4 storm"), not a count. (A
 * capitalised word opening the sentence or a quote is no name: "Some 40 people".)
 */
function partOfName(text: string, q: Quantity, sentenceStart: number): boolean {
  if (q.unit !== 'count' || q.approx || q.start - 2 < sentenceStart || text.charCodeAt(q.start - 1) !== 32 || !(isDigits(q.text) || VERSION_DIGITS.test(q.text))) return false;
  // most figures follow a lower-case word: look no further
  let i = q.start - 2;
  while (i >= sentenceStart && text.charCodeAt(i) >= 97 && text.charCodeAt(i) <= 122) i--;
  const c = i >= sentenceStart ? text.charCodeAt(i) : 32;
  // the word holds no capital unless the scan stopped at an upper-case letter, a digit or a non-ASCII letter
  if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c > 127)) return false;
  const before = text.slice(Math.max(sentenceStart, q.start - 24), q.start);
  const m = NAME_BEFORE.exec(before);
  if (!m) return false;
  const wordStart = q.start - 1 - m[1].length;
  // "shelled the outskirts of Varnek 14 times this week": a place's name, then a count of events.
  if (TIMES_IN_FRAME.test(text.slice(q.end, q.end + 40))) return false;
  return !OPENER_BEFORE.test(text.slice(Math.max(sentenceStart, wordStart - 8), wordStart));
}

/** Plain digits, or a version's dotted digits ("4.2", "10.1.3"). */
const VERSION_DIGITS = /^\d+(?:\.\d+)*$/;
const LONE_ONE = /^(one|a|an)$/i;
/** Can LONE_ONE find its word in `t` once trimmed: does `t` open with an "o", an "a" or white space? (A figure's digits do not: no trim, no pattern.) */
function mayBeLoneOne(t: string): boolean {
  const c = t.charCodeAt(0);
  return (c | 0x20) === 111 || (c | 0x20) === 97 || isSpace(c);
}
/** The word after a figure, with the white space before it. */
const NEXT_WORD = /\s+(\p{L}+)/uy;

/**
 * A negation one or two words before a figure ("would not retreat one inch", "never gave up one metre"), with no
 * comparison between ("no more than one mile" is a bound): an emphatic "not one", no measurement.
 */
const NEGATED_BEFORE = /(?:\bnot|\bnever|n't|n’t|\bnor)\s(?:(?!(?:more|less|than|over|under|about|around|nearly|almost)\s)\p{Ll}+\s){0,2}$/u;

/**
 * Is the match `m` of `sentence` a lone "one", "a" or "an" that measures nothing: not "one mile", or a negated
 * "not one mile". (Its own function: its rare branch, first run in findClaims, threw findClaims' optimised code away.)
 */
function loneOne(sentence: string, m: RegExpMatchArray): boolean {
  return LONE_ONE.test(m[0].trim()) && (!oneUnit(sentence, m) || NEGATED_BEFORE.test(sentence.slice(Math.max(0, m.index! - 32), m.index!)));
}

/** Is a lone "one" (not "a"/"an": "a mile away" is no figure) followed by a unit of DIMENSION_UNITS? */
function oneUnit(sentence: string, m: RegExpMatchArray): boolean {
  if (!/^one$/i.test(m[0].trim())) return false;
  NEXT_WORD.lastIndex = m.index! + m[0].trimEnd().length;
  const w = NEXT_WORD.exec(sentence)?.[1];
  return w !== undefined && isUnitWord(w);
}

/** The index range of the tokens of sentence `s` to `range`: those that start inside it (tokenize assigns them so). */
function sentenceTokens(tokens: Token[], s: Sentence, range: number[]): void {
  const first = tokenAtOrAfter(tokens, s.start, tokens.length);
  range[0] = first;
  range[1] = first === tokens.length || tokens[first].start >= s.end ? first : tokenAtOrAfter(tokens, s.end, tokens.length);
}

/** Index of the first token starting at or after `offset`, or `none` (tokens are in text order). */
function tokenAtOrAfter(toks: Token[], offset: number, none = -1): number {
  let lo = 0, hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].start >= offset) hi = mid; else lo = mid + 1;
  }
  return lo < toks.length ? lo : none;
}

/** The time frames of the sentence the claims are built from (found once per sentence): the one nearest the figure at `start`..`end` of it. */
let lastTimeframe: { sentence: string; value: readonly FoundTimeframe[] } | null = null;
function timeframeOf(sentence: string, start: number, end: number): string | null {
  if (lastTimeframe?.sentence !== sentence) lastTimeframe = { sentence, value: findTimeframes(sentence) };
  return nearestTimeframe(lastTimeframe.value, start, end, sentence);
}

interface SourceLookup {
  /** Quotes that can source a claim (not scare quotes), by start. */
  quotes: Quote[];
  /** Attributions by the start of the sentence they span (each spans exactly one sentence). */
  attributions: Map<number, Attribution[]>;
  sentences: Sentence[];
  text: string;
  mentions: readonly Mention[];
}

/** Indexes quotes and attributions once, so sourcing each claim does not scan them all. */
function sourceLookup(input: ClaimInput): SourceLookup {
  const quotes = input.quotes.filter((q) => q.kind !== 'scare').sort((a, b) => a.start - b.start);
  const attributions = new Map<number, Attribution[]>();
  for (const a of input.attributions) (attributions.get(a.start) ?? attributions.set(a.start, []).get(a.start)!).push(a);
  return { quotes, attributions, sentences: input.sentences, text: input.text, mentions: input.mentions ?? [] };
}

/** The first quote (by start) that holds the claim; quotes pair without overlapping. */
function quoteAround(quotes: Quote[], c: Claim): Quote | undefined {
  let lo = 0, hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].start <= c.start) lo = mid + 1; else hi = mid;
  }
  let found: Quote | undefined;
  for (let i = lo - 1; i >= 0 && i >= lo - 3; i--) if (quotes[i].start <= c.start && c.end <= quotes[i].end) found = quotes[i];
  return found;
}

/** Lemmas of the content words of a claim and of the few words around it in its sentence. */
function nearWords(tokens: Token[], c: Claim): string[] {
  let lo = 0, hi = tokens.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (tokens[mid].end <= c.start) lo = mid + 1; else hi = mid; }
  const i = lo;
  const out = new Set<string>();
  for (let b = i - 1, n = 0; b >= 0 && n < 4; b--, n++) takeNear(tokens[b], c.sentence, out);
  let k = i;
  for (; k < tokens.length && tokens[k].start < c.end; k++) takeNear(tokens[k], c.sentence, out);
  for (let n = 0; n < 3; n++, k++) takeNear(tokens[k], c.sentence, out);
  return [...out];
}

/** Adds the lemma of a content word of sentence `si` to `out`. */
// Tried (s17): the lemma kept on the word's lexeme (45k asks, 3.5k distinct words per 2,500 novel
// docs; lemma here ~0.6% of the analysis). abi 25 rounds showed no gain over the control (0.985
// against 0.990 without it, base as a variant 1.007): the lexeme lookup costs about what it saves.
function takeNear(t: Token | undefined, si: number, out: Set<string>): void {
  if (!t || t.kind !== 'word' || t.sentence !== si) return;
  const l = lowerCase(t);
  if (l.length > 2 && !NOT_NEAR.has(l)) out.add(lemma(l));
}

/** Words after a figure that count time or place it ("three winters"), and before one that make it an id ("route 9"); asked with lower-cased words. */
/** "-year-old", "years old" after a figure (and white space): an age. */
/** What comes before an age: "at the age of 40", "when she was ten", "since I was sixteen". */
const AGE_CLAUSE_BEFORE = /(?:\bage of|\b(?:when|since|until|till|before|after|as) (?:i|he|she|we|they|you) (?:was|were))\s+$/i;
const YEARS_OLD = /^\s*-?(?:year-old|years? old)/i;
const SEASON_WORDS = new Set(['winter', 'winters', 'summer', 'summers', 'spring', 'springs', 'autumn', 'autumns', 'season', 'seasons', 'generation', 'generations']);
/** Words between an article and a small number that pick out things already known: "the big three", "the other two", "the remaining four". */
const PICKING_ADJECTIVES = new Set(['other', 'remaining', 'big', 'main', 'same', 'only', 'former', 'latter', 'final', 'original']);
/** Words before a figure that give a place in an order: "the first four", "the top 10". */
const ORDER_WORDS = new Set(['first', 'last', 'next', 'top', 'bottom']);
/** A street name after a figure: "14 Mill Street", "221 North Harbour Road", "90 W. Tarn Avenue" (an address). */
const STREET_AFTER = /^\s+(?:\p{Lu}[\p{L}'’-]*\.?\s+){0,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Boulevard|Blvd|Drive|Place|Plaza|Square|Terrace|Crescent|Way|Court)\b/u;
const ID_WORDS = new Set(['no', 'number', 'id', 'page', 'route', 'flight', 'article', 'section', 'chapter', 'room', 'line', 'highway',
  'terminal', 'gate', 'platform', 'phase', 'stage', 'version', 'firmware', 'episode', 'paragraph', 'clause', 'exhibit',
  'season', 'volume', 'series', 'act', 'track',
  // a police appeal's phone number and log id: "call 101 quoting incident 812", "dial 999", "reference 55"
  'incident', 'reference', 'ref', 'call', 'dial', 'log']);

/** Dates, times, durations, ages, ids and ordinals are not statistical claims (nor a lone "one": LONE_ONE). */
function isNotAClaim(text: string, q: Quantity, sentenceStart: number): boolean {
  const after = text.slice(q.end, q.end + 24);
  const before = text.slice(Math.max(sentenceStart, q.start - 16), q.start);
  // The patterns on `after` below open with white space or hyphens and then a word: each is asked
  // only when the first other character (`lead`, folded to lower case) may start it.
  const prevWord = lastWord(before).toLowerCase();
  // Asked first (every test here only says "no claim", so their order changes no answer): years are a third of what it rejects.
  if (isYear(q, prevWord, after)) return true;
  const lead = leadOf(after);
  const l = after.charCodeAt(lead) | 0x20;
  // (a line may wrap between the figure and "a.m.")
  if ((l === 97 || l === 112 || l === 111 || l === 103 || l === 117 || l === 58) && /^[-‐]?\s?(a\.m\.|p\.m\.|am\b|pm\b|o'clock|gmt|utc|:\d)/i.test(after)) return true;
  // The minutes of a clock time ("at 12:30 EST"), or a figure before a time zone.
  // ("pegged 1:1 to the dollar", "a 3:1 ratio": a ratio's second term, which the figure pattern reads alone, counts nothing)
  if (q.text.length <= 2 && /^\d\d?$/.test(q.text) && (q.text.length === 2 ? /\d[:.]$/ : /(?:^|[^\d:])\d\d?:$/).test(before)
    || (l === 101 || l === 99 || l === 109 || l === 112 || l === 98 || l === 105 || l === 106 || l === 97) && /^\s?(est|edt|cst|cdt|mst|mdt|pst|pdt|bst|cet|cest|eet|ist|jst|aest)\b/i.test(after)) return true;
  const nextWord = wordAt(after, lead);
  // The word tests of a set lookup each (months, weekdays, ids, seasons, units of time) run before the
  // helpers that read the text around the figure: a third of the calls that say "no claim" end here
  // (s38 counts per 1,000 docs of the bench corpus, of ~13,900 calls: ~1,150 a unit of time, ~710 a
  // month or weekday, ~160 an id; all tests before the last only say "no claim", so their order changes no answer).
  if (MONTHS.has(prevWord) || WEEKDAYS.has(prevWord) || MONTHS.has(nextWord)) return true;
  if (ID_WORDS.has(prevWord) || before.includes('#') && /#\s*$/.test(before)) return true;
  // Seasons count time ("three winters").
  if (SEASON_WORDS.has(nextWord)) return true;
  // (a word right after a hyphen, "-year", is `nextWord`); "3% year on year" compares two periods: a claim.
  if (TIME_UNITS.has(nextWord) && !periodOnPeriod(text, q.end)) return true;
  // Ordinals ("4th", "4,512 th") and an age after a name ("Reiter, 54, said"): a character test each before their pattern.
  const c0 = after.charCodeAt(0) | 0x20;
  if ((c0 === 115 || c0 === 110 || c0 === 114 || c0 === 116) && /^(st|nd|rd|th)\b/i.test(after)) return true;
  // An ordinal whose suffix a line or a typesetter split off: "the 4,512 th visitor" (its suffix fits its last digit).
  if (after.charCodeAt(0) === 32 && SPLIT_ORDINAL.test(after) && ordinalSuffix(q.text) === after.slice(1, 3).toLowerCase()) return true;
  // An age after a name: "Reiter, 54, said".
  if (after.charCodeAt(0) === 44 && /,\s*$/.test(before) && /^\d{1,3}$/.test(q.text)) return true;
  // "four points behind the leaders": a place in a league table (standings.ts).
  if (q.unit === 'count' && STANDING_UNITS.has(nextWord) && leagueStanding(text.slice(q.end, q.end + 60))) return true;
  // Streets and blocks place something ("14 Mill Street", "two streets back").
  // (the pattern's capital stands at `lead`, after the white space: a lower-case ASCII letter, a digit or
  // a mark there, the common case, rules it out before the pattern runs; 1,000 docs: ~8,900 counts asked)
  const u = after.charCodeAt(lead);
  if (q.unit === 'count' && lead > 0 && (u >= 65 && u <= 90 || u > 127) && /^\s+\p{Lu}/u.test(after) && STREET_AFTER.test(text.slice(q.end, q.end + 60))) return true;
  if ((l === 115 || l === 98 || l === 100 || l === 104) && /^[\s]*(streets?|blocks?|doors?|houses?) (away|back|down|up|further|along|from)\b/i.test(after)) return true;
  // "the 1400 block of Elm St.": a US police address names a street's hundred-block, no count of blocks.
  if (l === 98 && q.unit === 'count' && q.low === q.high && q.low >= 100 && q.low % 100 === 0 && /\bthe\s+$/i.test(before) && /^\s+block of\s+\p{Lu}/u.test(after)) return true;
  // "within twenty working days", "for three straight years": a word that sorts or strings days together
  // between the figure and its unit of time still makes a span of time ("42% last year" is a claim and its time).
  if (q.unit === 'count' && SPAN_WORDS.has(nextWord)) {
    const unit = WORD_THEN_UNIT.exec(after);
    if (unit !== null && TIME_UNITS.has(unit[1].toLowerCase())) return true;
  }
  // "for thousands of years", "hundreds of questions", "dozens of times": a vague magnitude of time or
  // of things nobody counts is a manner of speaking, not a figure to check.
  if (bareCrowd(q.text)) {
    const of = /^\s+of\s+(\p{L}+)/u.exec(text.slice(q.end, q.end + 32))?.[1].toLowerCase() ?? '';
    if (TIME_UNITS.has(of) || UNCOUNTED.has(of)) return true;
  }
  if (l === 121 && YEARS_OLD.test(after) || endsWithAge(before)) return true;
  if (q.unit === 'count' && !q.approx && q.high <= 120 && mayCloseAgeClause(text, q.start, sentenceStart) && AGE_CLAUSE_BEFORE.test(text.slice(Math.max(sentenceStart, q.start - 24), q.start)) && !isUnitWord(nextWord)) return true;
  if (historicalYear(text, q, sentenceStart) || phoneLike(q) || emergencyNumber(text, q) || describingCompound(text, q, isUnitWord)) return true;
  // "(95% CI 1.1 to 1.6)": a study's confidence level and interval bounds (confidence-interval.ts).
  if (confidenceStatistic(text, q, sentenceStart)) return true;
  // Tried (s16, not kept): a size as a modifier before its noun ("a 60-metre wingspan", "the 12,000-tonne
  // freighter") as no claim. The gold marks such sizes optional but links them in corroborations (one
  // ship's tonnage across articles): dev corroboration and sourcing counts fell.
  // "the jet can seat up to 180 people", "a range of 4,000 miles": a product's capacity, not what happened (capacity.ts).
  if (capacityFigure(text, q, sentenceStart)) return true;
  // "a 2.0-litre engine", "producing 250 hp", "returns 31 mpg": a machine's rating, not what happened (claim-rated-figure.ts).
  if (ratedFigure(text, q, sentenceStart)) return true;
  // "runs at 2.8 GHz", "12 GB of memory", "a 6.7-inch display", "400 billion parameters": a device's or a model's specification (claim-rated-figure.ts).
  if (deviceSpecFigure(text, q)) return true;
  // "Four stars", "gave it three stars out of five": a critic's rating, not what happened (claim-media-figures.ts).
  if (l === 115 && starRating(text, q)) return true;
  // "a tower 300 metres tall", "a 12-metre-high wall": the size of one thing (extent.ts).
  if (extentOfThing(text, q, sentenceStart)) return true;
  // "the 70 metre bell tower", "a 220 km cycle path": a size written as the noun's modifier (extent.ts).
  if (sizeModifier(text, q, sentenceStart)) return true;
  // "a village 40 km north of Orla": a distance that places something ("heard 10 miles away" stays a claim; extent.ts).
  if (placingDistance(text, q)) return true;
  // "three times the limit", "five times higher": a multiplier against a reference is a claim; "three times" alone is how often.
  // "shelled the port 14 times this week" counts events within a time frame: a claim.
  if ((nextWord === 'times' || nextWord === 'time' || nextWord === 'percent') && q.unit === 'count') return nextWord.startsWith('time') && !MULTIPLIER_AFTER.test(after) && !TIMES_IN_FRAME.test(text.slice(q.end, q.end + 40))
    // "streamed more than 60 million times": an audience counted in plays (claim-media-figures.ts)
    && !playCount(text, q, sentenceStart);
  return false;
}

/** A period compared with the one before: "year on year", "month-on-month", "quarter over quarter". */
const PERIOD_ON_PERIOD = /^[\s-]+(year|month|quarter|week|day)[\s-]+(?:on|over)[\s-]+(\p{L}+)/iu;
/** A word that opens a comparison of periods (PERIOD_ON_PERIOD), as a token: "year", "month-on-month". */
const PERIOD_WORD = /^(?:year|month|quarter|week|day)\b/i;
/** Does a comparison of periods ("year on year") follow the figure ending at `end`? Then the period is no duration. */
function periodOnPeriod(text: string, end: number): boolean {
  const m = PERIOD_ON_PERIOD.exec(text.slice(end, end + 32));
  return m !== null && m[1].toLowerCase() === m[2].toLowerCase();
}

/** The words before a year said in words (fewer than YEAR_BEFORE: "rose to two thousand and fifty" is a count). */
const SPOKEN_YEAR_BEFORE = new Set(['in', 'since', 'until', 'till', 'during', 'before', 'after']);

/** A year ("in 2019", "a 2021 survey") unless a plural noun follows it ("2019 people"); `prevWord` the lower-cased word before it. */
function isYear(q: Quantity, prevWord: string, after: string): boolean {
  if (q.unit !== 'count' || q.approx) return false;
  // (the pattern takes nothing off plain digits, the common case)
  const plain = isDigits(q.text);
  if (plain && q.text.length !== 4) return false;
  // a year said in words: "in two thousand and six" (quantities.ts joins the words after "and")
  if (!plain && q.low >= 2000 && q.low < 2100 && SPOKEN_YEAR_BEFORE.has(prevWord) && /thousand\s+and\s/i.test(q.text)) return true;
  const core = plain ? q.text : q.text.toLowerCase().replace(/^\D*?(?=\d|[a-z]+\b(?! of))/, '');
  return (plain || /^\d{4}$/.test(core)) && +core >= 1800 && +core <= 2100
    && (YEAR_BEFORE.has(prevWord) || !/^\s+\p{Ll}+s\b/u.test(after) || /^\s+(was|is|as|has|has|levels)\b/.test(after)
      // "Data for 2023 shows 40% …": after "for", a verb of finding makes the figure the year the data are for ("for 1900 homes" counts)
      || prevWord === 'for' && FINDING_AFTER_YEAR.test(after));
}

/** A verb of finding after a year, whose subject is data for that year ("for 2023 shows 40%", "for 2024 suggests that"); not "for 1900 shows were sold". */
const FINDING_AFTER_YEAR = /^\s+(?:shows|suggests|reveals|indicates|confirms|puts)\s+(?:that\b|how\b|an?\b|the\b|no\b|\d|[$€£])/;

/** Where the white space and hyphens (`[\s\-‐]*`) at the start of `s` end. */
function leadOf(s: string): number {
  let i = 0;
  for (let c = s.charCodeAt(0); i < s.length && (c === 45 || c === 0x2010 || isSpace(c)); c = s.charCodeAt(++i));
  return i;
}

/**
 * The letters (`\p{L}+`) at `i` of `s`, lower-cased, or '': the word `^[\s\-‐]*(\p{L}+)` reads when `i` is `leadOf(s)`.
 * (A word of lower-case ASCII letters, most of them, is its own lower case: no toLowerCase call; s38 counts per
 * 1,000 docs of the bench corpus: ~7,100 calls, ~5,900 such words.)
 */
function wordAt(s: string, i: number): string {
  let j = i;
  let lower = true;
  for (; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (c >= 0xd800 && c <= 0xdfff) return /^\p{L}*/u.exec(s.slice(i))![0].toLowerCase(); // a letter beyond the BMP: the pattern reads it
    if (!isLetter(c)) break;
    if (c < 97 || c > 122) lower = false;
  }
  return j === i ? '' : lower ? s.slice(i, j) : s.slice(i, j).toLowerCase();
}

/**
 * May AGE_CLAUSE_BEFORE end right before `at`: white space there, after an "f", "s" or "e" ("age of",
 * "was", "were")? The pattern is tried from every position of the text before the figure.
 */
function mayCloseAgeClause(text: string, at: number, sentenceStart: number): boolean {
  let e = at;
  while (e > sentenceStart && isSpace(text.charCodeAt(e - 1))) e--;
  if (e === at || e === sentenceStart) return false;
  const c = text.charCodeAt(e - 1) | 0x20;
  return c === 102 || c === 115 || c === 101;
}

/** BARE_CROWD, asked only of a text that ends in an "s". */
function bareCrowd(t: string): boolean {
  return (t.charCodeAt(t.length - 1) | 0x20) === 115 && BARE_CROWD.test(t);
}

/** One space, then an ordinal's suffix as a word of its own. */
const SPLIT_ORDINAL = /^ (?:st|nd|rd|th)\b/i;
/** An ordinal opens a noun phrase ("entered its third week"): it is no one-word object of the verb. */
const ORDINAL_WORD = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|last|final)$/;
/** The ordinal suffix English writes after digits ending like `digits` ("21" st, "12" th, "4,513" th), or '' for no plain digits. */
function ordinalSuffix(digits: string): string {
  if (!/^\d{1,3}(?:,\d{3})*$|^\d+$/.test(digits)) return '';
  const n = digits.length, last = digits.charCodeAt(n - 1) - 48, tens = n > 1 ? digits.charCodeAt(n - 2) - 48 : 0;
  if (tens === 1) return 'th';
  return last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th';
}

/** One lower-case word after a figure, then the word after it ("working days"): the second may be a unit of time. */
const WORD_THEN_UNIT = /^\s+\p{Ll}+[\s-]+(\p{L}+)\b/u;
/** Words between a figure and a unit of time that keep it a span of time: "ten working days", "three straight years", "two more weeks", "five sitting days" (of a chamber). */
const SPAN_WORDS = new Set(['working', 'business', 'calendar', 'trading', 'school', 'sitting', 'straight', 'consecutive', 'successive', 'full', 'whole',
  'long', 'solid', 'short', 'more', 'further', 'additional', 'extra']);

/** Plural nouns that a vague magnitude ("thousands of …") does not count as a figure. */
const UNCOUNTED = new Set(['reasons', 'ways', 'questions', 'things', 'times', 'ideas', 'examples', 'possibilities', 'stories', 'miles', 'words']);
/** A quantity that is only a vague magnitude ("thousands", "tens of thousands"), which without "of" after it counts people. */
const BARE_CROWD = /(?:^|\s)(?:dozens|hundreds|thousands|millions)$/i;
/** What follows a figure's "times" when it multiplies a reference: "six times the limit", "four times higher", "twice as many". */
const MULTIPLIER_AFTER = /^\s+times\s+(?:the|that|as|more|higher|greater|larger|bigger|lower|smaller|faster|over)\b/i;

/** Compound modifier: lower-case words joined by a hyphen ("mid-size", "long-range", "low-cost"). */
const COMPOUND_MODIFIER = /^\p{Ll}+-\p{Ll}+$/u;

/**
 * Is `toks[j]` a comma between two compound modifiers of one noun ("mid-size, long-range jets")?
 * Both sides must be hyphenated lower-case words and a word must follow the second, so a list of
 * things ("two low-cost, three full-fare") or a clause after the comma still ends the phrase.
 */
function coordinateModifiers(toks: readonly Token[], j: number): boolean {
  const before = toks[j - 1];
  const comma = toks[j];
  const after = toks[j + 1];
  const next = toks[j + 2];
  return comma?.text === ',' && comma.start === before.end && after !== undefined && after.kind === 'word' && next !== undefined
    && COMPOUND_MODIFIER.test(before.text) && COMPOUND_MODIFIER.test(after.text) && (next.kind === 'word' || next.kind === 'number')
    && next.start === after.end + 1;
}

/**
 * A hyphenated "-ed" compound before a content word modifies it ("mid-sized jets", "well-armed
 * units"); it is no verb that starts the predicate. A function word after it leaves it a verb
 * ("300 troops re-armed the militia").
 */
function compoundBeforeNoun(toks: readonly Token[], j: number): boolean {
  const w = toks[j];
  const next = toks[j + 1];
  return COMPOUND_MODIFIER.test(w.text) && next !== undefined && next.kind === 'word' && next.start === w.end + 1
    && !isAux(next) && !isStop(next) && !FUNCTION_WORDS.has(lowerCase(next)) && !isOneOf(next, DETERMINERS);
}

const TIME_NOUN = /^(?:second|minute|hour|day|night|week|month|quarter|year|decade)s?$/i;

/** Does `toks[j]` open a time phrase, "a day", "an hour", "per year", "every year" ("up from 41 a day earlier", "3 percent a year")? */
function timeAfterArticle(toks: readonly Token[], j: number): boolean {
  const t = toks[j];
  if (t.text.length > 3 ? t.text !== 'every' : !/^(?:a|an|per)$/i.test(t.text)) return false;
  const next = toks[j + 1];
  return next !== undefined && next.kind === 'word' && TIME_NOUN.test(next.text);
}

/** Does the time phrase at `toks[j]` say when, "a day earlier", "a year ago", not how often? */
function timeAgo(toks: readonly Token[], j: number): boolean {
  return /^(?:earlier|later|ago|before)$/i.test(toks[j + 2]?.text ?? '');
}

/** Is `toks[i]` plain digits with a lower-case word right after it ("the 40 drones"): the figure of a whole the claim takes a part of? */
function wholeBeforeNoun(toks: readonly Token[], i: number): boolean {
  const t = toks[i];
  const next = toks[i + 1];
  return t !== undefined && t.kind === 'number' && isDigits(t.text) && next !== undefined && next.kind === 'word' && /^\p{Ll}/u.test(next.text);
}

/** Is `toks[j]` (after "of") the whole of the plain figure `q`, larger than it ("9 of 14 wards"), not a second part? */
function bareWhole(q: Quantity, toks: readonly Token[], j: number): boolean {
  return lowerCase(toks[j - 1]) === 'of' && q.unit === 'count' && !q.approx && q.low === q.high && isDigits(q.text) && Number(toks[j].text) > q.high;
}

/** Words that follow a verb, not a noun of a compound: "buyers upgrade every", "households spend more". */
const AFTER_VERB = new Set(['every', 'each', 'more', 'less', 'fewer', 'their', 'its', 'his', 'her', 'regularly', 'daily', 'weekly', 'online']);
/** Articles that open a verb's object ("orchards supply the cannery") or a preposition's ("points around the zone"). */
const ARTICLE_AFTER = new Set(['the', 'a', 'an', 'this', 'these', 'those']);

/** Verbs that are never a noun of a compound, so after a plural they open the predicate ("60 flood warnings remain"). */
const PLURAL_ONLY_VERBS = new Set(['remain', 'exist', 'persist', 'plan', 'intend', 'expect', 'want', 'come', 'flow', 'belong', 'face', 'fear', 'vow', 'warn', 'urge', 'live', 'die', 'rely', 'depend', 'lack', 'suffer']);

/** Adverbs of where a sum or count came about ("overseas", "abroad"), which are adjectives before a noun ("overseas students"). */
const PLACE_ADVERBS = new Set(['overseas', 'abroad', 'domestically', 'worldwide', 'globally', 'internationally', 'nationwide', 'locally']);

/** Is token `j` a PLACE_ADVERBS word with no noun after it ("$61 million overseas, …", "$9 million abroad for …")? */
function placeAdverbEnd(toks: readonly Token[], j: number): boolean {
  if (!PLACE_ADVERBS.has(lowerCase(toks[j]))) return false;
  const n = toks[j + 1];
  return n === undefined || n.kind !== 'word' || isStop(n) || isAux(n) || !/^\p{Ll}/u.test(n.text);
}

/** "gone"/"went" (never a noun), or "next"/"last"/"this" before a period ("next year"): ends what is counted. */
function goneOrTimeAhead(toks: readonly Token[], j: number): boolean {
  const w = toks[j].text;
  if (w === 'gone' || w === 'went') return true;
  return (w === 'next' || w === 'last' || w === 'this') && toks[j + 1] !== undefined && PERIOD_WORD.test(toks[j + 1].text);
}

const FEW_WORD = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|many)$/i;
/**
 * Does `toks[j]`, after a figure or what it counts, start a time ("three years ago", "two days earlier") or say who
 * holds the count ("between them", "among them"): no counted word either way.
 */
function whenOrShared(toks: readonly Token[], j: number): boolean {
  const w = toks[j].text;
  if (FEW_WORD.test(w)) return toks[j + 1] !== undefined && TIME_NOUN.test(toks[j + 1].text) && timeAgo(toks, j);
  return (w === 'between' || w === 'among') && toks[j + 1] !== undefined && /^(?:them|us|you)$/i.test(toks[j + 1].text);
}

/**
 * Is `toks[j]` a present-tense verb after the plural that is counted ("40 percent of buyers upgrade every
 * two years", "a third of households spend more")? Told by the plural before it and a word after it that
 * follows a verb, never a noun (a participle, "systems carrying more", is read elsewhere).
 */
function presentVerbAfterPlural(toks: readonly Token[], j: number, last: Token): boolean {
  // what is counted so far ends in a lower-case plural ("shoppers", not "glass" or "bonus")
  if (!/^\p{Ll}{3,}s$/u.test(last.text) || /(?:ss|us)$/.test(last.text)) return false;
  const t = toks[j];
  if (PLURAL_ONLY_VERBS.has(t.text)) return true;
  const after = toks[j + 1];
  if (after === undefined || after.kind !== 'word') return false;
  const a = lowerCase(after);
  // (before an article the word may be a preposition, "points around the zone", "areas where the": no verb)
  return (AFTER_VERB.has(a) || (ARTICLE_AFTER.has(a) && !FUNCTION_WORDS.has(t.text))) && /^\p{Ll}+$/u.test(t.text) && !/(?:s|ing)$/.test(t.text);
}

function buildClaim(text: string, q: Quantity, toks: Token[], si: number, sentence: string, sStart: number, prevClaim?: Claim): Claim | null {
  // Binary searches, not scans: a sentence with thousands of figures must not be quadratic.
  let k = tokenAtOrAfter(toks, q.end);
  const qi = tokenAtOrAfter(toks, q.start); // once per candidate, not once per rule that needs it
  if (k < 0) k = toks.length;
  // What is counted: the words after the quantity, up to a verb, preposition or punctuation.
  const countedWords: Token[] = [];
  let magnitude = false;
  // "a magnitude-6.1 tremor", "a magnitude 6.1 quake": the scale's word before the figure
  const scaleAt = q.unit === 'count' && !q.approx ? scaleWordBefore(text, q.start) : -1;
  let end0 = -1;
  let j = k;
  // "a 200-metre section", "a 30,000-tonne ship": the unit is joined to the figure by a hyphen.
  // (not "9-mm": a hyphened millimetre names a calibre, "9-mm shell casings", no amount)
  const hyphenUnit = /^[-‐]$/.test(toks[j]?.text ?? '') && toks[j + 1]?.start === toks[j].end && isUnitWord(toks[j + 1]?.text ?? '') && toks[j + 1].text !== 'mm';
  // ("4,000 40-foot containers", "three 300-metre stretches": a size inside the count's claim before it is part of that claim)
  if (hyphenUnit && prevClaim !== undefined && prevClaim.sentence === si && prevClaim.start < q.start && q.end <= prevClaim.end) return null;
  if (hyphenUnit) j++;
  // "a 5.9-magnitude aftershock" as "a 5.9 magnitude aftershock": the scale's word is one of what is counted.
  else if (toks[j] !== undefined && toks[j + 1]?.start === toks[j].end && /^[-‐]$/.test(toks[j].text) && lowerCase(toks[j + 1]) === 'magnitude') j++;
  // "4,000 40-foot containers", "12 40-seat buses": a hyphenated size between the count and its noun modifies the noun
  else if (q.unit === 'count' && sizeBeforeNoun(toks, j)) j += 3;
  if (toks[j] !== undefined && lowerCase(toks[j]) === 'of') j++; // "hundreds of deaths", "two of the hospitals"
  // ("up from 412 the year before": a "the" right after the figure opens no counted phrase)
  if (j > k && toks[j] !== undefined && lowerCase(toks[j]) === 'the') j++;
  // "60 of its new mid-size jets", "12 of their 40 drones": a possessive after "of" opens what is counted,
  // it is not counted itself (as a word it would use up the phrase's reach before the noun).
  else if (j > k && lowerCase(toks[j - 1]) === 'of' && isOneOf(toks[j], POSSESSIVES) && (toks[j + 1]?.kind === 'word' || wholeBeforeNoun(toks, j + 1))) j++;
  // "12 of the 40 drones", "12% of its 53 officers": the whole's figure is part of the phrase (its own claim
  // falls inside this one, see withinLast), and the noun after it is what is counted.
  // ("9 of 14 wards": a bare whole after "of", larger than the plain figure before it, the same way)
  if (j > k && wholeBeforeNoun(toks, j) && (lowerCase(toks[j - 1]) === 'the' || isOneOf(toks[j - 1], POSSESSIVES) || bareWhole(q, toks, j))) j++;
  // "19 of whom remain", "two of which sank": what is counted was named before.
  const anaphoric = isOneOf(toks[j], ANAPHORS) && toks[j - 1] !== undefined && lowerCase(toks[j - 1]) === 'of';
  if (anaphoric) j++;
  // "4 percent of those on the drug": the pronoun counts people (see those-people.ts).
  const those = !anaphoric && j > k && thoseArePeople(toks, j);
  if (those) j++;
  // "20 of Corvan's larger 550 planes": a maker's possessive after "of" opens what is counted (the planes, not Corvan).
  // ("25 percent of Corvan's staff": a share of what the owner has, the same way)
  // ("$40 million of Vantor's debt", "€3 billion of Kestrel Bank's loans": money, too, is of the owner's thing, not of the owner)
  const ownerWords = j > k ? ownerWordsAfterOf(toks, j) : 0;
  const owner = ownerWords > 0;
  if (owner) j += ownerWords + 1;
  // "9 of the county's 14 wards": the whole's figure is part of the phrase, as after "of the" (withinLast).
  if (owner && wholeBeforeNoun(toks, j)) j++;
  // "Thousands marched", "Hundreds were evacuated": a vague magnitude without "of" counts people, and its verb follows at once.
  const crowd = q.unit === 'count' && j === k && bareCrowd(q.text);
  // "Of the 40 ferries, 6 sank": a verb right after the figure, the whole named before it (see frontedWhole).
  const fronted = q.unit === 'count' && j === k && verbLike(toks[k]) ? frontedWhole(toks, qi) : null;
  // "61 percent oppose the rise": a verb of opinion right after a bare share; the share counts the people polled.
  const opinion = q.unit === 'percent' && j === k && opinionAfterShare(toks, j);
  // "Some 12,000 had fled", "About 40 were arrested", "30 died": a bare figure as the subject of a verb of what
  // happens to people counts people, and the verb is no counted word.
  const peopleSubject = q.unit === 'count' && j === k && !crowd && !fronted && peopleVerbAfter(toks, qi, k);
  // "rose 3.4% year on year": the periods compared are no counted words.
  const periods = j === k && toks[k] !== undefined && PERIOD_WORD.test(toks[k].text) && periodOnPeriod(text, q.end);
  // "The figure of 12,000 confuses approvals": the verb's object is not what is counted (claim-figure-of.ts).
  const figureOf = q.unit === 'count' && j === k && qi >= 2 && figureOfVerb(toks, qi, k);
  // ("12,000 customers without power": "without" ends what is counted, as a preposition does; so does "under" after
  // a counted word: "cut 300 jobs under a plan", "300 children under five")
  while (!figureOf && !anaphoric && !those && !crowd && !fronted && !opinion && !peopleSubject && !periods && j < toks.length && countedWords.length < 4 && toks[j].kind === 'word' && !isAux(toks[j]) && !isStop(toks[j]) && !(q.unit !== 'count' && NEW_CLAUSE.has(lowerCase(toks[j]))) && !COMPARED_SET.has(lowerCase(toks[j])) && lowerCase(toks[j]) !== 'without' && !(countedWords.length > 0 && PLACE_PREPOSITIONS.has(lowerCase(toks[j]))) && !(j === k && lowerCase(toks[j]) === 'the') && !opensRateBase(toks, j)
    && !opensTimeRange(text, toks, j) // "cases between May and July": when, not what
    && !comparingVerbAt(toks, j) // "$3.1bn beat the $2.9bn expected": the comparison's verb, not what
    && !expectedBy(text, toks[j].start) // "the $2.9bn analysts had expected": whose figure, not what (claim-expected-by.ts)
    && !goneOrTimeAhead(toks, j) // "$15,000 gone", "hire 2,000 more next year": a fate or a time, not what
    && !placeAdverbEnd(toks, j) // "added $61 million overseas,": where, not what
    && !whenOrShared(toks, j) // "340 weavers three years ago", "900 staff between them"
    && !reportingAdverb(toks, j) // "172 initially reported", "90 cattle first reported missing": when it was given, not what
    && !(timeAfterArticle(toks, j) && (countedWords.length > 0 || q.unit !== 'count' || timeAgo(toks, j))) // "40 patients a day", "41 a day earlier": a rate or a time, not what is counted
    // a verb after what is counted starts the predicate ("200 cattle died", "40 homes flooded")
    && !(countedWords.length > 0 && presentVerbAfterPlural(toks, j, countedWords[countedWords.length - 1]))
    && !(owner && countedWords.length > 0 && singularVerbAfter(toks, j, countedWords[countedWords.length - 1]))
    && !(countedWords.length > 0 && /^\p{Ll}/u.test(toks[j].text) && ((/ed$/.test(toks[j].text) && !compoundBeforeNoun(toks, j)) || IRREGULAR_PAST.has(toks[j].text) || oneWordMeasure(toks[j].text) !== '' && !pluralAfterAdding(countedWords, toks[j].text) || cueLemma(toks[j]) !== null || adverbBeforeVerb(toks, j)))) {
    countedWords.push(toks[j]);
    if (PEOPLE_NOUNS.has(lowerCase(toks[j]))) { j++; break; }
    // "a 5.2 magnitude tremor shook the valley": the shock after the scale's word ends what is measured
    // (it is one shock's size: like a size, it has no predicate)
    if ((countedWords.length > 1 && lowerCase(countedWords[0]) === 'magnitude' || scaleAt >= 0 && countedWords.length === 1) && SHOCKS.test(toks[j].text)) { j++; magnitude = true; break; }
    // "two veteran lawmakers Arla Venn and ...": a name after a lower-case plural names who was counted, it is not counted
    if (/^\p{Ll}+s$/u.test(toks[j].text) && toks[j + 1]?.kind === 'word' && /^\p{Lu}/u.test(toks[j + 1].text)) { j++; break; }
    // a unit ends what is counted ("9 metres hit"), unless it qualifies a noun ("200-metre section")
    if (isUnitWord(toks[j].text) && !(hyphenUnit && countedWords.length === 1)) { j++; break; }
    j++;
    // "14 new mid-size, long-range jets": a comma between two compound modifiers does not end what is counted
    if (coordinateModifiers(toks, j)) j++;
    // "60 Corvan 412 airliners", "30 Halvor 737s": a maker's model number does not end what is counted
    const model = modelNumberAfter(text, toks, j, owner);
    if (model) {
      j = model.next;
      if (model.plural) { countedWords.push(model.plural); break; }
      continue;
    }
    // "40 vessels of the local fleet sank": the complement after "of" is not what is counted.
    if (toks[j] !== undefined && lowerCase(toks[j]) === 'of' && !hyphenUnit) {
      const c = ofComplementEnd(toks, j);
      if (c >= 0) { end0 = toks[c - 1].end; j = c; }
      break;
    }
  }
  // ("40 patients a day in March": the rate stays in the claim, and neither it nor a time is its predicate)
  let rateEnd = -1, baseNoun = '';
  // ("38 cases per 100,000 people": the base runs on to its noun, and with nothing counted before it, it says what is counted)
  if (j < toks.length && opensRateBase(toks, j)) {
    const base = rateBaseEnd(toks, j, (t) => isStop(t) || isAux(t));
    rateEnd = toks[base.next - 1].end; j = base.next; baseNoun = base.noun;
  }
  else if (j < toks.length && timeAfterArticle(toks, j)) {
    if (timeAgo(toks, j)) j += 3;
    else { rateEnd = toks[j + 1].end; j += 2; }
  }
  else if (j < toks.length && FEW_WORD.test(toks[j].text) && whenOrShared(toks, j)) j += 3;
  // ("$9,000 a tonne", "$80 per barrel": a price per unit counts money; the unit is what it is paid for)
  const unitWord = q.unit === 'money' && countedWords.length > 1 && PER_UNIT.has(lowerCase(countedWords[0])) ? undefined : countedWords.find((t) => isUnitWord(t.text));
  // ("3,210 walkers crossing the ridge": the plural before the participle is what is counted)
  const head = countedWords.length > 1 ? participleHead(countedWords) : -1;
  let counted = unitWord ? lemma(unitWord.text) : countedWords.length ? lemma(countedWords[head >= 0 ? head : countedWords.length - 1].text) : those ? 'person' : fronted ? lemma(toks[fronted.noun].text) : opinion ? 'person' : q.unit !== 'count' ? q.unit : crowd ? 'person' : isTwice(q) ? 'time' : isTemperature(q) ? 'degree' : '';
  if (!counted && baseNoun) counted = lemma(baseNoun);
  // ("40% of pupils skip breakfast": the plural after "of" is counted, not the verb's object; claim-share-of.ts)
  else if (!unitWord && head < 0 && shareOfSubject(q.unit, toks[k], countedWords)) counted = lemma(countedWords[0].text);
  // ("In the poll, 41% said they would vote": the share counts the people who answered, not "said")
  if (q.unit === 'percent' && countedWords.length > 0 && countedWords[0] === toks[k] && sayingAfterShare(toks, qi, k)) counted = 'person';
  // ("4.2 billion crowns", "3 lakh rupees": a currency's name after a scale counts money, whatever the currency)
  // (and the figure is a sum: its unit is money, as "3 million dollars" is)
  const namedMoney = q.unit === 'count' && countedWords.length === 1 && isCurrencyName(countedWords[0].text) && LARGE_SCALE_END.test(q.text);
  if (namedMoney) counted = 'money';
  if (q.unit === 'money' && unitWord === undefined && countedWords.length === 2 && PER_UNIT.has(lowerCase(countedWords[0])) && isUnitWord(countedWords[1].text)) counted = 'money';
  // ("1.7 times higher" counts a ratio, as "twice" does; "the 90% needed" counts its share, not "needed")
  if (multiplierOnly(countedWords)) counted = 'time';
  else if (participleAfterShare(countedWords, q.unit, toks[qi - 1])) counted = q.unit;
  // "hire 2,000 more": "more" is no thing counted; it counts what the last figure before it counts ("scored six
  // goals and added three more"), else nothing named.
  const moreOnly = q.unit === 'count' && countedWords.length === 1 && lowerCase(countedWords[0]) === 'more';
  if (moreOnly) {
    const noun = lastCountedNoun(text.slice(Math.max(0, q.start - 300), q.start));
    counted = noun === null || TIME_UNITS.has(noun) ? '' : lemma(noun); // ("took six weeks …, a hundred more": no time counted)
  }
  // "gusts of 120 km/h": a "km" read on to its "/h" is a speed, not a length.
  // ("3.1 g/t gold": a "g" read on to its "/t" is an ore's grade, grams per tonne)
  const grams = countedWords.length > 0 && countedWords[0].text === 'g' ? countedWords[0] : undefined;
  const perHour = unitWord !== undefined && unitWord.text === 'km' ? perHourEnd(text, unitWord.end) : grams !== undefined ? perTonneEnd(text, grams.end) : -1;
  if (perHour >= 0) { counted = grams !== undefined ? 'g/t' : 'km/h'; while (j < toks.length && toks[j].start < perHour) j++; }
  // "Turnout rose to 61 percent": a bare share measures the subject of the verb before it.
  if (counted === 'percent' && !countedWords.length && !opinion) { const sub = shareSubject(toks, qi, sStart); if (sub) counted = lemma(sub.text); }
  // "Twelve dead after bus crash", "Nine hurt in tram collision": a state of harm alone after the figure
  // is what happened to people, not what they are.
  if (q.unit === 'count' && countedWords.length === 1 && HARM_STATES.has(lowerCase(countedWords[0]))) counted = 'person';
  // "the death toll reaches 37", "a death toll of 40": the figure comes after what it counts.
  let tollStart = -1;
  if (!counted && q.unit === 'count' && (tollStart = tollBefore(toks, qi)) >= 0) counted = 'person';
  // "was given a food hygiene rating of zero": an inspector's rating (claim-inspection-rating.ts)
  const ratingStart = !counted && q.unit === 'count' && countedWords.length === 0 ? inspectionRatingBefore(toks, qi) : -1;
  if (ratingStart >= 0) counted = 'rating';
  // "Police estimated the crowd at 35,000": the figure counts the people gathered.
  let crowdStart = -1;
  if (!counted && q.unit === 'count' && tollStart < 0 && (crowdStart = crowdBefore(toks, qi)) >= 0) counted = 'person';
  // "Officials put the number at more than 200": the figure counts what the claim before it counted.
  let restated: { start: number; from: Claim } | null = null;
  if (!counted && q.unit === 'count' && tollStart < 0 && prevClaim && si - prevClaim.sentence <= 1 && prevClaim.counted) {
    const at = restatedAt(toks, qi, prevClaim);
    if (at >= 0) { restated = { start: toks[at].start, from: prevClaim }; counted = prevClaim.counted; }
    // "About 900 of the lost posts are in Tarvel, including 400 at the mill": a bare part of the claim before counts what it counts.
    // (not "including 3 of 4 three-pointers": a part with a whole of its own)
    else if (prevClaim.sentence === si && q.start >= prevClaim.end && lowerCase(toks[qi - 1] ?? toks[0]) === 'including' && !/^\s+of\b/.test(text.slice(q.end, q.end + 4))) counted = prevClaim.counted;
    // "needs 640 homes a year, but only 410 were completed": a bare figure in a clause joined to the claim before counts what it counts.
    else if (prevClaim.sentence === si && q.start >= prevClaim.end && elidedCount(toks, qi, k, prevClaim.end)) counted = prevClaim.counted;
    // "built for 5,000 people. It now holds nearly 11,000": what a place holds, right after the claim of its size.
    else if (q.start >= prevClaim.end && heldElided(toks, qi, k)) counted = prevClaim.counted;
    // "keeps 1,340 cats, up from 860 in 2020": the earlier level counts what the claim before it counts.
    else if (prevClaim.sentence === si && q.start >= prevClaim.end && levelComparedBefore(toks, qi, prevClaim.end)) counted = prevClaim.counted;
  }
  // ("The figure of 12,000 confuses …": the figure restates the claim before it when that gave the same figure)
  const figureFrom = !counted && figureOf && prevClaim && prevClaim.quantity.low === q.low && prevClaim.quantity.unit === 'count' ? prevClaim : null;
  if (figureFrom) counted = figureFrom.counted;
  // "not 52 homes, as was first reported, but 19": the corrected figure counts what the denied one counted.
  if (!counted && q.unit === 'count' && !countedWords.length && tollStart < 0 && !restated) { const noun = correctedNoun(text, sStart, q); if (noun) counted = lemma(noun); }
  // "It was 318, not 381 as first reported": the figure a correction gives counts what the count named before it counts.
  if (!counted && q.unit === 'count' && !countedWords.length && tollStart < 0 && !restated) { const noun = correctingNoun(text, q, text.slice(Math.max(0, q.start - 300), q.start)); if (noun) counted = lemma(noun); }
  // "The number of people killed in the clashes rose to three": the figure is the new value of a count named before it.
  let risen: RisenCount | null = null;
  let risenMeasure = '';
  if (!counted && q.unit === 'count' && tollStart < 0 && !restated && !anaphoric) {
    risen = risenCount(toks, qi);
    if (risen) {
      const of = risenOf(toks, risen);
      counted = of.counted;
      risenMeasure = of.measure;
      if (!counted) risen = null;
    }
    // "cut its staff from 900 to 640": the new level of the verb's object (claim-changed-object.ts)
    const changed = risen === null ? changedObject(toks, qi) : null;
    if (changed) { counted = lemma(toks[changed.head].text); risen = { first: changed.verb, head: changed.head, verb: changed.verb }; risenMeasure = measureOf([toks[changed.verb].text]); }
  }
  // "killing 17 or more and wounding 40": a bare figure after a verb of harm counts people.
  // ("sent 40 to hospital", "sends dozens to hospital": those sent were hurt)
  const sent = q.unit === 'count' && qi > 0 && sendVerb(toks[qi - 1].text) ? sentToHospital(text.slice(countedWords.length ? countedWords[countedWords.length - 1].end : q.end, q.end + 40)) : 0;
  const harmed = q.unit === 'count' && (sent > 0 || afterHarmVerb(toks, qi));
  if (!counted && harmed && !countedWords.length && !anaphoric && tollStart < 0) counted = 'person';
  if (!counted && peopleSubject && tollStart < 0) counted = 'person';
  // "Social homes completed: 4,100.": a label line's figure counts the label's noun (claim-label-figure.ts)
  let labelMeasure = '';
  // `q.start >= 2` first: charCodeAt(-1) of a figure opening the text threw away buildClaim's optimised code (out of bounds).
  if (!counted && q.unit === 'count' && !anaphoric && tollStart < 0 && q.start >= 2 && text.charCodeAt(q.start - 2) === 58) {
    const label = labelFigure(text, q.start, q.end);
    if (label) { counted = lemma(label.noun); labelMeasure = label.verb === '' ? '' : measureOf([label.verb]); }
  }
  if (!counted && q.unit === 'count' && !anaphoric && !moreOnly && tollStart < 0) return null;
  // "two sources familiar with", "three officials said": who speaks, not what is claimed ("injured 50 people with burns" is no speaker).
  if (!harmed && countsSpeakers(toks, countedWords, q)) return null;
  // The predicate after what is counted: "have been killed", "have lost their homes", "injured".
  let end = rateEnd >= 0 ? rateEnd : end0 >= 0 ? end0 : countedWords.length ? countedWords[countedWords.length - 1].end : anaphoric || those ? toks[j - 1].end : q.end;
  if (perHour > end) end = perHour;
  let p = j;
  // "14 people, including three firefighters, were treated": the aside does not end the claim.
  if (countedWords.length && toks[p]?.text === ',' && isOneOf(toks[p + 1], ASIDE_OPENERS)) p = pastAside(toks, p);
  const predicate: string[] = [];
  // "A poll of 1,200 voters found": the verb after a poll's sample is the poll's.
  const sampled = countedWords.length > 0 && sampleOfInquiry(toks, qi);
  // A size has no predicate, only the dimension it measures: "200 metres wide", "9 metres high".
  const sizeOnly = !!unitWord && !hyphenUnit || magnitude;
  if (sizeOnly && /^(wide|long|high|deep|tall|thick|across|away)$/i.test(toks[p]?.text ?? '')) end = toks[p].end;
  // "Two men on the night shift died at the scene": a short place or group phrase between what is
  // counted and a verb of what happened to them.
  if (!sizeOnly && countedWords.length && end0 < 0) p = pastPhrase(toks, p);
  // "people who fled their homes", "workers who were laid off": the relative clause says what happened.
  // ("the two men who died" names people already counted, see `small` below)
  if (!sizeOnly && countedWords.length && end0 < 0 && toks[p] !== undefined && lowerCase(toks[p]) === 'who' && relativeVerb(toks, p) >= 0 && !definiteBefore(toks, q)) p++;
  if (!sizeOnly && countedWords.length && toks[p] !== undefined && toks[p].kind === 'word' && adverbBeforeVerb(toks, p)) p++; // "collectively earned"
  if (!sizeOnly && isAux(toks[p + 1]) && placeAdverbEnd(toks, p)) p++; // "0.3 percent of subscribers worldwide may be affected"
  while (!sizeOnly && p < toks.length && (isAux(toks[p]) || remainInState(toks, p)) && predicate.length < 4) { predicate.push(toks[p].text); p++; }
  // ("9% of the work force of 55,000": an "of" before a figure is no verb of what happened)
  // ("a third of drivers said": a verb of saying reports the figure, it is no predicate of it; "have been told" is one)
  // ("the $2.9bn analysts had expected": the expecting clause is the source's, no predicate of the figure)
  const expected = p < toks.length && toks[p].kind === 'word' && expectedBy(text, toks[p].start) !== null;
  if (!sizeOnly && !sampled && !periods && !expected && p < toks.length && toks[p].kind === 'word' && !isStop(toks[p]) && !(q.unit !== 'count' && NEW_CLAUSE.has(lowerCase(toks[p]))) && /^\p{Ll}/u.test(toks[p].text) && lowerCase(toks[p]) !== 'of' && !(predicate.length === 0 && PLACE_PREPOSITIONS.has(lowerCase(toks[p]))) && !COMPARED_SET.has(lowerCase(toks[p])) && !opensTimeRange(text, toks, p) && !(predicate.length === 0 && sayingVerb(toks[p])) && !reportingAdverb(toks, p) && !placeAdverbEnd(toks, p)) {
    predicate.push(toks[p].text);
    end = toks[p].end;
    // "are thought to have drowned": the hedge and the verb that says what happened
    if (HEDGED.test(toks[p].text) && toks[p + 1]?.text === 'to') {
      let v = p + 2;
      if (isOneOf(toks[v], HAVE_BE)) v++;
      if (toks[v]?.kind === 'word' && /^\p{Ll}/u.test(toks[v].text)) { predicate.push(toks[v].text); end = toks[v].end; p = v; }
    }
    // Its object: "lost their homes", "lost power" (one word, not a preposition or conjunction).
    let o = p + 1;
    if (isOneOf(toks[o], POSSESSIVES)) o++;
    const obj = toks[o];
    if (obj?.kind === 'word' && /^\p{Ll}/u.test(obj.text) && !/^(the|a|an|they|he|she|it|we|you|i)$/.test(obj.text) && !isStop(obj) && !isAux(obj) && !PLACE_PREPOSITIONS.has(obj.text) && !COMPARED_SET.has(obj.text) && !/(ly|ed)$/.test(obj.text) && !ORDINAL_WORD.test(obj.text) && !opensTimeRange(text, toks, o) && !sayingVerb(obj)) {
      end = obj.end;
      predicate.push(obj.text);
    }
  }
  // A verb right before the quantity makes it an object: "evacuated dozens of residents".
  let start = magnitude && scaleAt >= 0 ? scaleAt : q.start;
  const prev = toks[qi - 1];
  const before: string[] = [];
  if (prev && prev.kind === 'word' && /^\p{Ll}/u.test(prev.text) && !adjectiveAfterArticle(toks, qi) && (/(ed|ing)$/.test(prev.text) || irregularVerb(prev) || harmed || /^(kill|torture|displace|injure|wound|detain|arrest|evacuate|rescue|employ|hire|close|shut|open|reopen|cut|slash|axe|shed|eliminate|scrap|sell|sold|buy|bought|build|built|produce|make|deliver|recall|win|won|lose|lost|elect|infect|vaccinate)$/i.test(prev.text)) && !isStop(prev)
    && !(cueLemma(prev) && CLAIM_CUES.has(cueLemma(prev)!))) { // "counted 70 deaths": the cue is the source, not the claim
    start = prev.start;
    before.push(prev.text);
  } else if (prev && /^(off|down)$/.test(prev.text) && PHRASAL_VERB.test(toks[qi - 2]?.text ?? '') && toks[qi - 2].kind === 'word') {
    // "laid off 300 workers", "shut down three plants": the verb and its particle
    start = toks[qi - 2].start;
    before.push(toks[qi - 2].text, prev.text);
  }
  // ("went home", "came forward": the verb, not where to, is what happened)
  const verbAt = predicate.length > 1 && MOTION_TAILS.has(predicate[predicate.length - 1]) ? predicate.length - 2 : predicate.length - 1;
  // ("rise to $55 next month": a time phrase read as verb and object names when, not what is measured; the span keeps it)
  const timePhrase = predicate.length === 2 && /^(next|last|this|every|each)$/i.test(predicate[0]) && TIME_UNITS.has(predicate[1].toLowerCase());
  let measure = timePhrase ? claimMeasure([], before, countedWords) || lemma(before[0] ?? '') : claimMeasure(predicate, before, countedWords) || lemma(predicate[verbAt] ?? before[0] ?? '');
  // "were ordered from their homes", "moved out of their homes", "forced from their homes": displacement.
  const homes = predicate.length ? HOMES_AFTER.exec(text.slice(end, end + 40)) : null;
  if (homes && measure !== 'death') {
    measure = 'displaced';
    end += homes[0].length;
  }
  // "had been taken to hospital", "were rushed to hospital": injury.
  const hospital = predicate.length && !homes ? HOSPITAL_AFTER.exec(text.slice(end, end + 30)) : null;
  if (hospital && measure !== 'death') {
    measure = 'injury';
    end += hospital[0].length;
  }
  else if (sent > 0 && !predicate.length && !homes && end0 < 0 && rateEnd < 0) {
    measure = 'injury';
    end = (countedWords.length ? countedWords[countedWords.length - 1].end : q.end) + sent;
  }
  // "were among the dead", "are among those injured": the group named says what happened to them.
  // (after the auxiliaries alone, "among" is the next word; after a verb, it follows the verb)
  const amongAt = predicate.length && !homes && !hospital && !MEASURE_NAMES.has(measure) ? (lowerCase(toks[p] ?? toks[0]) === 'among' ? toks[p - 1].end : end) : -1;
  const among = amongAt >= 0 ? amongHarmed(text.slice(amongAt, amongAt + 32)) : null;
  if (among) {
    measure = among.measure;
    end = amongAt + among.length;
  }
  if (restated) {
    start = restated.start;
    measure = restated.from.measure;
  } else if (figureFrom) {
    measure = figureFrom.measure;
  } else if (tollStart >= 0) {
    start = toks[tollStart].start;
    measure = /^casualty$/i.test(toks[tollStart].text) ? 'injury' : 'death';
  } else if (ratingStart >= 0) {
    start = toks[ratingStart].start;
    measure = 'rating';
  } else if (crowdStart >= 0) {
    start = toks[crowdStart].start;
    measure = 'turnout';
  } else if (risen) {
    start = toks[risen.first].start;
    measure = risenMeasure || measure;
  } else if (labelMeasure) {
    measure = labelMeasure;
  } else if (unitWord) {
    measure = DIMENSION_UNITS[counted];
    // "4.2 square kilometres", "30 cubic metres": a length unit squared or cubed measures an area or a volume.
    const power = measure === 'length' ? countedWords[countedWords.indexOf(unitWord) - 1] : undefined;
    if (power !== undefined && /^(square|cubic)$/i.test(power.text)) {
      const area = lowerCase(power) === 'square';
      measure = area ? 'area' : 'volume';
      counted = `${area ? 'square' : 'cubic'} ${counted}`;
    }
  } else if (q.unit === 'money') {
    // What the amount is: "a €12 million contract", "cost the taxpayer €12 million", "emergency funds".
    measure = moneyMeasureNear(countedWords, predicate, toks, j, wordsBefore(toks, qi, q.start)) || measure;
  }
  if (fronted) start = toks[fronted.of].start;
  // "the two powers", "these three men": a small definite number refers to things, it does not count them.
  // Nor does one in a person's belongings or family: "owns three boats", "his wife and two grandchildren".
  const det = qi > 0 && qi <= toks.length ? lowerCase(toks[qi - 1]) : undefined; // the cached lower case (token-fold.ts): ~5,400 toLowerCase calls per 1,000 docs saved
  // "12 were hurt, three of them children", "two of them foreign": a verbless aside that sorts a figure
  // given before by a noun or adjective gives no new one (a verb or a phrase says what happened to
  // them: "19 of them were released", "nine of them for burns").
  if (anaphoric && !MEASURE_NAMES.has(measure) && toks[j]?.kind === 'word' && /^\p{Ll}/u.test(toks[j].text) && !isStop(toks[j]) && !verbLike(toks[j])) return null;
  // ("the 5.2-magnitude shock": a shock's size is measured, it picks out nothing)
  if (q.unit === 'count' && !q.approx && !magnitude && !MEASURE_NAMES.has(measure) && picksOut(toks, q, qi, det, !!unitWord)) return null;
  // "870 cases between March and October": the range of time belongs to the claim.
  const ranged = timeRangeEnd(text, end);
  if (ranged >= 0) end = ranged;
  // "Some 70% of members are under 40": the age bound says which of them (age-bound.ts)
  else if (q.unit === 'percent' || q.unit === 'count') { const aged = ageBoundEnd(text, start, end); if (aged >= 0) end = aged; }
  // "fell to minus 12 degrees": a reading below zero
  if (counted === 'degree' && q.low >= 0) { const neg = belowZero(text, q, sStart); if (neg) { q = neg; if (q.start < start) start = q.start; } }
  return {
    start, end, text: text.slice(start, end), quantity: namedMoney ? asMoney(q, text) : q, counted, measure,
    timeframe: timeframeOf(sentence, q.start - sStart, q.end - sStart), sentence: si, sourced: 'no', source: null, sourceCue: null,
  };
}

/** The claim of a vote's tally (vote-tally.ts): the votes for, of votes won. */
function tallyClaim(q: Quantity, si: number, sentence: string, sStart: number): Claim {
  return {
    start: q.start, end: q.end, text: q.text, quantity: q, counted: 'vote', measure: 'won',
    timeframe: timeframeOf(sentence, q.start - sStart, q.end - sStart), sentence: si, sourced: 'no', source: null, sourceCue: null,
  };
}

// buildClaim's rarer steps are functions of their own: its one TurboFan graph is the largest of
// the pipeline (jit23: zone bytes of its compiles 28.1 → 21.2 MB).

/** "40 vessels of the local fleet sank": the token after the complement of the "of" at `j`, or -1 when none follows it. */
function ofComplementEnd(toks: readonly Token[], j: number): number {
  let c = j + 1;
  if (isOneOf(toks[c], DETERMINERS)) c++;
  const from = c;
  while (c < toks.length && c - from < 4 && toks[c].kind === 'word' && !isAux(toks[c]) && !isStop(toks[c])
    && !(/^\p{Ll}/u.test(toks[c].text) && (oneWordMeasure(toks[c].text) !== '' || cueLemma(toks[c]) !== null))) c++;
  return c > from ? c : -1;
}

/**
 * "20 of Corvan's larger 550 planes", "$3m of Kestrel Bank's loans": the number of words (1–3) of a
 * capitalised owner's name whose possessive comes right after the "of" (or "of the") before `j`, or 0.
 */
function ownerWordsAfterOf(toks: readonly Token[], j: number): number {
  // "30 percent of the country's traffic": after "of the", a one-word common noun owns, too.
  const afterThe = j >= 2 && lowerCase(toks[j - 1]) === 'the' && lowerCase(toks[j - 2]) === 'of';
  if (!afterThe && lowerCase(toks[j - 1]) !== 'of') return 0;
  for (let n = 0; n < 3; n++) {
    const t = toks[j + n];
    if (t?.kind !== 'word' || !/^\p{Lu}/u.test(t.text) && !(afterThe && n === 0)) return 0;
    const next = toks[j + n + 1];
    // ("9 of the county's 14 wards": the whole's figure may come between the owner and the noun)
    if (next?.start === t.end && /^['’](?:s)?$/.test(next.text)) return toks[j + n + 2]?.kind === 'word' || wholeBeforeNoun(toks, j + n + 2) ? n + 1 : 0;
  }
  return 0;
}

/**
 * "Officials put the number at more than 200": the token where a restatement of the claim before starts, or -1.
 * ("Orders reached 900 crates; this year they will top 1,200": "they" is what the claim before counted.)
 */
function restatedAt(toks: Token[], qi: number, prevClaim: Claim): number {
  const at = restatedFigure(toks, qi);
  return at >= 0 || prevClaim.quantity.unit !== 'count' ? at : pronounSubjectVerb(toks, qi);
}

/**
 * Does an exact count at `qi` (of no named measure) pick out known things rather than count them?
 * "the two powers", "these three men": a small definite number; "the big three carmakers": a word of kind
 * or rest between the article and it; "the first four aircraft", "the top 10 banks": a place in an order;
 * "owns three boats", "his wife and two grandchildren": a person's belongings or family (a size is no belonging).
 */
function picksOut(toks: readonly Token[], q: Quantity, qi: number, det: string | undefined, sized: boolean): boolean {
  const small = q.high <= 10;
  if (small && (det === 'the' || det === 'these' || det === 'those')) return true;
  if (small && det !== undefined && PICKING_ADJECTIVES.has(det) && /^(the|these|those)$/i.test(toks[qi - 2]?.text ?? '')) return true;
  if (ORDER_WORDS.has(det ?? '')) return true;
  return small && (toks.slice(Math.max(0, qi - 4), qi).some((t) => PERSONAL_POSSESSIVES.has(lowerCase(t))) || !sized && heldCount(toks, qi));
}

/** "the death toll reaches 37": the first token of a toll in the five words before the figure at `qi0`, or -1. */
function tollBefore(toks: readonly Token[], qi0: number): number {
  for (let b = qi0 - 1; b >= Math.max(0, qi0 - 5); b--) {
    if (/^toll$/i.test(toks[b].text)) return b > 0 && /^(death|casualty|injury)$/i.test(toks[b - 1].text) ? b - 1 : b;
    if (toks[b].kind !== 'word') break;
  }
  return -1;
}

/** Do the counted words name people who speak ("two sources familiar with", "three officials said")? */
function countsSpeakers(toks: Token[], countedWords: readonly Token[], q: Quantity): boolean {
  const speakerAt = countedWords.findIndex((t) => SPEAKER_NOUNS.has(lowerCase(t)));
  const ni = speakerAt < 0 ? -1 : toks.indexOf(countedWords[speakerAt]) + 1, nextTok = ni > 0 ? toks[ni] : undefined;
  if (!nextTok) return false;
  // "people with knowledge of the talks" speak; "600 people with heat exhaustion" were counted.
  if (lowerCase(nextTok) === 'with') return KNOWING.has(lowerCase(toks[ni + 1] ?? nextTok)) || KNOWING.has(lowerCase(toks[ni + 2] ?? nextTok));
  return (SPEAKER_NEXT.has(lowerCase(nextTok)) || (cueLemma(nextTok) !== null && SPEECH_CUES.has(cueLemma(nextTok)!)))
    // "650 people who fled their homes": what happened to them, not who speaks
    && !(lowerCase(nextTok) === 'who' && relativeVerb(toks, ni) >= 0 && !definiteBefore(toks, q));
}

/** ", including three firefighters, were": the token after the aside's closing comma when an auxiliary follows it, else `p`. */
function pastAside(toks: readonly Token[], p: number): number {
  let c = p + 2;
  while (c < toks.length && c < p + 10 && toks[c].text !== ',' && toks[c].kind !== 'punct') c++;
  return toks[c]?.text === ',' && isAux(toks[c + 1]) ? c + 1 : p;
}

/** The words within 40 characters before an amount starting at `start` (its token `qi`), nearest first. */
function wordsBefore(toks: readonly Token[], qi: number, start: number): string[] {
  const around: string[] = [];
  for (let b = qi - 1; b >= 0 && toks[b].start >= start - 40; b--) if (toks[b].kind === 'word' && toks[b].end <= start) around.push(toks[b].text);
  return around;
}

/** Words after which people are said to wait for something ("people waiting for surgery"), not to go through it. */
const WAITING = new Set(['waiting', 'awaiting']);

/** Degree words between a count's noun and its verb of change ("more than tripled", "nearly doubled"). */
const VERB_DEGREE = new Set(['more', 'nearly', 'almost', 'roughly', 'less']);

/**
 * What a count that rose to a figure counts, and what happened to it: a toll counts people killed
 * (or hurt: "casualty toll"); "the number of people killed …" counts the noun after "of" (past
 * participles after it say what happened to them, and give the measure).
 */
function risenOf(toks: readonly Token[], r: RisenCount): { counted: string; measure: string } {
  const words: string[] = [];
  // ("the number of people waiting for hospital treatment": what they wait for did not happen to them)
  for (let i = r.head + 1; i < r.verb && !WAITING.has(lowerCase(toks[i])); i++) if (toks[i].kind === 'word') words.push(toks[i].text);
  // ("Births and deaths rose to 90": two counts joined as one subject take neither's measure)
  const joined = words.length > 0 && (words[0] === 'and' || words[0] === 'or');
  const measure = joined || WAITING.has(lowerCase(toks[r.head - 1] ?? toks[r.head])) ? '' : measureOf(words);
  // "the waiting list stood at 371,000": the people waiting
  if (lowerCase(toks[r.head]) === 'list') return { counted: 'person', measure };
  if (lowerCase(toks[r.head]) === 'numbers') return { counted: lemma(toks[r.head - 1].text), measure };
  // ("Deaths rose to 40": a plural that names what happened is its own measure)
  // ("Membership rose to 4,200": a singular count noun counts its people; what follows it says which ones)
  const singular = COUNTED_SINGULARS.get(lowerCase(toks[r.head]));
  if (singular !== undefined) return { counted: singular, measure };
  if (COUNTED_PLURALS.has(lowerCase(toks[r.head]))) return { counted: lemma(toks[r.head].text), measure: measure || (joined ? '' : measureOf([toks[r.head].text])) };
  // "puts the dead at 40"
  if (HARM_STATES.has(lowerCase(toks[r.head]))) return { counted: 'person', measure: measureOf([toks[r.head].text]) };
  if (lowerCase(toks[r.head]) === 'toll') return { counted: 'person', measure: /^casualty$/i.test(toks[r.head - 1]?.text ?? '') ? 'injury' : measure || 'death' };
  let c = r.head + 2;
  if (isOneOf(toks[c], DETERMINERS)) c++;
  let last = -1;
  // ("the number of breeding pairs of the godwit": the noun before a second "of" is what is counted)
  for (let n = 0; c < r.verb && n < 3 && toks[c].kind === 'word' && !isAux(toks[c]) && !isStop(toks[c]) && lowerCase(toks[c]) !== 'of'; c++, n++) {
    const t = toks[c];
    // "people killed", "boats sunk": a participle after the noun says what happened to it.
    if (last >= 0 && (/ed$/.test(t.text) || IRREGULAR_PAST.has(t.text) || PAST_PARTICIPLES.has(t.text) || oneWordMeasure(t.text) !== '')) break;
    // ("the number of cases more than tripled": a degree word before the verb ends the noun)
    if (last >= 0 && VERB_DEGREE.has(lowerCase(t))) break;
    last = c;
    // "the number of people out of work": what follows the people says which people
    if (PEOPLE_NOUNS.has(lowerCase(t))) break;
  }
  // "boats lost at sea" are a loss; people who lost (their homes) are displaced (as in `claimMeasure`).
  const lostThings = measure === 'displaced' && last >= 0 && !PEOPLE_NOUNS.has(lowerCase(toks[last])) && words.some((w) => LOST.test(w));
  // "the number of wounded": a state of harm alone counts people.
  const counted = last < 0 ? '' : HARM_STATES.has(lowerCase(toks[last])) ? 'person' : lemma(toks[last].text);
  return { counted, measure: lostThings ? 'lost' : measure };
}

/**
 * Is the count at `qi` what someone has or went through ("has two sons", "had undergone three
 * operations")? The nearest verb in the four words before it must be one of HOLD_VERBS: another
 * verb nearer the count makes "have" its auxiliary ("have found six survivors", "there have been
 * two attacks").
 */
function heldCount(toks: readonly Token[], qi: number): boolean {
  for (let k = qi - 1; k >= Math.max(0, qi - 4); k--) {
    const w = lowerCase(toks[k]);
    if (HOLD_VERBS.has(w)) return true;
    if (toks[k].kind === 'word' && (/ed$/.test(w) || IRREGULAR_PAST.has(w) || PAST_PARTICIPLES.has(w))) return false;
  }
  return false;
}

/** Is token `j` the "between" of a range of time ("between March and October")? */
function opensTimeRange(text: string, toks: readonly Token[], j: number): boolean {
  return j > 0 && lowerCase(toks[j]) === 'between' && timeRangeEnd(text, toks[j - 1].end) >= 0;
}

/** Articles and possessives before an adjective that precedes a figure: "the remaining 40", "its existing 12". */
const ARTICLES = new Set(['the', 'these', 'those', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'my', 'your']);

/**
 * Is the word before the figure at `qi` an adjective, not a verb, because an article or possessive comes
 * before it ("the remaining 40 crew", "its existing 12 plants")? A verb's object has no article before
 * the verb ("that killed 40 people").
 */
function adjectiveAfterArticle(toks: readonly Token[], qi: number): boolean {
  return qi >= 2 && isOneOf(toks[qi - 2], ARTICLES);
}

/**
 * An irregular past verb before a figure makes it its object ("storms sank 6 boats", "the firm sold 30
 * plants"), like a past in -ed; not an auxiliary ("had 40") or a verb of saying ("told 40 reporters").
 */
function irregularVerb(t: Token): boolean {
  return IRREGULAR_PAST.has(t.text) && !isAux(t) && cueLemma(t) === null;
}

/** Past participles that are not also simple past forms (IRREGULAR_PAST has those). */
const PAST_PARTICIPLES = new Set(['been', 'seen', 'taken', 'given', 'driven', 'fallen', 'stolen', 'broken', 'chosen', 'written', 'risen', 'shown', 'known', 'grown', 'thrown', 'flown', 'drawn', 'done', 'gone', 'begun', 'run', 'eaten', 'frozen', 'hidden', 'ridden', 'shaken', 'spoken', 'sworn', 'torn', 'worn', 'woken', 'forgotten', 'forgiven', 'sunk', 'sung', 'swum', 'become', 'come']);
/** Verbs before a small count of what a person or body has or went through: "has two sons", "had undergone three operations". */
const HOLD_VERBS = new Set(['own', 'owns', 'owned', 'owning', 'has', 'have', 'had', 'having', 'undergo', 'undergoes', 'underwent', 'undergone']);
/** Verbs of a state that keep a partitive a claim: "12 of whom remain in hospital". */
const STATE_VERBS = new Set(['remain', 'remains', 'remained', 'stay', 'stays', 'stayed']);

/** Does the token read as the verb of a predicate (an auxiliary, a past form, a verb of a measure, a cue or a verb of a state)? */
function verbLike(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word' || !/^\p{Ll}/u.test(t.text)) return false;
  return isAux(t) || /ed$/.test(t.text) || IRREGULAR_PAST.has(t.text) || STATE_VERBS.has(t.text) || oneWordMeasure(t.text) !== '' || cueLemma(t) !== null;
}

/** Nouns that stand for a figure given just before: "put the number at", "puts the figure at". */
const FIGURE_NOUN = /^(number|figure|total|tally|count|estimate)$/i;
/** Hedges of comparison between a restating verb and its figure ("was closer to 150,000"). */
const COMPARED_HEDGES = new Set(['closer to', 'nearer to', 'more like']);

/**
 * "put the number at 200", "puts the figure at about 700", "the ministry's figure was 90": the index
 * of the first token of the phrase that restates a figure (the verb, else the determiner), or -1.
 * `qi` is the quantity's first token.
 */
function restatedFigure(toks: Token[], qi: number): number {
  let k = qi - 1;
  // ("the real figure was closer to 150,000", "is nearer 150,000": a hedge of comparison before the figure)
  const hedge = `${toks[k - 1]?.text ?? ''} ${toks[k]?.text ?? ''}`.toLowerCase();
  if (COMPARED_HEDGES.has(hedge)) k -= 2;
  else if (hedge.endsWith(' nearer')) k -= 1;
  if (!/^(at|was|is|stood|stands|reached|rose|climbed)$/i.test(toks[k]?.text ?? '')) return -1;
  k--;
  // "organisers put it at 80,000": "it" after a verb of estimating stands for the figure before.
  if (/^it$/i.test(toks[k]?.text ?? '') && /^(put|puts|putting|placed|places|estimated|estimates)$/i.test(toks[k - 1]?.text ?? '') && /^at$/i.test(toks[qi - 1].text)) return k - 1;
  if (!FIGURE_NOUN.test(toks[k]?.text ?? '')) return -1;
  let first = k;
  if (/^(the|its|their|his|her|that|this)$/i.test(toks[k - 1]?.text ?? '')) first = k - 1;
  if (/^(put|puts|putting|placed|places|set|sets)$/i.test(toks[first - 1]?.text ?? '')) first--;
  return first;
}

/**
 * Token index of the verb of a relative clause opened by "who" at `w` ("who fled", "who were
 * killed", "who lost their jobs") when that verb names a measure (after auxiliaries); else -1.
 */
function relativeVerb(toks: Token[], w: number): number {
  let v = w + 1;
  while (v < toks.length && v < w + 4 && isAux(toks[v])) v++;
  const t = toks[v];
  if (t === undefined || t.kind !== 'word' || !/^\p{Ll}/u.test(t.text)) return -1;
  return oneWordMeasure(t.text) !== '' ? v : -1;
}

/** Is the word right before a figure "the", "these" or "those"? */
function definiteBefore(toks: Token[], q: Quantity): boolean {
  const t = toks[tokenAtOrAfter(toks, q.start) - 1];
  return t !== undefined && /^(the|these|those)$/i.test(t.text);
}

/** How many words a phrase between what is counted and its verb may have. */
const PHRASE_REACH = 6;
/** A figure written as a word: after an "and" it opens a claim of its own, so no phrase runs over it ("from the sea and recovered nine bodies"). */
const FIGURE_WORD = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|thousands)$/i;

/**
 * Token index of the verb after a prepositional phrase opened at `p` ("on the night shift died",
 * "in the village were killed") when that verb names a measure (after auxiliaries); else `p`.
 */
function pastPhrase(toks: Token[], p: number): number {
  if (!/^(on|in|at|from|aboard|inside|near)$/i.test(toks[p]?.text ?? '')) return p;
  let and = false;
  for (let v = p + 1; v < toks.length && v <= p + PHRASE_REACH; v++) {
    const t = toks[v];
    if (t.kind !== 'word' || and && FIGURE_WORD.test(t.text)) return p;
    if (t.text === 'and') and = true;
    if (!/^\p{Ll}/u.test(t.text) || isAux(t)) continue;
    if (oneWordMeasure(t.text) === '') continue;
    let a = v;
    while (a > p + 1 && isAux(toks[a - 1])) a--;
    return a;
  }
  return p;
}

/** A study's word in a speaker's phrase ("results of a large trial"), which a journal named after it may publish. */
const STUDY_WORD = /\b(?:study|studies|trial|trials|research|paper|review|analysis)\b/i;

/** Decides whether a claim is sourced: inside an attributed quote, or in a sentence with an attribution. */
function source(c: Claim, lookup: SourceLookup): void {
  const named = (sp: SpeakerRef | null) => !!sp && (sp.local !== null || /^\p{Lu}/u.test(sp.text) || /^(police|officials|authorities)/i.test(sp.text)) && !indefiniteSpeaker(sp);
  const anonymous = (sp: SpeakerRef) => sp.local === null && unnamedByRequest(lookup.text, sp);
  const quote = quoteAround(lookup.quotes, c);
  if (quote?.speaker) {
    set(c, (named(quote.speaker) || quote.speaker.local !== null) && !anonymous(quote.speaker) ? 'yes' : 'vague', quote.speaker, quote.cue);
    return;
  }
  const s = lookup.sentences[c.sentence];
  // "missing estimates of $1.02 a share from analysts polled by Tressel Data": the experts' figure, not the reporter's.
  const consensus = consensusSource(lookup.text, s.start, s.end, c, lookup.mentions);
  if (consensus) return set(c, consensus.sourced, consensus.source, consensus.cue);
  // "By the union's own count, 300 jobs were lost", "…, but the union's count puts the loss at 300": the count's owner reports it.
  const owner = ownersCount(lookup.text, s.start, c, lookup.mentions);
  if (owner) return set(c, 'yes', owner, 'count');
  const here = (lookup.attributions.get(s.start) ?? []).filter((a) => a.start <= c.start && c.end <= a.end && !countsOwnSpeaker(c, a) && !countsOwnReports(lookup.text, c, a) && reportsClaim(lookup.text, s.start, s.end, a, c) && !addedObject(lookup.text, a, c, lookup.mentions));
  // Of several firm attributions in the sentence, the one whose speaker is nearest the claim
  // ("The ministry says 3,000 …, but the opposition puts the number at 1,000").
  const distance = (a: Attribution) => a.speaker!.end <= c.start ? c.start - a.speaker!.end : Math.abs(a.speaker!.start - c.end);
  let firm: Attribution | undefined = here.filter((a) => !a.vague && a.speaker).sort((a, b) => distance(a) - distance(b))[0];
  // "The army said 25 soldiers died, while rebels put it at 80": a vague speaker between the firm one and the claim reports it.
  if (firm && here.some((a) => a.vague && a.speaker && firm!.speaker!.end <= a.speaker.start && a.speaker.end <= c.start)) firm = undefined;
  // "according to a tally published by local traders": an anonymous group stands behind the figure.
  // "a senior diplomat said": an unnamed individual is an anonymous source.
  // "A recent survey of 800 farmers showed": a finding nobody is named behind.
  // "A Harlow Institute poll found": the organisation named in the poll's phrase is the source.
  // ("A Dunmore poll found": an indefinite poll of no organisation is left to the finding rules below)
  // "The study, by the Halvern Institute, found": the name in the apposition, not the phrase (claim-by-maker.ts)
  const byMaker = firm && firm.speaker!.local === null ? byAppositionMaker(lookup.text, firm.speaker!, lookup.mentions) : null;
  if (byMaker) return set(c, 'yes', byMaker, firm!.cue);
  // "Tarrow Research carried out the poll … The poll found": the conductor named before (claim-poll-conductor.ts)
  const conductor = firm && definiteFinding(firm.speaker!) ? pollConductor(lookup.text, s.start, lookup.mentions) : null;
  if (conductor) return set(c, 'yes', conductor, firm!.cue);
  let pollFirm = !!firm && firm.speaker!.local === null && POLL_END.test(firm.speaker!.text);
  if (pollFirm) {
    const owned = anonymousFinding(lookup.text, s.start, c, lookup.mentions);
    if (owned?.owned && owned.source.start >= firm!.speaker!.start && owned.source.end <= firm!.speaker!.end) return set(c, 'yes', owned.source, owned.cue);
    pollFirm = /^an?\s/i.test(firm!.speaker!.text);
    // "according to a Norvane Wire poll of 18 economists": the organisation the poll's phrase names took it
    // ("according to a poll": nobody checkable, the poll's phrase); so with a verb of saying, which the finding
    // rules below do not read ("A Hanbit Research survey said 62% …", "a survey says")
    if (pollFirm && (firm!.cue === 'according to' || !showingVerb(firm!.cue ?? ''))) {
      const sp = firm!.speaker!, org = lookup.mentions.find((m) => m.type === 'ORG' && m.start > sp.start && m.end <= sp.end);
      return org ? set(c, 'yes', { start: org.start, end: org.end, text: org.text, local: org.local }, firm!.cue) : set(c, 'vague', sp, firm!.cue);
    }
  }
  // "A poll commissioned by the Velm Alliance found": who ordered the poll did not measure it (claim-commissioned-poll.ts)
  const ordered = firm && !pollFirm ? commissionedPoll(lookup.text, s.start, firm.speaker!) : null;
  if (ordered) return set(c, 'vague', ordered, firm!.cue);
  if (firm && !pollFirm) {
    const unnamed = firm.cue === 'according to' && anonymousGroup(firm.speaker!) || indefiniteSpeaker(firm.speaker!) || anonymous(firm.speaker!) || unnamedFindingSpeaker(lookup.text, firm.speaker!);
    // ("according to a study published in the Lorvian Journal of Medicine": the journal, see journal-source.ts)
    // ("according to results of a large trial published in …": an unnamed study's phrase, too)
    // ("according to figures published on Monday by the exams board": the speaker stops at the day, the publisher does not)
    const journal = (unnamed || firm.speaker!.local === null && STUDY_WORD.test(firm.speaker!.text)) && firm.cue === 'according to'
      ? (unnamed ? publisherOf(lookup.text, s.start, s.end, lookup.mentions) : null) ?? journalOf(lookup.text, s.start, s.end, lookup.mentions) : null;
    if (journal) return set(c, 'yes', journal, firm.cue);
    // "As first reported by the Tarn Herald, an internal audit found …": the outlet named for the story vouches for it.
    const outlet = unnamed ? here.find((a) => a.cue === AS_REPORTED_BY && !a.vague && a.speaker!.local !== null) : undefined;
    return outlet ? set(c, 'yes', outlet.speaker, outlet.cue) : set(c, unnamed ? 'vague' : 'yes', firm.speaker, firm.cue);
  }
  const vague = here.find((a) => a.vague);
  // "Sources say the deal is worth $40 million, a figure reported by the Varn Herald": the named reporter.
  const reported = vague ? reportedFigure(lookup.text, s.end, c, lookup.mentions) : null;
  if (reported) return set(c, reported.sourced, reported.source, reported.cue);
  if (vague) {
    // ("according to a study published in the Lorvian Journal of Medicine": the journal, see journal-source.ts)
    const publisher = vague.cue === 'according to' ? publisherOf(lookup.text, s.start, s.end, lookup.mentions) ?? journalOf(lookup.text, s.start, s.end, lookup.mentions) : null;
    return publisher ? set(c, 'yes', publisher, vague.cue) : set(c, 'vague', vague.speaker, vague.cue);
  }
  // "The crowd was estimated at 20,000 by police": the passive's agent estimated it.
  const agent = passiveAgent(lookup.text, s.start, s.end, c, lookup.mentions);
  if (agent) return set(c, agent.sourced, agent.source, agent.cue);
  // "beat the $2.9bn analysts had expected": the group whose expectation the figure is (claim-expected-by.ts)
  const expecters = expectedBy(lookup.text, c.end);
  if (expecters) return set(c, 'vague', expecters.source, expecters.cue);
  // "an estimate of $450m in a Kelby Wire survey of analysts": the surveyed group's figure (claim-survey-in.ts)
  const surveyed = surveyIn(lookup.text, c.end, s.end, lookup.mentions);
  if (surveyed) return set(c, surveyed.sourced, surveyed.source, surveyed.cue);
  const stated = statingSubject(lookup.text, s.start, c, lookup.mentions);
  if (stated?.source && stated.source.local === null && /^(?:he|she)$/i.test(stated.source.text)) stated.source.local = earlierPronounSpeaker(lookup, c.sentence, stated.source);
  else if (stated?.source && stated.source.local === null && /^it$/i.test(stated.source.text)) stated.source.local = earlierSubjectOrg(lookup, c.sentence);
  if (stated) return set(c, stated.sourced, stated.source, stated.cue);
  // "Tunelark, which said sales rose 25%, will …": the name whose relative clause reports the figure.
  const relative = relativeSpeaker(lookup.text, s.start, c, lookup.mentions);
  if (relative) return set(c, 'yes', relative.source, relative.cue);
  // "Marvosa's interior ministry issued a statement, saying 40 people died": a body named by its noun said it.
  const body = participleBody(lookup.text, s.start, c);
  if (body) return set(c, 'yes', body.source, body.cue);
  // "Estimates suggest 4,000 homes …", "a poll found 62% …": a finding nobody is named behind;
  // "A Harlow Institute poll found 55% …": the organisation named in the finding's phrase.
  // "Court papers suggest 280 tenants …": documents named as they are when they "show" it.
  const papers = papersSuggest(lookup.text, s.start, c);
  if (papers) return set(c, 'yes', papers.source, papers.cue);
  const finding = anonymousFinding(lookup.text, s.start, c, lookup.mentions);
  if (finding) return set(c, finding.owned ? 'yes' : 'vague', finding.source, finding.cue);
  // "Nearly half of the colleges plan cuts, a survey has found.": the finding that closes the sentence.
  const trailing = trailingFinding(lookup.text, c, s.end, lookup.mentions);
  if (trailing) return set(c, trailing.sourced, trailing.source, trailing.cue);
  // "In the study of 3,600 patients, 1.8% developed a rash": the study the sentence opens with found it.
  const framed = studyFrame(lookup.text, s.start, c, lookup.mentions);
  if (framed) return set(c, framed.sourced, framed.source, null);
  // "Velling: We will build 270 flats.": a paragraph opened by a name and a colon is that person's words.
  const tagged = colonTagSpeaker(lookup.text, lookup.sentences, c.sentence, c.start, lookup.mentions);
  if (tagged) return set(c, 'yes', tagged, null);
  // "Dunmore Foods reported its results on Tuesday. Sales rose 8%": the firm's report (claim-reported-results.ts)
  const results = resultsReporter(lookup.text, lookup.sentences, c.sentence, lookup.mentions);
  if (results) set(c, 'yes', results, 'reported');
}

/** A speaker phrase that ends in a poll or survey ("A Harlow Institute poll"). */
const POLL_END = /\b(?:polls?|surveys?)$/i;

/** How many sentences back a pronoun subject of a claim looks for the same pronoun already resolved as a speaker. */
const PRONOUN_REACH = 3;

/**
 * The person a pronoun subject of a claim stands for ("He also expects sales of …"): the quotes and
 * attributions resolved their own speakers, so the latest one in the last few sentences that is the
 * same pronoun, or a named person whose first name does not tell another gender, gives it; null
 * when none does.
 */
function earlierPronounSpeaker(lookup: SourceLookup, si: number, pron: SpeakerRef): number | null {
  const from = lookup.sentences[Math.max(0, si - PRONOUN_REACH)].start;
  const want = genderOfPronoun(pron.text);
  const person = (sp: SpeakerRef) => lookup.mentions.some((m) => m.start === sp.start && m.type === 'PERSON') && (genderOfFirstName(sp.text) ?? want) === want;
  const same = (sp: SpeakerRef | null) => !!sp && sp.local !== null && sp.end <= pron.start && sp.start >= from
    && (sp.text.toLowerCase() === pron.text.toLowerCase() || person(sp));
  let best: SpeakerRef | null = null;
  for (let k = si; k >= 0 && k >= si - PRONOUN_REACH && !best; k--) {
    for (const a of lookup.attributions.get(lookup.sentences[k].start) ?? []) if (same(a.speaker) && (!best || a.speaker!.start > best.start)) best = a.speaker;
  }
  for (const q of lookup.quotes) if (same(q.speaker) && (!best || q.speaker!.start > best.start)) best = q.speaker;
  return best?.local ?? null;
}

/**
 * "A third of users said …, according to a survey": the people the claim counts are not its source, also
 * when the speaker's phrase runs on past the claim ("One in three pupils in our school reports …").
 */
function countsOwnSpeaker(c: Claim, a: Attribution): boolean {
  return !!a.speaker && a.speaker.local === null && c.start <= a.speaker.start && a.speaker.start < c.end;
}

/**
 * The organisation an "It" subject of a claim stands for ("Tarvel Mills lost money. It now expects …"):
 * the nearest earlier sentence of the same paragraph that opens with a named subject (after an optional
 * "The", not a possessive) gives it when that subject is an ORG; null when it is anything else or none does.
 */
function earlierSubjectOrg(lookup: SourceLookup, si: number): number | null {
  const block = lookup.sentences[si].block;
  for (let k = si - 1; k >= 0 && k >= si - PRONOUN_REACH && lookup.sentences[k].block === block; k--) {
    const s = lookup.sentences[k];
    const lead = /^\s*(?:the\s+)?/iu.exec(lookup.text.slice(s.start, s.start + 8))![0].length;
    const m = lookup.mentions.find((x) => x.start === s.start + lead);
    if (!m) continue;
    if (/^\.?['’]/u.test(lookup.text.slice(m.end, m.end + 2))) return null;
    return m.type === 'ORG' ? m.local : null;
  }
  return null;
}

function set(c: Claim, s: Sourcing, sp: SpeakerRef | null, cue: string | null): void {
  c.sourced = s;
  c.source = sp;
  c.sourceCue = cue;
}
