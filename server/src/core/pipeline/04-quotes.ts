/**
 * Stage 4: quotations (with their speaker and cue) and attributions of reported speech.
 * Marks are paired by quote-marks.ts; the attribution patterns around each quote are in
 * quote-speaker.ts, tried in order by `attribute`: after the quote (or after a closing question),
 * before it (in its sentence, or a paragraph ending in a colon or comma), later in the sentence,
 * then the speech reported in the sentence before. Quotes left without a speaker then inherit one
 * (inheritSpeakers, speakerOfRepeatedQuote).
 */
import { COUNT_WORDS } from '../model/count-words';
import { bodyOfPeopleAfter } from './according-to-body';
import { ownDocumentAfter } from './according-to-own-document';
import type { Attribution, Block, Quote, QuoteKind, Sentence, SpeakerRef, Token } from '../types';
import { HEDGES, CLAIM_CUES, CUE_VERBS, VAGUE_SOURCES, INSTITUTIONAL_SOURCES } from '../model/words';
import { GROUP_VAGUE } from '../model/speaker-words';
import { bareGroup } from './bare-group';
import { cueLemma, firstTokenFrom, speakerAfter, speakerBefore, speakerSpan, type SpeakerContext } from './speakers';
import { findQuoteMarks, type RawQuote } from './quote-marks';
import { findSingleQuoteMarks, withSingleQuotes } from './quote-single-marks';
import { distancedBefore } from './quote-clause';
import { isDisplayed, isGlossedTerm, isHabitualName, isLabel, isTitle } from './quote-label';
import { namesWork } from './quote-work-titles';
import { isSaying } from './quote-sayings';
import { isRating } from './quote-rating';
import { listedTerms } from './quote-term-lists';
import { joinSplitQuotes } from './quote-split';
import { speakersNamedAfter } from './quote-named-after';
import { claimNounOwner } from './claim-noun-owner';
import { subjectBeforeColon } from './quote-colon';
import { roleTurn, transcriptTurn, turnHeadingBetween } from './quote-transcript';
import { framedSubject } from './quote-frame-subject';
import { statementIssuer } from './quote-statement-issuer';
import { interviewAnswer } from './quote-interview';
import { capitalsSubhead } from './quote-subhead';
import { headlineSpeaker, leadsHeadline } from './quote-headline';
import { openingFrame } from './quote-opening-frame';
import { WordList } from './token-table';
import { itSubject } from './it-subject';
import { claimsAsNoun, cueAsNoun, documentCueNoun, countedCueNoun } from './cue-noun';
import { AS_REPORTED_BY, asReportedBy } from './as-reported-by';
import { documentSubject } from './document-subject';
import { hearsayReports } from './hearsay-reports';
import { reportedSpeech, speakerAfterQuote, speakerBeforeQuote, speakerLaterInSentence, subjectBefore, type Found } from './quote-speaker';

export { findQuoteMarks } from './quote-marks';

/** What stands right before an interview answer's opening mark ("A: “"), a cheap test before interviewAnswer's. */
const ANSWER_BEFORE = /A[ \t]*[:.—–-][ \t]*$/;
/** A partial quote this long or longer is somebody's words even with no cue in its own sentence. */
const PARTIAL_MIN_WORDS = 4;
/** How far into the next sentence the attribution of a quote ending in ? or ! may sit. */
const QUESTION_REACH = 10;
/** How many tokens a sentence made only of an attribution ("Mr Lind said.") may hold. */
const STRAY_TAG = 6;
/** How long (characters) the text between two quotes of one paragraph may be for the second to inherit the first's speaker. */
const INHERIT_REACH = 400;
/** The attribution after the last quote of a paragraph is at most this long for the next paragraph's quote to inherit it. */
const ATTRIBUTION_TAIL = 80;
/** A repeated quote is recognised when one contains the other and both have this many words. */
const REPEAT_MIN_WORDS = 4;

