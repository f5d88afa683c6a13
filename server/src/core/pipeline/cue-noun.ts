/**
 * A cue verb's base form used as a noun after a name (pure, token indices): "the 10-year Treasury note rose
 * 12 basis points", "a Velmar report was published", "the Ostrel estimate fell". A singular name after a
 * determiner takes "notes" or "noted" as its verb, never "note", so when a finite verb follows, the word is
 * the noun the name qualifies, and the name vouches for nothing. Only a security is meant: a maturity
 * before the name ("the two-year Velmar note was priced at") or a price's move after the noun ("the Velmar
 * note fell"); a document's owner still vouches for what it holds ("the Velmar report listed 40 sites").
 */
import type { Token } from '../types';
import { IRREGULAR_PAST } from '../model/measures';
import { tokenAt } from './token-at';
import { cueLemma } from './speakers';
import { capitalFirst } from './capital-first';

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their']);
const FINITE = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'could', 'may', 'might']);
/** Does `s` end in a-z and "ed" (/[a-z]ed$/ by character codes)? */
function lowerEd(s: string): boolean {
  const n = s.length, a = s.charCodeAt(n - 3);
  return n >= 3 && s.charCodeAt(n - 1) === 100 && s.charCodeAt(n - 2) === 101 && a >= 97 && a <= 122;
}
/** A price's moves: what a security does and a document never does. */
const MOVES = new Set('rose fell climbed dropped gained slipped jumped tumbled eased edged rallied slid sank surged plunged soared'.split(' '));
/** A maturity: "10-year", "two-year", "30-day". */
const MATURITY = /^(?:years?|months?|weeks?|days?|(?:\d+|[a-z]+)-(?:year|month|week|day))$/;
/** A modifier between the determiner and the name: "10-year", "two-year", "benchmark". */
const MODIFIER = /^(?:\d+|-|years?|months?|weeks?|days?|benchmark|(?:\d+|[a-z]+)-(?:year|month|week|day))$/;

/** Is the cue at token `j`, in its base form `lemma`, a security's noun after "the/a … Name" followed by a finite verb? */
export function cueAsNoun(tokens: readonly Token[], lower: readonly string[], j: number, lemma: string): boolean {
  if (tokens[j].text !== lemma) return false;
  const next = tokenAt(tokens, j + 1);
  if (next === undefined || next.sentence !== tokens[j].sentence || next.kind !== 'word' || capitalFirst(next.text)) return false;
  // ("the Treasury note said": a cue after it makes the noun's owner a source all the same)
  if (!FINITE.has(next.text) && !IRREGULAR_PAST.has(next.text) && !lowerEd(next.text) || cueLemma(next) !== null) return false;
  let k = j - 1;
  if (k < 0 || !capitalFirst(tokens[k].text) || tokens[k].sentence !== tokens[j].sentence) return false;
  let maturity = false;
  while (k >= 0 && tokens[k].sentence === tokens[j].sentence && !DETERMINERS.has(lower[k]) && (capitalFirst(tokens[k].text) || MODIFIER.test(lower[k]))) {
    if (MATURITY.test(lower[k])) maturity = true;
    k--;
  }
  return k >= 0 && tokens[k].sentence === tokens[j].sentence && DETERMINERS.has(lower[k]) && (maturity || MOVES.has(next.text));
}

/** A cue whose base form is also a document's noun: "a council report". */
const DOCUMENT_CUES = new Set(['report']);
const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * Is the cue at token `j` a document's noun after an article and a lower-case noun, with the document's own cue
 * after it: "A ministry report blamed …", "the union report found …"? The document speaks, not its owner alone.
 */
export function documentCueNoun(tokens: readonly Token[], lower: readonly string[], j: number): boolean {
  if (j < 2 || !DOCUMENT_CUES.has(tokens[j].text) || !ARTICLES.has(lower[j - 2]) || tokens[j - 1].kind !== 'word' || capitalFirst(tokens[j - 1].text)) return false;
  const next = tokenAt(tokens, j + 1);
  if (next === undefined || next.sentence !== tokens[j].sentence || next.kind !== 'word') return false;
  const cue = cueLemma(next);
  return cue !== null && cue !== next.text;
}

/** Prepositions no subject follows: a name after one qualifies a noun ("4% of Ombrel claims"). */
const NOUN_PREPOSITIONS = new Set(['of', 'for', 'on', 'in', 'among', 'with']);
/** Plural verbs and moves that take a plural noun as their subject ("Ombrel claims were", "Ombrel claims rose"). */
const PLURAL_FINITE = new Set(['were', 'are', 'have', 'had']);

/**
 * Is "claims" at token `j` the plural noun after a name, not its verb: after a preposition and the name ("the share
 * of Tarvish claims granted", "a rise in Ombrel claims"), or right before a plural finite verb or a move ("Tarvish
 * claims were refused", "Ombrel claims rose 40%")? Asylum and insurance news count claims by the claimants' nation
 * or the insurer; the name qualifies the noun and vouches for nothing.
 */
export function claimsAsNoun(tokens: readonly Token[], lower: readonly string[], j: number): boolean {
  if (tokens[j].text !== 'claims' || j < 1 || !capitalFirst(tokens[j - 1].text) || tokens[j - 1].sentence !== tokens[j].sentence) return false;
  const next = tokenAt(tokens, j + 1);
  if (next !== undefined && next.sentence === tokens[j].sentence && (PLURAL_FINITE.has(next.text) || MOVES.has(next.text))) return true;
  let k = j - 1;
  while (k > 0 && tokens[k - 1].sentence === tokens[j].sentence && capitalFirst(tokens[k - 1].text) && j - k < 4) k--;
  return k > 0 && tokens[k - 1].sentence === tokens[j].sentence && NOUN_PREPOSITIONS.has(lower[k - 1]);
}

/** Cue forms that are also plural nouns a figure counts: "12 counts of fraud", "40 reports", "three claims". */
const PLURAL_NOUN_CUES = new Set(['counts', 'reports', 'claims', 'notes', 'estimates', 'calls', 'quotes', 'labels', 'mentions', 'shows', 'finds', 'states']);
/** A year before a cue is a time, not a count: "data for 2023 shows". */
const YEAR = /^(?:1[89]|20)\d\d$/;

/**
 * Is the cue at token `j` a plural noun a figure before it counts ("faces 12 counts of fraud", "found guilty on
 * two counts")? Then no one said anything, and the subject of the sentence is no source.
 */
export function countedCueNoun(tokens: readonly Token[], lower: readonly string[], j: number, countWords: ReadonlySet<string>): boolean {
  if (j < 1 || !PLURAL_NOUN_CUES.has(lower[j])) return false;
  const p = tokens[j - 1];
  return p.sentence === tokens[j].sentence && (p.kind === 'number' && !YEAR.test(p.text) || countWords.has(lower[j - 1]));
}
