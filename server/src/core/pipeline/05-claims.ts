/**
 * Stage 5: statistical claims — a quantity with what it counts and what happened to it — and
 * whether anybody is named as their source.
 */
import type { Attribution, Block, Claim, Quote, Sentence, SpeakerRef, Token, Quantity, Sourcing } from '../types';
import { CLAIM_CUES, MONTHS, TIME_UNITS, WEEKDAYS } from '../model/words';
import { cueLemma } from './speakers';
import { QUANTITY, toQuantity } from './quantities';

/** Verbs and nouns that name what happened to the counted things, grouped into measures. */
const MEASURES: [RegExp, string][] = [
  [/^(kill|killed|killing|dead|died|die|dying|deaths?|lives|fatalities|murdered|slain|perished|drowned|massacred)$/i, 'death'],
  [/^(wounded|injured|injuries|injur(y|ies)|hurt|maimed|casualties)$/i, 'injury'],
  [/^(missing|disappeared|unaccounted)$/i, 'missing'],
  [/^(trapped|besieged|stranded|cut)$/i, 'trapped'],
  [/^(displaced|fled|homeless|evacuated|uprooted|refugees|lost)$/i, 'displaced'],
  [/^(arrested|detained|detainees|jailed|imprisoned|held|captured)$/i, 'detained'],
  [/^(rescued|saved|freed|released)$/i, 'rescued'],
];
const AUX = /^(have|has|had|been|be|being|are|were|was|is|will|would|may|might|reportedly|also|now|already|all|still|each|both)$/i;
const STOP = /^(in|on|at|to|since|during|after|before|according|and|but|or|while|when|as|because|from|by|with|over|across|into|including|than|this|last|that|which|who|whom|so|far|yet|overnight|today|yesterday|tonight|earlier|later|again|recently|now|there|here)$/i;
/** Verbs that report a belief, followed by "to (have)" and the verb that says what happened. */
const HEDGED = /^(believed|thought|said|reported|expected|feared|estimated|understood|known|likely)$/i;
const YEAR_BEFORE = /^(in|since|by|of|from|until|till|to|before|after|during|early|late|mid|around|spring|summer|autumn|fall|winter|between|and|the|a|its|their)$/i;
const PERSON_NOUN_LEMMA: Record<string, string> = { people: 'person', children: 'child', men: 'man', women: 'woman', others: 'other', lives: 'life' };

export function lemma(word: string): string {
  const l = word.toLowerCase();
  if (PERSON_NOUN_LEMMA[l]) return PERSON_NOUN_LEMMA[l];
  if (l.length > 4 && l.endsWith('men')) return l.slice(0, -3) + 'man'; // fishermen, firemen
  if (l.length > 4 && l.endsWith('ies')) return l.slice(0, -3) + 'y';
  if (l.length > 3 && l.endsWith('s') && !l.endsWith('ss')) return l.slice(0, -1);
  return l;
}

export function measureOf(words: string[]): string {
  for (const w of words) for (const [re, m] of MEASURES) if (re.test(w)) return m;
  return '';
}

const TIMEFRAME = /\b(this|last|past|previous|next) (week|month|year|weekend)\b|\bin the (past|last) (few |\d+ |\w+ )?(hours?|days?|weeks?|months?|years?)\b|\bsince (the )?[\w-]+( [\w-]+){0,3}|\bon (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(yesterday|today|overnight)\b/i;

export interface ClaimInput {
  text: string;
  tokens: Token[];
  blocks: Block[];
  sentences: Sentence[];
  quotes: Quote[];
  attributions: Attribution[];
}

export function findClaims(input: ClaimInput): Claim[] {
  const { text, tokens, blocks, sentences } = input;
  const claims: Claim[] = [];
  let tk = 0;
  sentences.forEach((s, si) => {
    const kind = blocks[s.block].kind;
    if (kind !== 'body') return;
    while (tk < tokens.length && tokens[tk].sentence < si) tk++;
    const sentTokens: Token[] = [];
    for (let k = tk; k < tokens.length && tokens[k].sentence === si; k++) sentTokens.push(tokens[k]);
    const sentence = text.slice(s.start, s.end);
    let timeframe: string | null | undefined; // found once per sentence, when a claim needs it
    QUANTITY.lastIndex = 0;
    for (let m = QUANTITY.exec(sentence); m; m = QUANTITY.exec(sentence)) {
      const q = toQuantity(m, s.start);
      if (!q || isNotAClaim(text, q, s.start)) continue;
      if (timeframe === undefined) timeframe = TIMEFRAME.exec(sentence)?.[0].toLowerCase() ?? null;
      const claim = buildClaim(text, q, sentTokens, si, sentence, s.start, timeframe);
      if (claim) claims.push(claim);
    }
  });
  const lookup = sourceLookup(input);
  for (const c of claims) source(c, lookup);
  return claims;
}

/** The index of the first token starting at or after `offset` (tokens are in text order). */
function firstTokenAtOrAfter(toks: Token[], offset: number): number {
  let lo = 0, hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].start >= offset) hi = mid; else lo = mid + 1;
  }
  return lo;
}