export function findQuotes(ctx: SpeakerContext, blocks: Block[]): Quote[] {
  const { text, tokens } = ctx;
  const raws = withSingleQuotes(findQuoteMarks(text, blocks), findSingleQuoteMarks(text, blocks));
  const quotes: Quote[] = [];
  if (raws.length === 0) return quotes;
  // the first token starting at or after an offset
  const tokenAt = (offset: number) => firstTokenFrom(tokens, offset);
  const bounds = sentenceBounds(tokens, ctx.sentenceStart);
  const blockOf = blockLookup(tokens, blocks);
  ctx.inQuote = quotedTokens(tokens, raws);
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
    const words = wordCount(inner);
    const closed = !r.continues && !r.unclosed;
    const fullClause = beforeTok < sentFloor || /^[:,]$/.test(tokens[beforeTok]?.text ?? '') || !closed;
    const site: QuoteSite = { inner, words, closed, continues: !!r.continues, fullClause, firstIn, afterTok, beforeTok, sentFloor, sentCeil };
    let found = attribute(ctx, site, bounds, blockOf);
    // "Q: “…”¶A: “…”": an interview's answer is the interviewee's.
    if (!found?.speaker && fullClause && ANSWER_BEFORE.test(text.slice(Math.max(0, r.open - 5), r.open))) {
      const answerer = interviewAnswer(ctx, r.open);
      if (answerer) found = { speaker: answerer, cue: null };
    }
    // "Ferry Chief: “We Will Sail Again”", "“We Will Sail Again,” Says Ferry Chief": a headline's statement.
    if (!found?.speaker && closed) found = headlineSpeaker(ctx, blocks[blockOf(firstIn) ?? -1], blockOf(firstIn) === 0, firstIn, beforeTok, afterTok) ?? found;

    let kind: QuoteKind = ((fullClause || sentenceAfterCue(ctx, found, inner, r.open, closed)) && words >= 3)
      || ((words === 2 || (words === 1 && oneWordAnswer(text, inner, r.close))) && beforeTok < sentFloor && closed && shortUtterance(found, inner, r.close)) ? 'direct' : 'partial';
    // A phrase nobody is said to say is a scare quote ("an “accident”"), and so is a phrase the
    // writer keeps at a distance ("the so-called “expert panel”"), whoever speaks in the sentence.
    if (kind === 'partial' && (!found || distancedBefore(text, r.open))) kind = 'scare';
    // A name or label in quotation marks ("the “Blue Line” project") is nobody's words either.
    if (kind === 'partial' && closed && isLabel(tokens, inner, words, beforeTok, afterTok)) kind = 'scare';
    // A name a thing goes by ("locals call the square “…”", "what the firm calls “…”"): a habit, nobody's words.
    if (kind === 'partial' && closed && isHabitualName(tokens, words, beforeTok)) kind = 'scare';
    // A title standing alone that nobody is said to speak ("On its site, “The Ferry Countdown”, …"),
    // also with the American full stop inside the marks ("her talk, “The Long Night of the Quay.”").
    // (Not the quote before a headline's colon: "“We Will Not Be Moved”: Tenants Defy Council".)
    if (kind === 'direct' && closed && !found?.speaker && isTitle(inner.replace(/\.\s*$/, ''), words)
      && !leadsHeadline(text, blocks[blockOf(firstIn) ?? -1], r.open, r.close)) kind = 'scare';
    // A title that opens its sentence as the subject of the writer's verb ("“Tales of the Quay” was the
    // most-read book, the firm said"): no punctuation closes it, a lower-case word follows the marks.
    if (kind === 'direct' && closed && opensAsSubject(tokens, inner, words, beforeTok, sentFloor, afterTok)) kind = 'scare';
    // A work's title after its noun ("her album, “Where the River Bends,” took a year"), whoever speaks in the sentence.
    if (kind !== 'scare' && closed && namesWork(text, tokens, beforeTok, firstIn, lastIn)) kind = 'scare';
    // A slogan, a name given by a noun, or the words on a sign ("a banner reading “…”").
    if (kind !== 'scare' && closed && isDisplayed(tokens, beforeTok, words)) kind = 'scare';
    // A word glossed as a word right after its marks ("“crunch”, the industry term for …").
    if (kind !== 'scare' && closed && isGlossedTerm(tokens, afterTok, words)) kind = 'scare';
    // A proverb or adage named before the marks ("the old proverb, “…”") belongs to nobody.
    if (kind !== 'scare' && closed && isSaying(tokens, beforeTok, words)) kind = 'scare';
    // "Ilse “Wrenn” Moravec": a nickname inside a person's name (entity-name-nicknames.ts) is nobody's words.
    if (kind !== 'scare' && closed && insideName(ctx, firstIn, r.open, r.close)) kind = 'scare';
    // A broker's grade ("cut the stock to “sell”", "a “buy” rating") is a label on a scale, nobody's words.
    if (kind !== 'scare' && closed && words <= 2 && isRating(tokens, inner, beforeTok, afterTok)) kind = 'scare';
    // One word in straight single marks ('Lantern' mode, a 'go-slow') is the writer's distance: the
    // reading of such a pair is the least sure of all (quote-single-marks.ts), so it never stands as
    // anybody's words, even with a speech verb in the sentence ("tells the board about 'rogue' bots").
    // A judgement the speaker passes through a calling verb ("Rena Vell called the move 'overdue'") is her
    // word, as with curly marks: only a lowercase word right after the verb's short object is kept.
    if (kind !== 'scare' && words === 1 && text.charCodeAt(r.open) === 39 && !judgedByCall(ctx, found, inner, r.open)) kind = 'scare';
    // "¶“WE WILL NOT MOVE FROM OUR HOMES”¶": a sub-headline in capitals shows words, nobody says them there.
    if (kind !== 'scare' && closed && capitalsSubhead(text, blocks, blockOf(firstIn) ?? -1, r.open, r.close)) kind = 'scare';
    const cue = kind === 'scare' ? null : found?.cue ?? null;
    quotes.push({
      start, end, text: inner, kind, unclosed: r.unclosed,
      cue: cue ? cue.text : null,
      cueSpan: cue ? { start: cue.start, end: cue.end } : null,
      speaker: kind === 'scare' ? null : found?.speaker ?? null,
    });
  }
  speakersNamedAfter(ctx, quotes);
  ctx.inQuote = undefined;
  inheritSpeakers(text, quotes, raws);
  speakerOfRepeatedQuote(quotes);
  joinSplitQuotes(text, quotes);
  unspokenPhrases(quotes);
  listedTerms(text, quotes);
  return quotes;
}

/**
 * “Totally unacceptable.” she said / “Far too early,” Ortiz added: two words opening their sentence, a
 * capital first and a stop, question mark, exclamation mark or comma last, tagged after the marks, are the
 * speaker's whole utterance (a clipped sentence), not a phrase inside the writer's sentence. Not a
 * two-word title ("“Lantern Keepers,” she said of the film").
 */
function shortUtterance(found: Found | null, inner: string, close: number): boolean {
  if (!found?.speaker || !found.cue || found.cue.start < close) return false;
  if (!/^\p{Lu}/u.test(inner) || !/[.!?,]\s*$/.test(inner)) return false;
  const stripped = inner.replace(/[.!?,]\s*$/, '');
  return !isTitle(stripped, wordCount(stripped));
}

/** Words that make a whole answer on their own ("“Yes,” Vell replied", "“Never!” she said"). */
const ANSWER_WORD = /^(yes|no|never|absolutely|exactly|certainly|definitely|indeed|sure|nope|yep|yeah|correct|maybe|perhaps|possibly|agreed|right|okay|ok|thanks|nonsense|rubbish)[.!?,]?\s*$/i;

/**
 * “Yes,” Vell replied / “Never.” she said: one word of assent, refusal or doubt is a whole answer, not a
 * phrase; but not the first piece of a quote split by its tag ("“No,” Vell said, “never.”", two words in all).
 */
function oneWordAnswer(text: string, inner: string, close: number): boolean {
  if (!ANSWER_WORD.test(inner)) return false;
  for (let i = close + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '.' || c === '!' || c === '?' || c === '\n') return true;
    if (c === '“' || c === '"') return false;
  }
  return true;
}

