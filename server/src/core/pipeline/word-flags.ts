/**
 * A fixed set of words, each with small integer flags, looked up without a Map: an open-addressed
 * table slotted by a cheap hash of the word's length and three of its characters, each probe a
 * compare with the stored word. A word a text slice gave has no hash of its own yet, and Map.get
 * computed one (a call out of the optimised code) for every token asked, most of which are not in
 * the set; here most of those land on an empty slot and cost two reads.
 */
export class WordFlags {
  private readonly words: (string | undefined)[];
  private readonly flags: Int32Array;
  private readonly mask: number;

  constructor(entries: Iterable<readonly [string, number]>) {
    const list = [...entries].filter(([w]) => w.length > 0);
    // A table at most 1/8 full: an absent word mostly meets an empty slot at once.
    let size = 64;
    while (size < list.length * 8) size *= 2;
    this.mask = size - 1;
    this.words = new Array<string | undefined>(size).fill(undefined);
    this.flags = new Int32Array(size);
    for (const [w, f] of list) {
      let i = slotOf(w) & this.mask;
      while (this.words[i] !== undefined && this.words[i] !== w) i = (i + 1) & this.mask;
      this.words[i] = w;
      this.flags[i] |= f;
    }
  }

  /** The word's flags, 0 when it is not in the set. */
  get(word: string): number {
    if (word.length === 0) return 0;
    for (let i = slotOf(word) & this.mask; ; i = (i + 1) & this.mask) {
      const w = this.words[i];
      if (w === undefined) return 0;
      if (w === word) return this.flags[i];
    }
  }
}

/** A cheap hash of a non-empty word: its length and its first, middle and last characters. */
function slotOf(s: string): number {
  const n = s.length;
  return (n * 977 + s.charCodeAt(0) * 131 + s.charCodeAt(n >> 1) * 31 + s.charCodeAt(n - 1)) | 0;
}
