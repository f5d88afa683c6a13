/**
 * Closed word classes for statistical claims: what happened to the counted things (measures),
 * which counted nouns name the same kind of thing, and how time frames are normalised. General
 * English, written by hand; nothing here comes from any particular article.
 */

/** Verbs and nouns that name what happened to counted things, grouped into measures. */
export const MEASURES: readonly [RegExp, string][] = [
  [/^(kill|kills|killed|killing|dead|died|die|dying|deaths?|lives|fatalities|fatality|murdered|slain|perished|drowned|massacred|bodies|toll)$/i, 'death'],
  [/^(wounded|wounding|wounds|injure|injures|injured|injuring|injuries|injur(y|ies)|hurt|maimed|casualties|treated|hospitali[sz]ed|hospital)$/i, 'injury'],
  [/^(missing|disappeared|unaccounted)$/i, 'missing'],
  [/^(trapped|besieged|stranded)$/i, 'trapped'],
  [/^(displaced|fled|flee|flees|fleeing|homeless|evacuated|uprooted|refugees)$/i, 'displaced'],
  [/^(arrested|arrests?|detained|detainees|detentions?|jailed|imprisoned|held|captured)$/i, 'detained'],
  // Taking part in an event: "4,000 people joined the march", "thousands protesting", "took part".
  [/^(joined|marched|marching|protested|protesting|demonstrated|demonstrating|rallied|rallying|attended|attending|gathered|part)$/i, 'turnout'],
  [/^(jobs|employ|employs|employed|employing|hire|hired|hiring)$/i, 'employment'],
  [/^(rescued|saved|freed|pulled|airlifted)$/i, 'rescued'],
  [/^(sank|sunk|sink|destroyed|damaged|wrecked|flattened|collapsed|razed|demolished|capsized)$/i, 'destroyed'],
  // Business, economy and politics. Sites closed or opened: "will close four plants", "30 shops shut".
  // Bare "close" and "open" are often adjectives ("living close to", "remain open"): see VERB_MEASURES.
  [/^(closes|closed|closing|closures?|shut|shuts|shutting|shutdowns?|shuttered|mothballed)$/i, 'closed'],
  [/^(opens|opened|opening|openings|reopen|reopens|reopened|reopening|inaugurated)$/i, 'opened'],
  // Jobs done away with: "cut 900 jobs", "1,200 posts will be axed", "300 redundancies".
  [/^(cut|cuts|cutting|slash|slashes|slashed|slashing|axe|axed|axing|shed|shedding|eliminate|eliminates|eliminated|eliminating|scrap|scraps|scrapped|scrapping|laid|layoffs?|lay-offs?|redundancies|redundant|sacked|sacking|retrenched)$/i, 'cut'],
  // Goods changing hands, made, sent out or called back.
  [/^(sell|sells|sold|selling|sales|buy|buys|bought|buying|purchased|purchases)$/i, 'sold'],
  [/^(produce|produces|produced|producing|manufacture|manufactures|manufactured|manufacturing|build|builds|built|make|makes|making)$/i, 'produced'],
  [/^(deliver|delivers|delivered|delivering|deliveries|shipped|shipments)$/i, 'delivered'],
  [/^(recall|recalls|recalled|recalling)$/i, 'recalled'],
  // Elections and contests: "won 45 seats", "2 million votes", "40 women were elected".
  [/^(win|wins|won|winning|elected|votes|voted|ballots)$/i, 'won'],
  // Illness: "300 people were infected", "1,200 new infections".
  [/^(infected|infections|sickened|diagnosed)$/i, 'infected'],
  [/^(vaccinated|inoculated|immunised|immunized|vaccinations|jabs)$/i, 'vaccinated'],
];

/**
 * How a price, index or rate moved: "fell 3%" and "dropped 3 percent" state one figure, for
 * corroboration only (claim detection keeps the verb). Past forms, as claims give them.
 */
const MOVES: readonly [RegExp, string][] = [
  [/^(fell|dropped|declined|slid|tumbled|plunged|plummeted|slumped|dipped|sagged)$/i, 'fell'],
  [/^(rose|climbed|gained|jumped|surged|soared|advanced|increased)$/i, 'rose'],
];