/** Verbs that frame a quoted name rather than report a sentence ("called it “…”"). */
const NAMING = /^(call|calls|called|calling|describe|describes|described|describing|dubbed|termed|labelled|labeled|branded|define|defined)$/i;
/** Words between a cue and its quote that make the quote part of the reporting clause ("said that “…”", "called it “…”"). */
const EMBEDDING = /\b(that|as|if|whether|it|this|them|him|her|would|was|were|is|are|to be)\b/i;

/**
 * “Lena Ortiz said “We will reopen the quay.”” / “… told the Gazette “…””: a whole sentence (a capital
 * first, a full stop, question or exclamation mark last, not a title) right after its cue, or after
 * the cue and a short object or phrase of place, is quoted directly though no comma or colon stands
 * before it.
 */
function sentenceAfterCue(ctx: SpeakerContext, found: Found | null, inner: string, open: number, closed: boolean): boolean {
  const cue = found?.cue;
  if (!cue || !closed || cue.end > open || NAMING.test(ctx.tokens[cue.tok].text)) return false;
  if (!/^\p{Lu}/u.test(inner) || !/[.!?]\s*$/.test(inner)) return false;
  // "paid to write and direct “The Lantern Keepers.”": a title, and a verb in the infinitive reports nothing.
  const stripped = inner.replace(/[.!?]\s*$/, '');
  if (isTitle(stripped, wordCount(stripped)) || ctx.lower[cue.tok - 1] === 'to') return false;
  const between = ctx.text.slice(cue.end, open);
  return /^[\p{L}\s]*$/u.test(between) && wordCount(between) <= 4 && !EMBEDDING.test(between);
}

/** "called the move 'overdue'", "described the plan as 'reckless'": a lowercase word judged by the cue's own calling verb. */
function judgedByCall(ctx: SpeakerContext, found: Found | null, inner: string, open: number): boolean {
  const cue = found?.cue;
  if (!cue || !found?.speaker || cue.end > open || !/^\p{Ll}/u.test(inner) || !NAMING.test(ctx.tokens[cue.tok].text)) return false;
  const between = ctx.text.slice(cue.end, open);
  return /^[\p{L}\s'’,]*$/u.test(between) && wordCount(between) <= 6;
}

/** Is a title-case quote without closing punctuation the first thing in its sentence, a lower-case word right after it? */
function opensAsSubject(tokens: Token[], inner: string, words: number, beforeTok: number, sentFloor: number, afterTok: number): boolean {
  if (beforeTok >= sentFloor || /[\p{P}]\s*$/u.test(inner)) return false;
  const next = tokens[afterTok];
  return !!next && next.kind === 'word' && /^\p{Ll}/u.test(next.text) && isTitle(inner, words);
}

/** 1 for each token between a pair of quotation marks (SpeakerContext.inQuote). */
function quotedTokens(tokens: Token[], raws: RawQuote[]): Uint8Array {
  const marks = new Uint8Array(tokens.length);
  for (const r of raws) {
    for (let k = firstTokenFrom(tokens, r.open + 1); k < tokens.length && tokens[k].start < r.close; k++) marks[k] = 1;
  }
  return marks;
}

/** `s.trim().split(/\s+/).length`, without building the array: the runs of white space inside the trimmed text, plus one. */
function wordCount(s: string): number {
  let words = 1, inSpace = false, seenWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || (c > 127 && SPACE.test(s[i]))) { inSpace = true; continue; }
    if (inSpace && seenWord) words++;
    inSpace = false;
    seenWord = true;
  }
  return words;
}
const SPACE = /\s/;

/** Where a quote sits among the tokens. */
interface QuoteSite {
  inner: string;
  words: number;
  /** Has its own closing mark (not closed at the paragraph end, not running on). */
  closed: boolean;
  /** Runs on: the next paragraph reopens it. */
  continues: boolean;
  /** Opens its sentence or follows a colon or comma: a whole clause, not a phrase inside one. */
  fullClause: boolean;
  firstIn: number;
  afterTok: number;
  beforeTok: number;
  sentFloor: number;
  sentCeil: number;
}

type Bounds = { first: Int32Array; last: Int32Array };

