/**
 * "He served two terms on the council", "she has held nine jobs at the firm", "Olsen wrote two books on
 * teaching": a small exact count of a person's own terms, posts or works tells a life (a profile's or an
 * obituary's biography), it is no statistic a fact-checker would ask a source for (pure). Only a count of
 * 12 or fewer of such a noun right after a verb of holding, serving or making whose subject is a pronoun or
 * a capitalised name; larger career figures stay claims ("taught more than 1,500 pupils", "built 46 vessels"),
 * and so do the same nouns counted for a body ("the council cut nine jobs").
 */
import type { Claim } from '../types';

/** What a person holds, serves or makes in a career. */
const CAREER_ITEMS: ReadonlySet<string> = new Set(['term', 'job', 'post', 'role', 'position', 'office', 'book', 'novel', 'memoir', 'album', 'film', 'play', 'collection']);

/**
 * The person and the verb right before the figure: "he served", "she has held", "Olsen wrote", "Venn also
 * served". The person is a subject pronoun or a capitalised word (a name).
 */
const PERSON_VERB_BEFORE = /(?:^|[^\p{L}])(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|\p{Lu}\p{Ll}+)\s+(?:(?:has|had|have|also|later|went\s+on\s+to)\s+){0,2}(?:served|serve|held|hold|wrote|write|written|published|directed|recorded|made)\s+$/u;

/** Does claim `c` count a person's own terms, posts or works? */
export function careerCount(text: string, c: Claim): boolean {
  const q = c.quantity;
  if (q.unit !== 'count' || q.approx || q.high > 12 || !CAREER_ITEMS.has(c.counted)) return false;
  return PERSON_VERB_BEFORE.test(text.slice(Math.max(0, q.start - 40), q.start));
}
