/**
 * "Velda Pictures is cutting jobs. “…,” its studio said": a firm's noun after "its" speaks for the
 * organisation "its" refers to, the last one named in that sentence or the one before. Only nouns that
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
  const s = tokens[from].sentence;
  const floor = ctx.sentenceStart[Math.max(0, s - 1)];
  let local: number | null = null;
  for (let k = from - 1; k >= floor; k--) {
    const m = ctx.mentionAt[k];
    if (m >= 0 && ctx.mentions[m].type === 'ORG') { local = ctx.mentions[m].local; break; }
  }
  return { start: tokens[from].start, end: tokens[to].end, text: ctx.text.slice(tokens[from].start, tokens[to].end), local };
}