/** The speaker and cue of one quote: the patterns of quote-speaker.ts, most specific first. */
// Counted (s30, 1,000 novel docs): 2,504 quotes reach this; each later reader runs at most once a quote (isDisplayed 1,605,
// isLabel 651, transcriptTurn 212, roleTurn 170, framedSubject 106): no reader is worth a gate, the stage's ~6% is spread thin.
function attribute(ctx: SpeakerContext, q: QuoteSite, bounds: Bounds, blockOf: BlockOf): Found | null {
  const { tokens } = ctx;
  const { inner, closed, fullClause, firstIn, afterTok, beforeTok, sentFloor, sentCeil } = q;
  // "Describing the plan as “reckless”, Olsen said": the opening participle is the cue, its subject speaks.
  const frame = closed ? openingFrame(ctx, sentFloor, beforeTok, afterTok, inner, sentCeil) : null;
  if (frame) {
    const main = speakerAfterQuote(ctx, afterTok, sentCeil, /,\s*$/.test(inner));
    if (main?.speaker || frame.speaker) return { speaker: main?.speaker ?? frame.speaker, cue: frame.cue };
  }
  let found: Found | null = null;
  if (closed && afterTok <= sentCeil) {
    // A quote that ends its own sentence with a full stop takes only an attribution right after it.
    const ceil = /\.\s*$/.test(inner) ? Math.min(sentCeil, afterTok + 6) : sentCeil;
    found = speakerAfterQuote(ctx, afterTok, ceil, /,\s*$/.test(inner));
  } else if (closed && /[?!]\s*$/.test(inner) && afterTok < tokens.length && blockOf(afterTok) === blockOf(firstIn)) {
    // “…?” X asked: the question mark ended the sentence, the attribution opens the next one.
    found = speakerAfterQuote(ctx, afterTok, Math.min(bounds.last[tokens[afterTok].sentence], afterTok + QUESTION_REACH));
  } else if (closed && /\.\s*$/.test(inner) && afterTok < tokens.length && blockOf(afterTok) === blockOf(firstIn)) {
    // “… concerned.” Mr Lind said.: a full stop inside the marks, the attribution alone in the next sentence.
    const last = bounds.last[tokens[afterTok].sentence];
    const tag = last - afterTok <= STRAY_TAG && tokens[last].text === '.' ? speakerAfterQuote(ctx, afterTok, last - 1) : null;
    // only the tag: the cue or the speaker ends the sentence ("Lena Ortiz said nothing." is a sentence of its own)
    if (tag?.speaker && (tag.cue?.tok === last - 1 || tag.speaker.end === tokens[last - 1].end)) found = tag;
  }
  if (!found?.speaker && beforeTok >= sentFloor) found = speakerBeforeQuote(ctx, beforeTok, sentFloor) ?? found;
  if (!found?.speaker && beforeTok < sentFloor && beforeTok >= 0 && /^[:,]$/.test(tokens[beforeTok].text)
    && blockOf(beforeTok)! + 1 === blockOf(firstIn)) {
    // a quote opening the paragraph after one that ends in a colon or comma ("Ortiz said in a statement:")
    found = speakerBeforeQuote(ctx, beforeTok - 1, bounds.first[tokens[beforeTok].sentence]) ?? found;
  }
  if (!found?.speaker && closed) found = speakerLaterInSentence(ctx, afterTok, sentCeil) ?? found;
  // "Ivo Brandt, a trader at Mercer Securities, put it bluntly: “…”": the subject before the colon.
  if (!found?.speaker && fullClause && q.words >= 3 && beforeTok > sentFloor) found = subjectBeforeColon(ctx, sentFloor, beforeTok) ?? found;
  // "Harbour Master Ines Kral: “…”": a transcript's or e-mail exchange's turn, a name and a colon.
  if (!found?.speaker && fullClause && beforeTok > sentFloor) {
    const turn = transcriptTurn(ctx, sentFloor, beforeTok);
    // "… a reply came from Minister Orla Breck: “…”": the cue found before the name stays.
    if (turn) found = { speaker: turn.speaker, cue: turn.cue ?? found?.cue ?? null };
    // "Fire Chief: “…”": a role alone heads the turn.
    else if (q.words >= 3) found = roleTurn(ctx, sentFloor, beforeTok) ?? found;
  }
  // The speech reported by the sentence before, in the same paragraph: a longer partial quote
  // ("X said that …. It will “…”") or a quote opening its sentence ("X said the talks failed. “…”").
  const opensSentence = beforeTok < sentFloor && blockOf(Math.max(0, beforeTok)) === blockOf(firstIn);
  if (!found && ((!fullClause && q.words >= PARTIAL_MIN_WORDS) || opensSentence) && sentFloor > 0
    && blockOf(sentFloor - 1) === blockOf(sentFloor)) {
    found = reportedSpeech(ctx, bounds.first[tokens[sentFloor - 1].sentence], sentFloor - 1);
  }
  // "Brisk smiled. “Ask me in May.”": the subject of a short sentence before frames the untagged quote,
  // also one that runs on into the next paragraph ("Brisk smiled. “When I began …¶“…”").
  // "Ilse Marrow had waited nine years.¶“We wrote …": a paragraph that opens with the quote, framed by the one before.
  if (!found?.speaker && (q.closed || q.continues) && q.words >= 3 && sentFloor > 0
    && (opensSentence ? blockOf(sentFloor - 1) === blockOf(sentFloor) : beforeTok === sentFloor - 1 && blockOf(beforeTok)! + 1 === blockOf(firstIn))) {
    found = framedSubject(ctx, bounds.first[tokens[sentFloor - 1].sentence], sentFloor - 1) ?? found;
  }
  // "Harlow Water issued a statement. “…,” the statement said.": the issuer speaks its statement.
  if (found?.speaker && found.speaker.local === null) {
    const prevEnd = sentFloor - 1;
    const issuer = statementIssuer(ctx, found, sentFloor, Math.max(sentFloor, beforeTok), prevEnd >= 0 ? bounds.first[tokens[prevEnd].sentence] : 0, prevEnd);
    if (issuer) found = { speaker: issuer, cue: found.cue };
  }
  return found;
}

/**
 * The first and last token of each sentence up to the last one with tokens, computed once (walking
 * from each quote to its sentence bounds was quadratic in a long sentence full of quotes).
 */
function sentenceBounds(tokens: Token[], sentenceStart: Int32Array): Bounds {
  const n = tokens.length ? tokens[tokens.length - 1].sentence + 1 : 0;
  const first = new Int32Array(n), last = new Int32Array(n);
  // A sentence with no tokens of its own takes the bounds of the tokens around it: the first
  // token of the sentence before it with tokens, the last of the one after.
  for (let i = 0, prev = 0; i < n; i++) {
    if (sentenceStart[i] < sentenceStart[i + 1]) prev = sentenceStart[i];
    first[i] = prev;
  }
  for (let i = n - 1, next = Math.max(0, tokens.length - 1); i >= 0; i--) {
    if (sentenceStart[i] < sentenceStart[i + 1]) next = sentenceStart[i + 1] - 1;
    last[i] = next;
  }
  return { first, last };
}

/** Token index → index of the block (paragraph) it sits in; undefined for an index off either end. */
type BlockOf = (k: number) => number | undefined;

/**
 * The block of a token, by binary search over the blocks: only a few tokens around each quote are
 * asked about, so a table of every token's block would cost more than it saves.
 */
function blockLookup(tokens: Token[], blocks: Block[]): BlockOf {
  return (k) => {
    if (!(k >= 0 && k < tokens.length)) return undefined;
    // the first block that ends after the token starts (the last block if none does)
    const start = tokens[k].start;
    let lo = 0, hi = blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (blocks[mid].end <= start) lo = mid + 1; else hi = mid;
    }
    return lo;
  };
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
    if (q.cue !== null && REPLY_CUE.test(q.cue)) continue; // "“…,” came the reply": somebody else's answer
    const between = text.slice(p.end, q.start);
    if (!q.cue && turnHeadingBetween(between)) continue; // "” : Title Name: “": the next turn's own speaker
    // (Within a paragraph only over a short stretch: past several sentences of narrative ("…,” she
    // says. … Crowds roamed the streets, shouting: “…”") the next quote is somebody else's.)
    // "“And the workers?” a reporter asked.¶“They will be paid.”": the answer is the one asked, not the asker.
    if (putQuestion(p, q)) { q.speaker = answererBefore(quotes, i - 1); continue; }
    if ((!/[\r\n]/.test(between) && between.length < INHERIT_REACH) || (/^[^\r\n]*$/.test(between.trim()) && between.length < 200)) {
      if (/\n\s*\n|\n/.test(between) && !p.unclosed) {
        // Across a paragraph break only when the earlier quote ran on ("continues").
        const raw = rawAt.get(p.start);
        if (!raw?.continues) continue;
      }
      q.speaker = p.speaker; q.cue = p.cue;
    } else if (q.kind === 'direct' && !q.cue && p.kind === 'direct' && opensParagraphAfterQuote(text, p, q)) {
      // News convention: a paragraph that is only a quote continues the speaker of the quote that
      // ended the paragraph before ("“…,” she said.¶“…”"). The cue stays with the first.
      q.speaker = p.speaker;
    }
  }
}

