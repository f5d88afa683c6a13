/**
 * A broker's rating in quotation marks ("cut the stock to “sell”", "rates the shares “overweight”", "a
 * “buy” rating"): the name of a grade on a fixed scale, a label, not anybody's words, so 04-quotes.ts
 * keeps it out of the quotes (a scare quote) even when an analyst speaks in the sentence. Only the
 * scale's own terms, and only where the sentence gives a grade: after a rating verb (and its object),
 * after "to"/"from" with such a verb a few words before, or before "rating"/"recommendation".
 * ("told investors to “sell”", "would “hold” the line" stay the speaker's.) Pure token checks.
 */
import type { Token } from '../types';

/** The grades brokers give, lower case, one quotation's whole text. */
const GRADES = new Set(`buy sell hold neutral overweight underweight equal-weight equalweight outperform underperform
  accumulate reduce add market-perform sector-perform peer-perform`.split(/\s+/));
/** The grades of two words. */
const GRADE_PHRASES = new Set(['market perform', 'sector perform', 'peer perform', 'strong buy', 'strong sell', 'equal weight']);
/** Verbs that give or move a grade. */
const RATING_VERBS = /^(rates?|rated|rating|upgrades?|upgraded|downgrades?|downgraded|cuts?|cutting|lowers?|lowered|raises?|raised|lifts?|lifted|moves?|moved|reiterates?|reiterated|maintains?|maintained|initiates?|initiated|resumes?|resumed|assigns?|assigned|reinstates?|reinstated)$/i;
/** Nouns after the marks that say the word is a grade: "a “buy” rating". */
const GRADE_NOUNS = /^(rating|ratings|recommendation|recommendations|call|stance)$/i;
/** Marks of an earlier grade the verb's reach may pass over ("to “outperform” from “neutral”"). */
const QUOTE_MARKS = new Set(['“', '”', '"']);
/** How many tokens before the marks a rating verb may stand ("upgraded Tarnby Mills shares to"). */
const VERB_REACH = 6;

/** Is the quotation `inner` (tokens `before` and `after` round its marks) a broker's grade? */
export function isRating(tokens: Token[], inner: string, before: number, after: number): boolean {
  const w = inner.trim().replace(/[.,;:!?]+$/, '').toLowerCase();
  if (!GRADES.has(w) && !GRADE_PHRASES.has(w)) return false;
  if (GRADE_NOUNS.test(tokens[after]?.text ?? '')) return true;
  let j = before;
  // "to “outperform” from “neutral”", "from “neutral” to": the grade's preposition, then the verb further back
  if (/^(to|from|at|as)$/i.test(tokens[j]?.text ?? '')) j--;
  for (let k = j, n = 0; k >= 0 && n < VERB_REACH; k--) {
    const t = tokens[k];
    if (QUOTE_MARKS.has(t.text)) continue; // (marks count no word)
    if (t.kind === 'punct' && t.text !== '’s' && t.text !== "'s") return false;
    if (RATING_VERBS.test(t.text)) return true;
    n++;
  }
  return false;
}