/** Dates, times, durations, ages, ids, ordinals and lone "one" are not statistical claims. */
function isNotAClaim(text: string, q: Quantity, sentenceStart: number): boolean {
  const after = text.slice(q.end, q.end + 24);
  const before = text.slice(Math.max(sentenceStart, q.start - 16), q.start);
  const core = q.text.toLowerCase().replace(/^\D*?(?=\d|[a-z]+\b(?! of))/, '');
  if (/^[-‐ ]?(a\.m\.|p\.m\.|am\b|pm\b|o'clock|gmt|utc|:\d)/i.test(after)) return true;
  const nextWord = /^[\s\-‐]*(\p{L}+)/u.exec(after)?.[1]?.toLowerCase() ?? '';
  if (TIME_UNITS.has(nextWord) || /^[-‐](\p{L}+)/u.test(after) && TIME_UNITS.has(/^[-‐](\p{L}+)/u.exec(after)![1].toLowerCase())) return true;
  if (/^-?year-old|^-?years? old/i.test(after.trim()) || /\baged?\s*$/i.test(before)) return true;
  const prevWord = /(\p{L}+)\.?\s*$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  if (MONTHS.has(prevWord) || WEEKDAYS.has(prevWord) || MONTHS.has(nextWord)) return true;
  if (/^(no|number|id|page|route|flight|article|section|chapter|room|line|highway)$/i.test(prevWord) || /#\s*$/.test(before)) return true;
  if (/^(st|nd|rd|th)\b/i.test(after)) return true;
  // A year ("in 2019", "a 2021 survey") unless a plural noun follows it ("2019 people").
  if (q.unit === 'count' && !q.approx && /^\d{4}$/.test(core) && +core >= 1800 && +core <= 2100
    && (YEAR_BEFORE.test(prevWord) || !/^\s+\p{Ll}+s\b/u.test(after) || /^\s+(was|is|as|has|has)\b/.test(after))) return true;
  if (/^(one|a|an)$/i.test(q.text.trim())) return true;
  // An age after a name: "Reiter, 54, said".
  if (/,\s*$/.test(before) && /^,/.test(after) && /^\d{1,3}$/.test(q.text)) return true;
  if (/^(times|time|percent)$/.test(nextWord) && q.unit === 'count') return nextWord.startsWith('time');
  return false;
}

function buildClaim(text: string, q: Quantity, toks: Token[], si: number, sentence: string, sStart: number, timeframe: string | null): Claim | null {
  // Binary searches, not scans: a sentence with thousands of figures was quadratic.
  const k = firstTokenAtOrAfter(toks, q.end);
  // What is counted: the words after the quantity, up to a verb, preposition or punctuation.
  const countedWords: Token[] = [];
  let j = k;
  if (toks[j]?.text.toLowerCase() === 'of') j++; // "hundreds of deaths", "two of the hospitals"
  if (toks[j]?.text.toLowerCase() === 'the' || toks[j]?.text.toLowerCase() === 'them' || toks[j]?.text.toLowerCase() === 'whom') j++;
  while (j < toks.length && countedWords.length < 4 && toks[j].kind === 'word' && !AUX.test(toks[j].text) && !STOP.test(toks[j].text)
    // a verb after what is counted starts the predicate ("200 cattle died", "40 homes flooded")
    && !(countedWords.length > 0 && /^\p{Ll}/u.test(toks[j].text) && (/ed$/.test(toks[j].text) || measureOf([toks[j].text]) !== '' || cueLemma(toks[j]) !== null))) {
    countedWords.push(toks[j]);
    if (/^(people|children|civilians|persons|others|soldiers|fighters|families|residents)$/i.test(toks[j].text)) { j++; break; }
    j++;
  }
  const counted = countedWords.length ? lemma(countedWords[countedWords.length - 1].text) : q.unit !== 'count' ? q.unit : '';
  if (!counted && q.unit === 'count' && !/whom|them/.test(sentence.slice(q.end - sStart, q.end - sStart + 12))) return null;
  // The predicate after what is counted: "have been killed", "have lost their homes", "injured".
  let end = countedWords.length ? countedWords[countedWords.length - 1].end : q.end;
  let p = j;
  const predicate: string[] = [];
  while (p < toks.length && AUX.test(toks[p].text) && predicate.length < 4) { predicate.push(toks[p].text); p++; }
  if (p < toks.length && toks[p].kind === 'word' && !STOP.test(toks[p].text) && /^\p{Ll}/u.test(toks[p].text)) {
    predicate.push(toks[p].text);
    end = toks[p].end;
    // "are believed to have died": the hedge and the verb that says what happened
    if (HEDGED.test(toks[p].text) && toks[p + 1]?.text === 'to') {
      let v = p + 2;
      if (/^(have|be|been)$/i.test(toks[v]?.text ?? '')) v++;
      if (toks[v]?.kind === 'word' && /^\p{Ll}/u.test(toks[v].text)) { predicate.push(toks[v].text); end = toks[v].end; p = v; }
    }
    // Its object: "lost their homes", "lost power" (one word, not a preposition or conjunction).
    let o = p + 1;
    if (/^(their|his|her|its)$/i.test(toks[o]?.text ?? '')) o++;
    const obj = toks[o];
    if (obj?.kind === 'word' && /^\p{Ll}/u.test(obj.text) && !STOP.test(obj.text) && !AUX.test(obj.text) && !/(ly|ed)$/.test(obj.text)) {
      end = obj.end;
      predicate.push(obj.text);
    }
  }
  // A verb right before the quantity makes it an object: "evacuated dozens of residents".
  let start = q.start;
  const found = firstTokenAtOrAfter(toks, q.start);
  const qi = found < toks.length ? found : -1;
  const prev = toks[qi - 1];
  const before: string[] = [];
  if (prev && prev.kind === 'word' && /^\p{Ll}/u.test(prev.text) && (/(ed|ing)$/.test(prev.text) || /^(kill|torture|displace|injure|wound|detain|arrest|evacuate|rescue)$/i.test(prev.text)) && !STOP.test(prev.text)
    && !(cueLemma(prev) && CLAIM_CUES.has(cueLemma(prev)!))) { // "counted 70 deaths": the cue is the source, not the claim
    start = prev.start;
    before.push(prev.text);
  }
  const measure = measureOf([...before, ...predicate, ...countedWords.map((t) => t.text)]) || lemma(predicate[predicate.length - 1] ?? before[0] ?? '');
  return {
    start, end, text: text.slice(start, end), quantity: q, counted, measure,
    timeframe, sentence: si, sourced: 'no', source: null, sourceCue: null,
  };
}

interface SourceLookup {
  /** Quotes that can source a claim (not scare quotes), by start. */
  quotes: Quote[];
  /** Attributions by start offset (each spans a whole sentence, see findAttributions). */
  attributions: Map<number, Attribution[]>;
  sentences: Sentence[];
}

/** Indexes quotes and attributions once, so sourcing each claim does not scan them all. */
function sourceLookup(input: ClaimInput): SourceLookup {
  const quotes = input.quotes.filter((q) => q.kind !== 'scare').sort((a, b) => a.start - b.start);
  const attributions = new Map<number, Attribution[]>();
  for (const a of input.attributions) (attributions.get(a.start) ?? attributions.set(a.start, []).get(a.start)!).push(a);
  return { quotes, attributions, sentences: input.sentences };
}

/** The first quote (by start) that contains the span; quote marks pair without overlapping. */
function quoteAround(quotes: Quote[], c: Claim): Quote | undefined {
  let lo = 0, hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].start <= c.start) lo = mid + 1; else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && i >= lo - 2; i--) if (quotes[i].start <= c.start && c.end <= quotes[i].end) return quotes[i];
  return undefined;
}

/** Decides whether a claim is sourced: inside an attributed quote, or in a sentence with an attribution. */
function source(c: Claim, lookup: SourceLookup): void {
  const named = (sp: SpeakerRef | null) => !!sp && (sp.local !== null || /^\p{Lu}/u.test(sp.text) || /^(police|officials|authorities)/i.test(sp.text));
  const quote = quoteAround(lookup.quotes, c);
  if (quote?.speaker) {
    set(c, named(quote.speaker) || quote.speaker.local !== null ? 'yes' : 'vague', quote.speaker, quote.cue);
    return;
  }
  const sentenceStart = lookup.sentences[c.sentence].start;
  const here = (lookup.attributions.get(sentenceStart) ?? []).filter((a) => a.start <= c.start && c.end <= a.end);
  const firm = here.find((a) => !a.vague && a.speaker);
  if (firm) return set(c, 'yes', firm.speaker, firm.cue);
  const vague = here.find((a) => a.vague);
  if (vague) return set(c, 'vague', vague.speaker, vague.cue);
}

function set(c: Claim, s: Sourcing, sp: SpeakerRef | null, cue: string | null): void {
  c.sourced = s;
  c.source = sp;
  c.sourceCue = cue;
}