/** Is a measure a market move ("fell", "slid", "gained")? */
export function isMove(measure: string): boolean {
  const m = moveMeasure(measure);
  return m === 'fell' || m === 'rose';
}

/** The measure two claims compare on: a market move under any of its verbs, else the measure itself. */
export function moveMeasure(measure: string): string {
  for (const [re, m] of MOVES) if (re.test(measure)) return m;
  return measure;
}

/**
 * A verb and its particle that name another measure than the verb alone: people "cut off" by a
 * flood are trapped, workers "laid off" lose their jobs. Keys: the two words in lower case.
 */
const PHRASAL_MEASURES: Record<string, string> = {
  'cut off': 'trapped', 'cuts off': 'trapped', 'cutting off': 'trapped',
  'lay off': 'cut', 'lays off': 'cut', 'laid off': 'cut', 'laying off': 'cut',
  'shut down': 'closed', 'shuts down': 'closed', 'shutting down': 'closed',
  'sold off': 'sold', 'sell off': 'sold', 'selling off': 'sold',
};

/**
 * Words that name a measure only where they are verbs: right before the figure they take as object
 * ("close four plants") or after a modal ("will close"), keyed by the word in lower case.
 */
const VERB_MEASURES: Record<string, string> = { close: 'closed', open: 'opened' };
const MODALS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'to']);

/** The measure of a word of VERB_MEASURES right before a figure, or ''. */
export function verbMeasure(word: string): string {
  return VERB_MEASURES[word.toLowerCase()] ?? '';
}

/** Is `words[i]` a form of "make" followed by "up" ("two firms make up the market": to form a whole, no production)? */
export function madeUp(words: readonly string[], i: number): boolean {
  const w = words[i];
  return (w === 'make' || w === 'makes' || w === 'made' || w === 'making') && i + 1 < words.length && words[i + 1].toLowerCase() === 'up';
}

/** Verbs that take the particles of PHRASAL_MEASURES (asked before a particle right before a figure: "laid off 300 workers"). */
export const PHRASAL_VERB = /^(cut|cuts|cutting|lay|lays|laid|laying|shut|shuts|shutting|sold|sell|selling)$/i;

/** The measure a verb and its particle ("cut off", "laid off") or a modal and a verb ("will close") name among `words`, or ''. */
export function phrasalMeasure(words: readonly string[]): string {
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i + 1];
    // "will close", "would open": the verb after a modal
    if ((w.length === 4 || w.length === 5) && MODALS.has(words[i].toLowerCase())) {
      const m = verbMeasure(w);
      if (m) return m;
    }
    if (w.length > 4 || (w !== 'off' && w !== 'down' && w !== 'Off' && w !== 'Down')) continue;
    const m = PHRASAL_MEASURES[words[i].toLowerCase() + ' ' + w.toLowerCase()];
    if (m) return m;
  }
  return '';
}

/**
 * Measures of things that happen again and again (sites closed, jobs cut, goods sold): two figures
 * of one of them both hold when they come from different periods or announcements, so they only
 * contradict each other when both name the same time frame.
 */
export const PERIODIC_MEASURES: ReadonlySet<string> = new Set(['closed', 'opened', 'cut', 'sold', 'produced', 'delivered', 'recalled']);

/** Irregular past forms that end what is counted: "40 homes fell", "a 6.8 quake struck the town". */
export const IRREGULAR_PAST = new Set(`arose awoke bore beat became began bent bit bled blew broke brought built burnt bought caught
  chose clung came cost crept cut dealt dug dove drew dreamt drank drove ate fell fed felt fought found fled flung flew forbade
  forgot forgave froze got gave went ground grew hung had heard hid hit held hurt kept knelt knew laid led leapt left lent let
  lay lit lost made meant met paid put quit read rode rang rose ran said saw sought sold sent set shook shed shone shot showed
  shrank shut sang sank sat slept slid spoke sped spent spun spat split spread sprang stood stole stuck stung struck swore swept
  swam swung took taught tore told thought threw understood woke wore wove wept won wound wrote`.split(/\s+/));

