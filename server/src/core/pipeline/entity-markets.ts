/**
 * Names of stock indexes and exchanges (pure, token indices): "the Corvex index", "on the Selvane
 * exchange", "the benchmark Veltra 40 index", "the Dravor bourse". Such a name is a market's or the
 * company's that runs or compiles it, never a person's nor (unless the gazetteer knows the word) a
 * place's: MEANTIME leaves indexes out of its scored types and GUM files them under named abstracts, so
 * the product types them ORG like the exchanges and index firms it names. A known place keeps its
 * type ("the Tokyo bourse": where the market is). Only after a determiner or an ordinary word, so a
 * verb "exchange" after a subject ("Vell and Tarn exchange fire") is left alone.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { isPlaceName, lexicon } from '../model/lexicon';
import { FUNCTION_WORDS } from '../model/words';
import { lowerToken } from './token-fold';
import { tokenAt } from './token-at';
import { retypeAsOrganisations } from './entity-retype';
import { isKnownGivenName } from '../model/gender';

const MARKET_NOUNS: ReadonlySet<string> = new Set(['index', 'indexes', 'indices', 'exchange', 'bourse']);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their']);

/**
 * Whether candidate c names a market: before a market noun (a figure may come between), after a determiner,
 * an ordinary word or a place's possessive (`placeBefore`: "Kestleburg's Tarvo index").
 */
function marketName(tokens: readonly Token[], c: Candidate, placeBefore: boolean): boolean {
  let k = c.last + 1;
  if (tokenAt(tokens, k)?.kind === 'number') k++;
  const noun = tokenAt(tokens, k);
  if (noun === undefined || noun.sentence !== tokens[c.last].sentence || !MARKET_NOUNS.has(noun.text)) return false;
  if (!placeBefore && !(noun.text !== 'exchange' && possessiveBefore(tokens, c.first))) {
    const before = tokenAt(tokens, c.first - 1);
    if (before === undefined || before.kind !== 'word' || before.sentence !== noun.sentence) return false;
    const b = lowerToken(before);
    if (!DETERMINERS.has(b) && (FUNCTION_WORDS.has(b) || !/^[a-z]/.test(before.text))) return false;
  }
  let name = lowerToken(tokens[c.first]);
  for (let i = c.first + 1; i <= c.last; i++) name += ' ' + lowerToken(tokens[i]);
  return !isPlaceName(name) && !lexicon.demonyms.has(name) && !lexicon.countries.has(name);
}

/**
 * A name right after "index" that a lower-case word or "the" opens ("the freight index Caldra", "the shipping index
 * Caldra fell"): the index's own name, written after its noun; not one that opens with a known given name ("the
 * index Ada Rusk built") nor a known place's.
 */
function namedAfterIndex(tokens: readonly Token[], c: Candidate): boolean {
  const noun = tokenAt(tokens, c.first - 1), before = tokenAt(tokens, c.first - 2);
  if (noun === undefined || noun.text !== 'index' || before === undefined || before.kind !== 'word' || !/^[a-z]/.test(before.text)) return false;
  if (before.sentence !== tokens[c.first].sentence || noun.sentence !== before.sentence || isKnownGivenName(tokens[c.first].text)) return false;
  return !isPlaceName(lowerToken(tokens[c.first])) && !lexicon.countries.has(lowerToken(tokens[c.first]));
}

/** Last words that make a name an index ("the Selvane Composite", "the Dravor Industrial Average"). */
const INDEX_HEADS: ReadonlySet<string> = new Set(['composite', 'average', 'averages']);
/** Capitalised last words that alone make a name a market's or a fund's, never a person's ("the Harvel Index", "Tarrow Exchange", "the Olden Growth Fund"). */
const MARKET_HEADS: ReadonlySet<string> = new Set(['Index', 'Exchange', 'Fund']);
/** How many stocks an index counts, written after its name ("the Corvex 100", "the Veltra 225"). */
const INDEX_SIZES: ReadonlySet<string> = new Set(['10', '20', '25', '30', '35', '40', '50', '100', '150', '200', '225', '250', '300', '400', '500', '600', '1000', '2000', '3000', '5000']);
/** Words of a market's move in its sentence: an index's name with one of them and its size or a head word is an index. */
const MOVE_WORDS = /\b(?:percent|per cent|points?|fell|rose|slipped|slid|dropped|gained|climbed|tumbled|jumped|ended|closed|finished|lower|higher|shares|stocks)\b|%/i;
/** Verbs of a market's move by a figure right after its name ("Lisbon's Tarvo fell 2 percent"). */
const MOVE_VERBS: ReadonlySet<string> = new Set(['fell', 'rose', 'slipped', 'slid', 'dropped', 'gained', 'climbed', 'tumbled', 'jumped', 'lost', 'added', 'edged', 'advanced', 'declined', 'rallied', 'sank', 'surged', 'plunged',
  'shed', 'eased', 'retreated', 'slumped', 'soared', 'dipped', 'plummeted', 'firmed', 'rebounded', 'recovered']);
