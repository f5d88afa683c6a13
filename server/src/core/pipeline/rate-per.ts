/**
 * A rate given per a base figure: "38 cases per 100,000 people", "4.2 deaths per 1,000 live births", "a rate
 * of 12.4 per 100,000 residents". The base is no count of its own (nobody counted 100,000 people) and "per"
 * ends what the rate counts: the claim is the rate, running on to the base's noun. Pure.
 */
import type { Quantity, Token } from '../types';

/** "per" or "for every" right before a figure: the figure is a rate's base. */
const BASE_BEFORE = /\b(?:per|for every)\s+$/i;

/** Is the figure `q` the base of a rate ("per 100,000 people"), not a figure of its own? */
export function rateBase(text: string, q: Quantity): boolean {
  // (cheap gate: the letter before the space before the figure ends "per" or "every")
  if (q.start < 2) return false; // (a negative charCodeAt would deopt findClaims, which inlines this)
  const c = text.charCodeAt(q.start - 2);
  if (c !== 114 && c !== 121) return false; // 'r', 'y'
  return BASE_BEFORE.test(text.slice(Math.max(0, q.start - 12), q.start));
}

/** Does `toks[j]` open a rate's base: "per" (or "for every") and a figure? */
export function opensRateBase(toks: readonly Token[], j: number): boolean {
  const t = toks[j];
  if (t === undefined || t.kind !== 'word') return false;
  if (t.text === 'per') return toks[j + 1]?.kind === 'number';
  return t.text === 'for' && toks[j + 1]?.text === 'every' && toks[j + 2]?.kind === 'number';
}

/**
 * Where the rate's base that `toks[j]` opens ends: after its figure and up to three lower-case words of
 * its noun ("per 1,000 live births"), up to a word `stops` (a preposition, an auxiliary: "per 100,000
 * in the week"). The index of the token after it and the last noun of the base ('' for none).
 */
export function rateBaseEnd(toks: readonly Token[], j: number, stops: (t: Token) => boolean): { next: number; noun: string } {
  let p = j + (toks[j].text === 'per' ? 2 : 3);
  let noun = '';
  for (let n = 0; n < 3 && p < toks.length && toks[p].kind === 'word' && /^\p{Ll}/u.test(toks[p].text) && !stops(toks[p]); n++, p++) noun = toks[p].text;
  return { next: p, noun };
}