/** "lost" alone is ambiguous: "lost their lives" is a death, "lost their homes" displacement. */
export const LOST = /^(lost|lose|losing)$/i;

/** What an amount of money is: a cost, aid handed out, or a loss. Checked against nearby words. */
export const MONEY_MEASURES: readonly [RegExp, string][] = [
  [/^(aid|funds?|funding|grants?|relief|released|pledged|allocated|donated|donations?|raised|compensation|payouts?|appeal|appealed|requested|sought)$/i, 'aid'],
  [/^(losses|loss|lost|damages?|claims|insured|insurance)$/i, 'loss'],
  [/^(cost|costs|costing|contracts?|price|bill|budget|spent|spend|paid|pay|worth|tender|invested|investment)$/i, 'cost'],
  // Money taken out: "savers pulled $3 billion", "withdrew €40 million" (people pulled from water are rescued).
  [/^(pulled|withdrew|withdrawn|withdrawals?|outflows?)$/i, 'withdrawn'],
];

/** Units of length, area, mass, volume, speed, power and energy: "200 metres", "a 30,000-tonne ship", "1.2 gigawatts", "12 TWh". Value: the dimension. */
export const DIMENSION_UNITS: Record<string, string> = {
  metre: 'length', meter: 'length', kilometre: 'length', kilometer: 'length', km: 'length', mile: 'length',
  foot: 'length', feet: 'length', yard: 'length', centimetre: 'length', centimeter: 'length', cm: 'length',
  inch: 'length', millimetre: 'length', millimeter: 'length', mm: 'length',
  mph: 'speed', kph: 'speed', 'km/h': 'speed',
  tonne: 'mass', ton: 'mass', kilogram: 'mass', kilo: 'mass', kg: 'mass', pound: 'mass', lb: 'mass',
  litre: 'volume', liter: 'volume', gallon: 'volume', barrel: 'volume',
  hectare: 'area', acre: 'area',
  watt: 'electric power', kilowatt: 'electric power', megawatt: 'electric power', gigawatt: 'electric power', terawatt: 'electric power', kw: 'electric power', mw: 'electric power', gw: 'electric power', tw: 'electric power',
  kwh: 'energy', mwh: 'energy', gwh: 'energy', twh: 'energy',
};

/**
 * How big each unit of DIMENSION_UNITS is in one unit of its dimension (metres, kilograms, litres,
 * square metres, watts, watt-hours), so "1.5 km" and "a mile", or "1.4 GW" and "1,400 megawatts", can be compared. A ton is taken as a tonne: short and
 * long tons differ from it by less than the slack of a rounded figure.
 */
export const UNIT_SIZES: Record<string, number> = {
  metre: 1, meter: 1, kilometre: 1000, kilometer: 1000, km: 1000, mile: 1609.344, foot: 0.3048, feet: 0.3048, yard: 0.9144,
  centimetre: 0.01, centimeter: 0.01, cm: 0.01, inch: 0.0254, millimetre: 0.001, millimeter: 0.001, mm: 0.001,
  mph: 0.44704, kph: 1 / 3.6, 'km/h': 1 / 3.6,
  tonne: 1000, ton: 1000, kilogram: 1, kilo: 1, kg: 1, pound: 0.45359237, lb: 0.45359237,
  litre: 1, liter: 1, gallon: 3.785411784, barrel: 158.987,
  hectare: 10000, acre: 4046.8564224,
  watt: 1, kilowatt: 1e3, megawatt: 1e6, gigawatt: 1e9, terawatt: 1e12, kw: 1e3, mw: 1e6, gw: 1e9, tw: 1e12,
  kwh: 1e3, mwh: 1e6, gwh: 1e9, twh: 1e12,
};

