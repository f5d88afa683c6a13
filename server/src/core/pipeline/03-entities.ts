/**
 * Stage 3: named entities. Capitalised token runs are chunked, leading titles are split off as
 * roles, each chunk is typed from lexicons, head words and context, and mentions are joined into
 * document-local entities (surnames to full names, acronyms to expansions).
 */
import type { Block, EntityType, LocalEntity, Mention, Role, Token } from '../types';
import { tokenAt } from './token-at';
import { COUNTRY_ALIASES, isCommonWord, isPlaceName, LEXICON_NAMES, lexicon } from '../model/lexicon';
import {
  CUE_VERBS, FUNCTION_WORDS, GOVERNMENT_SEATS, INSTITUTION_HEADS, LEADING_BODY_HEADS, LONE_FORCE_NAMES, LEADING_LOC_HEADS, STATE_FORMS, WATER_FORMS, LOC_HEADS, SURNAME_LOC_HEADS, MOVEMENT_EMBLEMS, LOC_PREPOSITIONS, MONTHS, NAME_CONNECTORS, NAME_PARTICLES, ORG_HEADS, TRADE_HEADS,
  TITLE_HEADS, TITLE_MODIFIERS, WEEKDAYS, LEGAL_FORMS, withoutArabicArticle, IWI_OPENERS, STATE_SHORT_FORMS, NAME_SUFFIXES,
} from '../model/words';
import { entityNameKey, fold, initials, nameKey, PLAIN_WORDS } from '../text/normalize';
import { isAllCaps } from './02-tokens';
import {
  chunkFeatures, type ChunkWords, type DocContext, type DocEntry, documentContext, emitNameFeatures, emitNameInDocFeatures,
  type NameWords,
} from './entity-features';
import { isCommonToken, lexOf, lowerCase, lowerToken, prepareTokenCache } from './token-fold';
import { ChunkTrie } from './chunk-trie';
import { ownCopy } from '../text/intern';
import { scoreNameFeatures } from './word-name-weights';
import { scoreContext } from './context-weights';
import { placeOnlyContext, productBase } from './place-context';
import { placePairs } from './entity-place-pairs';
import { brandBeforeGoods, goodsLineName, goodsNamesTyped } from './entity-brand-goods';
import { houseName, modelPerson } from './entity-fashion-names';
import {
  DATE_WORDS, isKnownName, isTitleHead, W_COMMON_UNNAMED, W_DATE, W_FUNCTION, W_HEAD, W_HONORIFIC, W_KNOWN_NAME, W_ORG_HEAD, W_PLAIN_CAPS, W_TITLE_HEAD, W_TITLE_MODIFIER,
  lexClass,
} from './word-class';
import { FeatureScorer, hasModel, MODEL_CLASSES, zeros } from '../model/ner-model';
import { SPEAKER_NOUNS } from '../model/speaker-words';
import { companiesByApposition, companyUse } from './entity-companies';
import { bylinePersons } from './entity-bylines';
import { teamsBeforeTitle } from './entity-team-titles';
import { dropHeadlineDisasters, headlineMayOpenWithDisaster } from './entity-headline-disasters';
import { headlinePlaces } from './entity-headline-places';
import { retypeFirmNames } from './entity-firm-names';
import { faithByNeighbours, faithWordAlone, faithWordOrName } from './entity-faiths';
import { groupWord } from './entity-group-words';
import { dropFieldsOfStudy } from './entity-disciplines';
import { personAct } from './entity-person-acts';
import { lowerDomainEnd, webDomainAt } from './entity-domains';
import { dropNonNames } from './entity-nonnames';
import { dropVerdicts } from './entity-verdicts';
import { dropClassLabels } from './entity-class-labels';
import { withoutPostNominals, withRoadNumbers } from './entity-spans';
import { unitsWithOrdinals } from './entity-military-units';
import { possessiveShops } from './entity-possessive-shops';
import { placesBeforeTheirPeople } from './entity-nation-people';
import { playersAfterPlay } from './entity-play-makers';
import { statesByTheirOrgans } from './entity-state-nouns';
import { pollstersByTheirPolls } from './entity-pollsters';
import { teamsNamedTeam } from './entity-team-prefix';
import { titledPeopleAcrossAnd } from './entity-titled-pairs';
import { dropTourNames } from './entity-tour-names';
import { townSidesInMatch } from './entity-match-towns';
import { wardsInBrackets } from './entity-ward-brackets';
import { generalHospitals } from './entity-general-hospitals';
import { citedAuthors } from './entity-citations';
import { withoutCaptionLabels } from './entity-captions';
import { withoutToolNames } from './entity-tool-names';
import { splitLeadingDemonyms } from './entity-demonym-split';
import { CLUB_TAILS, teamsByNickname } from './entity-teams';
import { firmTailAt, firmsByTail } from './entity-firm-tails';
import { teamsByScore } from './entity-score-teams';
import { competitionsByArticle, venueOrCompetition } from './entity-venues';
import { sidesByPluralVerb } from './entity-plural-sides';
import { scoreStartsAt } from './score-at';
import { stationsAsOrgs } from './entity-broadcasters';
import { acronymLedAsOrgs } from './entity-acronym-led';
import { aloneInHeadline, clubByTail, clubNamesAlone, isClubTail, paperTitle } from './entity-club-tails';
import { acronymFitsName, acronymFitsTail, acronymTailAfterOf } from './entity-acronym-fit';
import { academicAt } from './entity-academic';
import { bodyPeopleAfter, schoolMemberAfter, townPeopleAfter } from './entity-member-nouns';
import { splitAuthorPairs } from './entity-author-pairs';
import { joinCommaPartners } from './entity-comma-firms';
import { dropNamedStorms } from './entity-storms';
import { dropVessels } from './entity-vessels';
import { dropAnimals } from './entity-animals';
import { dropEponymTerms } from './entity-eponym-terms';
import { leadingInitial, personsByInitial } from './entity-initial-names';
import { chunkEntityNameKey, chunkNameKey, wordNameKey, wordsOnly } from './chunk-name-key';
import { keepOwnKeys } from './entity-own-keys';
import { newsLeadIn } from './entity-lead-ins';
import { placesByPlural } from './entity-place-plurals';
import { flightLabelWords, headlineOpeningHead, JOINED_OPENERS, knownNameAt, countryAfterWords, NOT_AIRLINE_OPENERS, openingWordKept, opensKnownLongName } from './entity-start-pairs';
import { marketsByNoun } from './entity-markets';
import { ampersandFirms } from './entity-ampersand-firms';
import { headlineNamesGrown } from './entity-headline-longer';
import { partiesByNoun } from './entity-parties';
import { beforeModelCode, dropBareCodes, makersByModel } from './entity-makers';
import { dropProducts } from './entity-products';
import { dropWorkTitles } from './entity-work-titles';
import { dropQuotedTitles } from './entity-quoted-titles';
import { dropSchemeNames } from './entity-scheme-names';
import { opensMidPair, pairKey, plainPairsNotPersons } from './entity-mid-pairs';
import { titleBodies, townBeforeOffice } from './entity-title-bodies';
import { surnamesOverPlaces } from './entity-surname-places';
import { familyFirm, firmShortNames, speaksAsPerson } from './entity-family-firms';
import { commaLegalForms, legalFormEnds, personAfterLegalForm } from './entity-legal-forms';
import { wordGivenNameOpens, wordGivenPair, reportsAfter, holderAfterBody, holderAfterLowerTitle } from './entity-title-holder';
import { firmFirstWords, firmAtSentenceStart } from './entity-start-firms';
import { teamAtSentenceStart } from './entity-start-teams';
import { genderOfWords, isKnownGivenName } from '../model/gender';
import { WORD_GIVEN_NAMES } from '../model/word-given-names';
import { personAfterOrgHead } from './entity-org-person';
import { personOfOrg } from './entity-person-of-org';
import { buildingSaidIt } from './entity-building-bodies';
import { emergencyBodyAt, norpBeforeStateNoun, placesInBodyKeys, stateAgencyPair, statisticsOfficeKey } from './entity-national-bodies';
import { rankBeforeName } from './entity-lone-rank';
import { isStreetWord, streetByContext, streetFrom } from './entity-streets';
import { afterFirmKind, dropLoneKinds, firmsAfterKind } from './entity-kind-words';
import { datelineAgencies } from './entity-dateline-agency';
import { nameThenOf, placesAfterPersonOf } from './entity-person-of-place';
import { dropHeadlineWordNames } from './entity-headline-verbs';
import { headlineInterviewees } from './entity-interviewees';
import { dropCodedPersons, dropCurrencySigns, dropLotCodes, dropRegistryIds } from './entity-coded-names';
import { dropProductCodes } from './entity-product-codes';
import { portfolioListEnd } from './entity-portfolio-lists';
import { dropTickers } from './entity-tickers';
import { bodiesByApposition } from './entity-body-appositions';
import { personsByJobApposition } from './entity-job-appositions';
import { relativesByKinApposition } from './entity-kin-appositions';
import { keptGivenWord, monthGivenName, willGivenName } from './entity-word-given';
import { givenNameOwner, givenNameOwners } from './entity-given-alone';
import { dropAlerts } from './entity-alerts';
import { dropNamedEvents } from './entity-named-events';
import { dropBeatTitles } from './entity-beat-titles';
import { fieldOpensBody } from './entity-body-field';
import { personOfNounBefore } from './entity-person-of';
import { placeByPredicate, placeNounAfter, seatName } from './entity-place-nouns';
import { centralBanksByReserve } from './entity-central-banks';
import { underwritersByDeal } from './entity-underwriters';
import {
  G_CLASS_LABEL, G_COMPETITION, G_EVENT, G_EXECUTIVE, G_FIELD, G_FIRM_KIND, G_FIRM_TAIL, G_GENERAL, G_JOB_NOUN, G_NOTICE, G_PARTY_LABEL, G_PLACE_PLURAL, G_POST_NOMINAL,
  G_RESERVE, G_ROAD, G_STATION, G_STORM, G_VERB_GIVEN, G_SKY_BODY, G_JOURNAL, G_TEAM, G_TOUR, G_UNIT, G_SEA_LANGUAGE, lexemeGates,
} from './entity-pass-gates';
import { L_BODY_KIND, L_CAPITAL, L_CODE, L_NICKNAME, L_FAMILY, L_PARTY_NOUN, L_PLAY, L_POLL, L_STATE, L_STRUCTURE, L_TEAM_TITLE, L_UNDERWRITE, L_VEHICLE, LOWER_SHAPE_GATES, lowerWordGates, SHAPE_CODES, shapeCode } from './entity-lower-gates';
import { structuresAsPlaces } from './entity-structure-nouns';
import { transitPlaces } from './entity-transit-places';
import { possessiveModifiers } from './entity-possessive-modifiers';
import { fromListsAsPlaces } from './entity-from-lists';
import { placesBeforeOutfits } from './entity-local-outfits';
import { dropAwardAdjectives } from './entity-award-adjectives';
import { seasAndLanguages } from './entity-seas-languages';
import { routeEndsAsPlaces } from './entity-route-ends';
import { travellerOriginsAsPlaces } from './entity-traveller-origins';
import { familiesAsPersons } from './entity-family-names';
import { transcriptLabels } from './entity-transcript-labels';
import { makersBeforeModels } from './entity-car-models';
import { skyBodies } from './entity-sky';
import { journalNames } from './entity-journal-names';
import { capitalAppositions } from './entity-capital-appositions';
import { dropNicknames } from './entity-nicknames';
import { nicknamesInNames } from './entity-name-nicknames';
import { dropCodeLanguages } from './entity-code-languages';
import { dropCompoundOpeners } from './entity-compound-openers';
import { thingNicknames } from './entity-thing-nicknames';
import { countyExecutives } from './entity-county-executive';
import { placesAfterThe } from './entity-the-places';
import { birthNameOf, bornAsOf } from './entity-birth-names';
import { awardHeadAt } from './entity-award-names';
import { particlePair } from './entity-particle-pairs';
import { lusophoneLink } from './entity-lusophone-links';
import { firstSurname, tailOwner } from './entity-surname-tails';
import { sameGivenName } from './entity-short-given';
import { genderClash, lastFullNames, pickByGender } from './entity-titled-surnames';

export interface Candidate {
  first: number; // token indices, inclusive
  last: number;
  role: Role | null;
  type: EntityType | null;
  /** Index of the candidate this one abbreviates as an acronym given in parentheses right after it ("(CRF)"); -1 when none. */
  acronymOf: number;
  /** Found in a line where every word is capitalised (headline, heading, shouting). */
  titleCase: boolean;
  /** Found in a line written in capitals. */
  shouting: boolean;
  /** What is known of the chunk's tokens across documents (set when it is typed). */
  info?: ChunkInfo;
}

/**
 * A candidate with every field present from the start and of its final kind (a number, booleans),
 * so all candidates share one hidden class and the optimised code that reads them is not thrown
 * away when a later document sets a field first (a field added later forks the class; one that
 * changes kind, as from undefined to a number, invalidates code compiled against it).
 */
function candidate(first: number, last: number, role: Role | null, type: EntityType | null): Candidate {
  return { first, last, role, type, acronymOf: -1, titleCase: false, shouting: false, info: undefined };
}

/** Words a sports league goes by alone ("the Championship", "the Premiership"). */
const LEAGUE_WORDS: ReadonlySet<string> = new Set(['championship', 'premiership']);

/** A romanised East Asian given name: two short syllables joined by a hyphen ("Ji-hoon", "Min-Jun"). */
const ROMANISED_GIVEN = /^\p{Lu}\p{Ll}{1,3}-(?:\p{Ll}{2,4}|\p{Lu}\p{Ll}{1,3})$/u;

const PARTICLES = 'al el ash as ad ar an at az ibn bin abu d o de di da van von mc mac'.split(' ');
/**
 * A particle in lower case, capitalised or in capitals, its mark, then a capital ("al-Rashidi", "D'Souza", "AL-…").
 * Not case-insensitive: with the `i` flag \p{Lu} matches any letter, and "de-icing", "at-risk", "o’clock" passed as names.
 */
const PARTICLE_PREFIX = new RegExp(`^(${PARTICLES.flatMap((p) => [p, p[0].toUpperCase() + p.slice(1), p.toUpperCase()]).join('|')})['’-]\\p{Lu}`, 'u');
/** 1 for the lower-case ASCII letters a particle starts with: a lower-case word starting with another is no "al-Rashidi". */
const PARTICLE_FIRST = new Uint8Array(128);
for (const p of PARTICLES) PARTICLE_FIRST[p.charCodeAt(0)] = 1;

function capLike(t: Token): boolean {
  if (t.kind !== 'word') return false;
  const c = t.text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  // Most tokens: a lower-case word, asked its first letter before its particle mark and pattern.
  if (c >= 97 && c <= 122) return PARTICLE_FIRST[c] === 1 && particleMark(t.text) && PARTICLE_PREFIX.test(t.text); // "al-Rashidi"
  return /^\p{Lu}/u.test(t.text) || PARTICLE_PREFIX.test(t.text);
}

/** An apostrophe or hyphen among the 2nd to 5th characters, where a particle ends ("al-", "d'", "mac-"). */
function particleMark(w: string): boolean {
  for (let i = 1; i < 5 && i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === 39 || c === 45 || c === 0x2019) return true; // ' - ’
  }
  return false;
}

const lower = lowerToken;

/** `isAllCaps` (02-tokens), plain ASCII words answered without its two Unicode patterns. */
function allCaps(t: Token): boolean {
  if (t.kind !== 'word') return false;
  const w = t.text;
  let upper = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return isAllCaps(t);
    if (c >= 65 && c <= 90) upper++;
    else if (c !== 46 && c !== 45) return false; // only capitals, dots and hyphens
  }
  return upper >= 2;
}

/** A capitalised word that is an ordinary English word and no known name ("Declines", "The"). `w` is its `wordClass`. */
function isCommonCap(t: Token, w: number, shouting = false): boolean {
  if (w & W_PLAIN_CAPS) return true;
  if (!shouting && allCaps(t) && t.text.length <= 5) return false; // an acronym, unless every word is in capitals
  return (w & W_COMMON_UNNAMED) !== 0;
}

export interface EntityResult {
  mentions: Mention[];
  entities: LocalEntity[];
}

export function findEntities(text: string, tokens: Token[], blocks: Block[], sentenceBlock: number[]): EntityResult {
  const scan = scanTokens(tokens);
  const candidates = findCandidates(text, tokens, blocks, sentenceBlock, scan);
  firmsAfterKind(tokens, candidates);
  datelineAgencies(tokens, blocks, sentenceBlock, candidates);
  typeCandidates(tokens, candidates);
  personsByInitial(tokens, candidates);
  placesAfterPersonOf(tokens, candidates);
  headlineNamesGrown(tokens, candidates);
  teamsByNickname(tokens, candidates);
  const gates = scan.gates;
  if (gates & G_FIRM_TAIL) firmsByTail(tokens, candidates);
  if (gates & G_RESERVE) centralBanksByReserve(tokens, candidates);
  const lowerGates = scan.lowerGates;
  if (lowerGates & L_UNDERWRITE) underwritersByDeal(text, tokens, candidates);
  if (gates & G_PLACE_PLURAL) placesByPlural(tokens, candidates);
  if (lowerGates & L_STRUCTURE) structuresAsPlaces(tokens, candidates);
  possessiveModifiers(tokens, candidates); // ("its Kessling plant": a possessive before a one-word name, rare; a visit per candidate)
  routeEndsAsPlaces(tokens, candidates); // ("between", "from" or " to ": nearly every text, so no gate)
  if ((lowerGates & L_CAPITAL) && text.includes(' capital,')) capitalAppositions(tokens, candidates);
  if (text.includes('from')) travellerOriginsAsPlaces(tokens, candidates);
  fromListsAsPlaces(tokens, candidates); // (lists after "from" or "in": nearly every text holds one of the two)
  if ((lowerGates & L_FAMILY) && text.includes(' family')) familiesAsPersons(tokens, candidates);
  marketsByNoun(text, tokens, candidates);
  if (text.includes('&')) ampersandFirms(tokens, candidates);
  // Passes whose rule needs a word the text may not hold at all: a native search of the text, not a visit per
  // candidate, when the word opens with a capital (its first letter is rare, the search skips ahead); a lower-case
  // word's search stops at every such letter, and costs more than the visit (s29: 'party'/'movement' ~0.7% of a pass):
  // those passes are gated by `lowerGates` (entity-lower-gates.ts, read off the words' shape codes in `scanTokens`).
  if (lowerGates & L_PARTY_NOUN) partiesByNoun(tokens, candidates);
  makersByModel(tokens, candidates);
  dropBareCodes(tokens, candidates); // ("the Varden V-600 … on the V-600": a candidate's one-word check first, so nearly free)
  if (lowerGates & L_VEHICLE) makersBeforeModels(tokens, candidates);
  dropProducts(tokens, candidates);
  dropWorkTitles(tokens, candidates);
  dropNicknames(tokens, candidates);
  if (text.includes('"') || text.includes('“') || text.includes('‘')) nicknamesInNames(tokens, candidates);
  if (lowerGates & L_CODE) dropCodeLanguages(tokens, candidates);
  dropCompoundOpeners(tokens, candidates);
  if (lowerGates & L_NICKNAME) thingNicknames(tokens, candidates);
  if (gates & G_EXECUTIVE) countyExecutives(tokens, candidates);
  placesAfterThe(tokens, candidates);
  dropQuotedTitles(text, tokens, candidates);
  dropSchemeNames(tokens, candidates);
  titleBodies(tokens, candidates);
  companiesByApposition(tokens, candidates);
  bylinePersons(tokens, blocks, sentenceBlock, candidates);
  if (lowerGates & L_BODY_KIND) bodiesByApposition(tokens, candidates);
  personsByJobApposition(tokens, candidates);
  relativesByKinApposition(tokens, candidates);
  if (gates & G_STATION) stationsAsOrgs(tokens, candidates);
  acronymLedAsOrgs(tokens, candidates);
  if (scan.score) teamsByScore(tokens, candidates); // most documents hold no score: the pass finds nothing there
  if (scan.score) townSidesInMatch(tokens, candidates);
  sidesByPluralVerb(tokens, candidates);
  if (lowerGates & L_TEAM_TITLE) teamsBeforeTitle(tokens, candidates);
  dropNonNames(tokens, candidates);
  dropVerdicts(tokens, candidates);
  if (gates & G_CLASS_LABEL) dropClassLabels(tokens, candidates);
  if (gates & G_PARTY_LABEL) wardsInBrackets(tokens, candidates);
  if (gates & G_GENERAL) generalHospitals(tokens, candidates);
  if (gates & G_FIELD) dropFieldsOfStudy(tokens, candidates);
  if (gates & G_ROAD) withRoadNumbers(tokens, candidates);
  // (a station's, a line's or a road's word: a native search of the text, as most texts hold none)
  if (text.includes('line') || text.includes('Line') || /Central|Parkway|Junction|Halt|Interchange|\b[ABM]\d/.test(text)) transitPlaces(tokens, candidates);
  if (gates & G_UNIT) unitsWithOrdinals(tokens, candidates);
  possessiveShops(tokens, candidates);
  placesBeforeTheirPeople(tokens, candidates);
  if (text.includes('-')) dropAwardAdjectives(tokens, candidates);
  placesBeforeOutfits(tokens, candidates);
  if (gates & G_SEA_LANGUAGE) seasAndLanguages(tokens, candidates);
  if (lowerGates & L_STATE) statesByTheirOrgans(tokens, candidates);
  if (lowerGates & L_POLL) pollstersByTheirPolls(tokens, candidates);
  if (lowerGates & L_PLAY) playersAfterPlay(tokens, candidates);
  if (gates & G_TEAM) teamsNamedTeam(tokens, candidates);
  if (gates & G_POST_NOMINAL) withoutPostNominals(tokens, candidates);
  citedAuthors(tokens, candidates);
  if (gates & G_STORM) dropNamedStorms(tokens, candidates);
  dropVessels(tokens, candidates);
  dropAnimals(tokens, candidates);
  if (text.includes("'s") || text.includes('’s')) dropEponymTerms(tokens, candidates);
  if (headlineMayOpenWithDisaster(text, blocks)) dropHeadlineDisasters(tokens, blocks, sentenceBlock, candidates);
  headlinePlaces(tokens, candidates);
  headlineInterviewees(tokens, candidates);
  if (gates & G_VERB_GIVEN) dropHeadlineWordNames(tokens, candidates);
  if (gates & G_COMPETITION) competitionsByArticle(tokens, candidates);
  if (gates & G_NOTICE) dropAlerts(tokens, candidates);
  if (gates & G_EVENT) dropNamedEvents(tokens, candidates);
  if (gates & G_TOUR) dropTourNames(tokens, candidates);
  if (gates & G_JOB_NOUN) dropBeatTitles(tokens, candidates);
  dropCodedPersons(tokens, candidates);
  dropLotCodes(tokens, candidates);
  dropRegistryIds(tokens, candidates);
  dropProductCodes(tokens, candidates);
  dropCurrencySigns(tokens, candidates);
  dropTickers(tokens, candidates);
  commaLegalForms(tokens, candidates);
  if (gates & G_FIRM_KIND) dropLoneKinds(tokens, candidates);
  surnamesOverPlaces(tokens, candidates);
  skyBodies(tokens, candidates, (gates & G_SKY_BODY) !== 0);
  if (gates & G_JOURNAL) journalNames(tokens, candidates);
  if (scan.ampersand) joinCommaPartners(tokens, candidates);
  if (text.includes(':')) transcriptLabels(tokens, blocks, sentenceBlock, candidates);
  const kept = withSurnamesAtStart(tokens, splitAuthorPairs(tokens, keepTyped(candidates)), scan);
  // (an empty list is not mapped: the mapped empty array's other map deoptimised this function at its first club, s28)
  const clubs = clubNamesAlone(tokens, kept, scan.cap);
  return resolveLocal(text, tokens, blocks, sentenceBlock, clubs.length === 0 ? kept : withAdded(kept, clubs.map((k) => candidate(k, k, null, 'ORG'))));
}

