/**
 * Quotes in single marks, the British style: ‘We will not move,’ Crane said. A single mark opens a quote
 * after a space, a paragraph start, a dash or an opening bracket and before a letter or digit; it closes
 * one after a clause's last punctuation before a space or the end, or after a word before punctuation or
 * the end. So the apostrophes of "the players’ union", "rock ’n’ roll", "’90s" and "o’clock" neither open
 * nor close. Pairs stay within a paragraph, but for a quote that runs on into the next paragraph, which
 * reopens with a single mark (runsOn); each mark is read once, so a paragraph of many apostrophes stays linear.
 */
import type { Block } from '../types';
import type { RawQuote } from './quote-marks';

const SINGLE = /['‘’]/g;
/** Elisions that start with an apostrophe after a space ('n', 'em, 'tis): never an opening (nor is a mark before a digit: '90s, '87). */
const ELISION = /^(?:n|em|tis|twas|til|cause|bout|round)(?![\p{L}\p{N}])/iu;
/** A single-mark quote runs no further than this: past it, the opening was an apostrophe's misreading. */
const MAX_SPAN = 800;
const CLAUSE_END = /[,.!?]/;
const WORD = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const AFTER_WORD_CLOSE = /[,.;:!?)\]—–]/;

export function findSingleQuoteMarks(text: string, blocks: readonly Block[]): RawQuote[] {
  const out: RawQuote[] = [];
  const opens = openingCandidates(text);
  if (opens.length === 0) return out;
  let k = 0;
  for (let bi = 0; bi < blocks.length; bi++) {
    const b = blocks[bi];
    while (k < opens.length && opens[k] < b.start) k++;
    if (k >= opens.length) break;
    if (opens[k] >= b.end) continue;
    pairInBlock(text, b, opens[k], out, blocks[bi + 1]);
  }
  return out;
}

/**
 * Does a quote left open at the end of block `b` run on into the next one, the British way: it
 * ends a sentence there (‘… moved on.¶‘And then …’) and the next paragraph reopens with a single
 * mark before a letter (not an elision: 'em, 'tis)?
 */
function runsOn(text: string, b: Block, open: number, next: Block | undefined): boolean {
  if (!next || b.end - open > MAX_SPAN) return false;
  const m = text[next.start];
  if ((m !== '‘' && m !== "'") || !LETTER.test(text[next.start + 1] ?? '')) return false;
  if (ELISION.test(text.slice(next.start + 1, Math.min(next.start + 8, next.end)))) return false;
  const inner = text.slice(open + 1, b.end).trim();
  return /\s/.test(inner) && /[.!?…]$/.test(inner);
}

/**
 * The offsets of the single marks that may open a quote, by their neighbours alone (a space, bracket or
 * dash before, a letter after), in text order. A plain search for each mark: most are inner apostrophes
 * ("don't"), rejected by the character before.
 */
function openingCandidates(text: string): number[] {
  const straight = scan(text, "'");
  // Tried (s32): the search for ‘ by a one-character class regex instead of indexOf (V8's indexOf of a U+20xx
  // character in a two-byte text may stop at every space): on 3,000 cold docs ~20 ms either way, no gain.
  const curly = text.indexOf('‘') < 0 ? [] : scan(text, '‘');
  return curly.length === 0 ? straight : straight.concat(curly).sort((a, b) => a - b);
}

function scan(text: string, mark: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) {
    const c = i > 0 ? text.charCodeAt(i - 1) : 32;
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 40 || c === 91 || c === 45 || c === 0x2014 || c === 0x2013 || c === 0xa0) {
      if (i + 1 < text.length && LETTER.test(text[i + 1])) found.push(i);
    }
  }
  return found;
}