/** Counted nouns that name the same kind of thing, mapped to one class. */
const COUNTED_CLASSES: Record<string, string> = {
  person: 'people', people: 'people', civilian: 'people', resident: 'people', inhabitant: 'people', villager: 'people',
  passenger: 'people', victim: 'people', worker: 'people', individual: 'people', citizen: 'people', local: 'people',
  body: 'people', life: 'people', death: 'people', casualty: 'people', fatality: 'people', injury: 'people', patient: 'people',
  arrest: 'people', detention: 'people', protester: 'people', protestor: 'people', demonstrator: 'people', marcher: 'people',
  mourner: 'people', participant: 'people', attendee: 'people', spectator: 'people',
  child: 'child', kid: 'child', minor: 'child', boy: 'child', girl: 'child', infant: 'child', baby: 'child',
  soldier: 'soldier', troop: 'soldier', fighter: 'soldier', militant: 'soldier', rebel: 'soldier', combatant: 'soldier',
  boat: 'vessel', vessel: 'vessel', ship: 'vessel', trawler: 'vessel', ferry: 'vessel', craft: 'vessel', yacht: 'vessel',
  home: 'home', house: 'home', dwelling: 'home', flat: 'home', apartment: 'home',
  family: 'household', household: 'household',
  hospital: 'hospital', clinic: 'hospital',
  doctor: 'medic', medic: 'medic', nurse: 'medic', paramedic: 'medic',
  prisoner: 'detainee', detainee: 'detainee', inmate: 'detainee',
  staff: 'people', employee: 'people', staffer: 'people',
  observer: 'observer', monitor: 'observer', inspector: 'observer',
  truck: 'truck', lorry: 'truck', lorrie: 'truck',
  // Sites of work and trade (lemmas of "-es" plurals keep the "e": branches → branche).
  plant: 'plant', factory: 'plant', facility: 'plant', mill: 'plant', refinery: 'plant', smelter: 'plant', foundry: 'plant',
  store: 'store', shop: 'store', outlet: 'store', branch: 'store', branche: 'store', supermarket: 'store', boutique: 'store',
  showroom: 'store',
  dealer: 'dealer', dealership: 'dealer',
  company: 'company', firm: 'company', business: 'company', businesse: 'company', enterprise: 'company', startup: 'company',
  bank: 'bank', lender: 'bank',
  // Jobs: one lay-off, redundancy or cut ("1,100 of the cuts", "5,000 job cuts") is one job gone.
  job: 'job', position: 'job', role: 'job', layoff: 'job', 'lay-off': 'job', redundancy: 'job', cut: 'job',
  // Goods.
  car: 'vehicle', vehicle: 'vehicle', automobile: 'vehicle', suv: 'vehicle', sedan: 'vehicle', pickup: 'vehicle', van: 'vehicle',
  minivan: 'vehicle',
  aircraft: 'aircraft', plane: 'aircraft', airplane: 'aircraft', aeroplane: 'aircraft', airliner: 'aircraft', jet: 'aircraft', jetliner: 'aircraft',
  phone: 'phone', handset: 'phone', smartphone: 'phone', cellphone: 'phone',
  computer: 'computer', laptop: 'computer', pc: 'computer',
  // Who uses a product or service.
  user: 'user', subscriber: 'user', customer: 'user', client: 'user', consumer: 'user', account: 'user',
  // Elections and illness.
  vote: 'vote', ballot: 'vote',
  case: 'case', infection: 'case',
};

/** Counted nouns that name people in general (a subset class like children is part of them). */
const HUMAN_CLASSES = new Set(['people', 'child', 'soldier', 'medic', 'detainee', 'man', 'woman']);
/** Counts whose noun is left implicit ("140 injured", "dozens of whom", "others hurt"): people. */
const IMPLICIT = new Set(['', 'other', 'whom', 'them', 'wounded', 'injured', 'dead', 'killed', 'missing', 'those']);

export function isHumanClass(cls: string): boolean {
  return HUMAN_CLASSES.has(cls) || cls === 'woman' || cls === 'man';
}

export function countedClass(counted: string): string {
  if (IMPLICIT.has(counted)) return 'people';
  // Units of one dimension measure the same thing: "1.5 km" and "a mile" (see UNIT_SIZES).
  return COUNTED_CLASSES[counted] ?? DIMENSION_UNITS[counted] ?? counted;
}

/**
 * How well two counted nouns match: 1 for the same class, 0.5 when one is a part of the other
 * (children among people), 0 otherwise.
 */
