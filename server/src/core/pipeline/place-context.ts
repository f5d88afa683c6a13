/**
 * Where a capitalised name stands the way only places do: right after "in", "near" or "outside"
 * ("fled to a camp near Tavik", "the flooding in Belmora"). "at", "from" and "to" are left out: news
 * writes them before companies and people as often as before places ("a job at Dorvo", "a letter
 * from Vell"), and "in" after a word for a stake or a belief is about a company ("shares in Dorvo").
 */
import type { Token } from '../types';
import { tokenAt } from './token-at';
import { isCommonToken, lowerToken } from './token-fold';
import { faithFollowers } from './entity-faiths';
import { isFirmKind } from './entity-kind-words';
import { AFTER_PRODUCT } from './entity-product-cues';

const PLACE_ONLY_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'near', 'outside']);

/** Words before "in" that make what follows a company or a cause, not a place. */
const NOT_PLACE_BEFORE_IN: ReadonlySet<string> = new Set(`stake stakes share shares investment investments invest invested
  investing investor investors interest interests confidence trust faith belief believe believed believes role roles
  part member members seat seats holding holdings position positions deal`.split(/\s+/));

/** Words of travel before "through" whose object is a place ("a journey through Tavik", "drove through Belmora");
 *  "through" alone is as often a firm's channel ("sold through Dorvo"). */
const MOVES_THROUGH: ReadonlySet<string> = new Set(`journey journeys trip trips tour travel travels travelled traveled travelling
  traveling marched march marching drove driving walked walking sailed sailing passed passing flew flying rode riding
  swept wandered roamed trekked hiked`.split(/\s+/));

/** Nouns for a place or a part of one that name it after "of" ("the outskirts of Tavik") or in
 *  apposition ("the capital, Tavik"). */
const PLACE_NOUNS: ReadonlySet<string> = new Set(`town towns city cities village villages capital outskirts suburbs
  suburb province region district streets centre center north south east west northeast northwest southeast southwest
  port island border borders coast coastline shores county parish townland townlands hamlet governorate emirate canton
  municipality prefecture voivodeship state`.split(/\s+/));

/** A town's people, its officers and its council, before "of" and a place ("the mayor of Tavik", "residents of
 *  Belmora", "the town council of Drisk", "the people of Tamsby", "a native of Orvik", "the government of Velby"): a
 *  firm has staff, a chief and a board, not a mayor, citizens, voters, a council or a government. */
const PLACE_PEOPLE_OF: ReadonlySet<string> = new Set(`mayor mayors governor residents inhabitants villagers townspeople
  townsfolk council councillors councilors voters citizens citizen people population natives native government`.split(/\s+/));

/** Floods, storms and quakes before "hit", "struck" or "battered": what they strike is a place ("floods hit Marovia",
 *  "a cyclone battered Tessaly"); a firm is "hit" by a slump or a fine, not by the weather. */
const DISASTERS: ReadonlySet<string> = new Set(`flood floods flooding storm storms quake quakes earthquake earthquakes cyclone
  cyclones hurricane hurricanes typhoon typhoons tornado tornadoes drought droughts wildfire wildfires landslide landslides
  tsunami blizzard blizzards heatwave monsoon`.split(/\s+/));
const DISASTER_VERBS: ReadonlySet<string> = new Set(`hit hits struck strikes battered batters lashed lashes pounded pounds
  ravaged ravages devastated devastates swamped swamps`.split(/\s+/));

/** Words that may close the noun phrase "a fishing town" in apposition: what follows a place noun there. */
const AFTER_PLACE_NOUN: ReadonlySet<string> = new Set(['of', 'in', 'on', 'near', 'north', 'south', 'east', 'west', 'outside',
  'where', 'that', 'which', 'with', 'some', 'about', 'just', 'home', 'best', 'known', 'once', 'whose']);

/** PLACE_NOUNS that name a place in apposition ("a fishing town", "the capital"), not a part of one ("the north"),
 *  and the nouns for a whole country ("Velmora, a small nation of two million"). */
// ("state" only before "of": "Velmoil, the state oil company" is no place.)
const APPOSITION_NOUNS: ReadonlySet<string> = new Set([...PLACE_NOUNS].filter((w) => !/^(?:north|south|east|west|streets$|outskirts$|centre$|center$|state$)/.test(w))
  .concat(['country', 'nation', 'kingdom', 'republic', 'island', 'archipelago']));

