/**
 * Pairing quotation marks within a paragraph. The news convention of a quote running over several
 * paragraphs (each opening with a mark, only the last closing) is followed, and an unbalanced mark is
 * closed at the end of its paragraph so it never swallows the rest of the article.
 */
import type { Block } from '../types';

export interface RawQuote {
  open: number; // offset of the opening mark
  close: number; // offset of the closing mark (or the paragraph end)
  unclosed: boolean;
  continues: boolean; // runs on into the next paragraph
}

const OPEN = new Set(['“', '«', '„']);
const CLOSE = new Set(['”', '»']);
const WORDLIKE_BEFORE = /[\p{L}\p{N}.,!?]/u;
const WORDLIKE = /[\p{L}\p{N}]/u;
/** Every mark of OPEN, CLOSE and the straight '"': the loop jumps from one to the next. */
const MARK = /["“”«»„]/g;

export function findQuoteMarks(text: string, blocks: Block[]): RawQuote[] {
  const out: RawQuote[] = [];
  // Every mark's offset, found in one pass: searching from each block's start would rescan the rest
  // of the text for every block without a mark (quadratic in the number of lines).
  const marks: number[] = [];
  MARK.lastIndex = 0;
  for (let m = MARK.exec(text); m; m = MARK.exec(text)) marks.push(m.index);
  if (marks.length === 0) return out; // (a third of the bench's documents: no block need be walked)
  let next = 0;
  blocks.forEach((b, bi) => {
    let open = -1;
    while (next < marks.length && marks[next] < b.start) next++;
    for (;;) {
      for (; next < marks.length && marks[next] < b.end; next++) {
        const i = marks[next];
        const c = text[i];
        const before = i > b.start ? text[i - 1] : ' ';
        const after = i + 1 < b.end ? text[i + 1] : ' ';
        if (open < 0) {
          if (OPEN.has(c) || (c === '"' && !WORDLIKE_BEFORE.test(before))) open = i;
        } else if (CLOSE.has(c) || (c === '“' && text[open] === '„') || (c === '"' && (!WORDLIKE.test(after) || WORDLIKE_BEFORE.test(before)))) {
          // („…“ is the German and Central European pair.)
          const single = text[open] === '"' ? singleClose(text, open, i) : -1;
          if (single >= 0) {
            out.push({ open, close: single, unclosed: false, continues: false });
            open = -1;
            next = firstAfter(marks, single, next) - 1; // the marks after the single one are read again
            continue;
          }
          if (i > open + 1) out.push({ open, close: i, unclosed: false, continues: false });
          open = -1;
        } else if (c === '“' && /\S/.test(before) && /[\s]/.test(after)) {
          // an opening mark typed where the closing one belongs ("… decision.“ However")
          if (i > open + 1) out.push({ open, close: i, unclosed: false, continues: false });
          open = -1;
        } else if (OPEN.has(c)) {
          open = i; // a second opening mark: the first was stray
        }
      }
      const single = open >= 0 && text[open] === '"' ? singleClose(text, open, b.end) : -1;
      if (single < 0) break;
      out.push({ open, close: single, unclosed: false, continues: false });
      open = -1;
      next = firstAfter(marks, single, next);
    }
    if (open >= 0 && b.end > open + 1) {
      const following = blocks[bi + 1];
      const continues = !!following && /^["“«„]/.test(text[following.start]);
      out.push({ open, close: b.end, unclosed: !continues, continues });
    }
  });
  return out;
}

const SINGLE = /['‘’]/g;
const CLAUSE_END = /[,.!?]/;

/**
 * The offset of a single mark that closes a quote opened with a straight double one before `end` (the
 * double closing mark or the paragraph's end): "We will not move,' she said. A single mark after a
 * clause's last punctuation and before a space or the end closes it, unless a single mark opened a quote
 * inside first ("They called it 'a farce.' Then …"). -1 when there is none.
 */
function singleClose(text: string, open: number, end: number): number {
  SINGLE.lastIndex = open + 1;
  for (let m = SINGLE.exec(text); m && m.index < end; m = SINGLE.exec(text)) {
    const j = m.index, before = text[j - 1];
    if (CLAUSE_END.test(before)) { if (j + 1 >= end || /\s/.test(text[j + 1])) return j; }
    else if (before === '"' || /\s/.test(before)) return -1; // a single mark opening a quote inside
  }
  return -1;
}

/**
 * The index of the first mark after offset `k`, walking back from `from` (an index whose mark lies after
 * `k`, or the list's length): only the marks about to be read again are visited, so a paragraph of many
 * such quotes stays linear.
 */
function firstAfter(marks: readonly number[], k: number, from: number): number {
  let i = Math.min(from, marks.length);
  while (i > 0 && marks[i - 1] > k) i--;
  return i;
}