/** The cue of replyTag (quote-phrasal-tags.ts): "came the reply", "came her answer". */
const REPLY_CUE = /^came \S+ (?:reply|answer|response|retort|rejoinder)$/;
/** Who puts questions at a press conference or an interview, not answers them. */
const ASKERS = /\b(?:reporter|reporters|journalist|journalists|interviewer|questioner|moderator)\b/i;
/** How many quotes back the one answering a question may have spoken. */
const ANSWER_REACH = 4;

/** Is p a question an asker put (it ends in a question mark and its speaker is a reporter), and q no question? */
function putQuestion(p: Quote, q: Quote): boolean {
  return /\?\s*$/.test(p.text) && !/\?\s*$/.test(q.text) && ASKERS.test(p.speaker!.text);
}

/** The speaker of the last quote before quotes[i] who is not the asker of quotes[i], within a few quotes; null if none. */
function answererBefore(quotes: Quote[], i: number): SpeakerRef | null {
  const asker = quotes[i].speaker!;
  for (let j = i - 1; j >= 0 && j >= i - ANSWER_REACH; j--) {
    const s = quotes[j].speaker;
    if (s && s.text !== asker.text && !ASKERS.test(s.text)) return s;
  }
  return null;
}

/**
 * A short phrase with a cue but nobody to speak it, even after inheriting ("the plan, called “…”",
 * "what critics call “…”", "I should have said the first “…” sample") is a scare quote: a term is
 * somebody's words only when the text says whose. A longer one (PARTIAL_MIN_WORDS) is somebody's
 * words whose speaker was missed, and a whole clause stays a quote.
 */
function unspokenPhrases(quotes: Quote[]): void {
  for (const q of quotes) {
    if (q.kind === 'partial' && !q.speaker && wordCount(q.text) < PARTIAL_MIN_WORDS) { q.kind = 'scare'; q.cue = null; q.cueSpan = null; }
  }
}

/** Is q the opening of a paragraph that directly follows the paragraph p ends (with only its attribution after it)? */
function opensParagraphAfterQuote(text: string, p: Quote, q: Quote): boolean {
  const between = text.slice(p.end, q.start - 1);
  const lines = between.split(/\r?\n/);
  return lines.length >= 2 && lines.slice(1).every((l) => l.trim() === '') && lines[0].length <= ATTRIBUTION_TAIL;
}

/**
 * A quote repeated in the same article (a pull quote above the story, a quote the closing paragraph
 * recalls) takes the speaker of its attributed occurrence; its own cue stays empty.
 */
function speakerOfRepeatedQuote(quotes: Quote[]): void {
  // Only a quote without a speaker can take one, and only from a quote with one.
  let wanting = false, giving = false;
  for (const q of quotes) {
    if (q.kind === 'scare') continue;
    if (q.speaker) giving = true; else wanting = true;
  }
  if (!wanting || !giving) return;
  // Each quote's words once, spaced for `contains`; their runs of REPEAT_MIN_WORDS words only when needed.
  const words: string[][] = [], spaced: string[] = [];
  for (const q of quotes) {
    const w = q.kind === 'scare' ? [] : quoteWords(q.text);
    words.push(w);
    spaced.push(` ${w.join(' ')} `);
  }
  const contains = (a: number, b: number) => spaced[a].includes(spaced[b]);
  if (!quotes.some((q, qi) => !q.speaker && q.kind !== 'scare' && words[qi].length >= REPEAT_MIN_WORDS
    && quotes.some((p, pi) => p.speaker && p.kind !== 'scare' && (contains(pi, qi) || contains(qi, pi))))) return;
  const grams = words.map(wordRuns);
  // Every run of an attributed quote → the quotes that have it.
  const byGram = new Map<string, number[]>();
  quotes.forEach((p, pi) => {
    if (!p.speaker || p.kind === 'scare') return;
    for (const g of grams[pi]) {
      const list = byGram.get(g);
      if (list === undefined) byGram.set(g, [pi]);
      else if (list[list.length - 1] !== pi && list.length < 16) list.push(pi);
    }
  });
  quotes.forEach((q, qi) => {
    const runs = grams[qi];
    if (q.speaker || q.kind === 'scare' || runs.length === 0) return;
    // p contains q: p has q's first run; q contains p: p's first run is one of q's.
    for (let i = 0; i < runs.length && !q.speaker; i++) {
      for (const pi of byGram.get(runs[i]) ?? []) {
        if ((i === 0 && contains(pi, qi)) || (grams[pi][0] === runs[i] && contains(qi, pi))) { q.speaker = quotes[pi].speaker; break; }
      }
    }
  });
}