export function countedMatch(a: string, b: string): number {
  const x = countedClass(a), y = countedClass(b);
  // "8 percent", "2 percent": the unit says nothing about what the share is of.
  if (x === 'percent' || y === 'percent') return 0;
  if (x === y) return 1;
  if ((x === 'people' && HUMAN_CLASSES.has(y)) || (y === 'people' && HUMAN_CLASSES.has(x))) return 0.5;
  return 0;
}

/** A word of a "since …" phrase: the phrase stops at a conjunction, preposition or speech verb. */
const SINCE_WORD = String.raw`(?!(?:a|an|and|but|or|with|as|when|while|that|which|who|in|on|at|to|for|from|by|according|said|says|than|after|before)\b)[\w-]+`;
const WEEKDAY = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
/** Verbs and nouns that announce a figure: the day right after them is the day it was announced. */
// (the searches before or after a time frame look behind, or stick to, its offset in the sentence: no slice and no
// search from every earlier offset; findTimeframes reads every frame of a sentence since s26)
const ANNOUNCE = /(?<=\b(?:said|says|told|announced|reported|confirmed|stated|added|estimated|declared|updated|published|released|statement|briefing|conference|interview)\s+(?:late |early )?(?:on|this|last)\s*)/iy;
/** "has", "have", "had", "having" and white space right before an offset: "have since been released". */
const PERFECT_BEFORE = /(?<=\b(?:has|have|had|having)\s+)/iy;
/** A speech verb right after a day ("Monday, said …"): the day the figure was given. */
const SAID_AFTER = /\s*,?\s*(?:said|announced|told|reported|confirmed)\b/iy;
/** Does the sticky `re` match at offset `at` of `s`? */
function testAt(re: RegExp, s: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(s);
}

/**
 * A span of time a change took or will take, with its length: "over two years", "in five years", "within
 * 18 months", "over the next decade". Not "for over two years" (a duration that is the figure itself) nor a
 * span before "old", "ago" or "earlier" (an age, a point in time).
 */
const SPAN_COUNT = 'a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|\\d{1,2}';
const SPAN = String.raw`(?<!\bfor )\b(?:over|in|within) (?:the (?:next|coming) (?:(?:${SPAN_COUNT}) )?|(?:${SPAN_COUNT}) )(?:hours?|days?|weeks?|months?|years?|decades?)\b(?!['’]? (?:old|ago|earlier|later|before|after|of)\b)`;
/** Built once: compiling it for every claim cost more than the search itself. */
// Tried (s27): TIMEFRAME made sticky and tried only at word starts of its first letters (t l p i d o s y):
// the same frames over 1,191 figure sentences, but ~1.5x slower than this one global search.
const TIMEFRAME = new RegExp(String.raw`\b(this|last|past|previous) (week|month|year|weekend)\b|\b(in|during|over) the (past|last|previous) (few |\d+ |\w+ )?(hours?|days?|weeks?|months?|years?|decades?)\b|${SPAN}|\bsince (?:the )?${SINCE_WORD}(?: (?:of (?:the |a )?)?${SINCE_WORD}){0,3}|\bon (${WEEKDAY})\b|\b(yesterday|today|overnight)\b`, 'gi');
/**
 * The period a change is measured against: "from a year earlier", "compared with the same quarter a year ago", "than a
 * month before", "month on month", "over the quarter". Searched apart from TIMEFRAME, only in sentences holding its last words (VERSUS_WORD).
 */
const VERSUS = /\b(?:from|than|over|on|compared (?:with|to)) (?:a|one|the same (?:month|quarter|period|week) a) (?:year|month|quarter|week) (?:earlier|ago|before)\b|\b(?:year|month|quarter)[- ]on[- ](?:year|month|quarter)\b|\bover the (?:month|quarter|year)\b(?! (?:of|to|before|after|ahead)\b)/gi;
const VERSUS_WORD = / ago\b| earlier\b| before\b|.-on-.|h on m|r on q|r on y|over the [myq]/i;

