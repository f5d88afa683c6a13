/**
 * One-word names a document shows to be companies, whatever a surname-like shape suggests (pure,
 * token indices): the name owns what only a business owns ("Korvex's workforce", "Korvex's
 * shareholders", "Korvex's North American plants"), its shares move ("Korvex shares fell"), or it does what
 * only a business does ("Korvex recalled 40,000 cars", "Korvex posted a loss"), its staff speak for it ("a
 * spokeswoman for Korvex", "analysts at Korvex") or an apposition names its trade ("Korvex, the carmaker,"). A person
 * may own shares or earn a wage, so "'s shares" and "'s earnings" are not taken as evidence.
 */
import type { Token } from '../types';
import { tokenAt } from './token-at';
import { saidItActs, whichActs, whichRuns } from './entity-it-acts';
import { isPlaceName } from '../model/lexicon';
import { lowerCase } from './token-fold';
import { isKnownGivenName } from '../model/gender';
import { dataSourceBefore } from './entity-data-sources';

/** Nouns after a possessive that name what a business, not a person, has. */
const BUSINESS_OWNED = new Set([
  'workforce', 'employees', 'shareholders', 'stockholders', 'subsidiary', 'subsidiaries', 'headquarters',
  'plants', 'factories', 'factory', 'profits', 'profit', 'revenue', 'revenues', 'ceo', 'chairman',
  'chief', 'board', 'market', 'stock', 'capacity', 'dealers', 'dealerships', 'brands', 'carmaker', 'automaker',
  // (a firm's founders and its users: "Sparrowlane's co-founder", "Quillo's users"; a person has neither)
  'founder', 'founders', 'co-founder', 'co-founders', 'cofounder', 'cofounders', 'users', 'subscribers',
]);
/** Verbs that say a share price moved: "Korvex shares fell". */
const SHARE_MOVES = new Set([
  'rose', 'fell', 'jumped', 'dropped', 'slid', 'climbed', 'gained', 'tumbled', 'surged', 'plunged',
  'closed', 'slumped', 'soared', 'sank', 'rallied', 'dipped', 'edged',
]);

/**
 * A business's own acts, each with the objects that make it one: a maker recalls its products ("Korvex recalled
 * 40,000 cars"), a firm posts its results ("Korvex posted a quarterly loss"). The verb alone is not enough:
 * a person recalls a night and reports a crime.
 */
const BUSINESS_ACTS = new Map<string, ReadonlySet<string>>();
const PRODUCTS = new Set(['cars', 'vehicles', 'trucks', 'models', 'units', 'products', 'phones', 'laptops', 'devices', 'batteries']);
const RESULTS = new Set(['loss', 'losses', 'profit', 'profits', 'revenue', 'revenues', 'earnings', 'sales', 'turnover']);
for (const v of ['recalled', 'recalls', 'recalling']) BUSINESS_ACTS.set(v, PRODUCTS);
for (const v of ['posted', 'posts', 'booked', 'books', 'reported', 'reports']) BUSINESS_ACTS.set(v, RESULTS);
/** Staff a firm lays off ("Mossburn cut 40 jobs", "Velto shed 300 workers"): a person cuts budgets or prices, not jobs. */
const STAFF = new Set(['jobs', 'staff', 'workers', 'employees', 'posts', 'roles', 'positions']);
for (const v of ['cut', 'cuts', 'shed', 'sheds', 'axed', 'axes', 'slashed', 'slashes']) BUSINESS_ACTS.set(v, STAFF);

/** `i` is the verb after a name: its object, within three more words, is one the act needs. */
function businessAct(tokens: readonly Token[], i: number, objects: ReadonlySet<string>): boolean {
  for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) {
    const t = tokens[k];
    if (t.sentence !== tokens[i].sentence) return false;
    const w = lowerCase(t);
    if (objects.has(w)) return true;
    // Only a figure, an article or a describing word may come before the object ("a quarterly net", "40,000").
    if (t.kind !== 'number' && !/^\p{Ll}[\p{L}-]*$/u.test(t.text)) return false;
  }
  return false;
}

/**
 * A bank's or broker's staff who speak on markets: "a Harwick economist", "an Ostley analyst". A town has no
 * economist of its own to quote and a person's are "Venn's analysts"; only the singular after "a"/"an", as
 * "Harwick economists" may be a university's.
 */
const MARKET_STAFF = new Set(['economist', 'analyst', 'strategist']);

const isPossessive = (t: Token | undefined): boolean => t !== undefined && (t.text === "'s" || t.text === '’s');