function pairInBlock(text: string, b: Block, first: number, out: RawQuote[], next: Block | undefined): void {
  let open = -1;
  let weak = -1; // a mark after a word and before a space ("‘the best night’ after"): a close only if no clearer one follows
  const push = (close: number) => {
    if (isQuote(text, open, close)) out.push({ open, close, unclosed: false, continues: false });
    open = -1;
    weak = -1;
  };
  SINGLE.lastIndex = first;
  for (let m = SINGLE.exec(text); m && m.index < b.end; m = SINGLE.exec(text)) {
    const i = m.index, c = m[0];
    const before = i > b.start ? text[i - 1] : ' ';
    const after = i + 1 < b.end ? text[i + 1] : ' ';
    if (open >= 0 && i - open > MAX_SPAN) { open = -1; weak = -1; }
    if (open >= 0 && c !== '‘' && (mayClose(before, after) || spacedClose(text, i, b, before))) push(i);
    else if (c !== '’' && mayOpen(text, i, b, before, after)) {
      if (weak >= 0) push(weak); // ("‘a sham’ and ‘a farce’": the first pair closes at its weak mark)
      if (open < 0) open = i;
    } else if (open >= 0 && weak < 0 && c !== '‘' && WORD.test(before) && /\s/.test(after)) weak = i;
  }
  if (weak >= 0) push(weak);
  else if (open >= 0 && runsOn(text, b, open, next)) out.push({ open, close: b.end, unclosed: false, continues: true });
}

/**
 * A pair holds a quote when it holds a space, or one word of two letters or more: between curly marks
 * (‘reckless’), or between straight ones when the word is all letters (and hyphens) and the close is
 * followed by a space or punctuation ('Halo' mode, 'reckless'.): the opening's and closing's neighbour
 * tests already keep out "'em", "'90s" and "the players' union", so such a pair is a scare-quoted word
 * (04-quotes.ts decides whether anybody speaks it).
 */
function isQuote(text: string, open: number, close: number): boolean {
  const inner = text.slice(open + 1, close).trim();
  if (/\s/.test(inner)) return true;
  if (inner.length <= 1) return false;
  if (text[open] === '‘' && text[close] === '’') return true;
  return text[open] === "'" && text[close] === "'" && STRAIGHT_WORD.test(inner) && !WORD.test(text[close + 1] ?? ' ');
}
/** One word a pair of straight marks may hold: letters, with inner hyphens ('go-slow'). */
const STRAIGHT_WORD = /^\p{L}+(?:-\p{L}+)*$/u;

function mayOpen(text: string, i: number, b: Block, before: string, after: string): boolean {
  if (!(i === b.start || /[\s(\[—–-]/.test(before)) || !LETTER.test(after)) return false;
  return !ELISION.test(text.slice(i + 1, Math.min(i + 8, b.end)));
}

function mayClose(before: string, after: string): boolean {
  const atEnd = /[\s"”]/.test(after);
  if (CLAUSE_END.test(before)) return atEnd;
  return WORD.test(before) && AFTER_WORD_CLOSE.test(after);
}

/**
 * The double-mark quotes and the single-mark ones together, in text order. A single-mark quote that
 * overlaps a double-mark one without holding it whole is an apostrophe's misreading or a quote nested in
 * the double one (“… ‘stay’ …”): the double reading wins. One that holds double ones whole
 * (‘He said “no”,’ she recalled) replaces them.
 */
export function withSingleQuotes(doubles: RawQuote[], singles: RawQuote[]): RawQuote[] {
  if (singles.length === 0) return doubles;
  const out: RawQuote[] = [];
  let d = 0;
  for (const s of singles) {
    while (d < doubles.length && doubles[d].close < s.open) out.push(doubles[d++]);
    let e = d, holds = true;
    for (; e < doubles.length && doubles[e].open <= s.close; e++) {
      if (doubles[e].open < s.open || doubles[e].close > s.close) holds = false;
    }
    if (holds) { out.push(s); d = e; }
  }
  while (d < doubles.length) out.push(doubles[d++]);
  return out;
}

/** A closing mark typed after a space ("… a bullet, 'she said"; "… to support. ' Then"): a straight mark after a clause's punctuation and a space. */
function spacedClose(text: string, i: number, b: Block, before: string): boolean {
  return text[i] === "'" && before === ' ' && i - 2 >= b.start && CLAUSE_END.test(text[i - 2]);
}
