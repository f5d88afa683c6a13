/**
 * "The survey, by Pellam Insights, found that …": a finding's noun with its maker in a "by" apposition; the maker
 * speaks (as "A survey by Pellam Insights found" does), not the bare noun. Used by speakers.ts speakerBefore.
 */
import type { SpeakerRef } from '../types';
import { type SpeakerContext, fromMention } from './speakers';

/** Nouns of a finding a body makes. */
const FINDINGS = new Set('survey study poll report review analysis audit research census'.split(' '));

/** Commas at tokens `j` and `k` enclose "by [the] NAME" after a finding's noun: NAME's speaker, else null. */
export function makerApposition(ctx: SpeakerContext, j: number, k: number): SpeakerRef | null {
  if (ctx.lower[j + 1] !== 'by' || !FINDINGS.has(ctx.lower[j - 1] ?? '')) return null;
  const b = ctx.lower[j + 2] === 'the' && ctx.mentionAt[j + 2] < 0 ? j + 3 : j + 2;
  const m = ctx.mentionAt[b];
  if (m < 0 || ctx.mentions[m].end !== ctx.tokens[k - 1].end || ctx.mentions[m].type === 'LOC') return null;
  return fromMention(ctx, m);
}