const CAP_LOWER = /^\p{Lu}\p{Ll}/u;

/** `/^\p{Lu}\p{Ll}/u.test(w)`: a capital, then a lower-case letter; two ASCII characters answered without the pattern. */
function capThenLower(w: string): boolean {
  // NaN for a one-letter word: not < 128, so the pattern answers. Not read past the end: the first
  // such read threw away the optimised code of the callers (withSurnamesAtStart's one recompile).
  const a = w.charCodeAt(0), b = w.length > 1 ? w.charCodeAt(1) : NaN;
  if (a < 128 && b < 128) return a >= 65 && a <= 90 && b >= 97 && b <= 122;
  return CAP_LOWER.test(w);
}

/**
 * A word of one token with a subject's verb or punctuation after it ("Dane said", "said Dane."), and no
 * determiner or preposition before it ("a Dane", "in Iranian,": a nationality or a language).
 */
function surnameSubject(tokens: Token[], c: Candidate): boolean {
  const before = tokens[c.first - 1], after = tokens[c.last + 1];
  return after !== undefined && actsAfterName(after) && !(before !== undefined && NOT_BEFORE_SURNAME.test(before.text));
}

const NOT_BEFORE_SURNAME = /^(?:the|a|an|one|another|every|each|no|this|that|fellow|in|into|of|from|to|by|for|with|at|on|as|than|like|speak|speaks|spoke)$/i;

/** What follows a surname used as a subject: punctuation, a possessive, a reporting verb or an auxiliary. */
function actsAfterName(t: Token): boolean {
  if (t.kind === 'punct') return t.text !== '-';
  const l = lowerCase(t);
  return CUE_VERBS.has(l) || AUXILIARIES.has(l) || (l.length > 4 && l.endsWith('ed'));
}

const AUXILIARIES = new Set('has had have is was will would can could did does should must may might also then later'.split(' '));

/**
 * A sentence-initial word dropped as an ordinary English word ("Park said …", "Young added …") is
 * a mention after all when it is the surname of a person named in full in the same document.
 */
function withSurnamesAtStart(tokens: Token[], cands: Candidate[], scan: TokenScan): Candidate[] {
  const surnames = new Set<string>();
  for (const c of cands) if (c.type === 'PERSON' && c.last > c.first) surnames.add(lower(tokens[c.last]));
  if (!surnames.size) return cands;
  const added: Candidate[] = [];
  // Only capitalised words qualify (`capAt`, from the first scan): the other tokens are not visited.
  // Whether a candidate covers the word is asked last, of the few words that pass the rest: no
  // per-document array of covered tokens.
  const { capAt } = scan;
  for (let i = 0; i < capAt.length; i++) {
    const k = capAt[i];
    const t = tokens[k];
    if (!isSentenceStart(tokens, k) || !capThenLower(t.text) || !surnames.has(lower(t))) continue;
    const next = tokenAt(tokens, k + 1);
    if (!next || next.sentence !== t.sentence || !actsAfterName(next) || covers(cands, k)) continue;
    added.push(candidate(k, k, null, 'PERSON'));
  }
  return withAdded(cands, added);
}

/** Does a candidate span token `k`? */
function covers(cands: readonly Candidate[], k: number): boolean {
  for (let i = 0; i < cands.length; i++) if (cands[i].first <= k && k <= cands[i].last) return true;
  return false;
}

/** `cands` with `added` sorted in by first token, acronym links (indices into the list) kept valid. */
function withAdded(cands: Candidate[], added: Candidate[]): Candidate[] {
  if (!added.length) return cands;
  const all = [...cands, ...added];
  const order: number[] = [];
  for (let i = 0; i < all.length; i++) order.push(i);
  order.sort((x, y) => all[x].first - all[y].first);
  const pos = new Array<number>(all.length);
  order.forEach((from, to) => (pos[from] = to));
  return order.map((i) => {
    const c = all[i];
    if (c.acronymOf >= 0) c.acronymOf = pos[c.acronymOf];
    return c;
  });
}

/**
 * A lone acronym of three to five capitals after "the" ("officials of the TRA", "the board of the KLV"): a body
 * the document names by its letters, where the model, which knew the letters from no name, dropped it.
 * Ordinary acronyms ("the CEO") are dropped later (entity-nonnames.ts).
 */
function theAcronym(tokens: Token[], k: number): boolean {
  const w = tokens[k].text, next = tokens[k + 1];
  if (k === 0 || w.length < 3 || w.length > 5 || tokens[k - 1].text !== 'the' || !/^[A-Z]+$/.test(w) || (w.length > 3 && isCommonWord(w.toLowerCase()))) return false;
  // Not a modifier before a noun ("the KLV team", "the TRA-run show", "the POV of the pilot"): punctuation or a
  // function word or verb after it.
  if (next === undefined || next.sentence !== tokens[k].sentence) return true;
  return next.kind === 'punct' ? next.text !== '-' : AFTER_BODY_ACRONYM.has(next.text) || (next.text.length > 4 && next.text.endsWith('ed'));
}
const AFTER_BODY_ACRONYM = new Set('said says say on in at and has had have was were is are will would which who that since after before last met'.split(' '));

/** Drops the candidates left untyped, keeping acronym links (indices) pointing at the right ones. */
function keepTyped(cands: Candidate[]): Candidate[] {
  const index = new Array<number>(cands.length).fill(-1);
  const kept: Candidate[] = [];
  cands.forEach((c, i) => { if (c.type !== null) { index[i] = kept.length; kept.push(c); } });
  for (const c of kept) {
    if (c.acronymOf >= 0) c.acronymOf = index[c.acronymOf];
  }
  return kept;
}

/** The capitalised chunks of a document, titles split off, before typing (also the model's training units). */
export function findCandidates(text: string, tokens: Token[], blocks: Block[], sentenceBlock: number[], scan: TokenScan = scanTokens(tokens)): Candidate[] {
  const candidates: Candidate[] = [];
  let i = 0;
  const shouting = new Int8Array(blocks.length); // isShoutingBlock's answers by block index
  const { cap, lowerShape, capAt, dotAt } = scan;
  // Words the article writes capitalised and alone in mid-sentence ("shares of Apple rose"): names,
  // even where a sentence start or headline capitalises them anyway ("Apple said …").
  const seenNameMid = new Set<string>();
  // Pairs of an ordinary word and a capitalised word the article writes mid-sentence (entity-mid-pairs.ts).
  let seenPairMid: Set<string> | null = null;
  // The capitalised words whose lower-case use matters (`asked`): those that may open a sentence,
  // those of a title-case line, and those of `seenNameMid`.
  const asked = new Uint8Array(tokens.length);
  const lineTitle = new Int8Array(tokens.length ? tokens[tokens.length - 1].sentence + 1 : 0); // 0 unknown, 1 yes, -1 no
  for (let i = 0; i < capAt.length; i++) {
    const k = capAt[i];
    if (isSentenceStart(tokens, k)) { asked[k] = 1; continue; }
    const s = tokens[k].sentence;
    if (lineTitle[s] === 0) lineTitle[s] = titleCaseLine(text, blocks, sentenceBlock[s], shouting) ? 1 : -1;
    if (lineTitle[s] > 0) asked[k] = 1;
    // A lone capitalised word of a title-case line says nothing: every word there is capitalised.
    // Only ordinary words are kept: `seenNameMid` is read of those alone (splitRun's `isCommonCap`
    // words), and a name's lower-case use is asked where it opens a sentence or a title-case line.
    if (lineTitle[s] < 0 && !lowerShape[k] && !(k > 0 && cap[k - 1]) && !(k + 1 < tokens.length && cap[k + 1])
      && (lexClass(lexOf(tokens[k])) & (W_PLAIN_CAPS | W_COMMON_UNNAMED)) !== 0) {
      seenNameMid.add(lower(tokens[k]));
      asked[k] = 1;
    } else if (lineTitle[s] < 0 && !lowerShape[k] && opensMidPair(tokens, cap, k) && (lexClass(lexOf(tokens[k])) & (W_PLAIN_CAPS | W_COMMON_UNNAMED)) !== 0
      && !FUNCTION_WORDS.has(lower(tokens[k]))) {
      (seenPairMid ??= new Set()).add(pairKey(tokens, k)); // "shares of Silver Lantern fell": "Silver Lantern said …" keeps "Silver"
    }
  }
  // Words the article also writes in lower case: capitalised only by position (sentence start,
  // headline), they are ordinary words even when the lexicon does not know them ("Seawall").
  const seenLower = writtenLower(tokens, capAt, asked, lowerShape, seenNameMid);
  for (const l of seenNameMid) if (seenLower.has(l)) seenNameMid.delete(l);
  // "Lantern" of "Lantern Foods Ltd", for a sentence start: found on first need (most articles never ask).
  let firmFirst: ReadonlySet<string> | null | undefined;
  const isFirmFirst = (l: string): boolean => (firmFirst === undefined ? (firmFirst = firmFirstWords(tokens, cap, capAt, seenLower)) : firmFirst)?.has(l) === true;
  // Where the region or country of a dateline's town would start ("BRENNIK, Valdoria —").
  let regionAt = -1;
  // The tokens between runs are not visited one by one: the next run starts at the next capitalised
  // word (`capAt`), and a website in lower case ("ledger.com") only before a "." (`dotAt`).
  for (let ci = 0, di = 0; ;) {
    while (ci < capAt.length && capAt[ci] < i) ci++;
    const nextCap = ci < capAt.length ? capAt[ci] : tokens.length;
    while (di < dotAt.length && dotAt[di] - 1 < i) di++;
    if (di < dotAt.length && dotAt[di] - 1 < nextCap) {
      // A website written in lower case: "ledger.com", "shop.example.org".
      const j = dotAt[di] - 1;
      const d = lowerDomainEnd(tokens, j);
      if (d > j) { candidates.push(candidate(j, d, null, 'ORG')); i = d + 1; } else i = j + 1;
      continue;
    }
    if (nextCap >= tokens.length) break;
    i = nextCap;
    const seqEnd = extendRun(tokens, cap, i);
    const bi = sentenceBlock[tokens[i].sentence];
    const block = blocks[bi];
    const loud = isShoutingBlock(text, blocks, bi, shouting);
    // "— Jonas Berg": a line a dash opens signs a letter or a quote off, a name in ordinary case, no heading.
    const titleCase = block.kind === 'headline' || (block.kind === 'heading' && !signOffLine(text, block.start)) || loud;
    const from = candidates.length;
    if (tokens[i].start === block.start && newsLeadIn(tokens, i, seqEnd)) { i = seqEnd + 1; continue; }
    if (seqEnd > i && !titleCase && tokens[i].start === block.start && wholeDateline(tokens, i, seqEnd, block)) candidates.push(candidate(i, seqEnd, null, null));
    else {
      const parts = splitRun(tokens, cap, i, seqEnd, titleCase, loud, seenLower, seenNameMid, isFirmFirst, seenPairMid);
      for (let p = 0; p < parts; p += 2) {
        const a = RUN_PARTS[p], b = RUN_PARTS[p + 1];
        if (!(a === b && numberedNoun(tokens, a))) stripTitle(tokens, a, b, candidates);
      }
    }
    if (titleCase) for (let k = from; k < candidates.length; k++) candidates[k].titleCase = true;
    if (loud) for (let k = from; k < candidates.length; k++) candidates[k].shouting = true;
    else if (candidates.length === from + 1 && block.kind === 'body') regionAt = typeDateline(tokens, i, seqEnd, block, candidates[from], regionAt);
    if (!titleCase) withLeadingParticles(tokens, candidates, from);
    i = seqEnd + 1;
  }
  const named = splitLeadingDemonyms(tokens, withoutToolNames(tokens, withoutCaptionLabels(tokens, candidates)), (c) => chunkKey(tokens, c),
    (first, last, like) => {
      const c = candidate(first, last, null, null);
      c.titleCase = like.titleCase;
      c.shouting = like.shouting;
      return c;
    });
  linkParentheticalAcronyms(tokens, named);
  return named;
}

/**
 * A body paragraph's lone chunk that is a dateline's town, or the region after its comma, is typed a
 * place; gives where such a region would start (`regionAt` unchanged otherwise). Out of
 * `findCandidates` so that its hot loop compiles without this rarely taken branch.
 */
function typeDateline(tokens: Token[], i: number, seqEnd: number, block: Block, c: Candidate, regionAt: number): number {
  if (isDateline(tokens, i, seqEnd, block)) {
    c.type = 'LOC';
    if (tokenAt(tokens, seqEnd + 1)?.text === ',') return seqEnd + 2;
  } else if (i === regionAt && datelineRegion(tokens, i, seqEnd)) c.type = 'LOC';
  return regionAt;
}

/** A surname led by a lower-case particle: "van Dorsten", "de Souza", "bin Talal" (candidates from `from` on). */
function withLeadingParticles(tokens: Token[], candidates: Candidate[], from: number): void {
  for (let k = from; k < candidates.length; k++) {
    const c = candidates[k];
    if (c.role === null && c.type === null && leadingParticle(tokens, c.first) && (k === 0 || candidates[k - 1].last < c.first - 2)) {
      c.first--;
      // "van der Hoeven", "Van der Hoeven" opening a sentence, "de la Vega": a particle before the particle.
      if (firstOfPair(tokens, c.first) && (k === 0 || candidates[k - 1].last < c.first - 2)) c.first--;
    } else if (c.role === null && c.type === null && c.first === c.last && secondOfPair(tokens, c.first) && (k === 0 || candidates[k - 1].last < c.first - 3)) c.first -= 2; // "de la Vega"
  }
}

/**
 * An ordinary noun capitalised before its number ("Room 12", "Gate 4", "Ward 7"): a label, not a
 * name. Head words ("Highway 61") and words the lexicon also knows as names stay candidates.
 */
function numberedNoun(tokens: Token[], k: number): boolean {
  const n = tokenAt(tokens, k + 1);
  if (!n || n.kind !== 'number' || n.sentence !== tokens[k].sentence || !adjacent(tokens[k], n) || !/^\d/.test(n.text)) return false;
  const w = lexClass(lexOf(tokens[k]));
  return (w & W_COMMON_UNNAMED) !== 0 && (w & (W_HEAD | W_TITLE_MODIFIER | W_TITLE_HEAD)) === 0 && /^\p{Lu}\p{Ll}+$/u.test(tokens[k].text);
}

/**
 * `isShouting` of block `bi`, once per block: `seen` keeps the answers of a document by block index
 * (0 not yet asked, 1 yes, -1 no), read without the lookup a map keyed by the block cost.
 */
function isShoutingBlock(text: string, blocks: Block[], bi: number, seen: Int8Array): boolean {
  let loud = seen[bi];
  if (loud === 0) seen[bi] = loud = isShouting(text, blocks[bi]) ? 1 : -1;
  return loud > 0;
}

/** Whether the line at `start` opens with a dash and a space: "— Jonas Berg", "– Mira Olsen, Tarnby". */
function signOffLine(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  return (c === 0x2014 || c === 0x2013) && text.charCodeAt(start + 1) === 32;
}

/** A line where every word is capitalised: a headline, a heading, a line in capitals. */
function titleCaseLine(text: string, blocks: Block[], bi: number, shouting: Int8Array): boolean {
  const block = blocks[bi];
  return block.kind === 'headline' || block.kind === 'heading' || isShoutingBlock(text, blocks, bi, shouting);
}

interface TokenScan {
  /** 1 for a capitalised word (`capLike`). */
  cap: Uint8Array;
  /** The indices of the capitalised words, in order: loops that read only those visit no other token. */
  capAt: number[];
  /** `shapeCode` of a word starting with a lower-case ASCII letter, else 0. */
  lowerShape: Uint16Array;
  /** A match's score is in the document (`scoreStartsAt`). */
  score: boolean;
  /** The indices of the "." tokens, in order: where a website written in lower case can end its first label. */
  dotAt: number[];
  /** entity-pass-gates.ts: the rare passes the document's words let fire. */
  gates: number;
  /** A "&" token is in the document (joinCommaPartners). */
  ampersand: boolean;
  /** entity-lower-gates.ts: the passes the document's lower-case words let fire. */
  lowerGates: number;
}

// Tried (s17) and not kept: this stage's per-document typed arrays (cap, lowerShape, asked,
// lineTitle, shouting, withSurnamesAtStart's covered) as scratch arrays zeroed per document instead
// of allocated; writtenLower's shape table kept between documents as counts that stop hashing a
// shape once its words are seen (as 45 KB of Uint16 by whole code writtenLower rose 2.2 -> 3.6% of the
// profile; 4,096 buckets fixed that); splitRun's parts as pairs in one reused array; withSurnamesAtStart
// asking its set before the pattern; capLike's first-letter test for particles; resolveLocal's
// candEntity as a plain array, organisations' folds from foldOf, findByInitials' second-letter test.
// The profile's lines moved (those allocations showed as the costliest lines), but findEntities alone
// was ~1% faster (interleaved, 14 x 300 novel docs: 1.030 vs the base copy's 1.019), abi 0.982 vs the
// base copy's 0.987, scavenges per 1,500 docs 28-29 vs 29-30: below the noise, so not worth the code.
/**
 * One pass over a document's tokens: gives each its cached fields (token-fold.ts), and finds which
 * are capitalised words (`capLike`) and the shape code of those starting with a lower-case ASCII letter.
 * Later loops read these arrays instead of going back to every token.
 */
function scanTokens(tokens: Token[]): TokenScan {
  const cap = new Uint8Array(tokens.length);
  const lowerShape = new Uint16Array(tokens.length);
  const capAt: number[] = [], dotAt: number[] = [];
  let score = false, ampersand = false, gates = 0, lowerGates = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    prepareTokenCache(t); // first: every token gets its cached fields before any is filled
    if (t.kind !== 'word') {
      if (t.text === '.') dotAt.push(k);
      else if (t.text === '&') ampersand = true;
      else if (!score && t.kind === 'number') score = scoreStartsAt(tokens, k);
      continue;
    }
    // The passes' words open with a capital: read off the lexeme of each capitalised word (which the chunk trie looks up anyway).
    if (capLike(t)) { cap[k] = 1; capAt.push(k); gates |= lexemeGates(lexOf(t)); }
    const c = t.text.charCodeAt(0);
    if (c >= 97 && c <= 122) {
      const code = lowerShape[k] = shapeCode(t.text);
      const g = LOWER_SHAPE_GATES[code]; // most shapes have none: no lookup
      if (g !== 0 && (lowerGates & g) !== g) lowerGates |= lowerWordGates(t.text);
    }
  }
  return { cap, lowerShape, capAt, score, dotAt, gates, ampersand, lowerGates };
}

/**
 * The words the article writes in lower case, as far as they matter: only the folded forms of the
 * capitalised words marked in `ask` are ever looked up, so only those are kept (and of those only the
 * ones whose answer is read: see below; `nameMid` are the words seen alone mid-sentence). A table of the
 * shape codes of those forms passes over most lower-case words without hashing them.
 */
function writtenLower(tokens: Token[], capAt: readonly number[], ask: Uint8Array, lowerShape: Uint16Array, nameMid: ReadonlySet<string>): Set<string> {
  const asked = new Set<string>();
  const shapes = SHAPES;
  for (let i = 0; i < capAt.length; i++) { // `ask` marks capitalised words only
    const k = capAt[i];
    if (!ask[k]) continue;
    const t = tokens[k];
    const l = lower(t);
    // Function and date words and known names: splitRun never reads their lower-case use (and
    // firmFirstWords only that of plain words), so "The" does not make every "the" a lookup.
    if ((lexClass(lexOf(t)) & (W_PLAIN_CAPS | W_KNOWN_NAME)) !== 0 && !nameMid.has(l)) continue;
    asked.add(l);
    const c = l.charCodeAt(0);
    if (c >= 97 && c <= 122) {
      const code = shapeCode(l);
      if (!shapes[code]) { shapes[code] = 1; shapesSet.push(code); }
    }
  }
  const seen = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    if (!shapes[lowerShape[k]]) continue; // shapes[0] is never set: not a lower-case word
    const w = tokens[k].text;
    if (asked.has(w)) seen.add(w);
  }
  for (let i = 0; i < shapesSet.length; i++) shapes[shapesSet[i]] = 0;
  shapesSet.length = 0;
  return seen;
}

/**
 * `writtenLower`'s table of shape codes, kept between documents and cleared of the codes it set
 * (`shapesSet`): a new 22 KB table per document was zeroed and freed outside the heap each time.
 */
const SHAPES = new Uint8Array(SHAPE_CODES);
const shapesSet: number[] = [];

/** A surname with an Arabic article or kinship particle: "Al-Mansouri", "el-Sayed", "Abu-Haidar". */
const ARABIC_PARTICLE_SURNAME = /^(?:al|el|ash|as|ad|ar|an|at|az|ibn|bin|abu)[-‐]\p{Lu}\p{Ll}{2,}$/iu;

