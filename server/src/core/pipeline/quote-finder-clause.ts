/**
 * "accused the council of ignoring a 2021 survey that rated the wall “in poor condition”": a finding's noun
 * (survey, report, audit, inspection …) whose relative clause ("that"/", which") opens with a verb of saying or
 * rating; the finding speaks the quote, with that verb as its cue, not the subject of the main clause.
 * "a report by the Velm Institute that called the plan “reckless”": the finding's author after "by" speaks.
 * Used by quote-speaker.ts speakerBeforeQuote, scanning back from the quote to the verb. Pure token checks.
 */
import type { SpeakerRef } from '../types';
import { FINDERS, speakerBefore, type SpeakerContext } from './speakers';

/** Verbs by which a finding grades what it looked at ("rated the wall", "classed the bridge as"). */
export const RATING_VERBS: ReadonlySet<string> = new Set(['rated', 'rates', 'graded', 'grades', 'ranked', 'ranks', 'classed', 'classes',
  'classified', 'classifies', 'judged', 'judges', 'deemed', 'deems', 'scored', 'scores', 'assessed', 'assesses']);

/**
 * The finding that speaks through the verb at token `j`: "a 2021 survey" when the tokens before the verb
 * are a finding's noun and "that" (or ", which") and the verb's object stands between it and the quote
 * (token `end`, the last before the opening mark); null otherwise or when no phrase ends at the noun.
 * ("Orlov cited a report that said: “…”" stays the citer's whole quotation.)
 */
export function finderClauseSpeaker(ctx: SpeakerContext, j: number, floor: number, end: number): SpeakerRef | null {
  if (j >= end || ctx.tokens[j + 1].kind !== 'word') return null;
  const rel = ctx.lower[j - 1];
  if (rel !== 'that' && rel !== 'which') return null;
  const n = rel === 'which' && ctx.tokens[j - 2]?.text === ',' ? j - 3 : j - 2;
  if (n < floor) return null;
  if (!FINDERS.has(ctx.lower[n])) return authorAfterBy(ctx, n, floor);
  const s = speakerBefore(ctx, n, floor);
  return s !== null && s.end === ctx.tokens[n].end ? s : null;
}

/** How many tokens an author's name after "by" may span ("the Velm Institute for Coastal Studies"). */
const AUTHOR_REACH = 8;

/** "a report by the Velm Institute" ending at token `n`: the phrase after "by", when a finding's noun stands right before "by". */
function authorAfterBy(ctx: SpeakerContext, n: number, floor: number): SpeakerRef | null {
  for (let b = n - 1; b > floor && b >= n - AUTHOR_REACH; b--) {
    if (ctx.tokens[b].kind !== 'word') return null;
    if (ctx.lower[b] !== 'by') continue;
    if (!FINDERS.has(ctx.lower[b - 1])) return null;
    const s = speakerBefore(ctx, n, b + 1);
    return s !== null && s.start >= ctx.tokens[b + 1].start && s.end === ctx.tokens[n].end ? s : null;
  }
  return null;
}
