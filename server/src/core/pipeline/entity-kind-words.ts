/**
 * A firm's kind written before its name where a sentence or headline opens (pure, token indices):
 * "Drugmaker Vantrel to cut jobs", "Insurer Brendlach said …", "Rival Norquist declined". Wire copy
 * drops the article before such a noun, which capitalises it; the kind is no part of the name, and the
 * name after it is the firm's (an organisation), as are its other mentions ("Vantrel's pipeline"). Only
 * nouns that are no one's surname or trade title: not "Miner", "Brewer", "Baker", "Banker".
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { lowerToken } from './token-fold';
import { isPlaceName, lexicon } from '../model/lexicon';

export const FIRM_KINDS: ReadonlySet<string> = new Set(`drugmaker carmaker automaker chipmaker planemaker steelmaker
  insurer reinsurer lender retailer e-tailer conglomerate shipbuilder refiner airline rival regulator watchdog developer
  broadcaster operator publisher utility startup start-up charity supplier grocer supermarket consultancy manufacturer`.split(/\s+/));

/**
 * Kinds that are also a person's trade ("Broadcaster Ada Penn", "Rival Marta Voss"): a name after them that opens
 * with a known given name is left to the model.
 */
const PERSON_TRADES: ReadonlySet<string> = new Set(['rival', 'developer', 'broadcaster', 'operator', 'publisher']);

/** Token k is a kind word capitalised only by its position: the first word of its sentence ("Carmaker", not "CARMAKER"). */
function kindAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  // The set first: most tokens asked about are no kind word, and the shape test is a regular expression.
  if (t === undefined || t.kind !== 'word' || !FIRM_KINDS.has(lowerToken(t)) || !/^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?$/u.test(t.text)) return false;
  return k === 0 || tokens[k - 1].sentence !== t.sentence || /^["“‘'(\[]$/.test(tokens[k - 1].text);
}

/** Token k opens a name right after a firm's kind that opens its sentence ("Drugmaker Vantrel"). */
export function afterFirmKind(tokens: readonly Token[], k: number): boolean {
  return k > 0 && kindAt(tokens, k - 1) && tokens[k].sentence === tokens[k - 1].sentence && tokens[k].start - tokens[k - 1].end === 1;
}

/**
 * Nouns for a firm written in lower case right before a name inside a sentence ("the carmaker Tresk",
 * "the publishing giant Corvell", "the mining company Pelgrave", "the newspaper Orla Dzienna", "the news agency Tessa"): the name is
 * the firm's. The kinds that
 * open a sentence (FIRM_KINDS) but "rival" ("his rival Holt" is a person), and general nouns for a firm, also
 * of the entertainment trade ("the label Osk Atlas", "the promoter Brightwell Live"; a name a given name opens
 * is left to the model); no nouns for people or bands.
 */
const LOWER_FIRM_KINDS: ReadonlySet<string> = new Set([...[...FIRM_KINDS].filter((w) => w !== 'rival'), ...`company firm giant maker
  manufacturer publisher broadcaster carrier supplier producer developer operator startup start-up chain bank miner regulator
  watchdog group major label studio distributor streamer promoter service platform app website helpline pollster
  newspaper tabloid broadsheet magazine agency portal housebuilder broker`.split(/\s+/)]);

/** A lower-case noun for a firm ("steelmaker", "company", "bank"). */
export const isFirmKind = (word: string): boolean => LOWER_FIRM_KINDS.has(word);

const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** Trades whose big firms are called "majors": "Oil major Brenthor", "the mining major Pelgrave". */
const MAJOR_TRADES: ReadonlySet<string> = new Set(['oil', 'energy', 'mining', 'drugs', 'drug', 'pharma', 'pharmaceutical', 'tech',
  'media', 'chemicals', 'steel', 'telecoms', 'food', 'auto']);

/**
 * Verbs that make a name after "the company" the subject of a relative clause, a person's ("the company Holt
 * founded", "the firm Ada Penn runs"): that name is left to the model.
 */
const FOUNDER_VERBS: ReadonlySet<string> = new Set(`founded co-founded started created joined left runs ran owns owned
  heads headed chairs chaired`.split(/\s+/));

/** Polls and surveys are a firm's or a body's work: "a poll by Parentway", "the survey by Datavane". */
const POLL_NOUNS: ReadonlySet<string> = new Set(['poll', 'polls', 'survey', 'surveys', 'polling']);