/** Lower-case particles that open a surname when no given name precedes it ("van Dorsten", "da Costa", "zu Selbach"). */
const LEADING_PARTICLES = new Set('van von zu de da di du der den ter ten bin ibn dos das della del'.split(' '));

/** A folded surname without the one or two particles leading it: "van dorsten", "van der hoeven", "de la vega". */
function particleSurname(f: string): string {
  const sp = f.indexOf(' ');
  if (sp < 0) return f;
  if (sp <= 4 && f.indexOf(' ', sp + 1) < 0 && KIN_FOLDED.has(f.slice(0, sp))) return f.slice(sp + 1); // "abu zaid"
  if (!LEADING_PARTICLES.has(f.slice(0, sp))) return f;
  const rest = f.slice(sp + 1), sp2 = rest.indexOf(' ');
  return sp2 > 0 && particlePair(f.slice(0, sp), rest.slice(0, sp2)) ? rest.slice(sp2 + 1) : rest;
}

/** The two words before i are a two-particle link whose second is no leading particle alone: "de la Vega". */
function secondOfPair(tokens: Token[], i: number): boolean {
  const p = tokenAt(tokens, i - 1);
  return !!p && p.kind === 'word' && p.text.length <= 3 && p.sentence === tokens[i].sentence && adjacent(p, tokens[i])
    && p.text.charCodeAt(0) >= 97 && !LEADING_PARTICLES.has(p.text) && firstOfPair(tokens, i - 1);
}

/** The token before the particle at i opens a two-particle link with it ("van" or a sentence's "Van" before "der"). */
function firstOfPair(tokens: Token[], i: number): boolean {
  const p = tokenAt(tokens, i - 1);
  return !!p && p.kind === 'word' && p.sentence === tokens[i].sentence && adjacent(p, tokens[i])
    && particlePair(lowerCase(p), tokens[i].text) && (p.text.charCodeAt(0) >= 97 || isSentenceStart(tokens, i - 1));
}

/** Capitalised kin words that open a two-word Arabic surname used alone ("Abu Zaid said", for "Karim Abu Zaid"). */
const KIN_SURNAME_OPENERS = new Set(['Abu', 'Abou', 'Bin', 'Ibn']);
const KIN_FOLDED = new Set(['abu', 'abou', 'bin', 'ibn']);

/** Leading particles that may open a sentence capitalised ("Van Dorsten said"); not "Ten", "Der", "Den". */
const CAPITAL_OPENERS = new Set('Van Von Zu De Da Di Du Del Della Dos Bin Ibn'.split(' '));

function leadingParticle(tokens: Token[], i: number): boolean {
  const p = tokenAt(tokens, i - 1);
  if (!p || p.kind !== 'word' || p.text.length > 5) return false;
  // Also capitalised opening a sentence: "De Souza said", "Van Dorsten was".
  if (!LEADING_PARTICLES.has(p.text) && !(CAPITAL_OPENERS.has(p.text) && isSentenceStart(tokens, i - 1))) return false;
  return p.sentence === tokens[i].sentence && adjacent(p, tokens[i]) && !allCaps(tokens[i]);
}

/**
 * A dateline: the capitalised place that opens a news paragraph, before a comma or a dash
 * ("OSTRAVA, Czech Republic —", "PORT ELLEN —").
 */
function isDateline(tokens: Token[], i: number, end: number, block: Block): boolean {
  if (tokens[i].start !== block.start) return false;
  const next = tokenAt(tokens, end + 1)?.text;
  if (next !== ',' && next !== '—' && next !== '–' && next !== '-' && !(next === '(' && creditThenDash(tokens, end + 1))) return false;
  let letters = 0;
  for (let k = i; k <= end; k++) {
    if (tokens[k].kind !== 'word') continue;
    if (!allCaps(tokens[k])) return false;
    letters += tokens[k].text.length;
  }
  return letters >= 4 && !lexicon.organizations.has(tokens.slice(i, end + 1).map(lower).join(' '));
}

/** An agency's credit in parentheses at `open`, closed and followed by a dash: "(Harbour Wire) -". */
function creditThenDash(tokens: Token[], open: number): boolean {
  for (let k = open + 1; k < open + 6; k++) {
    const t = tokenAt(tokens, k);
    if (t === undefined || t.sentence !== tokens[open].sentence) return false;
    if (t.text !== ')') continue;
    const d = tokenAt(tokens, k + 1)?.text;
    return d === '—' || d === '–' || d === '-';
  }
  return false;
}

/**
 * A dateline's town of several words is one place, whatever its words are elsewhere: "KESTREL BAY, Norland —",
 * "GREY FALLS —" (splitting the run had dropped an opening ordinary word at the sentence start). Only with a
 * region after its comma or a place's head word last, so an all-capital lead-in ("BREAKING NEWS —") is no town.
 */
function wholeDateline(tokens: Token[], i: number, end: number, block: Block): boolean {
  return (tokenAt(tokens, end + 1)?.text === ',' || LOC_HEADS.has(lower(tokens[end]))) && lower(tokens[i]) !== 'the' && isDateline(tokens, i, end, block);
}

/**
 * The region or country written after a dateline's town and its comma, from token i to end: closed by
 * the dateline's dash or a parenthesis ("BRENNIK, Valdoria —", "TAVIK, Morland (Reuters) –").
 */
function datelineRegion(tokens: Token[], i: number, end: number): boolean {
  let next = tokenAt(tokens, end + 1);
  // A state's abbreviation keeps its dot: "GREY FALLS, Mont. —".
  if (next?.text === '.' && next.start === tokens[end].end) next = tokenAt(tokens, end + 2);
  return next !== undefined && next.sentence === tokens[i].sentence && (next.text === '—' || next.text === '–' || next.text === '-' || next.text === '(');
}

/**
 * The rules' type for a chunk and how sure they are: `certain` (a gazetteer entry, a title before
 * the name, an unambiguous name pattern) is final; `strong` (a head word, a place or given-name
 * lexicon hit) is overridden only by a clear model margin; otherwise the rules only guessed.
 */
export interface RuleEvidence {
  type: EntityType;
  strong: boolean;
  certain?: boolean;
}

/** How the rules and the model are combined (the training script tries other values). */
export interface TypingOptions {
  /** A chunk is dropped as no name when the model prefers "O" by at least this margin. */
  dropMargin: number;
  /** Strong rule evidence (a lexicon entry, a head word) is overridden only by this margin. */
  overrideMargin: number;
  /** Class scores for a chunk's features; the shipped model by default, null for the rules alone. */
  score?: ((features: string[]) => number[]) | null;
}

export const TYPING: TypingOptions = { dropMargin: 4, overrideMargin: 8 };

/**
 * Types every candidate: the rules answer first (a title in front makes a PERSON, a single
 * nationality word a NORP), then the model, which sees the rules' answer among its features and
 * decides PERSON, ORG or LOC, or drops the chunk as no name (type null). Scores of chunks with the
 * same words are pooled, so one name gets one type in a document.
 */
export function typeCandidates(tokens: Token[], cands: Candidate[], opts: TypingOptions = TYPING): void {
  // Arrays grown from literals, not made by `map`: an empty array made by `map` has another
  // elements kind than a filled one, and the first document without candidates threw away the
  // optimised code of whatever read them next ("wrong map").
  const infos: ChunkInfo[] = [], keys: string[] = [], ev: RuleEvidence[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    const info = (c.info = chunkInfo(tokens, c));
    infos.push(info);
    keys.push(info.key);
    ev.push(c.type ? certain(c.type) : withContext((info.rules ??= ruleParts(tokens, c, info.key)), tokens, c));
  }
  // The shipped model sums its weights as the features come, without building their strings.
  const scorer = opts.score === undefined && hasModel() ? new FeatureScorer() : null;
  const score = opts.score === undefined ? null : opts.score;
  if (!score && !scorer) { cands.forEach((c, i) => (c.type = ev[i].type)); return; }
  const doc = documentContext(tokens, cands);
  // Initials of the longer names: an acronym that abbreviates one of them is a name too ("NWS").
  // Worked out only when a lone acronym asks.
  let abbreviated: Set<string> | undefined;
  const abbreviates = (acr: string): boolean => {
    if (!abbreviated) {
      abbreviated = new Set<string>();
      for (const c of cands) if (c.last > c.first) abbreviated.add(chunkInitials(tokens, c));
    }
    return abbreviated.has(acr);
  };
  const bodyPlaces = placesInBodyKeys(keys, isCommonWord);
  placesByAdjective(keys, ev, bodyPlaces);
  norpsBeforeStateNouns(tokens, cands, keys, ev);
  if (bodyPlaces) keys.forEach((k, i) => { if (bodyPlaces.has(k) && !ev[i].certain) ev[i] = { type: 'LOC', strong: true, certain: true }; });
  // One name, one type in a document: a chunk the rules are certain of (a gazetteer place, a
  // dateline) types the same words elsewhere ("WIDNES —" … "in Widnes").
  const certainType = new Map<string, EntityType>();
  const companyStems = new Set<string>();
  for (let i = 0; i < cands.length; i++) if (ev[i].certain && ev[i].type !== 'NORP' && !certainType.has(keys[i])) certainType.set(keys[i], ev[i].type);
  for (let i = 0; i < cands.length; i++) {
    if (!ev[i].strong || ev[i].type !== 'ORG') continue;
    // A company named with its legal form ("Pellam Inc.") is a company in its shorter forms too:
    // "Pellam", "Pellam Software".
    const sp = keys[i].lastIndexOf(' ');
    if (sp > 0 && LEGAL_FORMS.has(keys[i].slice(sp + 1))) {
      const stem = keys[i].slice(0, sp);
      const first = stem.split(' ')[0];
      for (const k of [stem, first]) if (!certainType.has(k)) certainType.set(k, 'ORG');
      companyStems.add(first);
    }
  }
  if (companyStems.size) {
    for (let i = 0; i < cands.length; i++) {
      const c = cands[i];
      if (ev[i].certain || ev[i].type === 'NORP' || c.last === c.first || certainType.has(keys[i])) continue;
      if (companyStems.has(lower(tokens[c.first])) && (ev[i].type !== 'PERSON' || !ev[i].strong)) certainType.set(keys[i], 'ORG');
    }
  }
  const pooled = new Map<string, { sum: number[]; n: number; mean?: number[] }>();
  const docStamp = ++documentsTyped;
  const inDoc: InDocSums[] = [];
  const beforeSums = new Map<DocEntry, number[]>();
  // Plain loops over the candidates, not a callback each: fewer functions for the JIT to compile
  // (and recompile when a later document takes a branch none took before).
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (ev[i].type === 'NORP' || ev[i].certain) continue; // the rules decide these
    if (certainType.size !== 0 && certainType.has(keys[i])) continue; // typed as the certain mention: its score is never read
    let s: number[];
    if (scorer) { s = scoreChunk(tokens, c, ev[i].type, doc, scorer, infos[i], docStamp, inDoc, beforeSums); }
    else s = score!(chunkFeatures(tokens, c, ev[i].type, doc));
    const p = pooled.get(keys[i]);
    if (!p) pooled.set(keys[i], { sum: s, n: 1, mean: undefined });
    else { p.n++; for (let k = 0; k < s.length; k++) p.sum[k] += s[k]; }
  }
  // A name the rules call a place from a place-only preposition ("near Tavik") and nowhere else give
  // strong evidence for stays a place in the whole document, whatever the pooled model prefers.
  let placeKeys: Set<string> | undefined, strongOther: Set<string> | undefined, brandKeys: Set<string> | undefined, goodsKeys: Set<string> | undefined;
  for (let i = 0; i < cands.length; i++) {
    const e = ev[i];
    if (e.certain || e.type === 'NORP') continue;
    if (cands[i].first === cands[i].last) {
      if (productBase(tokens, cands[i].first)) (brandKeys ??= new Set()).add(keys[i]);
      else if (brandBeforeGoods(tokens, cands[i].first)) (goodsKeys ??= new Set()).add(keys[i]);
    } else if (goodsLineName(tokens, cands[i])) (goodsKeys ??= new Set()).add(keys[i]);
    if (e.strong) { if (e.type !== 'LOC') (strongOther ??= new Set()).add(keys[i]); }
    else if (cands[i].role === null && ((placeShaped(infos[i].rules) && placeOnlyContext(tokens, cands[i].first, cands[i].last)) || townBeforeOffice(tokens, cands, i))) (placeKeys ??= new Set()).add(keys[i]);
  }
  // Not a word that ends a person's longer name in the document ("in Vell's view" after "Tomas Vell").
  if (placeKeys) {
    for (let i = 0; i < cands.length; i++) {
      const c = cands[i];
      if (c.last > c.first && (c.role !== null || ev[i].type === 'PERSON')) placeKeys.delete(lower(tokens[c.last]));
    }
  }
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (ev[i].type === 'NORP' || ev[i].certain) { c.type = ev[i].type; continue; }
    const sure = certainType.get(keys[i]);
    if (sure) { c.type = sure; continue; }
    const p = pooled.get(keys[i])!;
    // A one-word name before a noun for a place's people ("Velmar residents said") is kept for retypeTowns: at a
    // sentence start the model took the unknown word for an ordinary one and dropped it.
    const mean = (p.mean ??= meanOf(p.sum, p.n));
    c.type = decideType(mean, ev[i], ev[i].strong || c.acronymOf >= 0, opts);
    // The word tests of `keep` asked only where the model drops the chunk (1 candidate in 10 on novel news).
    if (c.type === null && ((c.first === c.last && allCaps(tokens[c.first]) && abbreviates(lower(tokens[c.first]).replace(/[^a-z]/g, '')))
      // The given-name test first: asked after a rarely true townPeopleAfter, its first run threw away typeCandidates' optimised code.
      || (c.first === c.last && c.role === null && !lexicon.firstNames.has(lower(tokens[c.first])) && townPeopleAfter(tokens, c.first))
      // A word no dictionary holds where only places stand ("Talvoria's parliament" opening a sentence): the model took it for an ordinary word.
      || (placeKeys !== undefined && c.first === c.last && placeKeys.has(keys[i]) && !isCommonToken(tokens[c.first])))) {
      c.type = decideType(mean, ev[i], true, opts);
    }
    if (c.type === null && c.first === c.last && theAcronym(tokens, c.first)) c.type = 'ORG';
    if (c.type !== null && c.type !== 'LOC' && placeKeys?.has(keys[i]) && !strongOther?.has(keys[i])) c.type = 'LOC';
    if ((c.type === 'PERSON' || c.type === 'LOC') && houseName(tokens, c)) c.type = 'ORG';
    else if (c.type === 'ORG' && c.role === null && !ev[i].strong && modelPerson(tokens, c)) c.type = 'PERSON';
    // "Zantor-based laptops" ... "Zantor said": what a product is built on is a brand or its maker, not a person.
    if (c.type === 'PERSON' && brandKeys?.has(keys[i]) && c.first === c.last && c.role === null && !ev[i].strong) c.type = 'ORG';
  }
  if (goodsKeys) goodsNamesTyped(tokens, cands, keys, ev, goodsKeys);
  const pairs = placePairs(tokens, cands, keys, (i) => ev[i].strong || !!ev[i].certain);
  if (pairs.length) retypePairs(tokens, cands, keys, ev, pairs);
  retypeCompanies(tokens, cands, keys, ev, placeKeys);
  retypeBuildingBodies(tokens, cands, keys, ev);
  retypeFirmNames(tokens, cands, keys, ev);
  retypeTowns(tokens, cands, keys, ev);
  retypePersons(tokens, cands, keys, ev, placeKeys);
  plainPairsNotPersons(tokens, cands, keys, (i) => !ev[i].strong && !ev[i].certain && cands[i].role === null,
    (k) => (lexClass(lexOf(tokens[k])) & W_COMMON_UNNAMED) !== 0 && !isKnownGivenName(tokens[k].text),
    (i) => cands[i].titleCase || isSentenceStart(tokens, cands[i].first));
}

/**
 * A one-word name the model typed PERSON that the document puts before a noun for a place's people
 * (`townPeopleAfter`: "Ostwick voters", "Brellin police") is a town in all its one-word PERSON mentions —
 * unless it is a given name, ends a longer person's name here ("Marta Ostwick"), is an organisation in
 * another mention, or the rules are sure of a person.
 */
function retypeTowns(tokens: Token[], cands: Candidate[], keys: readonly string[], ev: readonly RuleEvidence[]): void {
  const names = weakPersonsMarked(tokens, cands, keys, ev,
    (i) => cands[i].role === null && townPeopleAfter(tokens, cands[i].first) && !lexicon.firstNames.has(lower(tokens[cands[i].first])));
  if (!names) return;
  for (let i = 0; i < cands.length; i++) if (!endsLongerPerson(cands[i]) && (cands[i].type === 'ORG' || ((ev[i].certain || ev[i].strong) && ev[i].type === 'PERSON'))) names.delete(keys[i]);
  retypeWeakPersons(cands, keys, ev, names, 'LOC');
}

/**
 * The one-word names typed `from` on weak evidence of which one mention `marks`, less those that end a longer
 * person's name in the document; undefined when none. The caller drops the names its own mentions veto (in its
 * own loop: a veto closure passed in here deoptimised this function at each new caller, "wrong call target").
 */
function weakPersonsMarked(tokens: Token[], cands: Candidate[], keys: readonly string[], ev: readonly RuleEvidence[],
  marks: (i: number) => boolean, from: EntityType = 'PERSON'): Set<string> | undefined {
  let names: Set<string> | undefined;
  for (let i = 0; i < cands.length; i++) if (weakPerson(cands[i], ev[i], from) && marks(i)) (names ??= new Set()).add(keys[i]);
  if (!names) return undefined;
  for (let i = 0; i < cands.length; i++) if (endsLongerPerson(cands[i])) names.delete(lower(tokens[cands[i].last]));
  return names;
}

/** A person's name of several words (its last word cannot be a weak one-word name of another type). */
function endsLongerPerson(c: Candidate): boolean {
  // `type !== null` first (a test with no type feedback): a first null in the string compare threw this code away.
  return c.type !== null && c.type === 'PERSON' && c.last > c.first;
}

/** Every one-word mention typed `from` on weak evidence whose name is in `names` becomes `to`. */
function retypeWeakPersons(cands: Candidate[], keys: readonly string[], ev: readonly RuleEvidence[], names: ReadonlySet<string>, to: EntityType, from: EntityType = 'PERSON'): void {
  for (let i = 0; i < cands.length; i++) if (weakPerson(cands[i], ev[i], from) && names.has(keys[i])) cands[i].type = to;
}

/**
 * A name of two or more words typed PERSON on weak evidence that speaks of itself as "it" and ends in a building's
 * word ("Dunmere Hall said it would close the wing", entity-building-bodies.ts) is an organisation in all its mentions.
 */
function retypeBuildingBodies(tokens: Token[], cands: Candidate[], keys: readonly string[], ev: readonly RuleEvidence[]): void {
  let names: Set<string> | undefined;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (c.type === 'PERSON' && c.last > c.first && c.role === null && !ev[i].certain && buildingSaidIt(tokens, c.first, c.last)) (names ??= new Set()).add(keys[i]);
  }
  if (names) for (let i = 0; i < cands.length; i++) if (cands[i].type === 'PERSON' && cands[i].role === null && !ev[i].certain && names.has(keys[i])) cands[i].type = 'ORG';
}

/** A one-word name typed `from` on weak evidence. (A function, not a closure made per call: each new closure deoptimised retypeWeakPersons, "wrong call target".) */
function weakPerson(c: Candidate, e: RuleEvidence, from: EntityType): boolean {
  return c.type === from && c.first === c.last && !e.certain && !e.strong;
}

/**
 * A one-word name the model typed ORG or LOC that the document shows doing what only a person does
 * (`personAct`: "Valomius died") is a person in all its one-word mentions — a lone place cue ("successor
 * to Valomius") or an unusual shape must not outvote it — unless the rules are sure of another type
 * for one of them or a mention stands where only places do (`placeOnlyContext`: "homes in Brenmoor").
 */
function retypePersons(tokens: Token[], cands: Candidate[], keys: readonly string[], ev: readonly RuleEvidence[], placeKeys: ReadonlySet<string> | undefined): void {
  let persons: Set<string> | undefined;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if ((c.type === 'ORG' || c.type === 'LOC') && c.first === c.last && c.role === null && !ev[i].certain && !ev[i].strong && personAct(tokens, c.first)) (persons ??= new Set()).add(keys[i]);
  }
  if (!persons) return;
  for (let i = 0; i < cands.length; i++) if ((ev[i].certain || ev[i].strong) && ev[i].type !== 'PERSON') persons.delete(keys[i]);
  // A name that also stands where only places do ("homes in Brenmoor", "the mayor of Brenmoor") is a town that mourns.
  if (placeKeys) for (const k of placeKeys) persons.delete(k);
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if ((c.type === 'ORG' || c.type === 'LOC') && c.first === c.last && persons.has(keys[i])) c.type = 'PERSON';
  }
}

/**
 * A one-word name in a "Town, Region" pair is a place in all its one-word PERSON or ORG mentions, unless it
 * ends a longer person's name in the document or the rules are sure of a person there.
 */
function retypePairs(tokens: Token[], cands: Candidate[], keys: readonly string[], ev: readonly RuleEvidence[], pairs: readonly number[]): void {
  const places = new Set<string>();
  for (const i of pairs) places.add(keys[i]);
  for (const c of cands) if (c.last > c.first && c.type === 'PERSON') places.delete(lower(tokens[c.last]));
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if ((c.type === 'PERSON' || c.type === 'ORG') && c.first === c.last && c.role === null && places.has(keys[i]) && !ev[i].strong && !ev[i].certain) c.type = 'LOC';
  }
  for (const i of pairs) if (places.has(keys[i])) cands[i].type = 'LOC';
}

/**
 * A one-word name the model typed PERSON that the document uses as a company somewhere
 * (`companyUse`) is a company in all its mentions — unless it ends a longer person's name here or
 * the rules are sure it is a person.
 */
