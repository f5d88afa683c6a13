// "40% of pupils skip breakfast": a share counts the plural after its "of"; a bare word after that plural is the
// plural's verb ("skip"), and what follows it ("breakfast") is the verb's object, not what is counted.
import type { Token } from '../types';
import { lowerCase } from './token-fold';

/** Plurals that stand before a noun as its modifier ("sales tax", "sports fans"): no subject of a verb after them. */
const PLURAL_MODIFIERS: ReadonlySet<string> = new Set(['sales', 'sports', 'arms', 'goods', 'news', 'savings', 'customs', 'earnings', 'jobs', 'drugs', 'parts', 'systems', 'services', 'communications', 'securities', 'futures', 'operations', 'skills', 'benefits', 'claims', 'rates', 'taxes', 'prices', 'assets', 'funds', 'rights', 'ratings']);
/** Words that may follow a plural without being its verb: times, places, quantities. */
const NO_VERB = /^(?:last|next|this|that|who|which|whose|where|when|while|here|there|now|then|today|still|also|only|alone|overall|nationwide|worldwide|each|every|per|more|less|most|least|than|aged|over|under)$/;

/**
 * Is the counted phrase `words` of a share "N% of X v Y" whose first word X is a lower-case plural and whose
 * second a bare lower-case word (its verb)? Then X is counted. `of` is the token right after the figure.
 */
export function shareOfSubject(unit: string, of: Token | undefined, words: readonly Token[]): boolean {
  if (unit !== 'percent' || words.length < 2 || of === undefined || of.text.length !== 2 || lowerCase(of) !== 'of') return false;
  const x = words[0].text, v = words[1].text;
  if (!/^\p{Ll}{3,}s$/u.test(x) || /(?:ss|us|is)$/.test(x) || PLURAL_MODIFIERS.has(x)) return false;
  return /^\p{Ll}{3,}$/u.test(v) && !/(?:s|ing|ed|ly|er|est)$/.test(v) && !NO_VERB.test(v);
}
