/** Stage 1: blocks (lines/paragraphs) with their kind, and sentences within them. */
import type { Block, BlockKind, Sentence } from '../types';
import { isCommonWord } from '../model/lexicon';
import { INSTITUTION_HEADS, TITLE_HEADS } from '../model/words';
import { isLetter, isSpace as isPatternSpace } from '../text/char-class';

/**
 * Site furniture: share buttons, credits, copyright lines. Two patterns: the phrases that open a
 * line, tried at its start only, and the three found anywhere in it (one pattern holding both was
 * tried at every position of every line with all its phrases).
 */
const FURNITURE_START = new RegExp(
  '^(?:' + [
    String.raw`follow\b.{0,80}\bon (twitter|x|facebook|instagram|linkedin|mastodon|bluesky)`,
    String.raw`(send|email|e-mail) (us )?(your )?tips?\b`,
    String.raw`(image|photo|picture|video|graphic)( source| credit)?s?\s*[:(]`,
    String.raw`(image|photo) (source|credit)`,
    String.raw`(share|tweet|email|print)( this( article| story)?)?\b.{0,40}$`,
    String.raw`(copyright|©|\(c\))`,
    String.raw`(read more|related|see also|advertisement|subscribe|sign up)\b`,
    String.raw`no featured image`,
    String.raw`(news )?id\s*:`,
    String.raw`\d+\s+(persons?|comments?|shares?)\s*$`,
    String.raw`(click|tap) here\b`,
  ].join('|') + ')',
  'i',
);
const FURNITURE_ANYWHERE = /\brepublish(ed|ing)?\b|all rights reserved|\bcontent created by\b/i;
/** Is the line site furniture? */
const isFurniture = (line: string) => FURNITURE_START.test(line) || FURNITURE_ANYWHERE.test(line);
/**
 * A byline, or a wire story's closing credits in brackets ("(Reporting by Ada Venn; Editing by Pell
 * Orrow)"): their names are the writers', not people of the story.
 */