function retypeCompanies(tokens: Token[], cands: Candidate[], keys: readonly string[], ev: readonly RuleEvidence[], placeKeys: ReadonlySet<string> | undefined): void {
  const marks = (i: number) => companyUse(tokens, cands[i].first);
  const short = firmShortNames(tokens, cands); // "Vantor" where the article names "the Vantor Motor Company"
  const firms = weakPersonsMarked(tokens, cands, keys, ev, short ? (i) => marks(i) || short.has(keys[i]) : marks);
  if (firms) retypeWeakPersons(cands, keys, ev, firms, 'ORG');
  // The model's place for an unknown word after "at" or "in" ("analysts at Korvex", "shares in Korvex"): a
  // company too, unless one mention stands where only places do or the rules are sure of a place.
  const places = weakPersonsMarked(tokens, cands, keys, ev, marks, 'LOC');
  if (!places) return;
  for (let i = 0; i < cands.length; i++) {
    if (!endsLongerPerson(cands[i]) && (placeKeys?.has(keys[i]) === true || ((ev[i].certain || ev[i].strong) && ev[i].type === 'LOC') || cands[i].type === 'PERSON')) places.delete(keys[i]);
  }
  retypeWeakPersons(cands, keys, ev, places, 'ORG', 'LOC');
  // Tried (s15): a one-word mention that acts as a firm ("Korvex recalled 40,000 cars") typed ORG and kept from the
  // surname join even when it ends a person's full name here ("Anton Korvex"). Not safe: news writes a chief's
  // surname for the firm's acts just as often ("Ada Tolland took over the firm. Tolland recalled 9,000 cars"), and
  // the corpus join (join-keys.ts findSurname) reunites the two anyway. Dev and train eval were unchanged by it.
  // s16: when the firm is named in full ('the Tolland Motor Company') the local join prefers it (entity-family-firms.ts).
}

/** `sum` divided by `n`, in an array of doubles as the sums are (`zeros`): `decideType` sees one element kind. */
function meanOf(sum: readonly number[], n: number): number[] {
  const out = zeros(sum.length);
  for (let k = 0; k < sum.length; k++) out[k] = sum[k] / n;
  return out;
}

/**
 * `initials` of a chunk's tokens joined by spaces, token by token: the name's words split at white
 * space and hyphens never span two tokens, so the initials of the whole are those of each token in
 * turn. Plain ASCII tokens are read without `initials`' patterns.
 */
function chunkInitials(tokens: Token[], c: { first: number; last: number }): string {
  let out = '';
  for (let k = c.first; k <= c.last; k++) out += tokenInitials(tokens[k].text);
  return out;
}

function tokenInitials(w: string): string {
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128 || c === 32 || (c >= 9 && c <= 13)) return initials(w); // other letters, white space: the general rule
    if (c >= 65 && c <= 90 && (i === 0 || w.charCodeAt(i - 1) === 45)) out += String.fromCharCode(c + 32); // a capital after '-' or at the start
  }
  return out;
}

/**
 * What is worked out once per chunk text rather than per mention: its key (`chunkKey`), the part of
 * the rules that reads its own tokens only, the sums of its name features, and (per document, see
 * `docStamp`) those of its use in the document. Chunks recur within and across the articles of a
 * workspace; one lookup by their tokens' text replaces building the key, a dozen lexicon lookups
 * and the word features for every mention.
 */
interface ChunkInfo {
  key: string;
  rules?: RuleParts;
  /** The sums of `emitNameFeatures` (filled by the model's scorer on first use). */
  name?: { raw: number[]; words: NameWords | null };
  /**
   * The name's sums plus those of `emitNameInDocFeatures` for the document numbered `docStamp` are
   * that document's `InDocSums` at `docSlot`. The info is long-lived (old space); holding the
   * per-document sums itself would make the collector promote them and every object they reach,
   * while two small integers cost it nothing.
   */
  docStamp: number;
  docSlot: number;
  /** The name of a mention spaced by single spaces (`resolveLocal`): the gaps are part of the info's key. */
  surface?: string;
  /** `entityKey` of `surface` as a person's name and as any other's. */
  personKey?: string;
  otherKey?: string;
  /** The country the words name by an alias ("UK"), null for none. */
  alias?: string | null;
  /** `fold(surface)`, and `nameKey` of it (`resolveLocal`'s second pass). */
  folded?: string;
  foldedKey?: string;
}

/** A chunk's name sums plus those of its use in one document (`ChunkInfo.docSlot`). */
interface InDocSums { raw: number[]; words: ChunkWords | null }

/** Chunk infos by the chunk's tokens (chunk-trie.ts), across documents. Bounded: emptied when full. */
const chunkInfos = new ChunkTrie<ChunkInfo>(50000);
/** Numbers the documents typed, so a chunk's per-document sums are known to be this document's. */
let documentsTyped = 0;

function chunkInfo(tokens: Token[], c: Candidate): ChunkInfo {
  return chunkInfos.get(tokens, c.first, c.last, c.shouting === true, newChunkInfo);
}

// Tried (s14): V8 pretenures this literal's site (and those of `info.name`, `ruleParts`/`decided`,
// `emitNameFeatures`' words): these records are cached across documents, so old space is right for
// them. Made by `new` (never pretenured) they were copied by scavenges instead: promoted bytes over
// 3,000 cold-corpus docs 19.7 -> 35.6 MB, no CPU gain (coldab 8x3000 paired 0.989, range 0.90-1.13).
function newChunkInfo(tokens: readonly Token[], first: number, last: number): ChunkInfo {
  return {
    key: chunkKey(tokens, { first, last }), rules: undefined, name: undefined, docStamp: 0, docSlot: 0, surface: undefined, personKey: undefined,
    otherKey: undefined, alias: undefined, folded: undefined, foldedKey: undefined,
  };
}

/**
 * The model's scores of one chunk. A name recurs in a document, and its word features are the same
 * each time: their sum is taken once per name and only the context features are added per mention.
 */
function scoreChunk(tokens: Token[], c: Candidate, rule: EntityType, doc: DocContext, scorer: FeatureScorer, info: ChunkInfo, docStamp: number,
  inDoc: InDocSums[], before: Map<DocEntry, number[]>): number[] {
  let w: InDocSums;
  if (info.docStamp === docStamp) w = inDoc[info.docSlot];
  else {
    if (!info.name) {
      const words = scoreNameFeatures(tokens, c, scorer, info.key); // the scorer holds no other feature yet
      info.name = { raw: scorer.takeRaw(), words };
    }
    scorer.addRaw(info.name.raw);
    const words = info.name.words && emitNameInDocFeatures(info.name.words, doc, scorer);
    w = { raw: scorer.takeRaw(), words };
    info.docStamp = docStamp;
    info.docSlot = inDoc.length;
    inDoc.push(w);
  }
  scorer.addRaw(w.raw);
  scoreContext(tokens, c, rule, w.words, scorer, before);
  return scorer.take();
}

/** Whitespace other than single plain spaces: a tab, a line end, two spaces in a row. */
const ODD_SPACE = /[^\S ]| {2}/;

/** Runs of whitespace as one space (`replace(/\s+/g, ' ')`), without building a new string when there are none. */
function singleSpaced(s: string): string {
  return ODD_SPACE.test(s) ? s.replace(/\s+/g, ' ') : s;
}

/** The folded words of a chunk joined by spaces, punctuation left out: how a name is pooled and looked up. */
export function chunkKey(tokens: readonly Token[], c: { first: number; last: number }): string {
  let key: string | undefined;
  for (let k = c.first; k <= c.last; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') continue;
    key = key === undefined ? lower(t) : key + ' ' + lower(t);
  }
  return key ?? '';
}

/**
 * Endings that make a nationality adjective of a place name ("Norway" → "Norwegian" aside; "-ic" as in
 * "Dravland" → "Dravlandic"), and of its people in the plural ("Corvania" → "Corvanians", "Beltra" → "Beltrans"; not
 * "-is": "the younger Bernoullis" is a family).
 */
const ADJECTIVE_ENDINGS = ['n', 'an', 'ian', 'ese', 'i', 'ish', 'ic', 'ns', 'ans', 'ians'];

/**
 * A one-word name and its nationality adjective in one document ("Corvania" … "Corvanian
 * troops"; "Beltra" … "Beltran officials"): the name is a place and the adjective a NORP, whatever
 * the lexicon and the model know of either. Updates `ev` in place.
 */
export function placesByAdjective(keys: readonly string[], ev: RuleEvidence[], bodyPlaces: ReadonlySet<string> | null = null): void {
  const single = new Set<string>();
  for (const k of keys) if (k.length >= 4 && !single.has(k) && isLowerWord(k)) single.add(k);
  // Countries named only inside a body's name ("Bank of Dalvenia") give stems as the one-word names do.
  const named = bodyPlaces ? new Set([...single, ...bodyPlaces]) : single;
  if (named.size < 2 || !single.size) return;
  // A name's stems: itself, and without a final vowel ("Corvania" → "Corvani"). An adjective is a
  // stem plus an ending, so each word ending like an adjective looks its stem up: in `named` for the
  // name itself, in `cut` for a name less its vowel (only those stems are kept: no map of every
  // name's stems and no list per stem, ~70% of the names ending in no vowel).
  let cut: Set<string> | null = null;
  for (const x of named) if (VOWEL_END.includes(x.charCodeAt(x.length - 1))) (cut ??= new Set()).add(x.slice(0, -1));
  const places = new Set<string>(), adjectives = new Set<string>();
  const found = (w: string, x: string) => {
    if (w !== x && named.has(x) && !lexicon.demonyms.has(x)) { places.add(x); adjectives.add(w); }
  };
  for (const w of single) {
    // Only the endings with the word's last letter (no `endsWith` of all ten for every word).
    const ends = ENDINGS_BY_LAST.get(w.charCodeAt(w.length - 1));
    if (ends === undefined) continue;
    for (const end of ends) {
      if (!w.endsWith(end)) continue;
      const stem = w.slice(0, -end.length);
      found(w, stem);
      if (cut !== null && cut.has(stem)) for (const v of VOWELS) found(w, stem + v);
    }
  }
  if (!places.size) return;
  keys.forEach((k, i) => {
    if (adjectives.has(k)) ev[i] = { type: 'NORP', strong: true, certain: true };
    else if (places.has(k) && !ev[i].certain) ev[i] = { type: 'LOC', strong: true, certain: true };
  });
}

/**
 * One-word names no list holds that stand as a nationality adjective before a state's noun in one of their
 * mentions ("the Ostrelian economy"): NORP in all their one-word mentions. Updates `ev` in place.
 */
function norpsBeforeStateNouns(tokens: Token[], cands: readonly Candidate[], keys: readonly string[], ev: RuleEvidence[]): void {
  let norps: Set<string> | undefined;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (c.first !== c.last || c.role !== null || ev[i].certain || !norpBeforeStateNoun(tokens, c.first, keys[i])) continue;
    const l = keys[i];
    if (LEXICON_NAMES.has(l) || isCommonWord(l)) continue;
    (norps ??= new Set()).add(l);
  }
  if (norps) for (let i = 0; i < cands.length; i++) if (cands[i].first === cands[i].last && !ev[i].certain && norps.has(keys[i])) ev[i] = { type: 'NORP', strong: true, certain: true };
}

/** The char codes of a, e, i, o, u, y: a name's last letter that may drop before an ending. */
const VOWEL_END: readonly number[] = [...'aeiouy'].map((ch) => ch.charCodeAt(0));
const VOWELS: readonly string[] = [...'aeiouy'];
/** ADJECTIVE_ENDINGS by the char code of their last letter. */
const ENDINGS_BY_LAST = new Map<number, string[]>();
for (const end of ADJECTIVE_ENDINGS) {
  const last = end.charCodeAt(end.length - 1);
  const list = ENDINGS_BY_LAST.get(last);
  if (list) list.push(end); else ENDINGS_BY_LAST.set(last, [end]);
}

/** Lower-case letters only (`/^\p{Ll}+$/u`), ASCII words answered without the Unicode regex. */
function isLowerWord(k: string): boolean {
  for (let i = 0; i < k.length; i++) {
    const c = k.charCodeAt(i);
    if (c >= 128) return /^\p{Ll}+$/u.test(k);
    if (c < 97 || c > 122) return false;
  }
  return k.length > 0;
}

/** The decision from pooled class scores: the best type, the rules' type when the model is not
 *  clearly better than strong rule evidence, or null for a confident "O". */
export function decideType(scores: number[], rule: RuleEvidence, keep: boolean, opts: TypingOptions = TYPING): EntityType | null {
  let best = -1, o = -Infinity, ruleK = -1;
  for (let k = 0; k < scores.length; k++) {
    if (MODEL_CLASSES[k] === 'O') { o = scores[k]; continue; }
    if (MODEL_CLASSES[k] === rule.type) ruleK = k;
    if (best < 0 || scores[k] > scores[best]) best = k;
  }
  if (rule.strong && ruleK >= 0 && scores[best] - scores[ruleK] < opts.overrideMargin) best = ruleK;
  if (!keep && o - scores[best] >= opts.dropMargin) return null;
  return MODEL_CLASSES[best] as EntityType;
}

/** A block written in capitals: more than 12 letters in its first 200 characters, none lower-case. */
function isShouting(text: string, block: Block): boolean {
  const end = Math.min(block.end, block.start + 200);
  let letters = 0;
  for (let i = block.start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false; // the common case: a lower-case ASCII letter
    if (c >= 65 && c <= 90) { letters++; continue; }
    if (c < 128) continue;
    const ch = text[i];
    if (ch.toLowerCase() !== ch) letters++;
    else if (ch.toUpperCase() !== ch) return false;
  }
  return letters > 12;
}

/** Extends a run of capitalised tokens over connectors ("Bank of England") and particles. */
/** Some words of the run (from i) up to "of" at k, "of" and one or two words after it form a name of the lexicon. */
function knownAcrossOf(tokens: Token[], i: number, k: number): boolean {
  let head = 'of';
  for (let st = k - 1; st >= i && st >= k - 3; st--) {
    head = lower(tokens[st]) + ' ' + head;
    let name = head;
    for (let j = k + 1; j <= k + 2 && j < tokens.length; j++) {
      name += ' ' + lower(tokens[j]);
      if (LEXICON_NAMES.has(name)) return true;
    }
  }
  return false;
}

/** Abbreviated honorifics and ranks written before a person's name with a dot ("Ms.", "Dr.", "Sgt."). */
const HONORIFIC_ABBREVIATIONS: ReadonlySet<string> = new Set('mr mrs ms mx dr prof mme mlle messrs rev gen sen gov rep capt lt sgt maj col cpl det supt smt'.split(' '));
/** Honorifics that may follow a title ("Minister Dr. K. R. Ostrow"); a rank's abbreviation may be followed by another ("Col. Inf."). */
const CIVIL_HONORIFICS: ReadonlySet<string> = new Set(['dr', 'prof', 'mr', 'mrs', 'ms']);

/** Abbreviations that open a place's or saint's name: "St. Adric", "Mt. Vessel". */
const NAME_OPENING_ABBREVIATIONS = new Map([['St', 'saint'], ['Ste', 'sainte'], ['Mt', 'mount'], ['Ft', 'fort']]);

/** `cap` marks the capitalised words (`capLike`). */
function extendRun(tokens: Token[], cap: Uint8Array, i: number): number {
  let last = i;
  let hasHead = isHead(tokens[i]);
  let honored = false;
  for (let k = i + 1; k < tokens.length && tokens[k].sentence === tokens[i].sentence; k++) {
    const t = tokens[k];
    if (cap[k] && adjacent(tokens[k - 1], t)) {
      // "..., Velmark On Saturday, reporters ...": a dateline run into its sentence's opening "On"/"In" and a date.
      if (t.text.length === 2 && (t.text === 'On' || t.text === 'In') && dateWord(tokens[k + 1])) break;
      last = k; hasHead ||= isHead(t); continue;
    }
    // A website named by its domain: "Korvel.com", "Harbour-Watch.org" (no space on either side of the dot).
    if (t.text === '.' && webDomainAt(tokens, k)) { last = k + 1; break; }
    const l = lowerCase(t);
    const next = tokens[k + 1];
    if (!next || next.sentence !== t.sentence || !cap[k + 1]) {
      // "President of the Republic", "Bank of the North": of/for, "the", then a capitalised word, right
      // after a head word ("Dr Jane Roe of the Tidewater Institute" stays two names).
      const after = tokens[k + 2];
      if ((l === 'of' || l === 'for') && next?.text === 'the' && after && after.sentence === t.sentence && cap[k + 2]
        && (isHead(tokens[k - 1]) || l === 'of' && tokens[k - 1].text === 'Order' && awardHeadAt(tokens, k - 1, i))) { last = k + 1; k++; continue; }
      // Two particles before a surname: "Pieter van der Hoeven", "Lucía de la Vega" (entity-particle-pairs.ts).
      if (next && after && cap[k + 2] && after.sentence === t.sentence && particlePair(l, next.text)) { last = k + 1; k++; continue; }
      break;
    }
    const particle = NAME_PARTICLES.has(l);
    if (particle && !NAME_CONNECTORS.has(l)) { last = k; continue; }
    if (lusophoneLink(tokens, cap, k)) { last = k; continue; } // "Vila Nova do Sertão", "Souza e Castro" (entity-lusophone-links.ts)
    // A middle initial: "Marta J. Lindqvist"; or a first one opening the run: "the teacher N. Vessova" (entity-initial-names.ts).
    if (l === '.' && /^\p{Lu}$/u.test(tokens[k - 1].text) && adjacent(tokens[k - 1], t) && (k - 1 > i || leadingInitial(tokens, i))) { last = k; continue; }
    // "St. Adric", "Mt. Vessel", "Ft. Carrow": a saint's, mount's or fort's abbreviation opens the name (a street
    // abbreviation closes one, "Elm St.", so only the run's first word counts).
    // Also after a connector inside a run ("Icon of St. Adric"): the dot would otherwise end the run at "St".
    if (l === '.' && NAME_OPENING_ABBREVIATIONS.has(tokens[k - 1].text) && t.start === tokens[k - 1].end
      && (k - 1 === i || lowerCase(tokens[k - 2]) === tokens[k - 2].text)) { last = k; hasHead = false; continue; }
    // "Ms. Fairweather", "Dr. Lantern": an honorific's dot does not end the run, so the title is split off the name
    // (stripTitle) and a surname that is also an ordinary word stays a person's name.
    // Also after a title ("Minister Dr. K. R. Ostrow"), which stripTitle then splits off.
    if (l === '.' && t.start === tokens[k - 1].end && tokens[k - 1].text.length <= 4 && HONORIFIC_ABBREVIATIONS.has(lower(tokens[k - 1]))
      && (k - 1 === i || (CIVIL_HONORIFICS.has(lower(tokens[k - 1])) && isTitleHead(lower(tokens[k - 2]))))) { last = k; hasHead = false; honored = true; continue; }
    // A person's name after "Mr." takes no connector: "Mr. Park and Dr. Hall" are two people.
    if (honored && !particle) break; // no second lookup: its first run threw away extendRun's optimised code
    // "the Corps of Surveyors on May 2", "the Board on Monday": "on" before a date ends the name.
    if (l === 'on' && dateWord(next)) break;
    // "Rhea Solberg on Morning Ledger": a person's name (a given name first, no head) before "on" and a programme is two names.
    if (l === 'on' && !hasHead && isKnownGivenName(tokens[i].text)) break;
    // "the Golden Wok on Mill Street": a business before "on" and a street is two names (entity-streets.ts).
    if (l === 'on' && streetFrom(tokens, k + 1)) break;
    if ((l === 'of' || l === 'for' || l === 'on') && (hasHead || isHead(next) || orgTail(tokens, k + 1))) { last = k; continue; }
    // "the Kellberg Prize for Education", "the Medal of Honour": an award's name goes on past "for"/"of" and a field's
    // ordinary word (not "the Tessel Trophy for Velby": a winner) (entity-award-names.ts).
    // An order's name is its own after "of": "the Order of Velby".
    if ((l === 'of' || l === 'for') && awardHeadAt(tokens, k - 1, i) && (isCommonToken(next) || l === 'of' && tokens[k - 1].text === 'Order')) { last = k; continue; }
    // A place or organisation the lexicon knows whole across "of" ("United States of America").
    if (l === 'of' && knownAcrossOf(tokens, i, k)) { last = k; continue; }
    // "the House of Delegates", "Kelmar House of Assembly": a chamber's "House" before "of" and a capitalised word.
    if (l === 'of' && cap[k + 1] && lowerCase(tokens[k - 1]) === 'house') { last = k; continue; }
    if ((l === 'the' || l === 'de' || l === 'la' || l === 'du' || l === 'del') && lowerCase(tokens[k - 1]) !== 'the' && (l !== 'the' || /^(of|for)$/i.test(tokens[k - 1].text))) { last = k; continue; }
    // "the Ministry of Economy, Trade and Industry": a government body's list of portfolios (entity-portfolio-lists.ts)
    if (hasHead && (l === ',' || l === 'and')) {
      const e = portfolioListEnd(tokens, cap, i, k);
      if (e > 0) { last = e; break; }
    }
    if (l === 'and' && hasHead && orgTail(tokens, k + 1) && !namedBeforeAnd(tokens, cap, i, k) && !titledPeopleAcrossAnd(tokens, cap, i, k)) { last = k; continue; }
    if (l === 'and' && k === i + 1 && emergencyBodyAt(tokens, i)) { last = k; continue; } // "Fire and Emergency Tarnby"
    // "Korvan Land and River Alliance", "Health and Safety Council": an ordinary word, "and", and one
    // or two capitalised words ending in an organisation's head are one name.
    if (l === 'and' && !hasHead && isCommonToken(tokens[k - 1]) && !isKnownName(lower(tokens[k - 1])) && shortOrgTail(tokens, cap, k + 1)) { last = k; continue; }
    // "Union of Road and Rail Workers", "Federation of Bakers and Allied Workers": after a head and "of", a plain
    // word, "and", and capitalised words ending in the members' plural noun are one name.
    if (l === 'and' && hasHead && isCommonToken(tokens[k - 1]) && !isKnownName(lower(tokens[k - 1])) && memberTailAfterAnd(tokens, cap, i, k)) { last = k; continue; }
    // "Ministry of Trade and Industry", "Agency for Mobilisation and Statistics": a head, "of"/"for" and plain words on both sides of "and".
    if (l === 'and' && hasHead && fieldsAcrossAnd(tokens, cap, i, k)) { last = k; continue; }
    if ((t.text === '’s' || t.text === "'s") && ORG_HEADS.has(lower(next)) && hasCapBefore(tokens, i, k)) { last = k; continue; }
    // A plural possessive inside an organisation's name: "Dock Workers’ Union", "Farmers' Alliance".
    if ((t.text === '’' || t.text === "'") && adjacent(tokens[k - 1], t) && /s$/.test(tokens[k - 1].text) && hasCapBefore(tokens, i, k) && orgTail(tokens, k + 1)) { last = k; continue; }
    // "Save the Harbour", "Meet the Press": a capitalised ordinary word mid-sentence, then "the" and a name.
    if (l === 'the' && k === i + 1 && (!isSentenceStart(tokens, i) || plainNounName(next)) && capThenLower(tokens[i].text) && isCommonToken(tokens[i])
      && !FUNCTION_WORDS.has(lower(tokens[i])) && !MONTHS.has(lower(tokens[i])) && !WEEKDAYS.has(lower(tokens[i])) && !isTitleHead(lower(tokens[i]))
      && !TITLE_MODIFIERS.has(lower(tokens[i])) && !isHead(tokens[i]) && !isKnownName(lower(tokens[i]))) { last = k; continue; }
    if (t.text === '&' ) { last = k; continue; }
    break;
  }
  // Never end on a connector.
  while (last > i && !cap[last] && !webDomainAt(tokens, last - 1)) last--;
  return last;
}

