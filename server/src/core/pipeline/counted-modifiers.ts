// Words right after a figure that are no counted noun: an adjective of addition before the noun
// ("310 excess deaths", "six more deaths": the noun is counted even when it names a measure), the comparative
// of a multiplier ("1.7 times higher": a ratio, counted like "twice") and a lone participle after a share or a
// sum ("the 90% needed", "the £3m raised": what the share is for, not what it counts).
import type { Token } from '../types';
import { lowerCase } from './token-fold';

/** Adjectives that add to a count before its noun: the plural noun after one is what is counted. */
const ADDING = new Set(['more', 'excess', 'additional', 'extra', 'further']);

/** After a lone adding adjective a plural noun is what is counted, even one that also names a measure. */
export function pluralAfterAdding(countedWords: readonly Token[], w: string): boolean {
  return countedWords.length === 1 && ADDING.has(lowerCase(countedWords[0])) && /^\p{Ll}+[^s]s$/u.test(w);
}

const COMPARATIVES = new Set(['higher', 'greater', 'larger', 'bigger', 'lower', 'smaller', 'faster', 'more', 'less', 'likelier']);

/** "1.7 times higher": the words are "times" and a comparative only, a ratio. */
export function multiplierOnly(countedWords: readonly Token[]): boolean {
  return countedWords.length === 2 && lowerCase(countedWords[0]) === 'times' && COMPARATIVES.has(lowerCase(countedWords[1]));
}

/** "the 90% needed for", "the £3m raised": one past participle alone after a share or sum with "the" before it. */
export function participleAfterShare(countedWords: readonly Token[], unit: string, before: Token | undefined): boolean {
  return unit !== 'count' && countedWords.length === 1 && before !== undefined && lowerCase(before) === 'the' && /^\p{Ll}+ed$/u.test(countedWords[0].text);
}

/** Is token `i` a hyphen glued to the tokens on both sides? */
const gluedHyphen = (toks: readonly Token[], i: number) => i > 0 && i + 1 < toks.length && /^[-‐]$/.test(toks[i].text) && toks[i - 1].end === toks[i].start && toks[i].end === toks[i + 1].start;

/**
 * "4,000 40-foot containers", "12 40-seat buses": a size joined to its unit by a hyphen between a count and the
 * noun modifies the noun; the count counts the noun. True when token `j` (right after a count) opens such a size:
 * a figure, a glued hyphen, a lower-case word, then a word (the noun).
 */
export function sizeBeforeNoun(toks: readonly Token[], j: number): boolean {
  return toks[j]?.kind === 'number' && gluedHyphen(toks, j + 1) && /^\p{Ll}+$/u.test(toks[j + 2].text) && toks[j + 3]?.kind === 'word';
}