/** Verbs of where a market ended, and the words of where ("… both ended lower"). */
const CLOSE_VERBS: ReadonlySet<string> = new Set(['ended', 'closed', 'finished']);
const CLOSE_WHERE: ReadonlySet<string> = new Set(['lower', 'higher', 'down', 'up', 'flat', 'unchanged', 'mixed']);
/** What a move by a figure is measured in. */
const MOVE_UNITS: ReadonlySet<string> = new Set(['percent', '%', 'points', 'per']);

/**
 * Right after a name, from token `k`: a market's move as news words it ("fell 2.1 percent", "rose 140
 * points", "both ended lower"). People after a place's possessive move too ("Lisbon's Dorvan fell
 * ill"), but not by percent or to a close.
 */
function marketMoveAt(tokens: readonly Token[], k: number): boolean {
  let t = tokenAt(tokens, k);
  if (t !== undefined && (lowerToken(t) === 'both' || lowerToken(t) === 'also')) t = tokenAt(tokens, ++k);
  if (t === undefined) return false;
  const verb = lowerToken(t), a = tokenAt(tokens, k + 1), b = tokenAt(tokens, k + 2);
  if (CLOSE_VERBS.has(verb)) return a !== undefined && CLOSE_WHERE.has(lowerToken(a));
  return MOVE_VERBS.has(verb) && a?.kind === 'number' && (a.text.endsWith('%') || (b !== undefined && MOVE_UNITS.has(lowerToken(b))));
}

/**
 * An index's name by its own shape: its last word is a capitalised market head ("the Harvel Index"), or, in a
 * sentence about a market's moves, its last word is an index
 * head ("the Selvane Composite fell"), or a count of stocks follows it ("the Veltra 225 rose 2 percent"),
 * or a place's possessive comes before it and a market's move right after it ("Lisbon's Tarvo ended
 * lower"; `placeBefore`; not a name that opens with a given name).
 */
function indexName(text: string, tokens: readonly Token[], c: Candidate, placeBefore: boolean): boolean {
  const last = tokens[c.last];
  const next = tokenAt(tokens, c.last + 1);
  if (c.last > c.first && MARKET_HEADS.has(last.text)) return true;
  if ((c.last > c.first && INDEX_HEADS.has(lowerToken(last))) || (next?.kind === 'number' && next.sentence === last.sentence && INDEX_SIZES.has(next.text))) {
    return MOVE_WORDS.test(sentenceText(text, tokens, c.first));
  }
  return placeBefore && !lexicon.firstNames.has(lowerToken(tokens[c.first])) && marketMoveAt(tokens, c.last + 1);
}

/** The text of the sentence of token `k` (its first to its last token). */
function sentenceText(text: string, tokens: readonly Token[], k: number): string {
  let a = k, b = k;
  const si = tokens[k].sentence;
  while (a > 0 && tokens[a - 1].sentence === si) a--;
  while (b + 1 < tokens.length && tokens[b + 1].sentence === si) b++;
  return text.slice(tokens[a].start, tokens[b].end);
}

