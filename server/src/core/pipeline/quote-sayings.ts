/**
 * Quotation marks around a proverb or adage the sentence names before them ("the old proverb, “…”",
 * "an old saying: “…”", "repeated the adage “…”"): the words belong to nobody, whoever repeats them,
 * so 04-quotes.ts keeps them out of the quotes (scare quotes). Pure token checks.
 */
import type { Token } from '../types';

/** Nouns for a saying nobody owns. */
const SAYING_NOUN = /^(adages?|proverbs?|aphorisms?|idioms?|truisms?|platitudes?|clichés?|cliches?)$/i;
/** "saying" is a noun only after a determiner or an adjective ("the old saying", "a common saying"); after a name or a comma it is a verb. */
const SAYING_BEFORE = /^(the|a|an|that|this|old|common|familiar|popular|ancient|local|famous|well-known)$/i;
/** How many words a proverb may run. */
const SAYING_MAX_WORDS = 20;

/** Does a noun for a proverb or adage stand right before the marks (token `before`, a comma or colon between)? */
export function isSaying(tokens: Token[], before: number, words: number): boolean {
  if (words > SAYING_MAX_WORDS) return false;
  let j = before;
  if (tokens[j]?.text === ',' || tokens[j]?.text === ':') j--;
  const t = tokens[j];
  if (!t || t.kind !== 'word') return false;
  if (SAYING_NOUN.test(t.text)) return true;
  return /^sayings?$/i.test(t.text) && SAYING_BEFORE.test(tokens[j - 1]?.text ?? '');
}