const BYLINE = /^(by|from|written by|reporting by|\((additional )?(reporting|writing|editing) by)\s+\p{Lu}[^\n]{0,100}$/iu;
/** A sentence that opens with "By" or "From" and reads on past a comma to a finite verb ("By Friday, 3,000 jobs were lost."): no byline. */
const BYLIKE_SENTENCE = /^\S+\s[^,]{1,60},\s[^\n]*\b(?:was|were|is|are|had|has|have|will|would)\b[^\n]*[.!?]["”’]?$/u;
function bylikeSentence(line: string): boolean {
  return BYLIKE_SENTENCE.test(line);
}
const DATE_LINE = /^(\p{Lu}\p{Ll}{2,8}\.? \d{1,2},? \d{4}|\d{1,2} \p{Lu}\p{Ll}{2,8} \d{4}|\d{4}-\d\d-\d\d)\b[^\n]{0,40}$/u;

/**
 * Splits the text into blocks. A block is a paragraph: one line, or several adjacent lines when the
 * text is hard-wrapped (see `continuesParagraph`), so a quote or a sentence broken by a line end
 * stays whole.
 */
export function splitBlocks(text: string): Block[] {
  const lines = splitLines(text);
  const width = wrapWidth(text, lines);
  const blocks: Block[] = [];
  let firstContent = true;
  lines.forEach((l, i) => {
    const last = blocks[blocks.length - 1];
    if (last && continuesParagraph(text, lines[i - 1], l, last.kind, width)) {
      last.end = l.end;
      return;
    }
    let kind = classify(text.slice(l.start, l.end), firstContent);
    // A hard-wrapped paragraph whose first line happens to read like a title ("Councillor Ann Lee,
    // the leader of Dunmore Council, said") runs on into the next line: it is body text.
    // A title does not end on a lowercase word with the next line carrying on in lowercase.
    const next = lines[i + 1];
    if (kind === 'heading' && next?.adjacent && /\s\p{Ll}+[,;]?$/u.test(text.slice(l.start, l.end))
      && /^[\p{Ll}\d]/u.test(text.slice(next.start, next.end))) kind = 'body';
    if (kind !== 'furniture' || !firstContent) firstContent = false;
    blocks.push({ start: l.start, end: l.end, kind });
  });
  return blocks;
}

/**
 * Does text[start, end) end a sentence (or introduce what follows)? The test of the pattern
 * /[.!?:]["”’)]?$/ made on the last two characters: the pattern was tried at every position of
 * the line.
 */
function isTerminal(text: string, start: number, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  if (isStop(last)) return true;
  return end - 2 >= start && isCloser(last) && isStop(text.charCodeAt(end - 2));
}
/** . ! ? : */
const isStop = (c: number) => c === 46 || c === 33 || c === 63 || c === 58;
/** " ” ’ ) */
const isCloser = (c: number) => c === 34 || c === 0x201d || c === 0x2019 || c === 41;

interface Line {
  start: number;
  end: number;
  /** The line directly follows another non-blank line (no blank line between). */
  adjacent: boolean;
  /** The line starts with indentation. */
  indented: boolean;
}

/** Non-blank lines, trimmed, with whether each follows the previous one directly. */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let prevEnd = -1;
  // The runs of /[^\r\n]+/ found by indexOf (no match object and string per line); `cr` is the next
  // carriage return, looked for again only once passed.
  let cr = text.indexOf('\r');
  for (let from = 0; from < text.length;) {
    const c = text.charCodeAt(from);
    if (c === 10 || c === 13) {
      from++;
      continue;
    }
    if (cr >= 0 && cr < from) cr = text.indexOf('\r', from);
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    if (cr >= 0 && cr < to) to = cr;
    let start = from;
    let end = to;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (start < end) {
      lines.push({ start, end, adjacent: prevEnd >= 0 && lineBreaks(text, prevEnd, from) === 1, indented: start > from });
      prevEnd = to;
    }
    from = to;
  }
  return lines;
}

/** Number of line ends between two offsets (CRLF counts once). */
function lineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

/**
 * The column a hard-wrapped text wraps at, or 0 when the text is not hard-wrapped: most lines run
 * on into the next one and nearly all are shorter than a typical wrap column.
 */
function wrapWidth(text: string, lines: Line[]): number {
  if (lines.length < 3) return 0;
  // The 95th and 90th percentile lengths from a count of lengths up to 100 (longer ones in one bin):
  // no typed array allocated and sorted per document (splitBlocks+splitSentences 0.83x, stage A/B).
  const bins = LENGTH_BINS.fill(0);
  for (let i = 0; i < lines.length; i++) bins[Math.min(lines[i].end - lines[i].start, WRAP_MAX + 1)]++;
  const p95 = nthLength(bins, Math.floor(lines.length * 0.95));
  if (p95 > WRAP_MAX) return 0;
  let runOn = 0;
  for (let i = 1; i < lines.length; i++) if (lines[i].adjacent && !isTerminal(text, lines[i - 1].start, lines[i - 1].end)) runOn++;
  return runOn >= 3 && runOn >= lines.length * 0.3 ? nthLength(bins, Math.floor(lines.length * 0.9)) : 0;
}

/** The longest wrap column; longer lines share the last bin of `LENGTH_BINS`. */
const WRAP_MAX = 100;
const LENGTH_BINS = new Int32Array(WRAP_MAX + 2);

/** The `n`th (from 0) of the counted lengths in ascending order. */
function nthLength(bins: Int32Array, n: number): number {
  for (let len = 0, seen = 0; ; len++) {
    seen += bins[len];
    if (seen > n) return len;
  }
}

/** Whether a line continues the paragraph of the line before it instead of starting a block. */
function continuesParagraph(text: string, prev: Line, line: Line, kind: BlockKind, width: number): boolean {
  if (!line.adjacent || kind !== 'body' || (line.indented && !prev.indented)) return false;
  const next = text.slice(line.start, line.end);
  if (isFurniture(next) || BYLINE.test(next)) return false;
  if (/^[\p{Ll}\d,;)]/u.test(next) && !isTerminal(text, prev.start, prev.end)) return true;
  return width > 0 && prev.end - prev.start >= width * 0.6;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0xfeff || c === 0x200b || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
}

