/**
 * Tags after a quotation whose cue is a phrase with no speech verb of its own: "“…,” she went on." /
 * "“…,” Ortiz went on to say," (the speech goes on), "“…,” was how Ortiz put it." and "As one minister
 * put it, “…”" (the writer names who phrased it). Pure token checks, used by quote-speaker.ts `speakerAfterQuote`.
 */
import type { Found } from './quote-speaker';
import { cueAt } from './cue-phrase';
import { speakerBefore, speakerSpan, speechLemma, type SpeakerContext } from './speakers';
import { tokenAt } from './token-at';

/** Forms of "go" that with "on" report speech going on. */
export const GO_FORMS: ReadonlySet<string> = new Set(['went', 'goes', 'go', 'going']);
/** Verbs of "was how X put it" ("put it", "summed it up", "described it"). */
const PHRASING = new Set(['put', 'phrased', 'described', 'summed', 'summarised', 'summarized']);
/** How many tokens the speaker of "was how X put it" may hold. */
const HOW_REACH = 8;

/**
 * "“…,” she went on." / "“…,” Ortiz went on to say": "went" at token `j` (a GO_FORMS word), "on" after it
 * and then a stop, comma or "to" and a speech verb; the speaker ends right before "went" (from token `k`).
 */
export function goesOnTag(ctx: SpeakerContext, k: number, j: number): Found | null {
  const { tokens, lower, text } = ctx;
  if (lower[j + 1] !== 'on' || j - 1 < k) return null;
  const after = tokenAt(tokens, j + 2);
  const toSay = lower[j + 2] === 'to' && speechLemma(tokens[j + 3]) !== null;
  if (!toSay && (after === undefined || !/^[.,;!?]$/.test(after.text))) return null;
  const speaker = speakerBefore(ctx, j - 1, k) ?? speakerSpan(ctx, k, j - 1);
  if (!speaker) return null;
  const cue = cueAt(text, tokens, j);
  const last = tokens[toSay ? j + 3 : j + 1];
  return { speaker, cue: { ...cue, end: last.end, text: text.slice(cue.start, last.end).replace(/\s+/g, ' ') } };
}

/** "“…,” was how Ortiz put it.": "was" or "is" at token `k`, "how", a speaker and a verb of phrasing with "it". */
export function howPutTag(ctx: SpeakerContext, k: number, ceil: number): Found | null {
  const { lower, tokens, text } = ctx;
  if (!/^(was|is|'s)$/.test(lower[k] ?? '') || lower[k + 1] !== 'how') return null;
  for (let j = k + 3; j <= ceil && j <= k + 2 + HOW_REACH; j++) {
    if (!PHRASING.has(lower[j]) || lower[j + 1] !== 'it') continue;
    const speaker = speakerBefore(ctx, j - 1, k + 2) ?? speakerSpan(ctx, k + 2, j - 1);
    if (!speaker) return null;
    const start = tokens[j].start, end = tokens[j + 1].end;
    return { speaker, cue: { text: text.slice(start, end).replace(/\s+/g, ' '), start, end, tok: j } };
  }
  return null;
}

/**
 * "As one minister put it to me, “…”" / "“…,” as Ortiz put it.": "as" at token `a` opening its clause, a
 * speaker and a verb of phrasing with "it" (at most to token `ceil`). The speaker is the words between.
 */
export function asPutTag(ctx: SpeakerContext, a: number, ceil: number): Found | null {
  const { lower, tokens, text } = ctx;
  const before = tokens[a - 1];
  // "such as", "the same as": only an "as" that opens its clause names who phrased it.
  if (before !== undefined && before.kind === 'word' && !/^(and|but|or|yet)$/.test(lower[a - 1])) return null;
  for (let j = a + 2; j <= ceil && j <= a + 1 + HOW_REACH; j++) {
    if (tokens[j].kind !== 'word') return null;
    if (!PHRASING.has(lower[j]) || lower[j + 1] !== 'it') continue;
    const speaker = speakerBefore(ctx, j - 1, a + 1) ?? speakerSpan(ctx, a + 1, j - 1);
    if (!speaker) return null;
    const start = tokens[j].start, end = tokens[j + 1].end;
    return { speaker, cue: { text: text.slice(start, end).replace(/\s+/g, ' '), start, end, tok: j } };
  }
  return null;
}
