/**
 * A cheap first test for membership in a fixed word list: the shapes (first character, last
 * character, length) of its words, kept in a small hashed table. A word whose shape is not there is
 * not in the list, which rules out most tokens without hashing their text; a shape shared by
 * chance only costs the real lookup. Words beyond ASCII at either end, or of 32 characters or
 * more, are never ruled out.
 */
export class WordShapes {
  private readonly seen = new Uint8Array(SLOTS * 32);

  constructor(words: Iterable<string>) {
    for (const w of words) {
      const slot = shapeSlot(w);
      if (slot >= 0) this.seen[slot] = 1;
    }
  }

  /** False only when `word` cannot be one of the words. */
  may(word: string): boolean {
    const slot = shapeSlot(word);
    return slot < 0 || this.seen[slot] === 1;
  }
}

const SLOTS = 1024;

/** The table slot of a word's shape, or -1 when the word is of unusual shape. */
function shapeSlot(w: string): number {
  const n = w.length;
  if (n === 0 || n >= 32) return -1;
  const a = w.charCodeAt(0), z = w.charCodeAt(n - 1);
  if (a >= 128 || z >= 128) return -1;
  return n * SLOTS + ((a * 37 + z) & (SLOTS - 1));
}
