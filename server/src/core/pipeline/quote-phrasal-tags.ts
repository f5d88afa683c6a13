/**
 * Tags after a quotation whose cue is a phrase with no speech verb of its own: "“…,” she went on." /
 * "“…,” Ortiz went on to say," (the speech goes on), "“…,” was how Ortiz put it." and "As one minister
 * put it, “…”" (the writer names who phrased it), and "“…,” came the reply." (the answer to a question put
 * just before). Pure token checks, used by quote-speaker.ts `speakerAfterQuote`.
 */
import type { SpeakerRef } from '../types';
import type { Found } from './quote-speaker';
import { cueAt } from './cue-phrase';
import { fromMention, speakerAfter, speakerBefore, speakerSpan, speechLemma, type SpeakerContext } from './speakers';
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

/** Nouns of "came the reply": the words given back to a question. */
const REPLY_NOUNS: ReadonlySet<string> = new Set(['reply', 'answer', 'response', 'retort', 'rejoinder']);
/** Verbs that put a question to the person right after them ("asked Mayor Ines Kral"). */
const ASKING: ReadonlySet<string> = new Set(['asked', 'questioned', 'pressed', 'challenged']);
/** How far back, in tokens, the question put to the one replying may stand. */
const ASKED_REACH = 40;

/**
 * "“Not this year,” came the reply." / "…, came the answer from Ines Kral.": "came" at token `k`, a
 * determiner and a reply noun. The cue is that phrase; the speaker the one named after "from", else
 * the person a question was put to just before ("Reporters asked Ines Kral about …"), else nobody
 * (the asker is the one it answers, never the one replying).
 */
export function replyTag(ctx: SpeakerContext, k: number, ceil: number): Found | null {
  const { lower, tokens, text } = ctx;
  if (lower[k] !== 'came' || !/^(the|a|an|her|his|their|its)$/.test(lower[k + 1] ?? '') || !REPLY_NOUNS.has(lower[k + 2] ?? '')) return null;
  const start = tokens[k].start, end = tokens[k + 2].end;
  const cue = { text: text.slice(start, end).replace(/\s+/g, ' '), start, end, tok: k };
  const speaker = lower[k + 3] === 'from' ? speakerAfter(ctx, k + 4, ceil) : personAsked(ctx, k);
  return { speaker, cue };
}

/** The person named right after an asking verb before token `k`, in the same paragraph and outside quotes; null if none. */
function personAsked(ctx: SpeakerContext, k: number): SpeakerRef | null {
  const { tokens, lower } = ctx;
  for (let j = k - 1; j >= 0 && j > k - ASKED_REACH; j--) {
    if (!ASKING.has(lower[j]) || ctx.inQuote?.[j] === 1) continue;
    if (ctx.text.slice(tokens[j].end, tokens[k].start).includes('\n')) return null;
    for (let n = j + 1; n <= j + 3 && n < k; n++) {
      const mi = ctx.mentionAt[n];
      if (mi >= 0) return ctx.mentions[mi].type === 'PERSON' ? fromMention(ctx, mi) : null;
      if (tokens[n].kind !== 'word' || /^\p{Ll}/u.test(tokens[n].text)) break;
    }
    return null;
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
