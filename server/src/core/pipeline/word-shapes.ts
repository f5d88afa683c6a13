/**
 * A cheap first test for membership in a fixed word list: the pairs of first character and length
 * its words have. A word whose pair is not among them is not in the list, which rules out most
 * tokens without hashing them. Words of unusual shape (first character beyond ASCII, 32 characters
 * or more) are never ruled out.
 */
export class WordShapes {
  private readonly seen = new Uint8Array(128 * 32);

  constructor(words: Iterable<string>) {
    for (const w of words) if (w.length > 0 && w.length < 32 && w.charCodeAt(0) < 128) this.seen[w.charCodeAt(0) * 32 + w.length] = 1;
  }

  /** False only when `word` cannot be one of the words. */
  may(word: string): boolean {
    const c = word.charCodeAt(0);
    return c < 128 && word.length < 32 ? this.seen[c * 32 + word.length] === 1 : true;
  }
}