/**
 * A whole organisation's or place's name before "and": two or more capitalised words, no connector, ending in an
 * organisation's or a place's head word ("Quorin Kitchen and Harbour Relief" are two bodies, "Fenwick River and
 * Carrow Bay" two places). One word before "and"
 * ("Research and Development Institute"), a name with "of"/"for" ("Centre for Research and …") or a
 * field of work after "and" is part of a longer name.
 */
function namedBeforeAnd(tokens: Token[], cap: Uint8Array, i: number, k: number): boolean {
  // "Velmar Research and Development Institute": a field of work after "and" pairs with the one before.
  // A sentence's opening "The" is no word of the name ("The Futures and Options Commission").
  if (tokens[i].text === 'The') i++;
  if (k - i < 2 || fieldWord(tokens[k + 1])) return false;
  // "Fenwick River and Carrow Bay": a whole place's name before "and" is one too, unless an organisation's
  // head ends the words after it ("Oskavo River and Forest League").
  if (!ORG_HEADS.has(lower(tokens[k - 1])) && !(LOC_HEADS.has(lower(tokens[k - 1])) && !orgHeadEnds(tokens, cap, k + 1))) return false;
  // ("Civic and Municipal Workers Union and Orlby Council": an "and" inside the first name keeps it whole; an "of" does
  // not: "Office of Budget and Planning" is one name)
  for (let j = i; j < k; j++) if (!cap[j] && !(j > i && lowerCase(tokens[j]) === 'and')) return false;
  return true;
}

/** Plural nouns for the members a union or professional body is named after ("… and Allied Workers"). */
const MEMBER_PLURALS: ReadonlySet<string> = new Set(('workers employees staff officers engineers teachers lecturers nurses drivers '
  + 'technicians clerks writers artists journalists professionals managers midwives operatives seafarers dockers '
  // A trade body's members: "Society of Vehicle Importers and Makers", "Guild of Grain Merchants and Millers".
  + 'makers manufacturers importers exporters dealers traders retailers producers growers distributors suppliers '
  + 'builders merchants millers brewers publishers contractors operators agents').split(' '));

/**
 * Whether the run from i holds a head word then "of" before the "and" at k, and one to three capitalised words
 * after "and" end in a members' plural noun, with no capitalised word after it ("Union of Road and Rail Workers").
 */
function memberTailAfterAnd(tokens: Token[], cap: Uint8Array, i: number, k: number): boolean {
  let of = -1;
  for (let j = i + 1; j < k; j++) if (lowerCase(tokens[j]) === 'of' && isHead(tokens[j - 1])) { of = j; break; }
  if (of < 0 || of > k - 2) return false;
  for (let j = k + 1; j <= k + 3 && j < tokens.length && cap[j] && tokens[j].sentence === tokens[k].sentence; j++) {
    if (MEMBER_PLURALS.has(lower(tokens[j]))) return !(cap[j + 1] && tokens[j + 1]?.sentence === tokens[j].sentence);
  }
  return false;
}

/**
 * Whether the run from i holds a head word and "of"/"for" before the "and" at k with one to three plain capitalised words
 * between (a field: "Trade", "Public Mobilisation"), and one or two plain capitalised words after "and" end the name
 * ("Ministry of Trade and Industry", "Department of Agriculture and Fisheries", "Central Agency for Public Mobilisation and
 * Statistics"): one body. A name after "and" ("the Ministry of Finance and Tarnby") is another; after a title's field ("Minister
 * of Equipment and Water Nizar Benkirane") the person's name may follow.
 */
function fieldsAcrossAnd(tokens: Token[], cap: Uint8Array, i: number, k: number): boolean {
  let of = -1;
  for (let j = k - 1; j > i && j >= k - 4; j--) {
    const w = lowerCase(tokens[j]);
    if (w === 'of' || w === 'for') { of = j; break; }
  }
  if (of < 0 || of > k - 2 || !isHead(tokens[of - 1])) return false;
  for (let j = of + 1; j < k; j++) if (!cap[j] || !fieldName(tokens[j])) return false;
  const s = tokens[k].sentence;
  let j = k + 1;
  if (!cap[j] || tokens[j].sentence !== s || !fieldName(tokens[j]) || !adjacent(tokens[k], tokens[j])) return false;
  if (cap[j + 1] && tokens[j + 1].sentence === s && fieldName(tokens[j + 1])) j++;
  const after = tokens[j + 1];
  return !(after !== undefined && cap[j + 1] && after.sentence === s) || isTitleHead(lower(tokens[of - 1]));
}

/** An ordinary word, no known name and no title's head, that may name a body's field ("Energy", "Infrastructure", "Social"). */
function fieldName(t: Token): boolean {
  return t.kind === 'word' && isCommonToken(t) && !isKnownName(lower(t)) && !isTitleHead(lower(t));
}

/** Whether the capitalised words from j on end in an organisation's head word. */
function orgHeadEnds(tokens: Token[], cap: Uint8Array, j: number): boolean {
  while (j + 1 < tokens.length && cap[j + 1] && tokens[j + 1].sentence === tokens[j].sentence) j++;
  return ORG_HEADS.has(lower(tokens[j]));
}

/** A capitalised ordinary noun that is no title, place head or known name ("Harbour", "Press"). */
function plainNounName(t: Token): boolean {
  const l = lower(t);
  return capThenLower(t.text) && isCommonToken(t) && !LOC_HEADS.has(l) && !isTitleHead(l) && !TITLE_MODIFIERS.has(l) && !isKnownName(l) && !FUNCTION_WORDS.has(l);
}

function hasCapBefore(tokens: Token[], i: number, k: number): boolean {
  return k - i >= 1 && capLike(tokens[k - 1]);
}

/** Do the capitalised words starting at k end in an organisation or place head word? */
function orgTail(tokens: Token[], k: number): boolean {
  for (let j = k; j < tokens.length && j < k + 5 && capLike(tokens[j]); j++) if (isHead(tokens[j])) return true;
  return false;
}

/** One or two capitalised words from `k`, the last an organisation's head word (of three, the first not). */
function shortOrgTail(tokens: Token[], cap: Uint8Array, k: number): boolean {
  if (!cap[k]) return false;
  // "Banking and Insurance Commission": a head word may open the tail when the head that ends it follows.
  if (k + 1 < tokens.length && !!cap[k + 1] && adjacent(tokens[k], tokens[k + 1]) && ORG_HEADS.has(lower(tokens[k + 1]))) return true;
  if (ORG_HEADS.has(lower(tokens[k]))) return false;
  if (pluralPossessiveHead(tokens, cap, k)) return true;
  return k + 2 < tokens.length && !!cap[k + 1] && !!cap[k + 2] && adjacent(tokens[k], tokens[k + 1]) && adjacent(tokens[k + 1], tokens[k + 2])
    && !ORG_HEADS.has(lower(tokens[k + 1])) && ORG_HEADS.has(lower(tokens[k + 2]));
}

/**
 * "Dock Workers' Union", "Farmers’ Alliance" after "and": one or two capitalised words, the last a plural glued to
 * an apostrophe, then an organisation's head word ("Transport and Dock Workers' Union" is one name).
 */
function pluralPossessiveHead(tokens: Token[], cap: Uint8Array, k: number): boolean {
  let j = k;
  if (j + 1 < tokens.length && cap[j + 1] && adjacent(tokens[j], tokens[j + 1]) && !ORG_HEADS.has(lower(tokens[j + 1]))) j++;
  const mark = tokens[j + 1], head = tokens[j + 2];
  return head !== undefined && (mark.text === "'" || mark.text === '’') && mark.start === tokens[j].end && tokens[j].text.endsWith('s')
    && adjacent(mark, head) && ORG_HEADS.has(lower(head));
}

/** An organisation, place or title head word (word-class.ts). */
function isHead(t: Token): boolean {
  return (lexClass(lexOf(t)) & W_HEAD) !== 0;
}

/**
 * Two tokens of a name: separated by one space, or by the line end of a hard-wrapped paragraph
 * (CRLF, a trailing space). Tokens in a run are consecutive, so the gap is only ever whitespace.
 */
function adjacent(a: Token, b: Token): boolean {
  return b.start - a.end <= 3;
}

/**
 * splitRun's parts as (first, last) token index pairs, flat; valid until its next call. One array of
 * small integers reused, not a pair array per part and a list of them each call (s22: ~11 KB a document).
 */
const RUN_PARTS: number[] = [];

/** Adds the part (first, last) after the first `parts` entries of RUN_PARTS; the new count. */
function addPart(parts: number, first: number, last: number): number {
  RUN_PARTS[parts] = first;
  RUN_PARTS[parts + 1] = last;
  return parts + 2;
}

/**
 * Splits a run at words that cannot be part of a name (sentence-initial "The", months, headline verbs):
 * the parts are in RUN_PARTS[0 .. returned count).
 */
function splitRun(tokens: Token[], cap: Uint8Array, a: number, b: number, titleCase: boolean, shouting = false, seenLower: ReadonlySet<string> = new Set(),
  seenNameMid: ReadonlySet<string> = new Set(), isFirmFirst: ((l: string) => boolean) | null = null, seenPairMid: ReadonlySet<string> | null = null): number {
  const out = RUN_PARTS;
  let parts = 0;
  const flight = flightLabelWords(tokens, b); // "Air Ostland Flight 212": the airline alone; "Flight KV 212": nothing
  if (flight === 2 && b - 2 < a) return 0;
  if (flight === 2 || (flight === 1 && b > a)) b -= flight;
  if (b > a) {
    b = beforeModelCode(tokens, a, b); // "the Korvane K-340": the maker alone
  }
  const known = titleCase ? knownNames(tokens, a, b) : null;
  // Whether the run ends as a masthead can (`mastheadEnds`): asked once per run, not per capitalised word.
  const mast = mastheadEnds(tokens, b);
  let s = -1;
  let keepTo = -1;
  for (let k = a; k <= b; k++) {
    const t = tokens[k];
    const l = lower(t);
    const w = lexClass(lexOf(t));
    const atStart = k === a && isSentenceStart(tokens, k);
    let drop = false;
    if (mast && k > keepTo && cap[k] && mastheadAt(tokens, k, a, b)) keepTo = b;
    if (k > keepTo && atStart && !titleCase && cap[k]) keepTo = k + knownNameAt(tokens, k, b) - 1;
    // A pair the article writes mid-sentence ("shares of Silver Lantern fell"), at a sentence start or in a headline: kept whole.
    if (seenPairMid !== null && k > keepTo && k < b && (atStart || titleCase) && cap[k] && seenPairMid.has(pairKey(tokens, k))) keepTo = k + 1;
    if (k <= keepTo) drop = false; // a publication's name of ordinary words, a known name at a sentence start: kept whole
    else if (known?.has(k)) {
      // Part of a known multi-word name in a title-case line ("New Zealand", "Saudi Arabia"): kept,
      // and cut off from ordinary headline words around it.
      const startsName = known.get(k)!;
      if (startsName && s >= 0 && !known.has(k - 1)) { parts = addPart(parts, s, k - 1); s = -1; }
      if (k < b && !known.has(k + 1) && !isHead(tokens[k + 1])) {
        parts = addPart(parts, s >= 0 ? s : k, k); // "PORTUGAL SEAWALL": the place, then headline words
        s = -1;
        continue;
      }
    } else if (w & W_DATE) drop = !(l === 'may' && !atStart && k > a) && !(!titleCase && monthGivenName(tokens, k, b));
    else if (titleCase && !shouting && cap[k] && pronounLike(t)) drop = !(s < 0 && headlineOpeningHead(tokens, k, b)); // "Air Ostland Cuts Routes"
    // stripTitle decides; in a title-case line only a modifier before a title word may open a part
    // ("Fire Chief …", not "Fire Tears Through …"; "Secretary of State …" goes on).
    else if ((w & W_TITLE_HEAD) || ((w & W_TITLE_MODIFIER) && k < b && !(w & W_FUNCTION) && (!titleCase || s >= 0 || titleWordAt(tokens, k + 1)))) drop = false;
    else if (cap[k] && (atStart || titleCase) && ((isCommonCap(t, w, shouting) && !seenNameMid.has(l)) || (seenLower.has(l) && !(w & W_KNOWN_NAME) && (shouting || !allCaps(t))))
      && !(!titleCase && (givenNameFollows(tokens, k, b) || (atStart && (wordGivenNameOpens(tokens, k, b) || willGivenName(tokens, k, b, true)))))) {
      // In title-case lines every ordinary word is capitalised: keep it only inside a known name shape
      // (an organisation's or place's head word, or a club's last word: "Harlow United Stun Leaders").
      // At a sentence start, an ordinary word before an organisation's head word is part of the
      // name ("Coastal Lifeboat Alliance").
      drop = titleCase ? !(s >= 0 && ((w & W_ORG_HEAD) !== 0 || LOC_HEADS.has(l) || CLUB_TAILS.has(l))) && !(s < 0 && headlineOpeningHead(tokens, k, b))
          && !(k === a && atStart && w === W_COMMON_UNNAMED && teamAtSentenceStart(tokens, k, l)) // "Kestrel slip to third", "Kestrel Go Top"
        : !(b > k && !FUNCTION_WORDS.has(l) && ((ORG_HEADS.has(lower(tokens[b])) && cap[k + 1]) || tokens[k + 1].text === 'the' || openingWordKept(tokens, k, b) || (b === k + 1 && cap[b] && firmTailAt(tokens, k, b))))
          // Both hold plain ordinary words only (class W_COMMON_UNNAMED): "The" or "But" alone does not work out the firms' first words.
          && !(k === b && atStart && w === W_COMMON_UNNAMED && (firmAtSentenceStart(tokens, k, l, w) || isFirmFirst?.(l) === true || teamAtSentenceStart(tokens, k, l))); // "Apex said it would hire 200 workers", "Lantern expects …", "Kestrel have lost"
    } else if ((k === a || k === b) && cap[k] && (w & W_FUNCTION) && !(k === b && s >= 0 && !titleCase && BROADCAST_TAILS.has(l))
      && !(k < b && t.text.length === 1 && tokens[k + 1].text === '.') // "A. Strand": extendRun took it as a first initial
      && !(k === a && !titleCase && willGivenName(tokens, k, b, atStart))) drop = true;
    if (drop) {
      if (s >= 0) parts = addPart(parts, s, k - 1);
      s = -1;
    } else if (s >= 0 && k > s && (w & W_HEAD) && legalFormEnds(tokens, k, b)) {
      parts = addPart(parts, s, k); // "Norvane Motors LLC Karl Dremmer": the firm, then a person
      s = -1;
    } else if (s < 0) {
      if (cap[k]) s = k;
    }
  }
  if (s >= 0) parts = addPart(parts, s, b);
  // A part never ends on a connector.
  for (let p = 0; p < parts; p += 2) while (out[p + 1] > out[p] && !cap[out[p + 1]] && !webDomainAt(tokens, out[p + 1] - 1)) out[p + 1]--;
  return parts;
}

/** Last words of a publication's name made of ordinary words ("The Southern Ledger", "Harbour Wire"). */
const PUBLICATION_HEADS: ReadonlySet<string> = new Set(`ledger courier chronicle dispatch examiner sentinel inquirer bulletin
  mercury advertiser echo herald tribune gazette telegraph guardian journal times post news record wire today press
  review observer standard mirror express monitor`.split(/\s+/));
/** Function words that end a programme's or paper's name after capitalised words mid-sentence ("Harbour Today"). */
const BROADCAST_TAILS: ReadonlySet<string> = new Set(['today', 'tonight']);
const MASTHEAD_MARKS = new Set(['—', '–', '|', ':']);

/**
 * Words k..b of a run (one to three, all capitalised) end in a publication's head word and stand as
 * a masthead: the whole line's end or before a "|" or dash, after "The", a dash, a colon or a "|"
 * ("Published 7 May — The Southern Ledger", "Photo: Harbour Wire", "The Western Dispatch | 8 May").
 */
function mastheadAt(tokens: Token[], k: number, a: number, b: number): boolean {
  if (b - k > 2 || !mastheadEnds(tokens, b) || lower(tokens[k]) === 'the') return false;
  const after = b + 1 < tokens.length ? tokens[b + 1] : undefined;
  const closes = !!after && after.text === ')';
  const before = tokenAt(tokens, k - 1);
  if (!before || before.sentence !== tokens[k].sentence) return k > a ? false : !!after && after.text === '|';
  if (lower(before) === 'the' && k - 1 >= a - 1) return true;
  return k === a && (MASTHEAD_MARKS.has(before.text) || (closes && before.text === '('));
}

/** A run ending in word b may be a masthead's name: it ends where a masthead does and in a publication's head word (or before a dated "|"). */
function mastheadEnds(tokens: Token[], b: number): boolean {
  // Where the run ends first (property reads; the marks are one character each), then the word
  // lookups: most runs go on in their sentence and are no masthead.
  const after = b + 1 < tokens.length ? tokens[b + 1] : undefined;
  // "(Harbour Wire)" after a dateline: an agency's credit closed by its bracket.
  const closes = !!after && after.text === ')';
  const ends = closes || !after || after.sentence !== tokens[b].sentence || after.text.length === 1 && MASTHEAD_MARKS.has(after.text) && after.text !== ':';
  return ends && (PUBLICATION_HEADS.has(lower(tokens[b])) || datedAfterBar(tokens, b));
}

/** Whether token k opens its line's sentence, alone or after "The" (where a masthead's name starts). */
function lineOpens(tokens: Token[], k: number): boolean {
  const before = tokenAt(tokens, k - 1);
  if (!before || before.sentence !== tokens[k].sentence) return true;
  const earlier = tokenAt(tokens, k - 2);
  return before.text === 'The' && (!earlier || earlier.sentence !== before.sentence);
}

/** Whether a token is a month's or a weekday's name. */
function dateWord(t: Token | undefined): boolean {
  return t !== undefined && (MONTHS.has(lower(t)) || WEEKDAYS.has(lower(t)));
}

/** "… | Thursday 5 March 2026": a "|" after word b, then a weekday, a month or a day's number (a masthead's date). */
function datedAfterBar(tokens: Token[], b: number): boolean {
  const bar = tokenAt(tokens, b + 1), next = tokenAt(tokens, b + 2);
  return bar?.text === '|' && !!next && next.sentence === bar.sentence && ((lexClass(lexOf(next)) & W_DATE) !== 0 || /^\d{1,2}$/.test(next.text));
}

/**
 * A word followed by a romanised given name with a lower-case hyphenated syllable ("Park Ji-hoon",
 * "Lee Min-jung"): the word is a family name, even when it is also an English word.
 */
function givenNameFollows(tokens: Token[], k: number, b: number): boolean {
  if (k >= b) return false;
  const next = tokens[k + 1];
  // the hyphen first: almost no word has one, and the regex call costs more than the search (s29)
  return next.kind === 'word' && next.text.includes('-') && ROMANISED_GIVEN.test(next.text) && /^\p{Lu}\p{Ll}+$/u.test(tokens[k].text);
}

/**
 * Tokens of a run that form a place or a multi-word organisation of the lexicon, mapped to whether
 * the token starts that name. Used in title-case lines, where every ordinary word is capitalised too.
 */
function knownNames(tokens: Token[], a: number, b: number): Map<number, boolean> {
  const out = new Map<number, boolean>();
  const names: string[] = [];
  for (let k = a; k <= b; k++) {
    // The names of 1 to 4 words from k, built up word by word, then tried longest first (only the
    // word itself when it opens no name of several words the lexicon knows).
    const max = opensKnownLongName(lower(tokens[k])) ? Math.min(4, b - k + 1) : 1;
    for (let n = 1; n <= max; n++) names[n - 1] = n === 1 ? lower(tokens[k]) : names[n - 2] + ' ' + lower(tokens[k + n - 1]);
    for (let n = max; n >= 1; n--) {
      const name = names[n - 1];
      if (n === 1 && pronounLike(tokens[k])) continue;
      if (isPlaceName(name) || (n > 1 && lexicon.organizations.has(name))) {
        for (let j = k; j < k + n; j++) out.set(j, j === k);
        k += n - 1;
        break;
      }
    }
  }
  return out;
}

/** A title head or title modifier ("Chief", "Deputy"). */
function titleWordAt(tokens: Token[], k: number): boolean {
  return (lexClass(lexOf(tokens[k])) & (W_TITLE_HEAD | W_TITLE_MODIFIER)) !== 0;
}

/**
 * A short place acronym written in title case ("Us", "It"): in a title-case line that is the English
 * word, not the acronym ("US"), which keeps its capitals.
 */
function pronounLike(t: Token): boolean {
  return t.text.length <= 3 && !allCaps(t) && isCommonToken(t);
}

/** Marks after which a sentence's first word may stand: quotes, brackets, colons, dashes. */
const OPENERS = '"“‘\'([:;—–-';

function isSentenceStart(tokens: Token[], k: number): boolean {
  if (k === 0 || tokens[k - 1].sentence !== tokens[k].sentence) return true;
  const p = tokens[k - 1].text;
  return p.length === 1 && OPENERS.includes(p);
}

/**
 * Splits a leading title off a run: "Deputy Harbour Commissioner Tomas Reiter" → role + name;
 * "CRF Chief Executive Lena Ortiz" → ORG "CRF", role, name. Titles alone are not entities.
 */
/** A title's possessive and an organisation's head after it ("Sheriff's Office", "Attorney's Office"): an office, no person. */
function titleOffice(tokens: Token[], rest: number, b: number): boolean {
  const t = tokens[rest].text;
  return (t === "'s" || t === '’s') && rest < b && ORG_HEADS.has(lower(tokens[rest + 1]));
}

