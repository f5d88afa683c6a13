/**
 * A list of quoted terms ("sequences like “tide + wind”, “wind + swell”, “swell + current”"): once the
 * first term is a scare quote, a short term that follows it after only a comma (or ", and", ", or", or a bare
 * "and" / "or": "terms like “…” and “…”") is
 * another term of the same list, not a quotation its comma would otherwise make direct. Pure; used by
 * 04-quotes.ts after the kinds are settled.
 */
import type { Quote } from '../types';

/** How many words a listed term may run. */
const TERM_MAX_WORDS = 4;
/** What may stand between one term's closing mark and the next term's opening mark. */
const LIST_JOINT = /^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)$/;
/** A term does not end like a clause. */
const ENDS_CLAUSE = /[.;:!?…]\s*$/;

/** Make scare quotes of the short terms listed right after a scare quote. */
export function listedTerms(text: string, quotes: Quote[]): void {
  for (let i = 1; i < quotes.length; i++) {
    const p = quotes[i - 1], q = quotes[i];
    if (p.kind !== 'scare' || q.kind === 'scare' || q.start <= p.end) continue;
    const words = q.text.trim().split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    if (words === 0 || words > TERM_MAX_WORDS || ENDS_CLAUSE.test(q.text.replace(/,$/, ''))) continue;
    if (!LIST_JOINT.test(text.slice(p.end + 1, q.start - 1))) continue;
    q.kind = 'scare'; q.cue = null; q.cueSpan = null; q.speaker = null;
  }
}