/** A copula after which "a small country" says what the name is, as the apposition does ("Kesh is a small country"). */
const PLACE_COPULAS: ReadonlySet<string> = new Set(['is', 'was', 'remains']);

const possessive = (t: Token): boolean => t.text === "'s" || t.text === '’s' || t.text === "'" || t.text === '’';

/** What a country has and a firm or a person has not, after its possessive ("Talvoria's parliament", "Vesh's
 *  troops"); "president", "leader" and "capital" are left out: a firm has those too. */
const COUNTRY_OWNED: ReadonlySet<string> = new Set(`parliament navy troops embassy embassies border borders citizens constitution
  airspace monarch king queen sovereignty`.split(/\s+/));

/** First words of what a country has in two words ("prime minister", "armed forces"), with the second's set. */
const COUNTRY_OWNED_PAIRS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['prime', new Set(['minister'])], ['foreign', new Set(['minister', 'ministry', 'secretary'])], ['armed', new Set(['forces'])],
  ['defence', new Set(['minister', 'ministry'])], ['defense', new Set(['minister', 'ministry'])], ['interior', new Set(['minister', 'ministry'])],
]);

/** Is the word at `k` what a country has (in one or two words)? */
function countryOwned(tokens: readonly Token[], k: number, s: number): boolean {
  const o = tokenAt(tokens, k);
  if (!o || o.kind !== 'word' || o.sentence !== s) return false;
  if (COUNTRY_OWNED.has(o.text)) return true;
  const second = COUNTRY_OWNED_PAIRS.get(o.text), x = tokenAt(tokens, k + 1);
  return !!second && !!x && x.sentence === s && second.has(x.text);
}

/** Nouns before "between" whose two sides are countries ("relations between Talvoria and Morden", "the border between …"). */
const BETWEEN_COUNTRIES: ReadonlySet<string> = new Set(['relations', 'border', 'frontier', 'ceasefire', 'truce', 'war', 'ties', 'tensions']);

/** Is the word at `k` "between" after such a noun ("relations between")? */
function countriesBetween(tokens: readonly Token[], k: number): boolean {
  const b = tokenAt(tokens, k), nn = tokenAt(tokens, k - 1);
  return !!b && !!nn && b.kind === 'word' && b.text === 'between' && nn.kind === 'word' && nn.sentence === b.sentence && BETWEEN_COUNTRIES.has(lowerToken(nn));
}

/**
 * From k on (after the name and its comma): "a fishing town of 4,000", "the capital, …", "a small port.":
 * an article, at most two lower-case words and a place noun that ends the phrase (not "a town councillor",
 * "the city's mayor").
 */
function placeInApposition(tokens: readonly Token[], k: number): boolean {
  const a = tokenAt(tokens, k);
  if (!a || a.kind !== 'word' || (a.text !== 'a' && a.text !== 'an' && a.text !== 'the')) return false;
  for (let j = k + 1; j <= k + 3; j++) {
    const t = tokenAt(tokens, j);
    if (!t || t.kind !== 'word' || t.sentence !== a.sentence || !/^[a-z]/.test(t.text)) return false;
    if (!APPOSITION_NOUNS.has(t.text)) continue;
    const n = tokenAt(tokens, j + 1);
    if (!n || n.sentence !== t.sentence) return true;
    // "a nation-wide chain", "the city's mayor": a hyphen or a possessive makes the noun a modifier.
    return n.kind === 'punct' ? !possessive(n) && n.text !== '-' && n.text !== '‐' : AFTER_PLACE_NOUN.has(n.text);
  }
  return false;
}

/**
 * The suffix of a place compound joined to the name ending at token `at` by a hyphen: 2 for "-born",
 * 1 for "-based"/"-headquartered", 0 for none.
 */
function placeSuffix(tokens: readonly Token[], at: number): 0 | 1 | 2 {
  const n = tokenAt(tokens, at + 1);
  if (!n || (n.text !== '-' && n.text !== '‐') || n.start !== tokens[at].end) return 0;
  const t = tokenAt(tokens, at + 2);
  if (!t || t.start !== n.end) return 0;
  return t.text === 'born' ? 2 : t.text === 'based' || t.text === 'headquartered' ? 1 : 0;
}