/**
 * Whether the run's first word, a title word that is also a given name, follows a role written in lower case
 * ("Shift manager Dean Pallister", "site foreman Major Olsen"): the role came before, the word opens the name.
 */
function givenAfterLowerTitle(tokens: Token[], a: number, b: number): boolean {
  if (a === 0 || a === b) return false;
  const p = tokens[a - 1];
  return p.kind === 'word' && tokens[a].start - p.end === 1 && TITLE_HEADS.has(p.text)
    && (isKnownGivenName(tokens[a].text) || WORD_GIVEN_NAMES.has(lower(tokens[a])));
}

/** Do the words from `a` to the title's head `h` hold a body's head, "of the" and nothing but title words up to `h` ("Office of the Chief Minister")? */
function officeOfTitle(tokens: Token[], a: number, h: number): boolean {
  let o = h - 1;
  while (o > a + 1 && tokens[o].text !== 'the' && (TITLE_MODIFIERS.has(lower(tokens[o])) || isTitleHead(lower(tokens[o])))) o--;
  return o > a + 1 && tokens[o].text === 'the' && tokens[o - 1].text === 'of' && ORG_HEADS.has(lower(tokens[o - 2]));
}

function stripTitle(tokens: Token[], a: number, b: number, out: Candidate[]): void {
  let h = -1;
  for (let k = a; k <= b; k++) {
    const l = lower(tokens[k]);
    if (k > a && NAME_SUFFIXES.has(l)) continue; // "Jr" ends a name, it is no title
    if (k === a && givenAfterLowerTitle(tokens, a, b)) continue; // "Shift manager Dean Pallister": the role came before
    if ((lexClass(lexOf(tokens[k])) & (W_TITLE_HEAD | W_HONORIFIC)) !== 0) { h = k; break; } // the word's class: no lookup of honorifics
    if (k < b && compoundTitleAt(tokens, k)) { h = k; break; } // "Harbour Master Tom Reyes"
  }
  if (h < 0) {
    let k = personAfterOrgHead(tokens, a, b); // "… of Orrin Holdings Paul Dace": the body, then its officer
    if (k < 0) k = holderAfterLowerTitle(tokens, a, b) - 1; // "the chairman of Velmont Marine Frank Ostby"
    const of = k < a ? personOfOrg(tokens, a, b) : -1; // "Marla Quenby of Dunholt Securities": the person, then the body
    if (k >= a) out.push(candidate(a, k, null, null), candidate(k + 1, withSuffixDot(tokens, b), null, 'PERSON'));
    else if (of > a) out.push(candidate(a, of - 1, null, 'PERSON'), candidate(of + 1, b, null, null));
    else if (k < a && rankBeforeName(tokens, a, b)) { // "Assistant Rhys Calloway said": the rank is the role
      out.push(candidate(a + 1, withSuffixDot(tokens, b), { start: tokens[a].start, end: tokens[a].end, text: '' }, 'PERSON'));
    }
    else out.push(candidate(a, withSuffixDot(tokens, b), null, personAfterLegalForm(tokens, a, b, givenNameToken) ? 'PERSON' : a === b && startFirm(tokens, a) ? 'ORG' : null));
    return;
  }
  if (h === b && surnameTitle(tokens, a, b)) { out.push(candidate(a, b, null, null)); return; } // "Carla Bishop said"
  // "Brenmoor Association of Head Teachers": a title word right after a body's head and "of" is in the body's name.
  if (h > a + 1 && tokens[h - 1].text === 'of' && ORG_HEADS.has(lower(tokens[h - 2]))) { out.push(candidate(a, b, null, null)); return; }
  // "Fiscalía General del Estado", "Confederación General del Trabajo": a title word after a Spanish or Portuguese body's head, ending the
  // name or before its particle, is in the body's name (not "Banco Central President Ana Ruiz", whose name follows the title).
  if (h > a && LEADING_BODY_HEADS.has(lower(tokens[a])) && (h === b || NAME_PARTICLES.has(tokens[h + 1].text))) { out.push(candidate(a, b, null, null)); return; }
  // The title phrase: modifiers before the head, heads and modifiers after it.
  let ts = h;
  // "Harbour Master": the noun before a compound head is in the title, also when the run split left it out at a sentence start.
  const compound = compoundTitleAt(tokens, h);
  if (compound && h > a) ts--;
  while (ts > a && (TITLE_MODIFIERS.has(lower(tokens[ts - 1])) || isTitleHead(lower(tokens[ts - 1])))) ts--;
  // A title that opens with a rank word covers the words up to its head: "Deputy Harbour Commissioner".
  const opener = lower(tokens[a]);
  if (ts > a && h - a <= 3 && TITLE_MODIFIERS.has(opener) && !NAME_CONNECTORS.has(opener) && /^(deputy|vice|assistant|associate|acting|interim|chief|senior|junior|principal)$/.test(opener)) ts = a;
  let te = h;
  for (;;) {
    // A peer's title takes no portfolio after it: "Duke Energy" is a firm whose first word is a title.
    while (te < b && (isTitleHead(lower(tokens[te + 1])) || (TITLE_MODIFIERS.has(lower(tokens[te + 1])) && (!PEERAGE.has(lower(tokens[te])) || tokens[te + 1].text === 'of'))
      || lexicon.honorifics.has(lower(tokens[te + 1])) || tokens[te + 1].text === '.' || malaySeri(tokens, te))) te++;
    const next = headAfterPlainWords(tokens, te, b);
    if (next < 0) break;
    te = next;
  }
  // One plain word that names no one opening the chunk before the head is the title's field:
  // "Infrastructure Minister …", "Marketing Manager …" (not "Lisbon Mayor …", "Reuters Editor …").
  if (ts === a + 1 && fieldWord(tokens[a])) ts = a;
  // A trade's word alone before the title is its field too: "Shipping Correspondent", "Chemicals Editor"; "Group" its
  // scope ("Group Chief Executive of Varnholt", "Group Finance Director"), no organisation of its own.
  else if (ts === a + 1 && (TRADE_HEADS.has(lower(tokens[a])) || lower(tokens[a]) === 'group') && !allCaps(tokens[a])) ts = a;
  while (te > h && NAME_CONNECTORS.has(lower(tokens[te]))) te--;
  // "Minister of Trade and Industry (Ada Vos)": the field after "and" is the title's too, not a name.
  if (te < b && lower(tokens[te + 1]) === 'and' && te + 2 <= b && capLike(tokens[te + 2]) && fieldName(tokens[te + 2])) {
    te += 2;
    if (te < b && capLike(tokens[te + 1]) && fieldName(tokens[te + 1])) te++;
  }
  const rest = te + 1;
  const ofTitle = rest < b && TITLE_OF.has(lower(tokens[rest]));
  // "Mr. Park", "Dr. Hall": after an abbreviated honorific a head word is a surname.
  const honorific = tokens[h + 1]?.text === '.' && HONORIFIC_ABBREVIATIONS.has(lower(tokens[h]));
  // "Professor Ada Venn of Kessby University": a person's name and "of" before the institution are the person, then the body.
  const of = ofTitle || rest > b ? -1 : nameThenOf(tokens, rest, b);
  const personOf = of > 0 && !ORG_HEADS.has(lower(tokens[of - 1])) && !LOC_HEADS.has(lower(tokens[of - 1]));
  if (!ofTitle && !honorific && rest <= b && (ORG_HEADS.has(lower(tokens[rest])) || LOC_HEADS.has(lower(tokens[rest])) || (!personOf && INSTITUTION_HEADS.has(lower(tokens[b])))
    || titleOffice(tokens, rest, b))) {
    out.push(candidate(a, b, null, null)); // "General Assembly", "Security Council", "the County Sheriff's Office"
    return;
  }
  // "the Office of the Ombudsman", "the Office of the Chief Minister": a body's head, "of the" and a title with no name after it is the body's name.
  if (rest > b && officeOfTitle(tokens, a, h)) { out.push(candidate(a, b, null, null)); return; }
  let pre = a;
  while (pre < ts && TITLE_MODIFIERS.has(lower(tokens[pre])) && !NAME_CONNECTORS.has(lower(tokens[pre])) && !fieldOpensBody(tokens, pre, ts)) pre++; // "Former"
  if (ts > pre) out.push(candidate(pre, ts - 1, null, null)); // "UN" / "Russian" / "Lisbon" before the title
  if (ofTitle) { titleOf(tokens, a, rest, b, out); return; }
  if (rest > b) return; // a title with no name after it
  const role: Role = { start: tokens[compound && h === a ? a - 1 : a].start, end: tokens[te].end, text: '' };
  if (of > 0) { out.push(candidate(rest, of - 1, role, 'PERSON'), candidate(of + 1, b, null, null)); return; }
  out.push(candidate(rest, withSuffixDot(tokens, b), role, 'PERSON'));
}

/**
 * Heads that make a title only after an ordinary noun, and before a name: "Harbour Master Tom Reyes",
 * "Lock Keeper Ada Venn"; alone they open other names ("Master Plan", "Keeper Street").
 */
const COMPOUND_TITLE_HEADS: ReadonlySet<string> = new Set(['master', 'keeper']);

/** A compound title's head at k after a capitalised ordinary word of its sentence ("Harbour Master", "Lock Keeper"). */
function compoundTitleAt(tokens: Token[], k: number): boolean {
  if (k === 0 || !COMPOUND_TITLE_HEADS.has(lower(tokens[k]))) return false;
  const p = tokens[k - 1];
  return p.kind === 'word' && p.sentence === tokens[k].sentence && adjacent(p, tokens[k]) && capThenLower(p.text)
    && isCommonToken(p) && !(lexClass(lexOf(p)) & (W_KNOWN_NAME | W_FUNCTION | W_DATE));
}

/**
 * Two words, a given name and then a title word that ends the run: the title word is a surname
 * ("Carla Bishop", "Ned Marshal", "Ivo Foreman"), not a title with no name after it. Not a place
 * before it ("Austin Mayor": the town's mayor).
 */
function surnameTitle(tokens: Token[], a: number, b: number): boolean {
  if (b !== a + 1 || !/^\p{Lu}\p{Ll}+$/u.test(tokens[a].text) || !/^\p{Lu}\p{Ll}+$/u.test(tokens[b].text)) return false;
  const given = lower(tokens[a]);
  return isKnownGivenName(given) && !isPlaceName(given) && !(lexClass(lexOf(tokens[a])) & (W_TITLE_HEAD | W_TITLE_MODIFIER | W_FUNCTION));
}

/** An ordinary English word that is no known name (a word token). */
function plainUnnamed(t: Token): boolean {
  return t.kind === 'word' && (lexClass(lexOf(t)) & (W_COMMON_UNNAMED | W_HEAD | W_DATE)) === W_COMMON_UNNAMED;
}

/** Abstract-noun endings of a field before a title ("Infrastructure", "Marketing", "Operations"). */
const FIELD_NOUN = /(?:ure|ing|ion|ions|ment|ments|ity|ics|ance|ence|ogy|ness|ship|acy)$/;

/** A plain word, not in capitals, with an abstract noun's ending: a field a title is of, not a name
 *  ("Infrastructure Minister"; a brand that is also a dictionary word, "Airbus President", stays). */
function fieldWord(t: Token): boolean {
  return plainUnnamed(t) && !allCaps(t) && FIELD_NOUN.test(lower(t));
}

/**
 * A title head one or two plain words after `te` (within the chunk): the head ending a title of several
 * words ("Chief Operating Officer", "Chief Technology Officer"). -1 when none.
 */
function headAfterPlainWords(tokens: Token[], te: number, b: number): number {
  for (let k = te + 1; k <= b && k <= te + 3; k++) {
    const t = tokens[k];
    if (k > te + 1 && isTitleHead(lower(t))) return k;
    if (!plainUnnamed(t)) return -1;
  }
  return -1;
}

const givenNameToken = (t: Token): boolean => isKnownGivenName(t.text);
/** A one-word firm or team kept at its sentence start by its own act (entity-start-firms.ts, entity-start-teams.ts): an organisation. */
const startFirm = (tokens: Token[], a: number): boolean => {
  const w = lexClass(lexOf(tokens[a]));
  return w === W_COMMON_UNNAMED && isSentenceStart(tokens, a) && (firmAtSentenceStart(tokens, a, lower(tokens[a]), w) || teamAtSentenceStart(tokens, a, lower(tokens[a])));
};

/** A name ending in "Jr"/"Sr" takes the abbreviation's full stop: "Paul Grant Jr." */
function withSuffixDot(tokens: Token[], b: number): number {
  const dot = tokenAt(tokens, b + 1);
  return b > 0 && NAME_SUFFIXES.has(lower(tokens[b])) && dot?.text === '.' && dot.start === tokens[b].end ? b + 1 : b;
}

/** Titles of office held over a field ("Minister of Industry", "Secretary for Health"). */
const PORTFOLIO_TITLES = new Set(['minister', 'secretary', 'commissioner', 'undersecretary', 'under-secretary']);

/** Is one of the words a..conn-1 an office held over a field (PORTFOLIO_TITLES: "Minister", "Secretary")? */
function officeBefore(tokens: Token[], a: number, conn: number): boolean {
  for (let k = a; k < conn; k++) if (PORTFOLIO_TITLES.has(lower(tokens[k]))) return true;
  return false;
}

/**
 * The words after "of" are a field of government, plain words that name nothing (no institution's head word), joined by
 * connectors ("Minister for Treaty Negotiations …", "Minister of Equipment and Water …"): no candidate.
 */
function portfolioAfter(tokens: Token[], a: number, conn: number, j: number, b: number): boolean {
  if (!officeBefore(tokens, a, conn)) return false;
  for (let k = j; k <= b; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || NAME_CONNECTORS.has(lower(t))) continue;
    if (!(plainUnnamed(t) || fieldName(t) && !INSTITUTION_HEADS.has(lower(t)))) return false;
  }
  return true;
}

/** Words that tie a title to what it is the title of: "Minister of Industry", "CEO at Dorvo". */
const TITLE_OF = new Set(['of', 'for', 'at']);

/**
 * A title tied by of/for to a body or a place ("Prime Minister of Canada", "CEO of Dorvo Motors",
 * "President of the Republic Jana Novak"): the words after the connector name the body or place,
 * not a person. A person's name follows it only after a known place or organisation ("… of Canada
 * Jane Roe") or from a known given name on ("Minister of Industry Tom Vell").
 */
/** The peers' ranks held of a territory ("Duke of Arnby", "Countess of Vell"): shared by PEERAGE and SEE_TITLES. */
const TERRITORIAL_PEERS = 'duke duchess earl countess marquess marchioness viscount viscountess'.split(' ');

/** Ranks of the peerage: a title before a name or "of" and a territory, never before a portfolio ("Duke Energy"). */
const PEERAGE: ReadonlySet<string> = new Set([...TERRITORIAL_PEERS, 'baron', 'baroness']);

/** Malaysian titles that "Seri" completes: "Datuk Seri", "Dato' Seri", "Puan Seri" (a title, not the first word of the name). */
const SERI_TITLES: ReadonlySet<string> = new Set(['datuk', 'dato', 'datin', 'puan', 'tan']);

/** Is the token after `te` the "Seri" of a Malaysian title that `te` opens ("Datuk Seri Lim Boon Keat")? */
function malaySeri(tokens: Token[], te: number): boolean {
  const t = tokens[te + 1];
  return t.text === 'Seri' && SERI_TITLES.has(lower(tokens[te]));
}

/** Titles held of a territory: a see, a dukedom, a principality ("Bishop of Kestmoor", "Duchess of Arnby"). */
const SEE_TITLES: ReadonlySet<string> = new Set(['bishop', 'archbishop', ...TERRITORIAL_PEERS, 'prince', 'princess']);

/**
 * "Bishop of Kestmoor", "Duke of Arnby": after a territorial title and "of", one or two capitalised words with
 * no organisation's head are the territory, a place (the title names the see or the dukedom, not a person or a body).
 */
function seeTitle(tokens: Token[], conn: number, j: number, b: number): boolean {
  if (lower(tokens[conn]) !== 'of' || !SEE_TITLES.has(lower(tokens[conn - 1])) || b - j > 1) return false;
  for (let k = j; k <= b; k++) if (!capLike(tokens[k]) || ORG_HEADS.has(lower(tokens[k])) || INSTITUTION_HEADS.has(lower(tokens[k]))) return false;
  return true;
}

function titleOf(tokens: Token[], a: number, conn: number, b: number, out: Candidate[]): void {
  let j = conn + 1;
  while (j < b && lower(tokens[j]) === 'the') j++;
  if (!capLike(tokens[j])) return;
  if (portfolioAfter(tokens, a, conn, j, b)) return;
  let end = -1;
  for (let n = Math.min(4, b - j + 1); n >= 1 && end < 0; n--) {
    const name = tokens.slice(j, j + n).filter((t) => t.kind === 'word').map(lower).join(' ');
    if (isPlaceName(name) || lexicon.organizations.has(name)) end = j + n - 1;
  }
  if (end < 0) {
    for (let k = j + 1; k <= b && end < 0; k++) if (b - k <= 2 && lexicon.firstNames.has(lower(tokens[k])) && capLike(tokens[k])) end = k - 1;
    if (end < 0) end = Math.max(-1, holderAfterBody(tokens, j, b) - 1); // "… of Naval Communications Bill Hargrove"
  }
  if (end < 0 || end >= b) { out.push(candidate(j, b, null, seeTitle(tokens, conn, j, b) ? 'LOC' : null)); return; }
  // "Minister for Treaty Negotiations Ada Rusk", "Minister of Equipment and Water Nizar Benkirane": a field of
  // government before its holder is no body either.
  if (!portfolioAfter(tokens, a, conn, j, end)) out.push(candidate(j, end, null, null));
  const role: Role = { start: tokens[a].start, end: tokens[end].end, text: '' };
  out.push(candidate(end + 1, b, role, 'PERSON'));
}

/** The words of tokens first..last joined by single spaces. */
function tokenWords(tokens: Token[], first: number, last: number): string {
  let s = tokens[first].text;
  for (let k = first + 1; k <= last; k++) s += ' ' + tokens[k].text;
  return s;
}

const fitsAcronym = (acronym: string, name: string): boolean => acronymFitsName(acronym, name) || acronymFitsTail(acronym, name);

/**
 * A bracketed acronym right after a name whose letters it spells is that name's ("… Board (VTB)"), also when
 * it spells only the name's last words ("the Velmar Northern Corvane Territory (NCT)").
 */
function linkParentheticalAcronyms(tokens: Token[], cands: Candidate[]): void {
  for (let c = 0; c + 1 < cands.length; c++) {
    const x = cands[c], y = cands[c + 1];
    if (y.first === y.last && y.first === x.last + 2 && tokens[x.last + 1].text === '(' && tokens[y.last + 1]?.text === ')'
      && allCaps(tokens[y.first])) {
      if (x.last - x.first >= 3 && splitBeforeAcronymTail(tokens, cands, c, tokens[y.first].text)) { y.acronymOf = c + 1; c++; continue; }
      if (fitsAcronym(tokens[y.first].text, tokenWords(tokens, x.first, x.last))) y.acronymOf = c;
    }
  }
}

/**
 * "the Boston Harriers of Major Netball Federation (MNF)": splits the name at its "of" into the head and the
 * tail the acronym spells (inserted right after the head, `cands` changed in place); false when it does not.
 */
function splitBeforeAcronymTail(tokens: Token[], cands: Candidate[], c: number, acronym: string): boolean {
  const x = cands[c];
  const words: string[] = [];
  for (let k = x.first; k <= x.last; k++) words.push(tokens[k].text);
  const start = acronymTailAfterOf(acronym, words);
  if (start < 0) return false;
  const tail = candidate(x.first + start, x.last, null, null);
  tail.titleCase = x.titleCase;
  tail.shouting = x.shouting;
  x.last = x.first + words.lastIndexOf('of') - 1;
  cands.splice(c + 1, 0, tail);
  return true;
}

/** Types one candidate from lexicons, head words, shape and context. */
export function classifyByRules(tokens: Token[], c: Candidate): EntityType {
  return ruleEvidence(tokens, c).type;
}

/**
 * The rules' type for a candidate, and whether it rests on strong evidence (a lexicon entry, a head
 * word, a given name in a two-word name) rather than on a default for unknown capitalised words.
 */
export function ruleEvidence(tokens: Token[], c: Candidate, l: string = chunkKey(tokens, c)): RuleEvidence {
  return withContext(ruleParts(tokens, c, l), tokens, c);
}

/**
 * `ruleEvidence` in two parts: what the chunk's own tokens decide (`ruleParts`: the same for every
 * mention of the same tokens, so it is worked out once per chunk text, see `chunkInfo`), and the
 * two rules that read the word before the chunk and its role, applied per mention in their place
 * among the others (`withContext`).
 */
interface RuleParts {
  /** The answer of the rules before the first that reads the context, when one applies. */
  early: RuleEvidence | null;
  /** A name of two or more words, not led by a given name: a place after "in", "near" … with no role. */
  placeAfterPreposition: boolean;
  /** The answer of the rules between the two that read the context, when one applies. */
  middle: RuleEvidence | null;
  /** One word: a place after "in", "near" … */
  single: boolean;
  /** One word that is no given name: a school before "professor", "alumni" … */
  schoolable: boolean;
  /** The answer when no other rule applies. */
  late: RuleEvidence;
  /** A given name and a place head that is a surname too ("Marta Park"): a place after "in", "near", "outside". */
  givenPlace: boolean;
  /** Two words led by a given name that is also an ordinary word ("Dawn Mercer"): a person before a reporting verb. */
  givenWord: boolean;
  /** Two words or more ending in a street word ("Heron Way") that no rule before the street's decided: a place after "on", "at" or a house number. */
  street: boolean;
  /** One word for a faith's followers that is a given name too ("Christian"): the group's before or after some words (`faithByNeighbours`). */
  faith: boolean;
}

