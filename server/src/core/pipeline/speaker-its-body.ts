/**
 * "Velda Pictures is cutting jobs. “…,” its studio said": a firm's noun after "its" speaks for the
 * organisation "its" refers to: the one that is the subject of that sentence or the one before (opens it:
 * "Velda Pictures will cut jobs after its game for the Orbix console flopped" is Velda's, not the console
 * maker's), else the last one named there. Only nouns that
 * are no speaker heads of their own (a studio, a publisher), so "its spokesman" keeps its reading.
 * Used by speakers.ts speakerSpan.
 */
import type { SpeakerRef } from '../types';
import type { SpeakerContext } from './speakers';

/** A firm named by what it makes or sells, seen through its product or branch ("its studio", "its label"). */
const FIRM_NOUNS = new Set('studio publisher developer label distributor broadcaster network'.split(' '));

/** Tokens `from`..`to` are "its" and a firm noun: that firm, resolved to the ORG named before; else null. */
export function itsBody(ctx: SpeakerContext, from: number, to: number): SpeakerRef | null {
  if (to !== from + 1 || ctx.lower[from] !== 'its' || !FIRM_NOUNS.has(ctx.lower[to])) return null;
  const { tokens } = ctx;
  return { start: tokens[from].start, end: tokens[to].end, text: ctx.text.slice(tokens[from].start, tokens[to].end), local: itsOrg(ctx, from) };
}

/** The organisation "its" at token `from` refers to: the subject of its sentence or the one before, else the last ORG named there; else null. */
export function itsOrg(ctx: SpeakerContext, from: number): number | null {
  const s = ctx.tokens[from].sentence;
  const floor = ctx.sentenceStart[Math.max(0, s - 1)];
  let local = subjectOrg(ctx, s, from) ?? (s > 0 ? subjectOrg(ctx, s - 1, from) : null);
  for (let k = from - 1; local === null && k >= floor; k--) {
    const m = ctx.mentionAt[k];
    if (m >= 0 && ctx.mentions[m].type === 'ORG') { local = ctx.mentions[m].local; break; }
  }
  return local;
}

/** The organisation that opens sentence `s` before token `before` (its first word, or after "The"): its subject; else null. */
function subjectOrg(ctx: SpeakerContext, s: number, before: number): number | null {
  let k = ctx.sentenceStart[s];
  if (ctx.lower[k] === 'the') k++;
  const m = k < before ? ctx.mentionAt[k] : -1;
  return m >= 0 && ctx.mentions[m].type === 'ORG' ? ctx.mentions[m].local : null;
}
