// "The figure of 12,000 confuses approvals with completions": a figure named as "the figure of N" is the subject
// of the verb after it; that verb's object ("approvals") is not what the figure counts. The figure restates one
// the article gave before (it counts what that claim counts) or counts nothing.
import type { Token } from '../types';
import { lowerCase } from './token-fold';

/** What opens a verb's object after a singular verb: "includes the", "covers all". */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'all', 'both', 'some', 'many', 'its', 'their', 'his', 'her', 'those', 'these', 'this', 'that']);

/** Is the figure at `qi` named as "(the) figure of N" and the word at `k` after it a verb with its object? */
export function figureOfVerb(toks: readonly Token[], qi: number, k: number): boolean {
  const of = toks[qi - 1], fig = toks[qi - 2], v = toks[k], o = toks[k + 1];
  if (of === undefined || of.text !== 'of' || fig === undefined || !/^figures?$/i.test(fig.text)) return false;
  if (v === undefined || o === undefined || v.kind !== 'word' || o.kind !== 'word') return false;
  const opener = OBJECT_OPENERS.has(lowerCase(o));
  // "confuses approvals", "includes the": a singular present verb before a plural or an opener;
  // "counted all", "included the": a past verb before an opener ("12,000 displaced people" is a noun's adjective)
  if (/^\p{Ll}{3,}s$/u.test(v.text) && !/(?:ss|us|is)$/.test(v.text)) return opener || /^\p{Ll}{3,}s$/u.test(o.text);
  return /^\p{Ll}{3,}ed$/u.test(v.text) && opener;
}