function withContext(r: RuleParts, tokens: Token[], c: Candidate): RuleEvidence {
  // Read per mention, as these answers are kept per chunk text: "The Morning Harbour | 5 March 2026" is a masthead
  // there, not where the body names the harbour; "a Christian", not "Christian said".
  if (datedAfterBar(tokens, c.last) && lineOpens(tokens, c.first)) return certain('ORG');
  if (r.faith && faithByNeighbours(tokens, c.first)) return certain('NORP');
  if (r.street && streetByContext(tokens, c.first, c.last)) return strong('LOC'); // "the plant on Heron Way", "14 Sable Drive"
  if (r.givenPlace && c.role === null && placeOnlyContext(tokens, c.first, c.last)) return strong('LOC'); // "in Marta Park"
  if (r.early) return r.early;
  if (r.single && c.role === null && personOfNounBefore(tokens, c.first)) return strong('PERSON'); // "the death of Tolland"
  if (c.role === null && placeNounAfter(tokens, c.first, c.last)) return certain('LOC'); // "Korran county", "the Meldo river": in all its mentions
  if (c.role === null && placeByPredicate(tokens, c.last)) return certain('LOC'); // "Dunley is the only major port"
  if (c.role === null && seatName(tokens, c.first, c.last)) return certain('LOC'); // "the riding of Tarrow North", "Tarrow North MP"
  if (r.givenWord && c.role === null && reportsAfter(tokens, c.last)) return strong('PERSON'); // "Dawn Mercer told reporters"
  const prev = tokens[c.first - 1];
  // "in Praia Baixa", "near Porto Velho": a place, unless it starts with a given name.
  if (r.placeAfterPreposition && prev && LOC_PREPOSITIONS.has(prev.text) && c.role === null) return weak('LOC');
  // "a Corvane professor", "Corvane alumni": the school's name (names the lexicons know were decided early).
  if (r.single && r.schoolable && schoolMemberAfter(tokens, c.last)) return certain('ORG');
  if (r.single && r.schoolable && c.role === null && bodyPeopleAfter(tokens, c.last)) return certain('ORG'); // "Unisel members voted"
  if (r.middle) return r.middle;
  // "taught at Corvane", "research at Corvane": a place of study, not a town. Strong: as weak evidence the model
  // still made the name a town when a full stop or "in" followed it ("research at Corvane in 2012.").
  if (r.single && prev && academicAt(tokens, c.first - 1)) return strong('ORG');
  if (r.single && prev && LOC_PREPOSITIONS.has(lowerCase(prev))) return weak('LOC');
  return r.late;
}

function ruleParts(tokens: Token[], c: Candidate, l: string): RuleParts {
  // The chunk's words by token index: the first two and the last, and how many (no arrays built).
  let n = 0, w0 = -1, w1 = -1, wl = -1;
  for (let k = c.first; k <= c.last; k++) {
    if (tokens[k].kind !== 'word') continue;
    if (n === 0) w0 = k; else if (n === 1) w1 = k;
    wl = k;
    n++;
  }
  if (n === 0) return decided(weak('PERSON')); // never: a chunk starts with a capitalised word (and no list holds '')
  const first = lower(tokens[w0]);
  const lastW = lower(tokens[wl]);
  let early = earlyRules(tokens, c, l, n, w0, w1, wl, first, lastW);
  // A street-shaped name the rules before the street's left open: the street's rule reads each mention's context (`withContext`).
  const street = early === null && n > 1 && isStreetWord(lastW);
  const faith = n === 1 && faithWordOrName(first);
  if (street) early = lateEarlyRules(tokens, c, l, n, w0, first, lastW, LEXICON_NAMES.has(l));
  if (early) {
    if (n !== 2 || early.type !== 'PERSON' || early.certain || !SURNAME_LOC_HEADS.has(lastW)) return decided(early, street, faith);
    return { early, placeAfterPreposition: false, middle: null, single: false, schoolable: false, late: early, givenPlace: true, givenWord: false, street, faith };
  }
  // Tried (s17): the given-name/surname answers kept as lexeme bits. The lists are small (~3k, ~1k
  // words) and V8 keeps each string's hash: Set.has ~55 ns against ~33 ns for the bits, ~0.1% of
  // the analysis; abi showed no gain (0.990, control 1.007).
  let middle: RuleEvidence | null = null;
  if (n >= 2 && n <= 4 && !someWord(tokens, c, commonNotGivenName)) middle = weak('PERSON');
  if (n === 1 && (lexicon.firstNames.has(l) || lexicon.lastNames.has(l))) middle = weak('PERSON');
  let late: RuleEvidence;
  if (n >= 2 && lexicon.demonyms.has(first)) late = weak('ORG');
  // An unknown name followed by an ordinary noun is a business or a title, not a person's name:
  // "Korvex Aerospace", "Harbour Echo" (a person's surname after an unknown given name is rarely a
  // common noun; known given names were typed above).
  else if (n >= 2 && isCommonToken(tokens[wl]) && !lexicon.lastNames.has(lastW) && !wordGivenPair(tokens, w0, wl)) late = weak('ORG');
  else late = weak(n === 1 ? 'ORG' : 'PERSON');
  return { early: null, placeAfterPreposition: n >= 2 && !lexicon.firstNames.has(first) && !keptGivenWord(first, n), middle, single: n === 1,
    schoolable: n === 1 && !lexicon.firstNames.has(first), late, givenPlace: false, givenWord: n === 2 && wordGivenPair(tokens, w0, wl), street, faith };
}

/** Rule parts that let a context make the chunk a place: one word, or longer not led by a given name. */
const placeShaped = (r: RuleParts | undefined): boolean => !!r && r.early === null && (r.single || r.placeAfterPreposition);

const decided = (r: RuleEvidence, street = false, faith = false): RuleParts => ({ early: r, placeAfterPreposition: false, middle: null, single: false, schoolable: false, late: r, givenPlace: false, givenWord: false, street, faith });

/** The rules that read the chunk's own tokens only and come before any that reads its context. */
function earlyRules(tokens: Token[], c: Candidate, l: string, n: number, w0: number, w1: number, wl: number, first: string, lastW: string): RuleEvidence | null {
  if (COUNTRY_ALIASES.has(singleSpaced(l))) return certain('LOC');
  if (n === 1 && STATE_SHORT_FORMS.has(tokens[w0].text)) return certain('LOC'); // "crews from Qld and Tas"
  if (n >= 2 && IWI_OPENERS.has(first)) return certain('ORG'); // "Ngāti Rēhia": an iwi
  // "Surf Life Saving NSW": a national or state body; but "New South Wales" is a state's own name.
  if (n >= 3 && countryAfterWords(tokens, w0, wl) && !isPlaceName(l)) return certain('ORG');
  if (n >= 2 && webDomainAt(tokens, c.last - 1)) return certain('ORG');
  const opening = NAME_OPENING_ABBREVIATIONS.get(tokens[c.first].text);
  if (opening !== undefined && tokens[c.first + 1]?.text === '.') {
    // "St. Adric" is the place "Saint Adric" when the lexicon knows that; "Mt."/"Ft." open a place's name.
    if (opening !== 'saint' && opening !== 'sainte') return certain('LOC');
    if (isPlaceName(`${opening}${l.slice(l.indexOf(' '))}`)) return certain('LOC');
  }
  // Whether any list holds the chunk's words as a whole name: most chunks are in none.
  const listed = LEXICON_NAMES.has(l);
  if (GOVERNMENT_SEATS.has(l)) return certain('ORG'); // "the Kremlin said"
  if (n >= 2 && LEADING_PARTICLES.has(tokens[w0].text)) return strong('PERSON'); // "van Dorsten"
  // "Save the Harbour": "the" after a capitalised word other than of/for is inside a title-like name.
  if (n >= 3 && tokens[w1].text === 'the') return strong('ORG');
  if (n === 1 && listed && lexicon.demonyms.has(l)) return certain('NORP');
  if (n <= 2 && groupWord(l)) return certain('NORP'); // "Latino voters", "Native American tribes"
  if (n === 1 && faithWordAlone(l)) return certain('NORP'); // "Jews", "Muslim", "Hindu law" ("a Christian": per mention, `RuleParts.faith`)
  // "North American", "South African", "Latin American": a region's adjective, not a name of its own.
  if (n === 2 && (REGION_ADJECTIVES.has(first) || lexicon.demonyms.has(first)) && lexicon.demonyms.has(lastW)) return certain('NORP'); // "Asian American"
  if (listed && lexicon.organizations.has(l)) return certain('ORG');
  if (n === 2 && statisticsOfficeKey(l) && !isCommonToken(tokens[wl])) return certain('ORG'); // "Statistics Dalvenia": a national office
  if (n === 2 && w0 >= 0 && stateAgencyPair(first, tokens[wl])) return certain('ORG'); // "Health Canada", "Parks Ostrelia": a state's agency
  if (n >= 4 && emergencyBodyAt(tokens, c.first)) return certain('ORG'); // "Fire and Emergency Tarnby"
  // "Bram Air", "Adam Air Flight 574": a name ending in "Air" is an airline ("Fresh Air", "Open Air" are words).
  // "Fernhill Independent School District": a school district is a body that runs schools, not an area's name.
  if (lastW === 'district' && n >= 3 && lower(tokens[wl - 1]) === 'school') return certain('ORG');
  // "Skyline Air": an ordinary word before it too, unless the pair is a phrase ("Fresh Air", "Hot Air").
  if (lastW === 'air' && n >= 2 && n <= 3 && (!isCommonToken(tokens[wl - 1]) || (n === 2 && !NOT_AIRLINE_OPENERS.has(first)))) return certain('ORG');
  // "Air Dunmore", "Air Velmara": "Air" before a name that is no ordinary word opens an airline's name too.
  if (first === 'air' && n >= 2 && n <= 3 && w1 >= 0 && !isCommonToken(tokens[w1]) && !TITLE_HEADS.has(lower(tokens[w1]))) return certain('ORG');
  // "the Velm Red Crescent": a national society of the movement, not a street ("Harlan Crescent").
  if (n >= 2 && (lastW === 'cross' || lastW === 'crescent' || lastW === 'crystal') && tokens[wl - 1]?.kind === 'word'
    && MOVEMENT_EMBLEMS.has(`${lower(tokens[wl - 1])} ${lastW}`)) return certain('ORG');
  // A complete country name outranks its head word: "Soviet Union", "Russian Federation" are places.
  if (n > 1 && listed && lexicon.countries.has(l)) return certain('LOC');
  if (n > 1 && (INSTITUTION_HEADS.has(lastW) || INSTITUTION_HEADS.has(first))) return certain('ORG'); // "… Union", "Ministry of …"
  if (n > 1 ? LEADING_BODY_HEADS.has(first) : LONE_FORCE_NAMES.has(first)) return certain('ORG'); // "Ministério da Fazenda", "Carabineros"
  if (n > 1 && TRADE_HEADS.has(lastW) && !isCommonToken(tokens[w0])) return certain('ORG'); // "Brackwater Asset Management, which …"
  if (ORG_HEADS.has(lastW) || (ORG_HEADS.has(first) && n > 1)) return strong('ORG');
  const ground = n > 1 ? venueOrCompetition(lastW) : null; // "Whitlock Arena" a place, "the Tessel Cup" a competition's body
  if (ground) return certain(ground);
  // "relegated from the Championship": a league named by its one word is the body that runs it, no place.
  if (n === 1 && LEAGUE_WORDS.has(lastW)) return certain('ORG');
  // An organisation's head word before "of"/"for": "Northern Institute for Coastal Safety". An institution's
  // ("Institute", "Centre for") is sure whatever place opens the name: "the Velmar Centre for Strategic Studies".
  for (let k = c.first + 1; k < c.last; k++) {
    const nx = k + 1 < tokens.length ? lowerCase(tokens[k + 1]) : undefined;
    if (nx !== 'of' && nx !== 'for') continue;
    const h = lower(tokens[k]);
    if (INSTITUTION_HEADS.has(h) || (nx === 'for' && (h === 'centre' || h === 'center'))) return certain('ORG');
    if (ORG_HEADS.has(h)) return strong('ORG');
  }
  if (listed && (lexicon.countries.has(l) || isPlaceName(l))) return certain('LOC');
  if (n === 2 && (ROMANISED_GIVEN.test(tokens[w0].text) || ROMANISED_GIVEN.test(tokens[wl].text))) return certain('PERSON'); // "Ji-hoon Park"
  if (n >= 2 && LEADING_LOC_HEADS.has(first)) return certain('LOC'); // "Lake Orvanne"
  if (n >= 3 && (STATE_FORMS.has(first) || WATER_FORMS.has(first)) && lowerCase(tokens[c.first + 1]) === 'of') return certain('LOC'); // "Republic of Ostrana", "Strait of Morvel"
  if (n >= 2 && JOINED_OPENERS.has(first) && lastW.endsWith('s')) return strong('ORG'); // "Federated Farmers": a body of its members
  // "Marta Hill", but "Harlan Square": a place head no surname shares ends a place whatever word leads it.
  if (n === 2 && lexicon.firstNames.has(first) && !isPlaceName(first) && (!LOC_HEADS.has(lastW) || SURNAME_LOC_HEADS.has(lastW))) return strong('PERSON');
  if (LOC_HEADS.has(lastW) && n > 1) return strong('LOC');
  // "the plant on Heron Way", "14 Sable Drive": read per mention (`RuleParts.street`), as these answers are kept per chunk text.
  if (n > 1 && isStreetWord(lastW)) return null;
  return lateEarlyRules(tokens, c, l, n, w0, first, lastW, listed);
}

/** The rules after the street's (`streetByContext`), which read the chunk's own tokens only. */
function lateEarlyRules(tokens: Token[], c: Candidate, l: string, n: number, w0: number, first: string, lastW: string, listed: boolean): RuleEvidence | null {
  if (listed && lexicon.persons.has(l)) return certain('PERSON');
  if (n === 1 && allCaps(tokens[w0])) return weak('ORG');
  if (n === 1 && ARABIC_PARTICLE_SURNAME.test(tokens[w0].text)) { // "Al-Mansouri", but "Al-Qaeda"
    return lexicon.organizations.has(l.replace(/[-‐]/g, ' ')) ? certain('ORG') : strong('PERSON');
  }
  if (n >= 2 && (lexicon.firstNames.has(first) || lexicon.lastNames.has(lastW) || someWord(tokens, c, particlePrefixed))) return weak('PERSON');
  return null;
}

/** Words that make a nationality adjective a region's ("North American", "Central Asian"). */
const REGION_ADJECTIVES = new Set('north south east west northern southern eastern western central latin sub-saharan'.split(' '));

/** Does any word of the chunk pass the test? */
// `someWord` tests, made once (not a closure per chunk).
const commonNotGivenName = (t: Token): boolean => isCommonToken(t) && !lexicon.firstNames.has(lower(t));
const particlePrefixed = (t: Token): boolean => PARTICLE_PREFIX.test(t.text);

function someWord(tokens: Token[], c: Candidate, test: (t: Token) => boolean): boolean {
  for (let k = c.first; k <= c.last; k++) if (tokens[k].kind === 'word' && test(tokens[k])) return true;
  return false;
}

// The rules' answers are never changed in place (only replaced), so one object serves each answer.
const ENTITY_TYPES: EntityType[] = ['PERSON', 'ORG', 'LOC', 'NORP'];
const CERTAIN = new Map<EntityType, RuleEvidence>(ENTITY_TYPES.map((type) => [type, { type, strong: true, certain: true }]));
// Every answer has all three fields, `certain` too: answers of one shape keep the code that reads them monomorphic.
const STRONG = new Map<EntityType, RuleEvidence>(ENTITY_TYPES.map((type) => [type, { type, strong: true, certain: false }]));
const WEAK = new Map<EntityType, RuleEvidence>(ENTITY_TYPES.map((type) => [type, { type, strong: false, certain: false }]));
const certain = (type: EntityType): RuleEvidence => CERTAIN.get(type) ?? { type, strong: true, certain: true };
const strong = (type: EntityType): RuleEvidence => STRONG.get(type) ?? { type, strong: true, certain: false };
const weak = (type: EntityType): RuleEvidence => WEAK.get(type) ?? { type, strong: false, certain: false };


const ANY_SPACE = /\s/;

/** Heads of a town's public bodies: "Dunmore Council" is no short name's long form. */
const CIVIC_HEADS = new Set(`council police university college school schools hospital clinic airport port court museum
  church club borough city county district academy library parliament assembly government harbour harbor`.split(/\s+/));

/** Heads of a house's or an estate's name, whose first word alone names it later ("Orrel House" … "Orrel was built in 1820"). */
const ESTATE_HEADS = new Set(['house', 'manor', 'castle', 'abbey', 'priory', 'lodge', 'homestead']);

/** Joins candidates into document-local entities and produces mentions. */
/**
 * The keys a person named in full is also found by: the surname's, and for East Asian order the
 * first two words' (family name first). Remembered across documents like `entityKey`.
 */
function surnameKeys(name: string): readonly string[] {
  const known = surnameKeyCache.get(name);
  if (known !== undefined) return known;
  const keys: string[] = [];
  // A name of plain words folds to its lower case, and the key of two of its words is their keys
  // joined: no fold or key remembered under a whole name, which seldom recurs.
  const plain = PLAIN_WORDS.test(name);
  const parts = (plain ? name.toLowerCase() : fold(name)).split(/\s+/);
  if (parts.length >= 3 && NAME_SUFFIXES.has(parts[parts.length - 1].replace(/\.$/, ''))) parts.pop(); // "Grant" of "Paul Grant Jr."
  if (parts.length >= 2) {
    const last = parts[parts.length - 1];
    if (plain) keys.push(nameKey(last), nameKey(parts[0]) + nameKey(parts[1]));
    else {
      const bare = withoutArabicArticle(last);
      keys.push(nameKey(last), nameKey(parts[0] + ' ' + parts[1]));
      if (bare) keys.push(nameKey(bare));
    }
  }
  if (surnameKeyCache.size >= KEY_CACHE_MAX) surnameKeyCache = new Map();
  surnameKeyCache.set(name, keys);
  return keys;
}
let surnameKeyCache = new Map<string, readonly string[]>();

/** `surnameKeys` of a chunk's name of plain words (chunk-name-key.ts), from its words' lexemes. */
function chunkSurnameKeys(tokens: Token[], first: number, last: number): readonly string[] {
  if (last - first >= 2 && NAME_SUFFIXES.has(lower(tokens[last]))) last--;
  return last > first ? [wordNameKey(tokens[last]), wordNameKey(tokens[first]) + wordNameKey(tokens[first + 1])] : [];
}

/**
 * The key a name is pooled under within a document (person names and others apart). Names recur
 * within and across documents, so the keys are remembered across documents (bounded, cleared when
 * full): one lookup instead of a fold, an alias lookup and a name key, and the key is one shared,
 * already hashed string rather than a new concatenation for every document.
 */
function entityKey(name: string, type: EntityType): string {
  const person = type === 'PERSON';
  let cache = person ? personKeys : otherKeys;
  let key = cache.get(name);
  if (key === undefined) {
    if (cache.size >= KEY_CACHE_MAX) {
      cache = new Map();
      if (person) personKeys = cache;
      else otherKeys = cache;
    }
    const alias = COUNTRY_ALIASES.get(singleSpaced(fold(name)));
    cache.set(name, (key = (person ? 'P:' : 'X:') + entityNameKey(alias ?? name, person)));
  }
  return key;
}
const KEY_CACHE_MAX = 20000;
let personKeys = new Map<string, string>(), otherKeys = new Map<string, string>();