/** The words of a quote, lower case, for comparing quotes. */
function quoteWords(s: string): string[] {
  return s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Every run of REPEAT_MIN_WORDS consecutive words, joined by spaces. */
function wordRuns(w: string[]): string[] {
  const runs: string[] = [];
  for (let i = 0; i + REPEAT_MIN_WORDS <= w.length; i++) runs.push(w.slice(i, i + REPEAT_MIN_WORDS).join(' '));
  return runs;
}

/**
 * Reported speech and "according to" phrases of each sentence, for sourcing claims. `openers` are
 * the tokens whose lower case is one of ATTRIBUTION_OPENERS, in order (token-table.ts finds them
 * while it lower-cases the tokens); no other word can open an attribution.
 */
export function findAttributions(ctx: SpeakerContext, sentences: Sentence[], openers: readonly number[] = openersIn(ctx.lower)): Attribution[] {
  const out: Attribution[] = [];
  const { tokens, lower, sentenceStart } = ctx;
  for (const j of openers) {
    const rules = ATTRIBUTION_WORDS.get(lower[j]);
    if (rules === undefined) continue;
    const si = tokens[j].sentence;
    const s = sentences[si];
    const first = sentenceStart[si], last = sentenceStart[si + 1] - 1;
    const t = tokens[j];
    if ((rules & ACCORDING) && lower[j + 1] === 'to') {
      let sp = speakerAfter(ctx, j + 2, last);
      // ("according to analysts at Greyhall Partners": the firm speaks, according-to-body.ts)
      if (!sp || sp.local === null) sp = bodyOfPeopleAfter(ctx, j + 2, last) ?? ownDocumentAfter(ctx, j + 2, last) ?? sp; // ("according to its annual report": according-to-own-document.ts)
      out.push({ start: s.start, end: s.end, cue: 'according to', speaker: sp, vague: !sp || vagueSpeaker(sp) });
      continue;
    }
    if (rules & HEDGE) { out.push({ start: s.start, end: s.end, cue: t.text, speaker: null, vague: true }); continue; }
    // "…, it is understood.", "It is thought that …", "It is estimated that …": an impersonal passive vouches for nothing.
    if ((rules & IMPERSONAL) && /^(is|was)$/i.test(tokens[j - 1]?.text ?? '') && /^it$/i.test(tokens[j - 2]?.text ?? '')) {
      out.push({ start: s.start, end: s.end, cue: `it ${tokens[j - 1].text} ${t.text}`, speaker: null, vague: true });
      continue;
    }
    // "paid a reported $6 million": the figure "reported" qualifies is as hearsay as "reportedly".
    if ((rules & PASSIVE_REPORT) && reportedFigure(tokens, lower, j)) { out.push({ start: s.start, end: s.end, cue: `${tokens[j - 1].text} ${t.text}`, speaker: null, vague: true }); continue; }
    if ((rules & PASSIVE_REPORT) && /^(are|is|were|was|been|be)$/i.test(tokens[j - 1]?.text ?? '') && lower[j + 1] === 'to') {
      out.push({ start: s.start, end: s.end, cue: `${tokens[j - 1].text} ${t.text}`, speaker: null, vague: true });
      continue;
    }
    if (!(rules & CLAIM_CUE)) continue;
    // "according to figures reported to the magazine Pollbox": a participle inside an "according to" phrase describes its document, no cue of its own
    if (insideAccordingTo(tokens, lower, j, first)) continue;
    // "after weeks of reports that …": hearsay, a vague source of the clause.
    if (hearsayReports(lower, j)) { out.push({ start: s.start, end: s.end, cue: t.text, speaker: null, vague: true }); continue; }
    const lemma = cueLemma(t);
    // "118 staff have been told they will be paid": the subject of a passive "told" is the one told.
    // (as of a passive "blamed": "the crash was blamed on 12 faults" names no one who blames)
    if ((lemma === 'tell' || lemma === 'ask' || lemma === 'blame') && /^(been|was|were|is|are|be|being)$/i.test(tokens[j - 1]?.text ?? '')) continue;
    // "put" vouches for a figure only as "put the toll at 40", not "put forward a bill".
    if (lemma === 'put' && !atFollows(tokens, j, last)) continue;
    if (lemma === 'allege' && !allegesActively(tokens, lower, j)) continue;
    // "As first reported by the Tarn Herald, …": the outlet after "by" is the source.
    if (lemma === 'report' && asReportedBy(lower, j)) {
      const sp = speakerAfter(ctx, j + 2, last);
      if (sp) { out.push({ start: s.start, end: s.end, cue: AS_REPORTED_BY, speaker: sp, vague: vagueSpeaker(sp) }); continue; }
    }
    // "testified against the mayor", "argued for a retrial": a plea's verb reports a figure only with what was said.
    if ((lemma === 'testify' || lemma === 'argue' || lemma === 'contend') && PLEA_PREPOSITIONS.has(lower[j + 1])) continue;
    // "the 10-year Treasury note rose": the base form after a name is the noun the name qualifies.
    if (lemma && CLAIM_CUES.has(lemma) && !withheld(lower, j) && !cueAsNoun(tokens, lower, j, lemma) && !countedCueNoun(tokens, lower, j, COUNT_WORDS) && !claimsAsNoun(tokens, lower, j) && !documentCueNoun(tokens, lower, j)) {
      // "Two sources familiar with the matter said": the speaker noun heads a longer phrase.
      // ("stood by his claim that …": the noun's owner, not the verb's subject, said it)
      const sp = (lemma === 'claim' ? claimNounOwner(ctx, j, first) : null) ?? documentSubject(ctx, clauseStart(tokens, first, j - 1), j) ?? speakerBefore(ctx, j - 1, first) ?? speakerSpan(ctx, clauseStart(tokens, first, j - 1), j - 1)
        // ("…, saying 6,200 people had crossed": what follows a participle cue is what was said, never its speaker)
        ?? ((tokens[j - 1]?.text === ',' && !t.text.endsWith('ing')) || j === first ? speakerAfter(ctx, j + 1, last) : null)
        ?? coordinatedSubject(ctx, first, j)
        ?? participleSubject(ctx, first, j)
        ?? itSubject(ctx, j, first);
      // "The charges against Tomas Brell allege": the one a case is against is its object, never its speaker.
      // "Orlay recorded 41C": a place where a figure was recorded is where it happened, not who vouches for it.
      // ("Rangers in Orrel Park counted 1,240 elephants": the place the counters were in is no counter either)
      if (sp && sp.local !== null && ctx.entities[sp.local]?.type === 'LOC' && (lemma === 'recorded' || lemma === 'count' && PLACE_PREPOSITION_BEFORE.test(ctx.text.slice(Math.max(0, sp.start - 16), sp.start)))) continue;
      // "Turnout across Vellmark was estimated at 68%": a name after a preposition in the subject of a passive cue is where, not who.
      if (sp && placeInPassiveSubject(ctx.text, tokens, j, sp)) continue;
      if (sp && !AGAINST_BEFORE.test(ctx.text.slice(Math.max(0, sp.start - 9), sp.start))) out.push({ start: s.start, end: s.end, cue: t.text, speaker: sp, vague: vagueSpeaker(sp) });
      // ("The charges against Tomas Brell allege 40 thefts": the filing before "against" speaks, as prosecutors' words)
      else if (sp) {
        const filing = filingBefore(ctx.text, tokens, lower, sp.start, first);
        if (filing) out.push({ start: s.start, end: s.end, cue: t.text, speaker: filing, vague: false });
      }
    }
  }
  return out;
}

/** Is token `j` within an "according to" phrase: after "according to" in its clause (no mark between), from the sentence's first token `first`? */
function insideAccordingTo(tokens: readonly Token[], lower: readonly string[], j: number, first: number): boolean {
  for (let b = j - 1; b > first; b--) {
    if (tokens[b].kind === 'punct') return false;
    if (lower[b] === 'to' && lower[b - 1] === 'according') return true;
  }
  return false;
}

const AGAINST_BEFORE = /\bagainst\s+$/i;
/** A place preposition right before a name ("Turnout across Vellmark", "Rangers in Orrel Park"): the place is where, not who. */
const PLACE_PREPOSITION_BEFORE = /\b(?:across|in|throughout|at|around|on|near)\s+(?:the\s+)?$/i;
/** The forms of "be" before a passive participle. */
const BE_FORMS = /^(?:is|are|was|were|been|being|be)$/i;

/** Is the cue at token `j` passive ("was estimated") and the name `sp` after a place preposition in its subject ("Turnout across Vellmark")? */
function placeInPassiveSubject(text: string, tokens: Token[], j: number, sp: SpeakerRef): boolean {
  return j > 0 && BE_FORMS.test(tokens[j - 1].text) && sp.end <= tokens[j - 1].start && PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, sp.start - 16), sp.start));
}