/** Is token `first` right after a name's possessive ("Vellmark's Dorf index": an index after it is named for no person)? */
function possessiveBefore(tokens: readonly Token[], first: number): boolean {
  const s = tokenAt(tokens, first - 1), owner = tokenAt(tokens, first - 2);
  return s !== undefined && owner !== undefined && /^['’]s$/.test(s.text) && /^[A-Z]/.test(owner.text) && s.sentence === tokens[first].sentence;
}

/** Prepositions of place before a name: what follows them is where, not who moved. */
const PLACE_PREPOSITIONS = new Set(['to', 'from', 'in', 'at', 'near']);

/**
 * A one-word name that moves by a percentage right after it ("Pemberton fell 5.2% after the miner cut its
 * target", "Nexagen rose 4.1%") is a listed firm's or a market's, never a person's nor a place's: people are
 * not quoted in percent moves. Not a given name, nor a place the gazetteer knows, nor the surname of a person
 * the document names in full (a candidate who "rose 3% in the poll").
 */
function percentMover(tokens: readonly Token[], c: Candidate, cands: readonly Candidate[]): boolean {
  if (c.first !== c.last) return false;
  const verb = tokenAt(tokens, c.last + 1), a = tokenAt(tokens, c.last + 2);
  if (verb === undefined || a === undefined || a.kind !== 'number' || !MOVE_VERBS.has(lowerToken(verb))) return false;
  const b = tokenAt(tokens, c.last + 3);
  if (b === undefined || (b.text !== '%' && lowerToken(b) !== 'percent' && lowerToken(b) !== 'per')) return false;
  // ("rates for a container from Delna to Harwick jumped 12%": after a place's preposition the name is no subject)
  const before = tokenAt(tokens, c.first - 1);
  if (before !== undefined && PLACE_PREPOSITIONS.has(lowerToken(before))) return false;
  const word = lowerToken(tokens[c.first]);
  if (lexicon.firstNames.has(word) || isPlaceName(word)) return false;
  for (const o of cands) if (o.type === 'PERSON' && o.last > o.first && lowerToken(tokens[o.last]) === word) return false;
  return true;
}

/**
 * A one-word name ending in "bank" after "the" ("the Skovbank", "the Nordbank of Halden") is a bank's, as a
 * central bank is written in its own language: a person's surname so ending ("Ada Fairbank") takes no article.
 */
function compoundBank(tokens: readonly Token[], c: Candidate): boolean {
  const w = tokens[c.first].text;
  return c.first === c.last && w.length >= 7 && w.endsWith('bank') && c.first > 0 && lowerToken(tokens[c.first - 1]) === 'the';
}

/** Is candidate `p` a place written in the possessive right before token `first` ("Kestleburg's")? */
function possessivePlace(tokens: readonly Token[], p: Candidate | undefined, first: number): boolean {
  return p !== undefined && p.type === 'LOC' && p.last === first - 2 && /^['’]s$/.test(tokens[first - 1].text);
}

/**
 * A headline's title case splits "Index" off an index's name as an ordinary word ("Stocks slide as Harlan
 * Index sheds gains" left "Harlan" a person): a capitalised "Index" right after a headline's name, in its
 * sentence and in no other candidate (`after`: the next one), is its last word again. Not "Exchange":
 * a headline's verb ("Rivals Exchange Fire").
 */
function withHeadlineIndex(tokens: readonly Token[], c: Candidate, after: Candidate | undefined): boolean {
  const next = tokenAt(tokens, c.last + 1);
  if (next === undefined || next.text !== 'Index' || next.sentence !== tokens[c.last].sentence || next.start !== tokens[c.last].end + 1) return false;
  if (after !== undefined && after.first <= c.last + 1) return false;
  c.last++;
  return true;
}

/**
 * Retypes as ORG a PERSON or LOC market or index name and every PERSON mention of the same name, and
 * drops an oil benchmark's one-word name ("Brent crude", "Brent crude oil"): a grade of oil, named after
 * a field, is no one's name and no organisation (a place the gazetteer knows keeps its type: "Texas crude").
 */
export function marketsByNoun(text: string, tokens: readonly Token[], cands: Candidate[]): void {
  for (const c of cands) {
    if (c.first !== c.last || c.role !== null || (c.type !== 'PERSON' && c.type !== 'LOC')) continue;
    const next = tokenAt(tokens, c.last + 1);
    if (next !== undefined && next.text.length === 5 && lowerToken(next) === 'crude' && next.sentence === tokens[c.last].sentence
      && !isPlaceName(lowerToken(tokens[c.first]))) c.type = null;
  }
  let grown: Candidate[] | null = null;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (c.titleCase && (c.type === 'PERSON' || c.type === 'LOC') && withHeadlineIndex(tokens, c, cands[i + 1])) (grown ??= []).push(c);
  }
  retypeAsOrganisations(cands, (c, i) => {
    const placeBefore = possessivePlace(tokens, cands[i - 1], c.first);
    return marketName(tokens, c, placeBefore) || indexName(text, tokens, c, placeBefore) || percentMover(tokens, c, cands) || compoundBank(tokens, c)
      || namedAfterIndex(tokens, c);
  });
  // Their chunk facts were worked out for the shorter name (its key retyped the name's other mentions above):
  // worked out again for the longer one when resolved.
  if (grown) for (const c of grown) c.info = undefined;
}
