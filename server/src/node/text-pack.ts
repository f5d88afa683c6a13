/**
 * The texts of one read-ahead answer (read-ahead.ts) travel as two joined strings, one of the texts
 * whose characters all fit in a byte and one of the others, and each read says where its text lies.
 * A text posted on its own arrived as a young string the main thread keeps (the Corpus holds every
 * document's text), so each scavenge copied it until it was promoted (10,000 articles: ~37 MB, twice);
 * a joined string of more than 128 KB arrives in V8's large-object space, which a scavenge never
 * copies, and each text is then a slice of it. Kept apart by width so that a plain text does not become
 * two-byte for sharing a string with an accented one (the analysis of two-byte text is slower).
 * A slice keeps its joined string alive: a text dropped later (a file changed, or refused as no
 * article) holds its bytes until every text of its answer is dropped, at most the folder's texts again.
 */
import type { ReadResult } from './read-article';

/** A file as read in the thread: the result readArticleSync gives, and the text's content hash. */
export interface AheadRead { r: ReadResult; hash?: string }
/** A read as posted: a refusal as is, or where its text lies in the answer's joined strings. */
export type PackedRead = { r: Extract<ReadResult, { ok: false }> } | { at: number; length: number; wide: boolean; hash: string };
export interface PackedReads { reads: PackedRead[]; narrow: string; wide: string }

/** Any character beyond one byte (V8 keeps such a string two bytes a character). */
const WIDE = /[^\x00-\xff]/;

export function packReads(reads: readonly AheadRead[]): PackedReads {
  const narrow: string[] = [], wide: string[] = [];
  let narrowAt = 0, wideAt = 0;
  const packed = reads.map((a): PackedRead => {
    if (!a.r.ok) return { r: a.r };
    const text = a.r.text, isWide = WIDE.test(text);
    const at = isWide ? wideAt : narrowAt;
    if (isWide) { wide.push(text); wideAt += text.length; } else { narrow.push(text); narrowAt += text.length; }
    return { at, length: text.length, wide: isWide, hash: a.hash! };
  });
  return { reads: packed, narrow: narrow.join(''), wide: wide.join('') };
}

/** The read `p` of an answer packed by `packReads`. */
export function unpackRead(p: PackedRead, all: PackedReads): AheadRead {
  if ('r' in p) return { r: p.r };
  const text = (p.wide ? all.wide : all.narrow).slice(p.at, p.at + p.length);
  return { r: { ok: true, text }, hash: p.hash };
}
