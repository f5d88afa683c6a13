/** Finding who is speaking: noun phrases before/after cue verbs, pronouns and titles resolved. */
import type { LocalEntity, Mention, SpeakerRef, Token } from '../types';
import { CUE_VERBS, PERSON_NOUNS, PRONOUNS, TITLE_HEADS, VAGUE_SOURCES, INSTITUTIONAL_SOURCES } from '../model/words';

export interface SpeakerContext {
  text: string;
  tokens: Token[];
  mentions: Mention[];
  entities: LocalEntity[];
  /** Token index → index of the mention that covers it, or -1. */
  mentionAt: Int32Array;
}

export function buildMentionIndex(tokens: Token[], mentions: Mention[]): Int32Array {
  const at = new Int32Array(tokens.length).fill(-1);
  let m = 0;
  for (let k = 0; k < tokens.length; k++) {
    while (m < mentions.length && mentions[m].end <= tokens[k].start) m++;
    if (m < mentions.length && mentions[m].start <= tokens[k].start && tokens[k].end <= mentions[m].end) at[k] = m;
  }
  return at;
}

/** The lemma of a cue verb; capitalised words are names ("Harbour Authority", "Home Office"), not verbs. */
export function cueLemma(t: Token | undefined): string | null {
  if (!t || t.kind !== 'word' || !/^\p{Ll}/u.test(t.text)) return null;
  return CUE_VERBS.get(t.text) ?? null;
}

/** Can this noun head a speaker phrase ("a senior official", "the spokesman", "police")? */
function isSpeakerHead(head: string): boolean {
  return PERSON_NOUNS.has(head) || TITLE_HEADS.has(head) || VAGUE_SOURCES.has(head) || INSTITUTIONAL_SOURCES.has(head);
}

const DETERMINERS = /^(a|an|the|one|another|two|three|several|some|many|its|his|her|their)$/i;
const ADVERB = /^(\p{L}+ly|also|later|then|again|previously|earlier|once|further|repeatedly|had|has|have|was|is|would|will|did)$/iu;

/** The speaker phrase that ends at token `end` (inclusive), scanning backwards. */
export function speakerBefore(ctx: SpeakerContext, end: number, floor: number): SpeakerRef | null {
  let k = end;
  while (k >= floor && ADVERB.test(ctx.tokens[k].text)) k--;
  if (k < floor) return null;
  // "X, who …, said": jump over the relative clause.
  if (ctx.tokens[k].text === ',') {
    for (let j = k - 1; j >= floor && j > k - 25; j--) {
      if (/^(who|which)$/i.test(ctx.tokens[j].text) && ctx.tokens[j - 1]?.text === ',') { k = j - 2; break; }
    }
  }
  if (k < floor) return null;
  // "Lena Ortiz, said" / "Tomas Reiter, the port's spokesman, said": an apposition
  // ends at the comma; the speaker is the name next to it.
  if (ctx.tokens[k].text === ',' && k - 1 >= floor) {
    const m = ctx.mentionAt[k - 1];
    if (m >= 0 && ctx.mentions[m].type === 'PERSON') k = k - 1;
    else {
      for (let j = k - 1; j > floor && j > k - 16; j--) {
        if (ctx.tokens[j].text !== ',') continue;
        const before = ctx.mentionAt[j - 1];
        if (before >= 0) k = j - 1;
        break;
      }
    }
  }
  const mi = ctx.mentionAt[k];
  if (mi >= 0) {
    const m = ctx.mentions[mi];
    // "the Harbour Authority spokesman" style: mention followed by a noun → unnamed unless PERSON.
    return { start: m.start, end: m.end, text: m.text, local: m.local };
  }
  const t = ctx.tokens[k];
  if (PRONOUNS.has(t.text.toLowerCase())) return resolvePronoun(ctx, t);
  // A common noun phrase: "a senior official", "the spokesman", "police".
  let s = k;
  while (s > floor && s > k - 7) {
    const p = ctx.tokens[s - 1];
    if (p.kind !== 'word' && p.text !== '’s' && p.text !== "'s" && p.text !== '-') break;
    if (cueLemma(p) || /^(and|or|but|that|when|as|while|said)$/i.test(p.text)) break;
    s--;
    if (DETERMINERS.test(p.text)) break;
  }
  const head = t.text.toLowerCase();
  if (!isSpeakerHead(head) && ctx.mentionAt[s] < 0) return null;
  // "Coastal Aid, a volunteer group, told …": the name before the apposition.
  if (ctx.tokens[s - 1]?.text === ',' && s - 2 >= floor && ctx.mentionAt[s - 2] >= 0) {
    const m = ctx.mentions[ctx.mentionAt[s - 2]];
    return { start: m.start, end: m.end, text: m.text, local: m.local };
  }
  const phrase: SpeakerRef = { start: ctx.tokens[s].start, end: t.end, text: ctx.text.slice(ctx.tokens[s].start, t.end), local: null };
  if (/^the$/i.test(ctx.tokens[s].text) && (TITLE_HEADS.has(head) || PERSON_NOUNS.has(head))) phrase.local = resolveTitle(ctx, head, ctx.tokens[s].start);
  return phrase;
}