/**
 * A firm's staff or parts before a preposition and the name: "a spokeswoman for Korvex", "analysts at Korvex", "traders at Korvex",
 * "fact-checkers at Korvex" (an outlet's staff),
 * "the chief executive of Korvex", "a unit of Korvex", "a stake in Korvex", "shares of Korvex". A person has no spokesman "for" them in news (a
 * person's is "Venn's spokesman") and no analysts or subsidiaries; a town has no chief executive.
 */
const STAFF_BEFORE = new Map<string, ReadonlySet<string>>([
  ['for', new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'spokeswomen'])],
  ['at', new Set(['analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists', 'executive', 'executives',
    'trader', 'traders', 'dealer', 'dealers', 'banker', 'bankers', 'fact-checker', 'fact-checkers', 'factchecker', 'factcheckers'])],
  ['in', new Set(['shares', 'stake', 'stakes', 'shareholding', 'shareholdings'])],
  ['of', new Set(['subsidiary', 'subsidiaries', 'unit', 'shareholders', 'stockholders', 'executive', 'ceo', 'shares', 'stock'])],
]);

/**
 * Nouns for a kind of business, after the name and a comma with "the"/"a"/"an" and up to two describing
 * words: "Korvex, the carmaker,", "Korvex, a Velmar-based lender,", a market's ("Velox, the main stock index,").
 * A person's appositions name a job.
 */
const BUSINESS_KINDS = new Set(`company firm carmaker automaker bank lender retailer insurer airline carrier brewer
  chipmaker drugmaker miner conglomerate manufacturer supplier producer developer broker brokerage utility startup
  start-up giant maker exporter importer wholesaler grocer supermarket chain distributor operator shipper
  shipbuilder refiner telecom publisher confectioner processor creamery meatpacker packer agribusiness cooperative
  co-operative co-op distiller index bourse exchange provider`.split(/\s+/));

/** `i` is a name; a firm's staff or part with its preposition is right before it. */
function staffBefore(tokens: readonly Token[], i: number): boolean {
  const p = tokenAt(tokens, i - 1), pp = tokenAt(tokens, i - 2);
  if (!p || !pp || pp.sentence !== tokens[i].sentence) return false;
  // (the length first: most words before a name are longer than the prepositions, and it spares the hash)
  return p.text.length <= STAFF_PREPOSITION_MAX && (STAFF_BEFORE.get(p.text)?.has(lowerCase(pp)) ?? false);
}

const STAFF_PREPOSITION_MAX = Math.max(...[...STAFF_BEFORE.keys()].map((w) => w.length));

/** Words that may follow a business's kind at the end of its apposition ("a maker of tyres", "a lender based in …"). */
const AFTER_KIND = new Set(['of', 'in', 'that', 'which', 'whose', 'with', 'based', 'and', 'or', 'owned', 'known', 'from']);

/**
 * Kinds of business that are also a person's trade ("a property developer", "a film producer", "a grocer"):
 * they mark a company only for a one-word name, which the other evidence about its mentions backs.
 */
const PERSON_TRADES = new Set(['miner', 'broker', 'producer', 'developer', 'publisher', 'operator', 'supplier', 'grocer',
  'brewer', 'maker', 'giant', 'exporter', 'importer', 'distributor', 'shipper', 'carrier', 'wholesaler']);

/**
 * `i` is a name followed by a comma: a business's kind in apposition follows ("Korvex, the carmaker"), and
 * ends its noun phrase (not "the company's founder", "a bank manager"). `firmOnly` leaves out PERSON_TRADES.
 */
function businessApposition(tokens: readonly Token[], i: number, firmOnly = false): boolean {
  const a = tokenAt(tokens, i + 2);
  if (a !== undefined && a.text === 'one' && a.sentence === tokens[i].sentence) return oneOfKinds(tokens, i + 3, firmOnly);
  if (!a || a.sentence !== tokens[i].sentence || (a.text !== 'the' && a.text !== 'a' && a.text !== 'an')) return false;
  for (let k = i + 3; k <= i + 5 && k < tokens.length; k++) {
    const t = tokens[k];
    if (t.sentence !== tokens[i].sentence) return false;
    const l = lowerCase(t);
    if (BUSINESS_KINDS.has(l)) {
      if (firmOnly && PERSON_TRADES.has(l)) return false;
      const n = tokenAt(tokens, k + 1);
      if (!n || n.sentence !== t.sentence) return true;
      return n.kind === 'punct' ? !isPossessive(n) && n.text !== "'" && n.text !== '’' : AFTER_KIND.has(n.text);
    }
    if (t.kind !== 'word' || t.text === 'of' || t.text === 'and') return false;
  }
  return false;
}

