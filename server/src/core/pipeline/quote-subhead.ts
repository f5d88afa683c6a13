/**
 * A sub-headline that is a quote: a paragraph of nothing but a quotation in capitals, with no full stop,
 * question or exclamation mark inside ("“WE WILL NOT MOVE FROM OUR HOMES”"). The editor displays words
 * from the story between its paragraphs; the line names no speaker and takes none from the paragraph
 * above (a paragraph that is only a quote otherwise continues the speaker before it), so it is kept
 * out of the quotes as a scare quote. Not after a paragraph that ends in a colon ("Tolle told the
 * meeting:"), which hands the quote its speaker. Pure text checks, used by 04-quotes.ts.
 */
import type { Block } from '../types';

/** Does the quote with marks at `open` and `close` fill body block `block` (not the text's first) as a capitals sub-headline? */
export function capitalsSubhead(text: string, blocks: readonly Block[], bi: number, open: number, close: number): boolean {
  const block = blocks[bi];
  if (bi <= 0 || block.kind !== 'body') return false;
  // The marks hold the whole paragraph (a comma may follow the closing mark: “…,” is no tag).
  if (text.slice(block.start, open).trim() !== '' || !/^[,\s]*$/.test(text.slice(close + 1, block.end))) return false;
  const inner = text.slice(open + 1, close);
  if (!CAPITALS.test(inner) || SENTENCE_MARK.test(inner)) return false;
  // "… told the meeting:¶“…”": the colon before hands the quote to its speaker.
  return !/:\s*$/.test(text.slice(blocks[bi - 1].start, blocks[bi - 1].end));
}

/** Two words or more of capitals with no lower-case letter. */
const CAPITALS = /^(?=[^\p{Ll}]*$)[^\p{L}]*\p{Lu}{2,}[^\p{L}]+\p{Lu}/u;
/** A full stop, question or exclamation mark anywhere in the quote: a sentence, not a display line. */
const SENTENCE_MARK = /[.!?]/;