/** A case's filings, which speak for whoever brought them ("the indictment against …", "the lawsuit against …"). */
const FILINGS = new Set(['charges', 'charge', 'indictment', 'complaint', 'lawsuit', 'suit', 'filing', 'affidavit', 'writ', 'claim']);

/**
 * The filing named as "the/a FILING against" right before the speaker at `spStart` (its determiner
 * at or after the sentence's first token `first`): the speaker of a cue whose nearest name is the one
 * the case is against. Null when there is none.
 */
function filingBefore(text: string, tokens: Token[], lower: readonly string[], spStart: number, first: number): SpeakerRef | null {
  let j = first;
  while (j < tokens.length && tokens[j].start < spStart) j++;
  // tokens[j - 1] is "against", then the filing, then its determiner
  if (j - 3 < first || lower[j - 1] !== 'against' || !FILINGS.has(lower[j - 2]) || !(lower[j - 3] === 'the' || lower[j - 3] === 'a' || lower[j - 3] === 'an')) return null;
  const from = tokens[j - 3], to = tokens[j - 2];
  return { start: from.start, end: to.end, text: text.slice(from.start, to.end), local: null };
}

/** Words that, before "to" and a cue, say the speaker kept the figure back ("declined to disclose"). */
const WITHHOLDING = new Set(['declined', 'declines', 'decline', 'refused', 'refuses', 'refuse', 'failed', 'fails']);

/**
 * Is the cue at `j` negated, so its subject vouches for nothing: "Velmora declined to disclose the
 * price, but it is thought to be …", "the firm did not say how many", "has not yet revealed"?
 */
function withheld(lower: readonly string[], j: number): boolean {
  // (token-table.ts's lower case of each token, not a toLowerCase of each: ~5,200 cues per 1,000 docs)
  let p = j >= 1 ? lower[j - 1] : undefined;
  if (p === 'to') return WITHHOLDING.has(j >= 2 ? lower[j - 2] : '');
  if (p === 'yet') p = j >= 2 ? lower[j - 2] : undefined;
  return p === 'not' || p === 'never' || p === "n't" || p === 'n’t';
}

/** The tokens whose lower case is one of ATTRIBUTION_OPENERS. */
function openersIn(lower: readonly string[]): number[] {
  const at: number[] = [];
  for (let j = 0; j < lower.length; j++) if (ATTRIBUTION_OPENERS.has(lower[j])) at.push(j);
  return at;
}

/** Which rules of findAttributions a lower-case word can fire (bits of ATTRIBUTION_WORDS). */
const ACCORDING = 1, HEDGE = 2, IMPERSONAL = 4, PASSIVE_REPORT = 8, CLAIM_CUE = 16;

/**
 * Lower-case word → the rules of findAttributions it can fire: "according" (to), a hedge, the verb
 * of an impersonal passive ("it is understood"), of a passive report ("are believed to"), or a
 * form of a claim cue verb. Any other word is skipped with one lookup.
 */
const ATTRIBUTION_WORDS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  const add = (w: string, bit: number) => m.set(w, (m.get(w) ?? 0) | bit);
  add('according', ACCORDING);
  for (const w of HEDGES) add(w, HEDGE);
  for (const w of 'understood thought believed feared rumoured rumored reported alleged claimed said estimated'.split(' ')) add(w, IMPERSONAL);
  for (const w of 'believed thought said estimated reported understood feared'.split(' ')) add(w, PASSIVE_REPORT);
  // cueLemma reads CUE_VERBS by the token's own text, all of whose forms are lower case.
  for (const [form, lemma] of CUE_VERBS) if (CLAIM_CUES.has(lemma)) add(form, CLAIM_CUE);
  return m;
})();
/** The words that can open an attribution, for token-table.ts to find. */
export const ATTRIBUTION_OPENERS = new WordList(new Set(ATTRIBUTION_WORDS.keys()));

