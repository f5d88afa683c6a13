/**
 * "Tallis Corp made a profit of R410bn, according to its annual report": a document "its" owns speaks for the
 * organisation "its" refers to (speaker-its-body.ts `itsOrg`), so the figure is sourced to that firm, as
 * "according to Tallis Corp's annual report" is. Used by 04-quotes.ts findAttributions after "according to".
 */
import type { SpeakerRef } from '../types';
import type { SpeakerContext } from './speakers';
import { itsOrg } from './speaker-its-body';

/** A firm's own documents (the head noun after "its" and at most two modifiers). */
const OWN_DOCUMENTS = new Set('report reports accounts filing filings statement results figures data website prospectus'.split(' '));

/** Tokens from `start` are "its", up to two words and an own document, and an ORG "its" refers to: that phrase, else null. */
export function ownDocumentAfter(ctx: SpeakerContext, start: number, limit: number): SpeakerRef | null {
  if (ctx.lower[start] !== 'its') return null;
  const { tokens } = ctx;
  for (let k = start + 1; k <= limit && k <= start + 3; k++) {
    if (tokens[k].kind !== 'word') return null;
    if (!OWN_DOCUMENTS.has(ctx.lower[k])) continue;
    const local = itsOrg(ctx, start);
    return local === null ? null : { start: tokens[start].start, end: tokens[k].end, text: ctx.text.slice(tokens[start].start, tokens[k].end), local };
  }
  return null;
}