/** Token first follows "by" after a poll's noun ("a poll by Parentway"); a known given name is ruled out by the caller. */
function pollBy(tokens: readonly Token[], first: number): boolean {
  return first > 1 && tokens[first - 1].text === 'by' && POLL_NOUNS.has(tokens[first - 2].text);
}

/**
 * Whether the name first..last follows a lower-case firm noun in its sentence ("the carmaker Tresk"), is led
 * by no known given name and starts no relative clause.
 */
function afterLowerFirmKind(tokens: readonly Token[], first: number, last: number): boolean {
  const kind = tokens[first - 1];
  if (kind === undefined || kind.kind !== 'word' || kind.sentence !== tokens[first].sentence || !(LOWER_FIRM_KINDS.has(kind.text) || pollBy(tokens, first))) return false;
  // (a news agency's name may be a given name too: "the state news agency Petra")
  if (lexicon.firstNames.has(lowerToken(tokens[first])) && !(kind.text === 'agency' && tokens[first - 2]?.text === 'news')) return false;
  // "giant" names a firm only after its trade ("the publishing giant Corvell"); after an article it is a size ("the giant Bolton field").
  if (kind.text === 'giant' && (first < 2 || ARTICLES.has(lowerToken(tokens[first - 2])))) return false;
  // "major" only after a trade it is said of ("Oil major Brenthor"); else a size ("the only major Tessaly port").
  if (kind.text === 'major' && (first < 2 || !MAJOR_TRADES.has(lowerToken(tokens[first - 2])))) return false;
  const after = tokens[last + 1];
  return !(after !== undefined && after.sentence === tokens[last].sentence && FOUNDER_VERBS.has(after.text));
}

/** Nouns for a body written in lower case after its name ("the Infrakon institute", "the Dessel foundation"): no town has one as its own. */
const BODY_NOUNS_AFTER: ReadonlySet<string> = new Set(['institute', 'foundation', 'pollster', 'consultancy', 'think-tank']);

/**
 * Whether the name first..last (one or two words) stands between "the" and a lower-case body's noun of BODY_NOUNS_AFTER
 * ("a poll by the Infrakon institute"), led by no known given name and no known place: the body's name.
 */
function beforeBodyNoun(tokens: readonly Token[], first: number, last: number): boolean {
  const the = tokens[first - 1], noun = tokens[last + 1];
  if (last - first > 1 || the === undefined || noun === undefined || the.text !== 'the' || noun.kind !== 'word' || !BODY_NOUNS_AFTER.has(noun.text)) return false;
  if (the.sentence !== tokens[first].sentence || noun.sentence !== tokens[last].sentence) return false;
  const f = lowerToken(tokens[first]);
  return !lexicon.firstNames.has(f) && !isPlaceName(f);
}

/**
 * Takes an opening kind word off the candidates that start with one and types the name after it an
 * organisation, as it does a candidate right after such a word ("Carmaker" already left out). A name
 * after "Rival" opening with a known given name may be a person's ("Rival Marta Voss"), so it is left to the model.
 */
export function firmsAfterKind(tokens: readonly Token[], cands: Candidate[]): void {
  for (const c of cands) {
    if (c.role !== null || c.type !== null) continue;
    let k: number;
    if (c.last > c.first && kindAt(tokens, c.first)) k = c.first++;
    else if (afterFirmKind(tokens, c.first)) k = c.first - 1;
    else if (afterLowerFirmKind(tokens, c.first, c.last) || beforeBodyNoun(tokens, c.first, c.last)) { c.type = 'ORG'; continue; }
    else continue;
    if (PERSON_TRADES.has(lowerToken(tokens[k])) && lexicon.firstNames.has(lowerToken(tokens[c.first]))) continue;
    c.type = 'ORG';
  }
}

/**
 * Drops (type null) a firm's kind standing alone where its sentence opens ("Drugmaker trial fails",
 * "Carmaker shares fell"): a common noun capitalised by its position, not a name.
 */
export function dropLoneKinds(tokens: readonly Token[], cands: Candidate[]): void {
  for (const c of cands) if (c.type !== null && c.first === c.last && c.role === null && kindAt(tokens, c.first)) c.type = null;
}