/** A word every TIMEFRAME match holds, with TIMEFRAME's case folding: "this ", "last ", "past ", "previous ", "since", a weekday's, "yesterday"'s or "today"'s "day", "overnight", a SPAN's unit. */
const TIMEFRAME_WORD = /this |last |past |previous |since|day|overnight|years?\b|months?\b|weeks?\b|hours?\b|decades?\b/i;

/** A time frame found in a sentence, with its offsets there. */
export interface FoundTimeframe {
  readonly text: string; readonly start: number; readonly end: number;
  /** Is it the span of a superlative ("the worst storm since the war began"), not of a figure near it? */
  readonly ofSuperlative?: boolean;
}

/** A superlative and up to three words before "since" or a span's "in": "the worst since", "the biggest aerial raid since", "the lowest level in". */
const SUPERLATIVE_BEFORE = /\b(?:\w{2,}est|most|least|first|worst|best)\b(?:\s+[\w-]+){0,3}\s+$/i;

const NO_TIMEFRAMES: readonly FoundTimeframe[] = Object.freeze([]);

/**
 * The time frames of a sentence, in order: "last week", "in the past 24 hours", "since the
 * outbreak of the fighting", "on Monday", "overnight", "from a year earlier" (the period a change is measured against). A weekday right after a speech verb ("said on
 * Monday") is when the figure was announced, not its time frame, and is skipped.
 */
export function findTimeframes(sentence: string): readonly FoundTimeframe[] {
  return VERSUS_WORD.test(sentence) ? withVersus(sentence, pointFrames(sentence)) : pointFrames(sentence);
}

/** The frames of TIMEFRAME and those of VERSUS in one list, in sentence order. */
function withVersus(sentence: string, frames: readonly FoundTimeframe[]): readonly FoundTimeframe[] {
  VERSUS.lastIndex = 0;
  let out: FoundTimeframe[] | null = null;
  for (let m = VERSUS.exec(sentence); m; m = VERSUS.exec(sentence)) (out ??= [...frames]).push({ text: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length, ofSuperlative: false });
  return out ? out.sort((a, b) => a.start - b.start) : frames;
}

/** TIMEFRAME's frames of a sentence (see findTimeframes). */
function pointFrames(sentence: string): readonly FoundTimeframe[] {
  // Three sentences in four with a figure hold none of TIMEFRAME's words: no search (a quarter less time per claim sentence).
  if (!TIMEFRAME_WORD.test(sentence)) return NO_TIMEFRAMES;
  const re = TIMEFRAME;
  re.lastIndex = 0;
  let out: FoundTimeframe[] | null = null;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    // "have since been released": an adverb of the verb, no time frame.
    if (/^since/i.test(m[0]) && (/^since (been|then)\b/i.test(m[0]) || testAt(PERFECT_BEFORE, sentence, m.index))) continue;
    const day = /^on |^(yesterday|today)$/i.test(m[0]);
    if (day && (testAt(ANNOUNCE, sentence, m.index + (/^on /i.test(m[0]) ? 2 : 0)) || testAt(SAID_AFTER, sentence, m.index + m[0].length))) continue;
    // (every frame made with all four fields: a frame of another shape deoptimised nearestTimeframe at its first sight, s28)
    // (and a span after one: "the lowest level in a decade")
    const ofSuperlative = /^(?:since|in )/i.test(m[0]) && SUPERLATIVE_BEFORE.test(sentence.slice(Math.max(0, m.index - 60), m.index));
    (out ??= []).push({ text: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length, ofSuperlative });
  }
  return out ?? NO_TIMEFRAMES;
}

/** The first time frame of a sentence (see `findTimeframes`), or null. */
export function findTimeframe(sentence: string): string | null {
  return findTimeframes(sentence)[0]?.text ?? null;
}

/**
 * The time frame of a claim with no figure (a superlative): the superlative's own "since" span when the claim holds
 * it ("the biggest drop since 2019", whatever frame comes first in the sentence), else the sentence's first.
 */
export function ownTimeframe(sentence: string, claimText: string): string | null {
  const frames = findTimeframes(sentence);
  if (frames.length < 2) return frames[0]?.text ?? null;
  const low = claimText.toLowerCase();
  return (frames.find((f) => f.ofSuperlative && low.includes(f.text)) ?? frames[0]).text;
}