/**
 * "one of" at token `k`, then a business's kinds in the plural after the owner of a ranking and up to three
 * describing words: "Stratalis, one of Europe's largest cloud providers,", "Velto, one of the biggest lenders in
 * Orrel". A person is "one of the country's best-known chefs": a trade no firm has.
 */
function oneOfKinds(tokens: readonly Token[], k: number, firmOnly: boolean): boolean {
  const of = tokenAt(tokens, k);
  if (of?.text !== 'of') return false;
  for (let j = k + 1; j <= k + 6 && j < tokens.length; j++) {
    const t = tokens[j];
    if (t.sentence !== of.sentence) return false;
    const l = lowerCase(t);
    const kind = l.endsWith('s') ? l.slice(0, -1) : '';
    if (kind !== '' && BUSINESS_KINDS.has(kind)) return !(firmOnly && PERSON_TRADES.has(kind));
    if (t.kind !== 'word' && !isPossessive(t)) return false;
  }
  return false;
}

/**
 * Names of several words the model took for a person or a place that are companies here: their
 * apposition names a firm's kind ("Lorne Valley Water, the local utility,", "Harrow Vale Power, a
 * Quenby-based supplier of gas,"; only kinds no person has as a trade), or a firm's staff or part comes
 * right before them ("analysts at Pellow Sachs", "the chief executive of Varn Roe", "shares in Orrin
 * Hale"), unless it is a place the lexicon knows ("the chief executive of North America"). Not a spokesman
 * "for" a name of several words: a person's is often "a spokesman for Dana Ruiz".
 */
export function companiesByApposition(tokens: readonly Token[], cands: readonly NamedSpan[]): void {
  let acting: Set<string> | undefined;
  for (const c of cands) {
    if (c.last === c.first || c.role !== null || (c.type !== 'PERSON' && c.type !== 'LOC')) continue;
    if (tokenAt(tokens, c.last + 1)?.text === ',' && businessApposition(tokens, c.last, true)) c.type = 'ORG';
    else if (tokenAt(tokens, c.first - 1)?.text !== 'for' && staffBefore(tokens, c.first) && !knownPlace(tokens, c.first, c.last)) c.type = 'ORG';
    else if (providerBefore(tokens, c.first) && !knownPlace(tokens, c.first, c.last)) c.type = 'ORG';
    else if (c.info && (firmActsAfter(tokens, c.last) || (c.type === 'PERSON' && (kindBefore(tokens, c.first)
      || (tokenAt(tokens, c.last + 1)?.text === ',' && whichRuns(tokens, c.last))))) && !isKnownGivenName(tokens[c.first].text)) (acting ??= new Set()).add(c.info.key);
  }
  // A firm's act types the name in all its mentions: the headline's "Ashvale Lane To Close Plants" too.
  if (acting) for (const c of cands) if (c.info && c.role === null && (c.type === 'PERSON' || c.type === 'LOC') && acting.has(c.info.key)) c.type = 'ORG';
}

/**
 * The name at `i` stands in apposition after a business's kind: "the operator, Avira Sealines,", "the ferry company,
 * Dovan Lines,". A person's apposition after a comma names a job ("the owner, Ada Venn,"), which is no kind here.
 */
function kindBefore(tokens: readonly Token[], i: number): boolean {
  const comma = tokenAt(tokens, i - 1), kind = tokenAt(tokens, i - 2);
  if (comma?.text !== ',' || !kind || kind.kind !== 'word' || !BUSINESS_KINDS.has(kind.text)) return false;
  let d = i - 3;
  const w = tokenAt(tokens, d);
  if (w && w.sentence === kind.sentence && /^\p{Ll}[\p{Ll}-]+$/u.test(w.text) && w.text !== 'the' && w.text !== 'its') d--; // "the ferry operator"
  const a = tokenAt(tokens, d);
  return !!a && a.sentence === kind.sentence && (a.text === 'the' || a.text === 'The' || a.text === 'its');
}

/** A typed span of a name, with its chunk's key when known. */
interface NamedSpan { first: number; last: number; role: unknown; type: string | null; info?: { key: string } }

/**
 * The name ending at token `i` does a firm's work: "Ashvale Lane said it would close two plants", "Tarvel Mills
 * reported higher sales". Not after a given name: "Ada Tolland said it would cut 300 jobs" speaks for her firm.
 */
function firmActsAfter(tokens: readonly Token[], i: number): boolean {
  const next = tokenAt(tokens, i + 1);
  if (!next || next.kind !== 'word' || next.sentence !== tokens[i].sentence) return false;
  const w = lowerCase(next);
  if (w === 'said' || w === 'says') return saidItActs(tokens, i);
  const objects = BUSINESS_ACTS.get(w);
  return objects !== undefined && businessAct(tokens, i + 1, objects);
}