/** The speaker phrase starting at token `start` ("said Lena Ortiz, the spokeswoman"). */
export function speakerAfter(ctx: SpeakerContext, start: number, limit: number): SpeakerRef | null {
  if (start > limit) return null;
  const mi = ctx.mentionAt[start];
  if (mi >= 0) {
    const m = ctx.mentions[mi];
    return { start: m.start, end: m.end, text: m.text, local: m.local };
  }
  const t = ctx.tokens[start];
  if (PRONOUNS.has(t.text.toLowerCase())) return resolvePronoun(ctx, t);
  let e = start;
  while (e < limit && e < start + 7) {
    const n = ctx.tokens[e + 1];
    if (!n || n.kind !== 'word' || cueLemma(n) || /^(and|or|but|that|in|on|at|to|who|which|after|before|when)$/i.test(n.text)) break;
    e++;
    if (ctx.mentionAt[e] >= 0) {
      const m = ctx.mentions[ctx.mentionAt[e]];
      return { start: ctx.tokens[start].start, end: m.end, text: ctx.text.slice(ctx.tokens[start].start, m.end), local: m.local };
    }
  }
  const head = ctx.tokens[e].text.toLowerCase();
  if (!isSpeakerHead(head)) return null;
  const ref: SpeakerRef = { start: t.start, end: ctx.tokens[e].end, text: ctx.text.slice(t.start, ctx.tokens[e].end), local: null };
  if (/^the$/i.test(t.text)) ref.local = resolveTitle(ctx, head, t.start);
  return ref;
}

/** "he"/"she" → the most recent person named before the pronoun. */
function resolvePronoun(ctx: SpeakerContext, t: Token): SpeakerRef {
  const l = t.text.toLowerCase();
  let local: number | null = null;
  if (l === 'he' || l === 'she' || l === 'him' || l === 'her') {
    // Jump from person to person backwards from the pronoun (a scan of all mentions from the end
    // of the article per pronoun was quadratic).
    const prev = previousPerson(ctx.mentions);
    for (let m = prev[mentionsBefore(ctx.mentions, t.start) - 1] ?? -1; m >= 0; m = prev[m - 1] ?? -1) {
      if (ctx.mentions[m].end <= t.start) { local = ctx.mentions[m].local; break; }
    }
  }
  return { start: t.start, end: t.end, text: t.text, local };
}

/** For each mention index, the index of the last person (outside page furniture) at or before it, or -1. */
const personIndex = new WeakMap<readonly Mention[], Int32Array>();
function previousPerson(mentions: readonly Mention[]): Int32Array {
  let prev = personIndex.get(mentions);
  if (!prev) {
    prev = new Int32Array(mentions.length);
    let last = -1;
    mentions.forEach((x, k) => { if (x.type === 'PERSON' && !x.furniture) last = k; prev![k] = last; });
    personIndex.set(mentions, prev);
  }
  return prev;
}

/** How many mentions start before `offset` (mentions are sorted by start). */
function mentionsBefore(mentions: readonly Mention[], offset: number): number {
  let lo = 0, hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** "the spokesman" → the most recent entity whose role mentions that noun. */
function resolveTitle(ctx: SpeakerContext, head: string, before: number): number | null {
  for (let m = ctx.mentions.length - 1; m >= 0; m--) {
    const x = ctx.mentions[m];
    if (x.end > before || x.type !== 'PERSON') continue;
    const e = ctx.entities[x.local];
    if (e.roles.some((r) => r.text.toLowerCase().includes(head))) return x.local;
  }
  return null;
}