/** A relative pronoun: a time frame after one is of the clause it opens ("21,000 people who had fled since the coup"), not of the figure. */
const RELATIVE = /\b(?:who|whom|whose|which|that)\b/i;

/**
 * The time frame of a figure at `start`..`end` of its sentence: of several, the one nearest it ("its
 * shares slid 2% on Monday, before the results on Tuesday": Monday; "fell 9% on Tuesday, after a 2%
 * slide on Monday": Tuesday for 9%); the earlier one on a tie; a superlative's span only when there is
 * no other ("over the past week, the worst raids since the war began, with 40 killed": the week); and,
 * when `sentence` is given, one after the figure behind a relative pronoun only likewise ("last week,
 * 900 people who had fled since the coup": the week).
 * Null when the sentence has none.
 */
export function nearestTimeframe(frames: readonly FoundTimeframe[], start: number, end: number, sentence?: string): string | null {
  if (frames.length < 2) return frames[0]?.text ?? null;
  let best = frames[0], far = Infinity;
  for (const f of frames) {
    // (a superlative's own span inside the claim is the superlative claim's frame: "the biggest drop since 2019")
    if (f.ofSuperlative && !(f.start >= start && f.end <= end) || sentence !== undefined && f.start >= end && RELATIVE.test(sentence.slice(end, f.start))) continue;
    const d = f.end <= start ? start - f.end : f.start >= end ? f.start - end : 0;
    if (d < far) { far = d; best = f; }
  }
  return best.text;
}

const START_WORDS = /^(start|beginning|outbreak|onset)$/;
const CONFLICT_WORDS = /^(war|conflict|fighting|hostilities|uprising|insurgency|invasion|offensive|crisis)$/;

/**
 * A comparable key for a time frame: "in the past week" and "this week" → "recent:week";
 * "since the outbreak of the fighting" and "since the start of the two-year insurgency" →
 * "since:conflict-start".
 */
export function timeKey(tf: string | null): string | null {
  if (!tf) return null;
  const t = tf.toLowerCase();
  const recent = /^(?:this|last|past|previous|(?:in|during|over) the (?:past|last|previous)(?: few| \d+| \w+)?) (hour|day|week|month|year|weekend|decade)s?$/.exec(t);
  if (recent) return `recent:${recent[1]}`;
  const span = spanKey(t);
  if (span) return span;
  // "from a year earlier", "compared with the same quarter a year ago": a change against the same base period.
  const versus = /\b(year|month|quarter|week) (?:earlier|ago|before)$|^(year|month|quarter)[- ]on[- ]\2$/.exec(t);
  if (versus) return `versus:${versus[1] ?? versus[2]}`;
  if (t.startsWith('since ')) {
    const words = t.slice(6).split(/[\s-]+/).filter((w) => !/^(the|a|an|of|its|this|that|\d+|\w+-year)$/.test(w));
    if (words.some((w) => START_WORDS.test(w)) && words.some((w) => CONFLICT_WORDS.test(w))) return 'since:conflict-start';
    return 'since:' + words.join(' ');
  }
  return t;
}

const SPAN_NUMBERS: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30 };
const SPAN_KEY = /^(?:over|in|within) (?:the (next|coming) )?(\w+ )?(hour|day|week|month|year|decade)s?$/;

/** The key of a SPAN: its length in one unit ("over two years", "in 24 months" → "span:24 month"; years and decades in months), "ahead:" when it is to come ("over the next decade"). */
function spanKey(t: string): string | null {
  const m = SPAN_KEY.exec(t);
  if (m === null) return null;
  const w = (m[2] ?? 'a ').trimEnd();
  const n = /^\d+$/.test(w) ? Number(w) : SPAN_NUMBERS[w];
  if (n === undefined) return `span:${w} ${m[3]}`; // "in several years"
  const [len, unit] = m[3] === 'decade' ? [n * 120, 'month'] : m[3] === 'year' ? [n * 12, 'month'] : [n, m[3]];
  return `${m[1] ? 'ahead' : 'span'}:${len} ${unit}`;
}