/** Tokens `first`…`last` are a place the lexicon knows. */
function knownPlace(tokens: readonly Token[], first: number, last: number): boolean {
  let name = tokens[first].text.toLowerCase();
  for (let k = first + 1; k <= last; k++) name += ' ' + tokens[k].text.toLowerCase();
  return isPlaceName(name);
}

/** True when the one-word name at token `i` is used as a company here. */
export function companyUse(tokens: readonly Token[], i: number): boolean {
  return staffBefore(tokens, i) || usedAfter(tokens, i) || providerBefore(tokens, i) || placeBasedBefore(tokens, i);
}

/**
 * A place's "-based" or "-headquartered" compound right before the one-word name at `i`: "Brenna-based Sparrowlane",
 * "Orrel-headquartered Velto". Only a firm or a body is written so with no noun between; a person has a
 * trade there ("the Orrel-based designer Ada Venn"). Not a known given name ("Velby-based Mira").
 */
function placeBasedBefore(tokens: readonly Token[], i: number): boolean {
  const b = tokenAt(tokens, i - 1), h = tokenAt(tokens, i - 2), p = tokenAt(tokens, i - 3);
  if (!b || !h || !p || (b.text !== 'based' && b.text !== 'headquartered') || h.text !== '-') return false;
  return p.end === h.start && h.end === b.start && b.sentence === tokens[i].sentence && /^\p{Lu}/u.test(p.text) && !isKnownGivenName(tokens[i].text);
}

/** A data provider's lead-in before the name at `i` ("polled by Sarnow"), unless the name opens with a known given name. */
function providerBefore(tokens: readonly Token[], i: number): boolean {
  return dataSourceBefore(tokens, i) && !isKnownGivenName(tokens[i].text);
}

/** True when the name at tokens `first`…`last` is used as a company here: `companyUse` before and after the span. */
export function companySpanUse(tokens: readonly Token[], first: number, last: number): boolean {
  return staffBefore(tokens, first) || usedAfter(tokens, last);
}

/** Words for a provider's data written right after its name, no possessive: "Nielsen figures", "Tarvo data". */
const PROVIDED_DATA: ReadonlySet<string> = new Set(['figures', 'data', 'estimates', 'ratings']);
/** Verbs whose subject is data: "Tarvo figures showed …". */
const DATA_SHOWS: ReadonlySet<string> = new Set(['show', 'showed', 'shows', 'shown', 'suggest', 'suggested', 'suggests', 'indicate', 'indicated', 'indicates', 'revealed', 'reveal', 'reveals']);

/** Token `k` (after a name and a data word, "Tarvo figures showed") is a verb data is the subject of. */
function dataShown(tokens: readonly Token[], k: number): boolean {
  const v = tokenAt(tokens, k);
  return v !== undefined && v.sentence === tokens[k - 1].sentence && DATA_SHOWS.has(lowerCase(v));
}

/** What follows the name that ends at token `i` shows a company: its apposition, possessions, acts or shares. */
function usedAfter(tokens: readonly Token[], i: number): boolean {
  const next = tokenAt(tokens, i + 1);
  if (!next) return false;
  if (next.text === ',') return businessApposition(tokens, i) || whichActs(tokens, i);
  if (isPossessive(next)) {
    // The noun may follow up to two describing words: "Korvex's North American workforce".
    for (let k = i + 2; k <= i + 4 && k < tokens.length; k++) {
      const w = tokens[k].text;
      if (BUSINESS_OWNED.has(w.toLowerCase())) return true;
      if (!/^\p{L}[\p{L}-]*$/u.test(w)) return false;
    }
    return false;
  }
  const w = lowerCase(next); // kept on the token: the same words are asked by several passes
  if (w === 'said' || w === 'says') return saidItActs(tokens, i);
  if (MARKET_STAFF.has(w)) {
    const p = tokenAt(tokens, i - 1);
    return next.sentence === tokens[i].sentence && !!p && (p.text === 'a' || p.text === 'an' || p.text === 'A' || p.text === 'An');
  }
  const objects = next.sentence === tokens[i].sentence ? BUSINESS_ACTS.get(w) : undefined;
  if (objects) return businessAct(tokens, i + 1, objects);
  if (PROVIDED_DATA.has(w)) return dataShown(tokens, i + 2);
  const move = tokens[i + 2];
  return (w === 'shares' || w === 'stock') && move !== undefined && SHARE_MOVES.has(lowerCase(move));
}