/** People and bodies that a place compound describes ("a Harbridge-based analyst"), besides a firm's kind. */
const BASED_HOLDERS: ReadonlySet<string> = new Set(`analyst analysts economist economists lawyer lawyers researcher researchers
  group groups organisation organization charity agency club team business businesses investor investors fund
  campaigner campaigners consultancy outfit union think-tank`.split(/\s+/));

/**
 * Is the word after "-based"/"-headquartered" one that such a place describes? Not a product's build
 * ("Zantor-based laptops", "an Orvik-based tablet": what it runs on, often a firm's or a chip's name).
 */
function basedHolder(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const w = lowerToken(t);
  return isFirmKind(w) || BASED_HOLDERS.has(w);
}

/** Words after a firm's name that end its phrase: "Brenna-based Sparrowlane said", "… Sparrowlane, which". */
const AFTER_BASED_NAME: ReadonlySet<string> = new Set(['said', 'says', ...AFTER_PRODUCT]);

/**
 * What the "-based" compound whose last word is just before token `k` describes is one a place describes: such a
 * noun (`basedHolder`), such a noun after up to two lower-case modifiers ("the Tarnby-based mobile operator"), or a
 * firm's one-word name that ends its phrase ("Brenna-based Sparrowlane said"; not "Zantor-based Orvik tablets").
 */
function basedHolderAt(tokens: readonly Token[], k: number): boolean {
  const t = tokenAt(tokens, k);
  if (!t || t.kind !== 'word') return false;
  if (basedHolder(t)) return true;
  if (CAPITAL_WORD.test(t.text)) {
    if (isCommonToken(t)) return false;
    const n = tokenAt(tokens, k + 1);
    return !n || n.sentence !== t.sentence || (n.kind === 'punct' ? n.text !== '-' : AFTER_BASED_NAME.has(n.text));
  }
  for (let j = k; j <= k + 2; j++) {
    const m = tokenAt(tokens, j);
    if (!m || m.kind !== 'word' || m.sentence !== t.sentence || !LOWER_WORD.test(m.text)) return false;
    if (j > k && basedHolder(m)) return true;
  }
  return false;
}
const CAPITAL_WORD = /^\p{Lu}\p{Ll}/u;
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;

/**
 * Is the one-word name at `at` what a product is built on ("Zantor-based laptops")? A brand or a firm, never a
 * person: nobody's laptops are based on a man.
 */
export function productBase(tokens: readonly Token[], at: number): boolean {
  if (placeSuffix(tokens, at) !== 1) return false;
  const h = tokenAt(tokens, at + 3);
  return !!h && h.kind === 'word' && h.sentence === tokens[at].sentence && !isCommonToken(tokens[at]) && !basedHolderAt(tokens, at + 3);
}

/** Compass adjectives that name a part of a place written before its name ("in eastern Tessaly", "across northern Vaskia"). */
const COMPASS_ADJECTIVES: ReadonlySet<string> = new Set(`northern southern eastern western central northeastern northwestern
  southeastern southwestern north-eastern north-western south-eastern south-western`.split(/\s+/));

/** Words before such an adjective that make the phrase a place's: prepositions and the joins of a list. After "the"
 *  the name may be a firm's modifying a noun ("at the western Calveto plant"). */
const BEFORE_COMPASS: ReadonlySet<string> = new Set(`in across throughout near outside from to into of around over within through
  and or`.split(/\s+/));

/** Is the token at `k` a lower-case compass adjective of the same sentence ("eastern", "north-eastern")
 *  after a preposition or a list's join ("in eastern", "and western")? */
function compassBefore(tokens: readonly Token[], k: number, s: number): boolean {
  const t = tokenAt(tokens, k);
  if (!t || t.kind !== 'word' || t.sentence !== s || !COMPASS_ADJECTIVES.has(t.text)) return false;
  const p = tokenAt(tokens, k - 1);
  return !!p && p.kind === 'word' && p.sentence === s && BEFORE_COMPASS.has(p.text);
}

/** Up to two modifiers: "the town of", "the besieged town of", "the rebel-held northern town of", "the Aegean province of". */
const MAX_PLACE_MODIFIERS = 2;

/**
 * Is the token at `k` "the", or "the" and up to MAX_PLACE_MODIFIERS lower-case or capitalised words (a hyphened word
 * counts as one) of the same sentence, ending at `k`?
 */
