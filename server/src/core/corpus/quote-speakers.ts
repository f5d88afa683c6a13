/**
 * Per quote of an analysis, the local entity it is credited to. An entity hover lists the quotes
 * of its entity across every article that names it; an analysis restored from the index cache
 * carries these numbers precomputed (`QUOTE_SPEAKERS`), so that hover reads the quotes (kept in
 * the lazily parsed detail) only of the articles where the entity is quoted, not of all that name it.
 */
import type { DocumentAnalysis } from '../types';

/** Where an analysis may carry its quotes' speaker locals (not an own enumerable key: never serialised). */
export const QUOTE_SPEAKERS = Symbol.for('source-annotator.quoteSpeakers');

/**
 * Where an analysis may carry a reader of its quotes' statements (each quote's text, null for a scare
 * quote) that does not build the rest of a lazily kept detail: the quote variants index every quote
 * of the corpus, and building every article's detail for that cost a first quote hover at 10,000
 * articles 0.7 s and ~30 MB that stayed.
 */
export const QUOTE_STATEMENTS = Symbol.for('source-annotator.quoteStatements');

type WithSpeakers = DocumentAnalysis & {
  [QUOTE_SPEAKERS]?: readonly number[];
  [QUOTE_STATEMENTS]?: (this: DocumentAnalysis) => readonly (string | null)[];
};

/** For quote `i`: the `local` of its speaker's entity, or -1 (no speaker, a speaker that is no entity, a scare quote). */
export function quoteSpeakerLocals(a: DocumentAnalysis): readonly number[] {
  const given = (a as WithSpeakers)[QUOTE_SPEAKERS];
  if (given) return given;
  const locals = speakerLocalsOf(a);
  // Kept (not enumerable: never serialised or compared): the quote variants ask per candidate.
  if (Object.isExtensible(a)) Object.defineProperty(a, QUOTE_SPEAKERS, { value: locals, writable: true, configurable: true });
  return locals;
}

/** For quote `i`: its text, or null for a scare quote (which states nothing to compare). */
export function quoteStatements(a: DocumentAnalysis): readonly (string | null)[] {
  const read = (a as WithSpeakers)[QUOTE_STATEMENTS];
  if (read) return read.call(a);
  return a.quotes.map((q) => (q.kind === 'scare' ? null : q.text));
}

/**
 * `quoteSpeakerLocals(a)` without keeping it on `a` (an analysis worker writes it into its reply and
 * drops the analysis: defining the property cost more than computing it).
 */
export function speakerLocalsOf(a: DocumentAnalysis): readonly number[] {
  const given = (a as WithSpeakers)[QUOTE_SPEAKERS];
  if (given) return given;
  return a.quotes.map((q) => {
    const local = q.speaker?.local;
    return local === undefined || local === null || q.kind === 'scare' ? -1 : local;
  });
}
