/**
 * Stage 4: quotations (with their speaker and cue) and attributions of reported speech.
 * Quote marks pair within a paragraph; the news convention of a quote running over several
 * paragraphs (each opening with a mark, only the last closing) is followed, and an unbalanced
 * mark is closed at the end of its paragraph so it never swallows the rest of the article.
 */
import type { Attribution, Block, Quote, QuoteKind, Sentence, SpeakerRef, Token } from '../types';
import { HEDGES, SPEECH_CUES, CLAIM_CUES, VAGUE_SOURCES } from '../model/words';
import { cueLemma, speakerAfter, speakerBefore, type SpeakerContext } from './speakers';

interface RawQuote {
  open: number; // offset of the opening mark
  close: number; // offset of the closing mark (or the paragraph end)
  unclosed: boolean;
  continues: boolean; // runs on into the next paragraph
}

const OPEN = new Set(['“', '«', '„']);
const CLOSE = new Set(['”', '»']);

export function findQuoteMarks(text: string, blocks: Block[]): RawQuote[] {
  const out: RawQuote[] = [];
  blocks.forEach((b, bi) => {
    let open = -1;
    for (let i = b.start; i < b.end; i++) {
      const c = text[i];
      if (c !== '"' && !OPEN.has(c) && !CLOSE.has(c)) continue;
      const before = i > b.start ? text[i - 1] : ' ';
      const after = i + 1 < b.end ? text[i + 1] : ' ';
      if (open < 0) {
        if (OPEN.has(c) || (c === '"' && !/[\p{L}\p{N}.,!?]/u.test(before))) open = i;
      } else if (CLOSE.has(c) || (c === '"' && !/[\p{L}\p{N}]/u.test(after) || (c === '"' && /[\p{L}\p{N}.,!?]/u.test(before)))) {
        if (i > open + 1) out.push({ open, close: i, unclosed: false, continues: false });
        open = -1;
      } else if (OPEN.has(c)) {
        open = i; // a second opening mark: the first was stray
      }
    }
    if (open >= 0 && b.end > open + 1) {
      const next = blocks[bi + 1];
      const continues = !!next && /^["“«„]/.test(text[next.start]);
      out.push({ open, close: b.end, unclosed: !continues, continues });
    }
  });
  return out;
}

/** How many tokens before a quote its cue verb is looked for ("X said on Tuesday … that “…”"). */
const MAX_CUE_DISTANCE = 60;

const CALLING = /^(called|calling|call|calls|described|describing|dubbed|labelled|labeled|termed|branded)$/i;

export function findQuotes(ctx: SpeakerContext, blocks: Block[]): Quote[] {
  const { text, tokens } = ctx;
  const raws = findQuoteMarks(text, blocks);
  const quotes: Quote[] = [];
  let tokenCursor = 0;
  const tokenAt = (offset: number) => {
    // first token starting at or after offset (quotes arrive in order)
    while (tokenCursor > 0 && tokens[tokenCursor - 1].start >= offset) tokenCursor--;
    while (tokenCursor < tokens.length && tokens[tokenCursor].start < offset) tokenCursor++;
    return tokenCursor;
  };
  const bounds = sentenceBounds(tokens);
  // Speech cues counted up to each token, so "is there a cue in this sentence" costs O(1) per quote.
  const cuesBefore = new Int32Array(tokens.length + 1);
  tokens.forEach((t, k) => { cuesBefore[k + 1] = cuesBefore[k] + (SPEECH_CUES.has(cueLemma(t) ?? '') ? 1 : 0); });
  for (const r of raws) {
    const start = r.open + 1;
    const end = r.close;
    const inner = text.slice(start, end);
    if (!/\p{L}/u.test(inner)) continue;
    const firstIn = tokenAt(start);
    const lastIn = tokenAt(end) - 1;
    const afterTok = tokenAt(r.unclosed || r.continues ? end : end + 1);
    const beforeTok = firstIn - 2; // the token before the opening mark
    const sentOpen = tokens[firstIn]?.sentence ?? 0;
    const sentClose = tokens[Math.max(firstIn, lastIn)]?.sentence ?? sentOpen;
    const sentFloor = tokens.length ? Math.min(bounds.first[sentOpen], firstIn, tokens.length - 1) : 0;
    const sentCeil = tokens.length ? Math.max(bounds.last[sentClose], Math.min(Math.max(firstIn, lastIn), tokens.length - 1)) : 0;
    const words = inner.trim().split(/\s+/).length;
    let cue: { lemma: string; tok: number } | null = null;
    let speaker: SpeakerRef | null = null;

    // “…,” X said   /   “…,” said X   /   “…,” X told reporters
    if (!r.continues && !r.unclosed && afterTok <= sentCeil) {
      let k = afterTok;
      if (tokens[k]?.text === ',') k++;
      const quotedAs = findQuotedAs(tokens, k, Math.min(sentCeil, k + 8));
      if (quotedAs >= 0) {
        // "The Gazette quoted Ortiz as saying": the speaker is the one quoted, not the outlet.
        speaker = speakerAfter(ctx, quotedAs + 1, sentCeil);
        cue = { lemma: 'quoted … as saying', tok: quotedAs };
      } else if (tokens[k]?.text.toLowerCase() === 'according' && tokens[k + 1]?.text === 'to') {
        speaker = speakerAfter(ctx, k + 2, sentCeil); // “…,” according to X.
        cue = { lemma: 'according to', tok: k };
      } else if (cueLemma(tokens[k]) && SPEECH_CUES.has(cueLemma(tokens[k])!)) {
        cue = { lemma: tokens[k].text, tok: k };
        speaker = speakerAfter(ctx, k + 1, sentCeil);
      } else {
        for (let j = k; j <= sentCeil && j < k + 9; j++) {
          const lemma = cueLemma(tokens[j]);
          if (lemma && SPEECH_CUES.has(lemma)) {
            const s = speakerBefore(ctx, j - 1, k);
            if (s) { cue = { lemma: tokens[j].text, tok: j }; speaker = s; }
            break;
          }
          if (tokens[j].text === 'quoted') break;
        }
      }
    }
    // X said: “…”   /   X told reporters, “…”   /   partial quotes: X called the act a “…”
    // The look-back is bounded: unbounded, it made a long sentence of many quotes quadratic.
    if (!speaker && beforeTok >= sentFloor) {
      for (let j = beforeTok; j >= sentFloor && j > beforeTok - MAX_CUE_DISTANCE; j--) {
        const lemma = cueLemma(tokens[j]);
        if (lemma && (SPEECH_CUES.has(lemma) || CALLING.test(tokens[j].text))) {
          const s = speakerBefore(ctx, j - 1, sentFloor);
          if (s) { speaker = s; cue = { lemma: tokens[j].text, tok: j }; }
          else if (tokens[j].text.toLowerCase() === 'saying') cue = { lemma: 'saying', tok: j };
          if (s || j < beforeTok - 6) break;
        }
        if (tokens[j].text.toLowerCase() === 'according' && tokens[j + 1]?.text === 'to') {
          speaker = speakerAfter(ctx, j + 2, beforeTok);
          cue = { lemma: 'according to', tok: j };
          break;
        }
      }
    }
    // "… saying “…”" after a named subject earlier in the sentence
    if (!speaker && cue?.lemma === 'saying') speaker = subjectOfSentence(ctx, sentFloor, cue.tok);

    const fullClause = beforeTok < sentFloor || /^[:,]$/.test(tokens[beforeTok]?.text ?? '') || r.continues || r.unclosed;
    let kind: QuoteKind = fullClause && words >= 3 ? 'direct' : 'partial';
    if (!cue && !speaker && words <= 4 && !fullClause) kind = 'scare';
    if (kind === 'partial' && !cue) {
      // A short phrase with no speaker anywhere in its sentence is a scare quote ("an “accident”").
      const hasCue = cuesBefore[Math.min(sentCeil + 1, tokens.length)] > cuesBefore[sentFloor];
      if (!hasCue) kind = 'scare';
    }
    quotes.push({
      start, end, text: inner, kind, unclosed: r.unclosed,
      cue: cue ? cue.lemma : null,
      cueSpan: cue ? { start: tokens[cue.tok].start, end: tokens[cue.tok].end } : null,
      speaker: kind === 'scare' ? null : speaker,
    });
  }
  inheritSpeakers(text, quotes, raws);
  return quotes;
}

function findQuotedAs(tokens: Token[], from: number, to: number): number {
  for (let j = from; j <= to; j++) if (tokens[j].text === 'quoted') return j;
  return -1;
}

function subjectOfSentence(ctx: SpeakerContext, floor: number, before: number): SpeakerRef | null {
  for (let j = floor; j < before; j++) if (ctx.mentionAt[j] >= 0) {
    const m = ctx.mentions[ctx.mentionAt[j]];
    if (m.type === 'PERSON' || m.type === 'ORG') return { start: m.start, end: m.end, text: m.text, local: m.local };
  }
  return null;
}

/**
 * The first and last token of each sentence, computed once: walking from each quote to its
 * sentence bounds was quadratic in a long sentence full of quotes.
 */
function sentenceBounds(tokens: Token[]): { first: Int32Array; last: Int32Array } {
  const n = tokens.length ? tokens[tokens.length - 1].sentence + 1 : 0;
  const first = new Int32Array(n).fill(-1), last = new Int32Array(n).fill(-1);
  tokens.forEach((t, k) => { if (first[t.sentence] < 0) first[t.sentence] = k; last[t.sentence] = k; });
  // A sentence with no tokens of its own takes the bounds of the tokens around it.
  for (let i = 0, prev = 0; i < n; i++) { if (first[i] < 0) first[i] = prev; else prev = first[i]; }
  for (let i = n - 1, next = Math.max(0, tokens.length - 1); i >= 0; i--) { if (last[i] < 0) last[i] = next; else next = last[i]; }
  return { first, last };
}

/**
 * A quote with no speaker of its own takes the speaker of the quote it continues: the next
 * paragraph's closing part of a multi-paragraph quote, or the attributed quote just before it in
 * the same paragraph ("“…,” he said. “…”").
 */
function inheritSpeakers(text: string, quotes: Quote[], raws: RawQuote[]): void {
  const rawAt = new Map(raws.map((r) => [r.open + 1, r]));
  for (let i = quotes.length - 2; i >= 0; i--) {
    const q = quotes[i], n = quotes[i + 1];
    if (!q.speaker && q.kind === 'direct' && rawAt.get(q.start)?.continues && n.speaker) {
      q.speaker = n.speaker; q.cue = n.cue;
    }
  }
  for (let i = 1; i < quotes.length; i++) {
    const q = quotes[i], p = quotes[i - 1];
    if (q.speaker || q.kind === 'scare' || !p.speaker) continue;
    const between = text.slice(p.end, q.start);
    if (!/[\r\n]/.test(between) || (/^[^\r\n]*$/.test(between.trim()) && between.length < 200)) {
      if (/\n\s*\n|\n/.test(between) && !p.unclosed) {
        // Across a paragraph break only when the earlier quote ran on ("continues").
        const raw = rawAt.get(p.start);
        if (!raw?.continues) continue;
      }
      q.speaker = p.speaker; q.cue = p.cue;
    }
  }
}

/** Reported speech and "according to" phrases of each sentence, for sourcing claims. */
export function findAttributions(ctx: SpeakerContext, sentences: Sentence[]): Attribution[] {
  const out: Attribution[] = [];
  const { tokens } = ctx;
  let k = 0;
  sentences.forEach((s, si) => {
    while (k < tokens.length && tokens[k].sentence < si) k++;
    const first = k;
    let last = k;
    while (last + 1 < tokens.length && tokens[last + 1].sentence === si) last++;
    if (first >= tokens.length || tokens[first].sentence !== si) return;
    for (let j = first; j <= last; j++) {
      const t = tokens[j];
      const l = t.text.toLowerCase();
      if (l === 'according' && tokens[j + 1]?.text.toLowerCase() === 'to') {
        const sp = speakerAfter(ctx, j + 2, last);
        out.push({ start: s.start, end: s.end, cue: 'according to', speaker: sp, vague: !sp || isVague(sp.text) });
        continue;
      }
      if (HEDGES.has(l)) { out.push({ start: s.start, end: s.end, cue: t.text, speaker: null, vague: true }); continue; }
      if ((l === 'believed' || l === 'thought' || l === 'said' || l === 'estimated' || l === 'reported' || l === 'understood' || l === 'feared')
        && /^(are|is|were|was|been|be)$/i.test(tokens[j - 1]?.text ?? '') && tokens[j + 1]?.text.toLowerCase() === 'to') {
        out.push({ start: s.start, end: s.end, cue: `${tokens[j - 1].text} ${t.text}`, speaker: null, vague: true });
        continue;
      }
      const lemma = cueLemma(t);
      if (lemma && CLAIM_CUES.has(lemma)) {
        const sp = speakerBefore(ctx, j - 1, first) ?? (tokens[j - 1]?.text === ',' || j === first ? speakerAfter(ctx, j + 1, last) : null);
        if (sp) out.push({ start: s.start, end: s.end, cue: t.text, speaker: sp, vague: isVague(sp.text) });
      }
    }
  });
  return out;
}

function isVague(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/\s+/);
  return VAGUE_SOURCES.has(words[words.length - 1]) || /^(some|many|several|unnamed|anonymous)$/.test(words[0]);
}
