/**
 * The noun "claim" after a possessive and before "that" reports the possessor's words (pure, token indices):
 * "the mayor stood by his claim that 9,000 trees were planted", "critics rejected the minister's claim that
 * fares fell 8%". The owner is the speaker, not the subject of the verb that takes the claim ("rejected",
 * "stood by"), who may be the one disputing it. "their" and a plural possessive are left to the other rules.
 */
import type { SpeakerRef } from '../types';
import { speakerBefore, type SpeakerContext } from './speakers';
import { resolvePronoun } from './speaker-resolve';

/** The speaker owning the claim noun at token `j` (sentence from `first`), or null when it is no such noun. */
export function claimNounOwner(ctx: SpeakerContext, j: number, first: number): SpeakerRef | null {
  const { lower } = ctx;
  if (lower[j + 1] !== 'that' || (lower[j] !== 'claim' && lower[j] !== 'claims') || j - 1 < first) return null;
  const p = lower[j - 1];
  if (p === 'his' || p === 'her') return resolvePronoun(ctx, ctx.tokens[j - 1]);
  if ((p === "'s" || p === '’s') && j - 2 >= first) return speakerBefore(ctx, j - 2, first);
  return null;
}