function articleBefore(tokens: readonly Token[], k: number): boolean {
  let words = 0;
  for (let j = k; j >= 0; j--) {
    const t = tokens[j];
    if (t.sentence !== tokens[k].sentence) return false;
    if (t.kind === 'word' && lowerToken(t) === 'the') return true;
    const joined = t.text === '-' && tokens[j - 1]?.end === t.start && tokens[j + 1]?.start === t.end;
    if (joined) { words--; continue; }
    // (a region's name may be one: "the Aegean province of Ilica", "the northern Velm district of Orby")
    if (t.kind !== 'word' || !/^\p{Lu}?\p{Ll}+$/u.test(t.text) || ++words > MAX_PLACE_MODIFIERS) return false;
  }
  return false;
}

/** A town's people or officers at token k, in sentence `sentence` ("mayor", "residents": PLACE_PEOPLE_OF). */
function placePeopleOf(tokens: readonly Token[], k: number, sentence: number): boolean {
  const t = tokenAt(tokens, k);
  return !!t && t.kind === 'word' && t.sentence === sentence && PLACE_PEOPLE_OF.has(lowerToken(t));
}

/** Is the chunk starting at `first` written after a preposition that takes places only, after "the
 *  town of" or "the mayor of", after "the capital,", or before ", a fishing town"? */
export function placeOnlyContext(tokens: readonly Token[], first: number, last: number): boolean {
  // "in Vell's view", "outside Dorvo's gates": a possessive is a person's or a company's as often.
  const n = tokenAt(tokens, last + 1);
  if (n && possessive(n)) {
    return countryOwned(tokens, last + 2, n.sentence);
  }
  if (n && n.text === ',' && placeInApposition(tokens, last + 2)) return true;
  if (n && PLACE_COPULAS.has(n.text) && n.sentence === tokens[last].sentence && placeInApposition(tokens, last + 2)) return true; // "Kesh is a small country"
  // "a Tolvern-based steelmaker", "the Ardwick-born striker": what comes before -based or -born is a place.
  // "-based" only before a firm's kind or people, or a firm's name ("Web-based", "Zantor-based laptops": what a product is built on).
  const s = placeSuffix(tokens, last);
  if (s === 2 || (s === 1 && !isCommonToken(tokens[last]) && basedHolderAt(tokens, last + 3))) return true;
  const p = tokenAt(tokens, first - 1);
  if (!p || p.sentence !== tokens[first].sentence) return false;
  const pp = tokenAt(tokens, first - 2);
  if (p.text === ',') return !!pp && pp.kind === 'word' && lowerToken(pp) === 'capital' && tokenAt(tokens, first - 3)?.text === 'the';
  if (p.kind !== 'word') return false;
  // "in eastern Tessaly", "across northern Vaskia": a lower-case compass adjective names part of a place; a firm has none.
  if (compassBefore(tokens, first - 1, p.sentence)) return true;
  const l = lowerToken(p);
  // "the mayor of The Kessel": a place's own capitalised article after "of" (a title-case "The" stays out of the chunk).
  if (p.text === 'The' && pp?.text === 'of') return placePeopleOf(tokens, first - 3, p.sentence);
  // "relations between Talvoria and Morden": both sides ("Morden" after a one-word first side).
  if (l === 'between') return countriesBetween(tokens, first - 1);
  if (l === 'and' && pp && pp.kind === 'word' && pp.sentence === p.sentence && !isCommonToken(pp) && countriesBetween(tokens, first - 3)) return true;
  if (l === 'of') {
    if (!pp || pp.kind !== 'word' || pp.sentence !== p.sentence) return false;
    const n = lowerToken(pp);
    return PLACE_PEOPLE_OF.has(n) || faithFollowers(n) || (PLACE_NOUNS.has(n) && articleBefore(tokens, first - 3));
  }
  if (DISASTER_VERBS.has(l)) return !!pp && pp.kind === 'word' && pp.sentence === p.sentence && DISASTERS.has(lowerToken(pp));
  if (l === 'through') return !!pp && pp.kind === 'word' && pp.sentence === p.sentence && MOVES_THROUGH.has(lowerToken(pp));
  if (!PLACE_ONLY_PREPOSITIONS.has(l)) return false;
  if (l !== 'in') return true;
  return !pp || pp.kind !== 'word' || !NOT_PLACE_BEFORE_IN.has(lowerToken(pp));
}