/** An e-mail address, or the mark of one taken out of a page ("[email protected]"). */
const EMAIL = /@\S+\.\S+|\[email/;

/**
 * Can `EMAIL` match the line: does it hold an '@' or "[email"? Two plain searches for a fixed
 * string, much cheaper than the pattern's search of a line that holds neither, as most do.
 */
function mayHoldEmail(line: string): boolean {
  return line.includes('@') || line.includes('[email');
}

function classify(line: string, first: boolean): BlockKind {
  if (line.length < 400 && isFurniture(line)) return 'furniture';
  if (line.length < 200 && mayHoldEmail(line) && EMAIL.test(line) && !/[.!?]["”]?\s+\p{Lu}/u.test(line)) return 'furniture';
  if (line.length < 120 && BYLINE.test(line) && !bylikeSentence(line)) return 'byline';
  if (line.length < 80 && DATE_LINE.test(line)) return 'furniture';
  const lastChar = line.charCodeAt(line.length - 1);
  const terminal = isStop(lastChar) || isCloser(lastChar); // /[.!?:"”’)]$/, read at the end only
  if (first && line.length < 200 && (!terminal || quotedHeadlineEnd(line, lastChar) || questionHeadline(line, lastChar))) return 'headline';
  if (!terminal && line.length < 90 && looksLikeHeading(line)) return 'heading';
  return 'body';
}

/**
 * A first line that ends in a quotation of the headline's own ("Trial Opens as Prosecutor Says Victim Was
 * “Lured Away”"): a closing double mark with no stop before it ends a headline as well as a bare word does.
 */
function quotedHeadlineEnd(line: string, lastChar: number): boolean {
  if (lastChar !== 34 && lastChar !== 0x201d) return false;
  const before = line.charCodeAt(line.length - 2);
  return !isStop(before) && before !== 44 && /\s/.test(line);
}

/**
 * A first line that asks one question, as explainers and fact-checks title themselves ("Did the Mayor Really
 * Plant 9,000 Trees?"): short, one sentence, and a question mark at its end, as a headline asks and a body's
 * opening sentence does not. Two commas make it talk ("Okay, the next case is, uh, …?"), which a headline never is.
 */
function questionHeadline(line: string, lastChar: number): boolean {
  return lastChar === 63 && line.length < 150 && !/[.!?]["”’)]?\s|,.*,/.test(line);
}

/** Short lines in Title Case or capitals with no closing punctuation: sub-headings. */
function looksLikeHeading(line: string): boolean {
  const words = line.split(/\s+/);
  if (words.length > 12) return false;
  const caps = words.filter((w) => /^[\p{Lu}\d"“‘']/u.test(w)).length;
  return caps >= Math.ceil(words.length * 0.6);
}

const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof gen col lt sgt capt cmdr adm gov sen rep st jr sr inc ltd co corp no vs etc approx dept est fig
  jan feb mar apr jun jul aug sep sept oct nov dec mt ft rev hon pres maj cpl ave blvd univ assn rs smt`.split(/\s+/),
);

/** The length of the longest abbreviation (lower-casing never shortens a word). */
/**
 * Offices, courts and services a country's initials name in court and government news ("Assistant U.S.
 * Attorney", "U.S. District Judge", "the U.S. Bankruptcy Court"): common words, but the sentence goes on.
 */
const NAMED_BY_INITIALS = new Set(['attorney', 'attorneys', 'district', 'bankruptcy', 'circuit', 'magistrate',
  'judge', 'court', 'supreme', 'marshals', 'marshal', 'ambassador', 'embassy', 'army', 'navy']);
const ABBREVIATION_MAX = Math.max(...[...ABBREVIATIONS].map((w) => w.length));

/** Splits each block into sentences at . ! ? (with closing quotes) followed by a capitalised start. */
export function splitSentences(text: string, blocks: Block[]): Sentence[] {
  const sentences: Sentence[] = [];
  // The lookbehind makes a run of marks match only from its first mark: without it, a long run
  // not followed by a capital ("!!!!…") was retried from every position in it (quadratic).
  const endRe = /(?<![.!?])[.!?]+["”’')\]]*(?=\s+["“‘'(\[]?[\p{Lu}\d])/gu;
  // Tried (s17): the pattern run by hand (a JS loop over every character for the marks, no line
  // slice, no match object): splitSentences 0.68x in an interleaved stage A/B over 3,000 cold-corpus
  // docs; the pattern's own scan for the marks is faster than a charCodeAt loop.
  blocks.forEach((b, bi) => {
    let start = listItemStart(text, b.start, b.end);
    // Each block is searched on its own: searching the whole text from the block start ran to the
    // next match anywhere after it, which is quadratic in a text of many lines with no sentence end.
    // A mark at the very end of a block ends the block's last sentence either way.
    const line = text.slice(b.start, b.end);
    endRe.lastIndex = 0;
    // `test`, not `exec`: no match object a sentence (s22). The match's end is lastIndex; its start is
    // found by walking back over the closers, then the marks (the lookbehind starts it at the first).
    while (endRe.test(line)) {
      const end = b.start + endRe.lastIndex;
      let at = end;
      while (isEndCloser(text.charCodeAt(at - 1))) at--;
      while (at > b.start && isEndMark(text.charCodeAt(at - 1))) at--;
      if (text.charCodeAt(at) === 46 && isAbbreviation(text, at)) continue;
      sentences.push({ start, end, block: bi });
      start = end;
      while (start < b.end && isPatternSpace(text.charCodeAt(start))) start++;
    }
    if (start < b.end) sentences.push({ start, end: b.end, block: bi });
  });
  return sentences;
}

/**
 * Where a list item's text starts: after its bullet ("- ", "• ", "* ", "– ") and the spaces after
 * it, or the block's own start. The bullet is no word of the sentence: left in, it stood before a
 * quote that opens the item ("* “We will stay,” said …" read as a partial quote), was taken into a
 * source ("- Insurers estimate" named "- Insurers") or made an item's first word look like a name.
 */
function listItemStart(text: string, start: number, end: number): number {
  if (!isBullet(text.charCodeAt(start)) || !isPatternSpace(text.charCodeAt(start + 1))) return start;
  let at = start + 2;
  while (at < end && isPatternSpace(text.charCodeAt(at))) at++;
  return at < end ? at : start;
}
/** `- * • · ▪ ● ◦ ‣ –`: the marks a list item opens with. */
const isBullet = (c: number): boolean => c === 45 || c === 42 || c === 0x2022 || c === 0xb7 || c === 0x25aa
  || c === 0x25cf || c === 0x25e6 || c === 0x2023 || c === 0x2013;

/**
 * Whether the capitalised run after a country's initials ends in an institution's head, a few words on
 * ("the U.S. Consumer Product Safety Commission said", "the U.K. Food Standards Agency"): the run names
 * the body, so the initials end no sentence. A new sentence opening with a common word stops at its first
 * lower-case word ("…in the U.S. Consumer spending fell").
 */
function namesInstitution(text: string, from: number): boolean {
  const words = text.slice(from, from + 80).split(/\s+/, 7);
  for (let i = 1; i < words.length; i++) {
    const w = words[i].replace(/[,.;:!?"”’')]+$/u, '');
    if (!/^\p{Lu}\p{Ll}/u.test(w)) {
      if (w === 'and' || w === 'of' || w === 'for') continue;
      return false;
    }
    if (INSTITUTION_HEADS.has(w.toLowerCase())) return true;
    if (w !== words[i]) return false;
  }
  return false;
}

/** `"”’')]`: what may follow a sentence's end marks before the space. */
const isEndCloser = (c: number): boolean => c === 34 || c === 0x201d || c === 0x2019 || c === 39 || c === 41 || c === 93;
/** `.!?` */
const isEndMark = (c: number): boolean => c === 46 || c === 33 || c === 63;

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  // Letters and dots, one UTF-16 unit at a time (an astral letter, read as a lone surrogate, stops it).
  while (s > 0 && (text.charCodeAt(s - 1) === 46 || isLetter(text.charCodeAt(s - 1)))) s--;
  const word = text.slice(s, dot);
  // (the length first: most words before a full stop are longer, and it spares the pattern)
  if (word.length <= 5 && /^(\p{L}\.)*\p{L}$/u.test(word)) {
    // "at 9:50 a.m. "I will answer …"": a clock time ends its sentence before a quote mark or "I" (clockTimeEnd)
    if (word.length === 3 && (word === 'a.m' || word === 'p.m') && clockTimeEnd(text, s, dot)) return false;
    // "U.S." or an initial ("John F. Kennedy"): a sentence ends here only if the next word is a common word,
    // and not an institution or office the abbreviation names ("the U.S. Senate", "the E.U. Commission",
    // "U.S. District Judge").
    const next = /^\s+["“]?(\p{L}+)/u.exec(text.slice(dot + 1, dot + 40));
    const lower = next ? next[1].toLowerCase() : '';
    if (!(next && next[1].length > 1 && isCommonWord(lower) && /^\p{Lu}\p{Ll}/u.test(next[1]))) return true;
    if (word.length === 1) return afterTitleHead(text, s);
    return (INSTITUTION_HEADS.has(lower) || NAMED_BY_INITIALS.has(lower) || namesInstitution(text, dot + 1));
  }
  // (the length first: most words before a full stop are longer than any abbreviation's)
  // (a word of lower-case ASCII letters is looked up as it is: ~11,800 of the ~13,800 toLowerCase calls per 1,000 docs)
  if (!(word.length <= ABBREVIATION_MAX && ABBREVIATIONS.has(isLowerAscii(word) ? word : word.toLowerCase()))) return false;
  // "No. 10", "no. 4 seed": a number's sign only before a figure; "Olsen: No. About 40% of …" answers, and ends a sentence
  return !(word.length === 2 && (word === 'No' || word === 'no') && !digitAfter(text, dot + 1));
}

/**
 * Does the clock time whose "a.m"/"p.m" runs from `s` to the dot end its sentence: a figure before it ("at 10 a.m.",
 * "9:50 p.m.") and, after it, an opening quote mark and a capital, or the pronoun "I"? A capitalised word alone may
 * go on with the time ("10 a.m. Monday", "8 p.m. Eastern"), and is left to the other tests.
 */
function clockTimeEnd(text: string, s: number, dot: number): boolean {
  if (s < 2 || text.charCodeAt(s - 1) !== 32) return false;
  const d = text.charCodeAt(s - 2);
  if (d < 48 || d > 57) return false;
  return /^\s+(?:["“]\p{Lu}|I\s)/u.test(text.slice(dot + 1, dot + 6));
}

/** Is the first character after the spaces from `at` a digit? */
function digitAfter(text: string, at: number): boolean {
  while (at < text.length && isPatternSpace(text.charCodeAt(at))) at++;
  const c = text.charCodeAt(at);
  return c >= 48 && c <= 57;
}

/**
 * Whether the lower-case word before a lone initial is a title's head ("Transport minister A. Strand said",
 * "the teacher N. Reed"): the initial opens the titled person's name even when the surname is also a common
 * word, so it ends no sentence. Read only at a single capital, a dot and a capitalised common word.
 */
function afterTitleHead(text: string, initial: number): boolean {
  let e = initial;
  while (e > 0 && isPatternSpace(text.charCodeAt(e - 1))) e--;
  if (e === initial) return false;
  let s = e;
  while (s > 0 && isLetter(text.charCodeAt(s - 1))) s--;
  return s < e && TITLE_HEADS.has(text.slice(s, e).toLowerCase());
}

/** Is the word all a–z (its own lower case, no toLowerCase needed)? */
function isLowerAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}