/** Words before "alleged" that make it a passive or an adjective ("is alleged to", "the alleged theft", "nine alleged violations"). */
const NOT_ALLEGING = new Set('a an the this these those its his her their is are was were be been being'.split(' '));
/** Prepositions after "testified", "argued" that open what the plea is for, against or about, not what it says. */
const PLEA_PREPOSITIONS = new Set('against for before at in on about during with'.split(' '));
/** Does "alleges"/"alleged" at `j` report what its subject says ("the suit alleges that"), not describe ("alleged to have")? */
function allegesActively(tokens: Token[], lower: readonly string[], j: number): boolean {
  return lower[j + 1] !== 'to' && !NOT_ALLEGING.has(lower[j - 1]) && tokens[j - 1]?.kind !== 'number' && !COUNT_WORDS.has(lower[j - 1]);
}

/** Is token `j` "reported", an adjective between "a" and a figure ("a reported $6 million")? ("an estimated 450" is a figure's hedge, no hearsay.) */
function reportedFigure(tokens: Token[], lower: readonly string[], j: number): boolean {
  const p = j >= 1 ? lower[j - 1] : '';
  if (p !== 'a' && p !== 'an' || lower[j] !== 'reported') return false;
  const n = tokens[j + 1];
  return n !== undefined && (n.kind === 'number' || n.text.length === 1 && tokens[j + 2]?.kind === 'number' && tokens[j + 2].start === n.end);
}

/** Is there an "at" within a few words after token `j` ("put the death toll at 40")? */
function atFollows(tokens: Token[], j: number, last: number): boolean {
  // (as far as risen-count.ts reads a count noun before "at": "put the number of people forced from their homes at …")
  for (let k = j + 1; k <= last && k <= j + 12; k++) if (/^at$/i.test(tokens[k].text)) return true;
  return false;
}

/**
 * "The carmaker, which …, asked for more aid, saying that it plans to cut 900 jobs": a participle
 * cue after a comma has the sentence's subject as its speaker (a person or organisation); else null.
 */
function participleSubject(ctx: SpeakerContext, first: number, cue: number): SpeakerRef | null {
  if (!/ing$/i.test(ctx.tokens[cue].text) || ctx.tokens[cue - 1]?.text !== ',') return null;
  const s = subjectBefore(ctx, first, cue);
  return s && s.local !== null ? s : null;
}

/**
 * "The ministry valued the deal at $9 million and said …": a cue verb joined by "and" to an earlier
 * verb has the subject that opens the sentence (a name within its first three words); else null.
 */
function coordinatedSubject(ctx: SpeakerContext, first: number, cue: number): SpeakerRef | null {
  // (`/^and$/i` without the pattern: it ran once per cue and showed in the profile)
  const and = ctx.tokens[cue - 1]?.text ?? '';
  if (and.length !== 3 || and.toLowerCase() !== 'and') return null;
  for (let j = first; j < cue - 1 && j <= first + 2; j++) {
    const mi = ctx.mentionAt[j];
    if (mi < 0) continue;
    const m = ctx.mentions[mi];
    return m.type === 'PERSON' || m.type === 'ORG' ? { start: m.start, end: m.end, text: m.text, local: m.local } : null;
  }
  return null;
}

/** A speaker described only by what they know or why they are not named: "two officials familiar with the talks". */
const ANONYMOUS = /\b(?:familiar with|briefed on|close to|with (?:direct )?knowledge of|involved in the|(?:asked|requested|spoke on condition) not to be|on condition of anonymity|not authori[sz]ed to|declined to be named|speaking anonymously)\b/i;

/** Words that end a speaker noun and open its modifier: "sources familiar with …", "people briefed on …". */
const MODIFIER_START = /^(with|from|of|at|in|on|for|close|familiar|involved|knowledgeable|briefed|who|whose|speaking)$/;

/** The first token of the clause that ends at `end`: after the last comma, or the sentence's first token. */
function clauseStart(tokens: Token[], first: number, end: number): number {
  for (let j = end; j > first; j--) if (tokens[j].text === ',') return j + 1;
  return first;
}

/** Is the speaker vague: an anonymous phrase, or a bare plural group no entity names ("Unions say", "Fuel retailers in Kesh said")? */
function vagueSpeaker(sp: SpeakerRef): boolean {
  return isVague(sp.text) || (sp.local === null && bareGroup(sp.text));
}

/** Is the speaker anonymous: a vague noun heads it ("two sources familiar with the matter"), or a vague determiner opens it? */
function isVague(phrase: string): boolean {
  // The same speakers recur ("police", "officials", a name): each phrase is judged once.
  let vague = vagueness.get(phrase);
  if (vague === undefined) {
    if (vagueness.size >= 4096) vagueness.clear();
    vagueness.set(phrase, (vague = judgeVague(phrase)));
  }
  return vague;
}
const vagueness = new Map<string, boolean>();

function judgeVague(phrase: string): boolean {
  if (ANONYMOUS.test(phrase)) return true;
  const words = phrase.toLowerCase().split(/\s+/);
  const cut = words.findIndex((w, i) => i > 0 && MODIFIER_START.test(w));
  const head = cut > 0 ? words[cut - 1] : words[words.length - 1];
  // "the report found", "its estimate": one document named by the sentence is a source, "reports" are not.
  if (/^(the|its|their|this|that)$/.test(words[0]) && /^(report|estimate|survey|study)$/.test(head)) return false;
  // ("according to a website": no site the reader could open)
  if (words.length === 2 && /^(a|an)$/.test(words[0]) && head === 'website') return true;
  // ("a ministry report blamed": a report an institution owns names its owner)
  if (words.length === 3 && /^(a|an)$/.test(words[0]) && INSTITUTIONAL_SOURCES.has(words[1]) && /^(report|estimate|survey|study|review)$/.test(head)) return false;
  // "rebels said", "the tenants say": a side or group of unnamed people.
  return VAGUE_SOURCES.has(head) || VAGUE_SOURCES.has(words[words.length - 1]) || GROUP_VAGUE.has(head) || /^(some|many|several|unnamed|anonymous)$/.test(words[0]);
}

/** Is the quote whose marks are at `open` and `close` (first token `firstIn`) inside a person's name ("Ilse “Wrenn” Moravec")? */
function insideName(ctx: SpeakerContext, firstIn: number, open: number, close: number): boolean {
  const mi = ctx.mentionAt[firstIn] ?? -1;
  if (mi < 0) return false;
  const m = ctx.mentions[mi];
  return m.type === 'PERSON' && m.start < open && m.end > close;
}
