/**
 * Per quote of an analysis, the local entity it is credited to. An entity hover lists the quotes
 * of its entity across every article that names it; an analysis restored from the index cache
 * carries these numbers precomputed (`QUOTE_SPEAKERS`), so that hover reads the quotes (kept in
 * the lazily parsed detail) only of the articles where the entity is quoted, not of all that name it.
 */
import type { DocumentAnalysis } from '../types';

/** Where an analysis may carry its quotes' speaker locals (not an own enumerable key: never serialised). */
export const QUOTE_SPEAKERS = Symbol.for('source-annotator.quoteSpeakers');

type WithSpeakers = DocumentAnalysis & { [QUOTE_SPEAKERS]?: readonly number[] };

/** For quote `i`: the `local` of its speaker's entity, or -1 (no speaker, a speaker that is no entity, a scare quote). */
export function quoteSpeakerLocals(a: DocumentAnalysis): readonly number[] {
  const given = (a as WithSpeakers)[QUOTE_SPEAKERS];
  if (given) return given;
  return a.quotes.map((q) => {
    const local = q.speaker?.local;
    return local === undefined || local === null || q.kind === 'scare' ? -1 : local;
  });
}