function resolveLocal(text: string, tokens: Token[], blocks: Block[], sentenceBlock: number[], cands: Candidate[]): EntityResult {
  const entities: LocalEntity[] = [];
  const byKey = new Map<string, number>();
  const candEntity = new Int32Array(cands.length).fill(-1);
  // A chunk's name and keys are kept on its chunk info: the same string every time, its keys looked
  // up once. (Candidates added after typing get their info here.)
  const infoOf = (c: Candidate): ChunkInfo => c.info ?? (c.info = chunkInfo(tokens, c));
  // A name broken by the line end of a wrapped paragraph is named with one space.
  const surface = (c: Candidate): string => {
    if (spacedBySingleSpaces(text, tokens, c)) {
      const info = infoOf(c);
      // Its own copy: the info outlives the document, and a slice of 13+ characters is a view that kept
      // the whole article text alive (a heap snapshot after 4,000 cold-corpus docs: ~2,600 article texts,
      // ~20 MB, held by chunk-info surfaces; an index worker's live heap 95 -> 76 MB, its peak 120 -> 98 MB).
      return (info.surface ??= ownCopy(text.slice(tokens[c.first].start, tokens[c.last].end)));
    }
    return text.slice(tokens[c.first].start, tokens[c.last].end).replace(/\s+/g, ' ');
  };
  const keyOf = (c: Candidate, name: string, type: EntityType): string => {
    const info = infoOf(c);
    // A nationality is not its country, though their keys sound alike ("German", "Germany"): a key of its own.
    // (A shared name's key as any other's is the info's: `entityKey` keys every type but PERSON alike.)
    if (type === 'NORP') return 'N:' + (name === info.surface ? (info.otherKey ??= chunkEntityKey(c, name, type)) : entityKey(name, type));
    if (name !== info.surface) return entityKey(name, type);
    return type === 'PERSON' ? (info.personKey ??= chunkEntityKey(c, name, type)) : (info.otherKey ??= chunkEntityKey(c, name, type));
  };
  // `entityKey` of a chunk's shared name. For words only, one space apart, its fold is the chunk's
  // key, so for plain words the alias is the chunk's (`aliasOf`) and the key needs neither a fold
  // nor `entityKey`'s cache by name (the info keeps it; a novel name missed that cache and filled it).
  // Its key is built from the words' lexemes (chunk-name-key.ts), not looked up by the whole name.
  const chunkEntityKey = (c: Candidate, name: string, type: EntityType): string => {
    if (!plainChunk(c, name)) return entityKey(name, type);
    const person = type === 'PERSON';
    const alias = aliasOf(c);
    return (person ? 'P:' : 'X:') + (alias !== undefined ? entityNameKey(alias, person) : chunkEntityNameKey(tokens, c.first, c.last, person));
  };
  const plainChunk = (c: Candidate, name: string): boolean => wordsOnly(tokens, c.first, c.last) && PLAIN_WORDS.test(name);
  // `fold` of a chunk's name, and `nameKey` of that: kept on the info for its shared name.
  const foldOf = (c: Candidate, name: string): string => {
    const info = infoOf(c);
    // A plain chunk's name folds to its key (see `chunkEntityKey`).
    return name === info.surface ? (info.folded ??= plainChunk(c, name) ? info.key : fold(name)) : fold(name);
  };
  const foldedKeyOf = (c: Candidate, f: string): string => {
    const info = infoOf(c);
    if (f !== info.folded) return nameKey(f);
    return (info.foldedKey ??= f === info.key && plainChunk(c, info.surface!) ? chunkNameKey(tokens, c.first, c.last, false) : nameKey(f));
  };
  // The country a chunk's words name by an alias ("UK"): the folded words are the chunk's key.
  const aliasOf = (c: Candidate): string | undefined => {
    const info = infoOf(c);
    if (info.alias === undefined) info.alias = COUNTRY_ALIASES.get(info.key) ?? null;
    return info.alias ?? undefined;
  };

  // Surname (and, for East Asian order, family-name-first) keys of the persons named in full.
  const bySurname = new Map<string, number>();
  // The first of two surnames of the persons named in full ("Pacheco" of "Máximo Pacheco Matte"), by key; -1 when two persons have it (entity-surname-tails.ts).
  const byFirstSurname = new Map<string, number>();
  // (a first surname only for a word typed a person's: "Belmar", a firm, is no surname of a "Tova Belmar Reyes" chunk the model took for a person)
  const surnameOwner = (sk: string, person: boolean): number | undefined => {
    const k = bySurname.get(sk) ?? (person ? byFirstSurname.get(sk) : undefined);
    return k === undefined || k < 0 ? undefined : k;
  };
  // Where each entity is first named in full (pass 1): a short name joins only after it.
  const firstStart: number[] = [];
  // Each entity's key, kept for its join keys (entity-own-keys.ts).
  const ownKeys: string[] = [];
  const newEntity = (name: string, type: EntityType, key: string, c: Candidate): number => {
    const country = type === 'NORP' ? lexicon.demonyms.get(fold(name)) ?? undefined : undefined;
    const entity: LocalEntity = { name, type, aliases: [], roles: [], mentions: [] };
    if (country) entity.country = country; // last, as before: the JSON keeps its key order
    entities.push(entity);
    firstStart.push(Infinity);
    const k = entities.length - 1;
    byKey.set(key, k);
    ownKeys.push(key);
    if (type === 'PERSON') {
      personTails.add(name.slice(name.indexOf(' ')));
      const sks = name === c.info?.surface && plainChunk(c, name) ? chunkSurnameKeys(tokens, c.first, c.last) : surnameKeys(name);
      for (const sk of sks) if (!bySurname.has(sk)) bySurname.set(sk, k); else if (bySurname.get(sk) !== k) sharedSurnames.add(sk);
      const first = name.indexOf(' ') !== name.lastIndexOf(' ') ? firstSurname(name, isKnownGivenName) : null;
      if (first !== null) { const fk = nameKey(first); byFirstSurname.set(fk, byFirstSurname.has(fk) ? -1 : k); }
    }
    return k;
  };
  // What follows the first space of each person's name: shortGivenOwner's owner has the same, so a name whose tail is not here has none.
  const personTails = new Set<string>();
  // Surname keys of two persons named in full: a title and that surname alone names neither.
  const sharedSurnames = new Set<string>();
  // A title and a surname alone ("Ms Kral") whose surname one person named before in full has ("Ina Kral"):
  // that person (checked again when pass 1 is over, in case a second full name shares the surname).
  const titledJoins: number[] = [];
  // (Not a run of two names the model took for one, "Ina Kral and Deputy Kral": no full name of one person.)
  const titledOwner = (c: Candidate): number | undefined => {
    const k = surnameOwner(foldedKeyOf(c, foldOf(c, surface(c))), true);
    return k === undefined || / and |&/.test(entities[k].name) ? undefined : k;
  };

  // A titled surname before the full name that may be its owner's waits for the end of pass 1 (entity-titled-surnames.ts).
  const lateTitled: number[] = [];
  const fullNameLast = (j: number): number => (cands[j].type === 'PERSON' && cands[j].last > cands[j].first && cands[j].acronymOf < 0 ? cands[j].last : -1);
  let fullNamesAt: Map<string, number> | undefined; // built at the first titled surname that has no owner yet
  // The person a titled surname joined in pass 1 names: its title's gender picks among namesakes, and rules out a lone one of the other.
  const titledPick = (c: Candidate, sk: string, owner: number): number | undefined => {
    const gender = genderOfWords(text.slice(c.role!.start, c.role!.end)); // a title's gender ("Mrs" → female)
    if (!sharedSurnames.has(sk)) return genderClash(gender, entities[owner].name) ? undefined : owner;
    if (gender === null) return undefined; // (pickByGender's answer, without gathering the namesakes)
    const sharers: number[] = [];
    entities.forEach((e, k) => { if (e.type === 'PERSON' && !/ and |&/.test(e.name) && surnameKeys(e.name).includes(sk)) sharers.push(k); });
    return pickByGender(gender, sharers, (k) => entities[k].name);
  };
  const ownEntity = (c: Candidate, ci: number, n: number): void => {
    const name = (n ? aliasOf(c) : undefined) ?? surface(c);
    const key = keyOf(c, name, c.type!);
    const k = candEntity[ci] = byKey.get(key) ?? shortGivenOwner(c, name, key) ?? twoSurnamesOwner(c, name) ?? newEntity(name, c.type!, key, c);
    if (tokens[c.first].start < firstStart[k]) firstStart[k] = tokens[c.first].start;
  };
  // "Tavares Lima" after "Maria das Graças Tavares Lima": the person named before in full whose name ends with it (entity-surname-tails.ts).
  const twoSurnamesOwner = (c: Candidate, name: string): number | undefined =>
    c.type === 'PERSON' && name.includes(' ') ? tailOwner(entities, foldOf(c, name)) : undefined;
  // "Sam Tolland" after "Samuel Tolland": the person named before with the surname, by a short form of the given name (entity-short-given.ts).
  const shortGivenOwner = (c: Candidate, name: string, key: string): number | undefined => {
    const sp = name.indexOf(' ');
    if (c.type !== 'PERSON' || sp < 0 || name.indexOf(' ', sp + 1) >= 0 || !personTails.has(name.slice(sp))) return undefined;
    const k = bySurname.get(surnameKeys(name)[0]);
    if (k === undefined || !sameGivenName(name.slice(0, sp), entities[k].name.slice(0, entities[k].name.indexOf(' ')))
      || entities[k].name.slice(entities[k].name.indexOf(' ')) !== name.slice(sp)) return undefined;
    byKey.set(key, k);
    return k;
  };
  // Pass 1: multi-word names and unambiguous single names.
  // (Tried s23: plain loops for these three passes: 5 fewer closure compiles, but resolveLocal then
  // took a wrong-map deopt after warmUp and compiled twice: no net compile time saved.)
  cands.forEach((c, ci) => {
    if (c.acronymOf >= 0) return;
    let n = 0, w0 = -1;
    for (let k = c.first; k <= c.last; k++) if (tokens[k].kind === 'word') { if (n++ === 0) w0 = k; }
    if (ci > 0 && c.type === 'PERSON' && candEntity[ci - 1] >= 0 && birthNameOf(tokens, c.first, cands[ci - 1].last, cands[ci - 1].type === 'PERSON')) {
      byKey.set(keyOf(c, surface(c), 'PERSON'), candEntity[ci] = candEntity[ci - 1]);
      return;
    }
    // "Mira Olsen … She was born Mira Lund in Harsted": a birth name after "was born" (entity-birth-names.ts).
    const bornAs = ci > 0 && c.type === 'PERSON' && tokens[c.first - 1]?.text === 'born' ? bornAsOf(tokens, ci, (i) => cands[i].first, (i) => cands[i].last, (i) => cands[i].type === 'PERSON' && candEntity[i] >= 0) : -1;
    if (bornAs >= 0) {
      byKey.set(keyOf(c, surface(c), 'PERSON'), candEntity[ci] = candEntity[bornAs]);
      return;
    }
    if (n < 2 && c.role === null && c.type !== 'LOC' && c.type !== 'NORP') return;
    if (n === 1 && c.role !== null && c.type === 'PERSON') {
      const owner = titledOwner(c);
      if (owner !== undefined) { candEntity[ci] = owner; titledJoins.push(ci); return; }
      if (((fullNamesAt ??= lastFullNames(tokens, cands.length, fullNameLast)).get(tokens[w0].text) ?? -1) > ci) { lateTitled.push(ci); return; }
    }
    // A surname led by a particle ("van Dorsten") joins a full name in pass 2.
    // Also capitalised after a title or opening a sentence: "Mr. Van Dorsten", "Van der Hoeven said".
    if (n === 2 && c.type === 'PERSON' && (LEADING_PARTICLES.has(tokens[w0].text.toLowerCase()) || KIN_SURNAME_OPENERS.has(tokens[w0].text))) return;
    if (n === 3 && c.type === 'PERSON' && particlePair(lowerCase(tokens[w0]), tokens[w0 + 1].text)) return; // "van der Hoeven"
    // A single word the gazetteer does not know as a place may be a company's short name: pass 2.
    if (n < 2 && c.role === null && c.type === 'LOC' && !isPlaceName(n ? lower(tokens[w0]) : fold(''))) return;
    // "Victor Dane … Dane said": a nationality word that is the surname of a person named before, used as a subject, joins the person in pass 2.
    if (n === 1 && c.type === 'NORP' && c.role === null && surnameSubject(tokens, c) && bySurname.has(foldedKeyOf(c, foldOf(c, surface(c))))) return;
    ownEntity(c, ci, n);
  });
  for (const ci of lateTitled) {
    const owner = titledOwner(cands[ci]);
    if (owner !== undefined) { candEntity[ci] = owner; titledJoins.push(ci); } else ownEntity(cands[ci], ci, 1);
  }
  for (const ci of titledJoins) {
    const c = cands[ci];
    const sk = foldedKeyOf(c, foldOf(c, surface(c)));
    const pick = titledPick(c, sk, candEntity[ci]);
    if (pick !== undefined) { candEntity[ci] = pick; continue; }
    const name = surface(c), key = keyOf(c, name, 'PERSON');
    candEntity[ci] = byKey.get(key) ?? newEntity(name, 'PERSON', key, c);
    firstStart[candEntity[ci]] = Math.min(firstStart[candEntity[ci]], tokens[c.first].start);
  }
  // Short names of organisations: "Torvald" for "Torvald Aerospace", "Veltrana" for "Veltrana
  // Marine Holdings" — not for a town's council or hospital ("Dunmore" is not "Dunmore Council"),
  // and only when one organisation of the document starts with the word.
  const entityInitials: string[] = [];
  const byShortName = new Map<string, number>();
  const shortLength = new Map<string, number>();
  entities.forEach((e, k) => {
    // A name of one word (no white space: folding adds none) has no short name; it is not folded and split.
    if ((e.type !== 'ORG' && e.type !== 'LOC') || !ANY_SPACE.test(e.name)) return;
    const w = fold(e.name).split(/\s+/);
    // A place's short name only for a house or an estate of two words ("Orrel" of "Orrel House"): a river's or a
    // bay's first word is the town it is named after.
    if (e.type === 'LOC' && (w.length !== 2 || !ESTATE_HEADS.has(w[1]))) return;
    if (w.length < 2 || ORG_HEADS.has(w[0]) || LOC_HEADS.has(w[0]) || FUNCTION_WORDS.has(w[0]) || TITLE_MODIFIERS.has(w[0])
      || lexicon.demonyms.has(w[0]) || isPlaceName(w[0])
      || w.some((x) => CIVIC_HEADS.has(x)) || paperTitle(w)) return;
    if (byShortName.has(w[0])) { if (byShortName.get(w[0]) !== k) byShortName.set(w[0], -1); return; }
    byShortName.set(w[0], k);
    shortLength.set(w[0], w.length);
  });
  // A word typed as a place joins only a two-word company name ("Orvik" of "Orvik Chemicals"), and a
  // word written before the organisation is first named in full is not yet its short name: news names
  // an organisation in full first, so an earlier "Dunmore" ("the road to Dunmore") is the town the
  // "Dunmore Water Alliance" is named after. A headline's firm after its kind is the body's ("Drugmaker Vantrel to
  // cut jobs" above "Vantrel Pharmaceuticals said …"): a headline names it short before the body names it in full.
  // Not any headline's short name: "Apple" above "the Apple TV" is the firm, not the product.
  const shortName = (f: string, type: EntityType | null, at: number, headline: boolean): number | undefined => {
    const k = byShortName.get(f);
    return k === undefined || k < 0 || (type === 'LOC' && shortLength.get(f) !== 2) || (at < firstStart[k] && !(headline && type === 'ORG')) ? undefined : k;
  };
  // A place's word where only places stand ("grew up in Pellby") is the town, not the short name of the firm named after it ("Pellby Bakery").
  const firmShortName = (c: Candidate, f: string): number | undefined => {
    const k = shortName(f, c.type, tokens[c.first].start, c.titleCase && afterFirmKind(tokens, c.first));
    return k !== undefined && c.type === 'LOC' && placeOnlyContext(tokens, c.first, c.last) ? undefined : k;
  };
  // "City" for "Kestrel City" after it is named in full (or alone in a headline, which comes before
  // the body that names it), when no other club ends with the word and no organisation starts with
  // it ("United" beside "Pellam United" and "United Airlines" is left to the short names)
  // (entity-club-tails.ts).
  let clubs: Map<string, number | null> | undefined;
  const clubFor = (c: Candidate, f: string): number | undefined => {
    if (!isClubTail(f) || byShortName.has(f)) return undefined;
    const k = (clubs ??= clubByTail(entities)).get(f);
    return k == null || (tokens[c.first].start < firstStart[k] && !aloneInHeadline(tokens, c)) ? undefined : k;
  };
  // A given name alone for a person named in full (entity-given-alone.ts), built at the first lone word that found nothing.
  let givenOwners: Map<string, number> | undefined;
  // Pass 2: acronyms, surnames and other single words join an entity of pass 1 when they can.
  cands.forEach((c, ci) => {
    if (candEntity[ci] >= 0) return;
    const name = surface(c);
    if (c.acronymOf >= 0 && candEntity[c.acronymOf] >= 0) {
      candEntity[ci] = candEntity[c.acronymOf];
      // The acronym alone later ("URRO said") is the same body, even when the name's initials spell it otherwise.
      const key = keyOf(c, name, c.type!);
      if (!byKey.has(key)) byKey.set(key, candEntity[ci]);
      return;
    }
    const f = foldOf(c, name);
    const sur = c.type === 'PERSON' ? particleSurname(f) : f;
    let person = sur.includes(' ') ? (c.type === 'PERSON' ? tailOwner(entities, f) : undefined) : surnameOwner(foldedKeyOf(c, sur), c.type === 'PERSON');
    // "Abu Zaid" joins only a full name ending in it ("Karim Abu Zaid"), never "Omar Zaid" (a kunya names another).
    if (person !== undefined && sur !== f && KIN_FOLDED.has(f.slice(0, f.indexOf(' '))) && !entities[person].name.toLowerCase().endsWith(' ' + f)) person = undefined;
    // A one-word ORG that does not speak as a person is a family firm's short name before a namesake's surname (entity-family-firms.ts).
    const firm = person !== undefined && c.type === 'ORG' && c.first === c.last && byShortName.has(f) && !speaksAsPerson(tokens, c.first)
      ? familyFirm(entities, f, tokens[c.first].start, firstStart) : undefined;
    const found = clubFor(c, f) ?? byKey.get(keyOf(c, name, c.type!)) ?? byKey.get(keyOf(c, name, 'PERSON')) ?? firm ?? person
      ?? findByInitials(entities, f, name, entityInitials) ?? (f.includes(' ') || datelineTown(tokens, blocks, sentenceBlock, c) ? undefined : firmShortName(c, f));
    const given = found === undefined && c.first === c.last && c.role === null ? givenNameOwner(givenOwners ??= givenNameOwners(entities), entities, f, c.type, tokens[c.first].start, firstStart) : undefined;
    if (found !== undefined || given !== undefined) {
      candEntity[ci] = found ?? given!;
      c.type = entities[candEntity[ci]].type;
      return;
    }
    candEntity[ci] = newEntity(name, c.type!, keyOf(c, name, c.type!), c);
  });

  const mentions: Mention[] = [];
  cands.forEach((c, ci) => {
    const e = entities[candEntity[ci]];
    const start = tokens[c.first].start;
    const end = tokens[c.last].end;
    // The mention's text is its chunk's shared name when spaced by single spaces (`surface`).
    const shared = c.info?.surface;
    const mtext = shared !== undefined && spacedBySingleSpaces(text, tokens, c) ? shared : text.slice(start, end);
    const block = blocks[sentenceBlock[tokens[c.first].sentence]];
    mentions.push({ start, end, text: mtext, type: e.type, local: candEntity[ci], furniture: block.kind === 'furniture' || block.kind === 'byline' });
    if (!e.aliases.includes(mtext)) e.aliases.push(mtext);
    if (c.role) e.roles.push({ ...c.role, text: text.slice(c.role.start, c.role.end) });
    const appo = apposition(text, tokens, c.last) ?? (e.type === 'PERSON' ? roleBefore(text, tokens, c.first, c.last) : null);
    if (appo) e.roles.push(appo);
  });
  const sorted = inStartOrder(mentions) ? mentions : mentions.map((_, k) => k).sort((x, y) => mentions[x].start - mentions[y].start).map((k) => mentions[k]);
  entities.forEach((e) => (e.mentions = []));
  sorted.forEach((m, k) => entities[m.local].mentions.push(k));
  keepOwnKeys(entities, ownKeys);
  return { mentions: sorted, entities };
}

/**
 * A dateline's town of one word is the place, not the short name of a firm or paper named after it
 * ("KESTON —" under a byline of the "Keston Ledger").
 */
function datelineTown(tokens: Token[], blocks: Block[], sentenceBlock: number[], c: Candidate): boolean {
  return c.type === 'LOC' && c.first === c.last && allCaps(tokens[c.first]) && isDateline(tokens, c.first, c.last, blocks[sentenceBlock[tokens[c.first].sentence]]);
}

/** Are the tokens of a chunk apart by no more than one plain space (the common case, nothing to collapse)? */
function spacedBySingleSpaces(text: string, tokens: Token[], c: Candidate): boolean {
  for (let k = c.first; k < c.last; k++) {
    const gap = tokens[k + 1].start - tokens[k].end;
    if (gap > 1 || (gap === 1 && text.charCodeAt(tokens[k].end) !== 32)) return false;
  }
  return true;
}

/** Mentions come mostly in text order already: then there is nothing to sort (the sort is stable). */
function inStartOrder(mentions: Mention[]): boolean {
  for (let k = 1; k < mentions.length; k++) if (mentions[k].start < mentions[k - 1].start) return false;
  return true;
}

/** `known` keeps each entity's initials (by entity index) once worked out: entities never change name. */
function findByInitials(entities: LocalEntity[], f: string, name: string, known: string[]): number | undefined {
  if (!/^[\p{Lu}.]{2,8}$/u.test(name)) return undefined;
  const acr = f.replace(/[^a-z]/g, '');
  for (let k = 0; k < entities.length; k++) {
    const e = entities[k];
    if (e.type === 'PERSON' || !e.name.includes(' ')) continue;
    const ini = known[k] ??= initials(e.name);
    if (ini === acr) return k;
  }
  return undefined;
}

const ROLE_NOUNS = new Set(['member', 'head', 'leader', 'founder', 'owner', 'resident', 'chief']);
/** Words that open a description after a name ("Lena Ortiz, a spokeswoman …"). */
const APPOSITION_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their']);

/** A noun that says what a person is ("spokeswoman", "researcher", "resident"): the token's kept lower case, not a new one per ask (7.6k per 1,000 docs). */
function isRoleNoun(t: Token): boolean {
  const l = lowerCase(t);
  return TITLE_HEADS.has(l) || SPEAKER_NOUNS.has(l) || ROLE_NOUNS.has(l);
}

/**
 * "A company spokeswoman, Lena Ortiz, said" → the description before the name, set off by commas on
 * both sides and headed by a role noun right before the comma; null otherwise.
 */
function roleBefore(text: string, tokens: Token[], first: number, last: number): Role | null {
  const comma = tokenAt(tokens, first - 1), after = tokenAt(tokens, last + 1), head = tokenAt(tokens, first - 2);
  if (comma?.text !== ',' || after?.text !== ',' || !head || !isRoleNoun(head)) return null;
  for (let k = first - 2; k >= Math.max(0, first - 8) && tokens[k].sentence === comma.sentence; k--) {
    const t = tokens[k].text;
    if (/^[,;:.()"“”—–]$/.test(t)) return null;
    if (/^(a|an|the|one)$/i.test(t)) return { start: tokens[k].start, end: tokens[first - 2].end, text: text.slice(tokens[k].start, tokens[first - 2].end) };
  }
  return null;
}

/**
 * Words an apposition may run to, and how many when the sentence's end closes it rather than a comma,
 * dash or bracket; one that does not close within them is cut before its relative clause ("the
 * contractor that …"), or dropped: never cut mid-phrase ("… under a €").
 */
const APPOSITION_MAX = 30, APPOSITION_TO_END = 14;
const RELATIVES: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whose', 'whom']);

/** "Lena Ortiz, a spokeswoman for the Coastal Rescue Federation," → the description after the name. */
function apposition(text: string, tokens: Token[], last: number): Role | null {
  const comma = tokenAt(tokens, last + 1);
  if (!comma || comma.text !== ',') return null;
  const startTok = tokenAt(tokens, last + 2);
  if (!startTok || startTok.sentence !== comma.sentence) return null;
  const det = lowerCase(startTok);
  const after = tokenAt(tokens, last + 3)?.text;
  if (!APPOSITION_OPENERS.has(det) && after !== '’s' && after !== "'s") return null;
  let k = last + 2;
  let hasNoun = false, relative = -1, closed = false;
  for (; k < tokens.length && k < last + APPOSITION_MAX + 2 && tokens[k].sentence === comma.sentence; k++) {
    const t = tokens[k].text;
    if (t === ',' || t === ';' || t === '(' || t === ')' || t === '—' || t === '–') { closed = true; break; }
    if (t === '.') { closed = k < last + APPOSITION_TO_END + 2; break; }
    if (isRoleNoun(tokens[k])) hasNoun = true;
    else if (hasNoun && relative < 0 && RELATIVES.has(t)) relative = k;
  }
  if (!closed && k < last + APPOSITION_TO_END + 2 && (k === tokens.length || tokens[k].sentence !== comma.sentence)) closed = true;
  if (!closed) k = relative;
  if (!hasNoun || k <= last + 2) return null;
  const start = startTok.start;
  const end = tokens[k - 1].end;
  return { start, end, text: text.slice(start, end) };
}
