/**
 * Typed arrays a stage needs once per document (a flag per token, per sentence, per block), kept
 * from one document to the next and zeroed instead of allocated again. A typed array of more than
 * 64 bytes keeps its store outside the heap: each new one is a native allocation the GC then
 * tracks and sweeps, which cost more than zeroing the few hundred bytes a document uses.
 *
 * The array handed out is at least `n` long and zero everywhere past `n` too, so a read past the
 * document's last index is as falsy as one past the end of a fresh array. Only one user may hold a
 * given scratch array at a time (the core runs one analysis at a time per thread).
 */
type Typed = Uint8Array | Int8Array | Uint16Array;

/** Above this length a document gets an array of its own, so one huge document does not pin a huge buffer. */
const MAX_KEPT = 1 << 16;

export class ScratchArray<T extends Typed> {
  private buf: T;
  /** How far the last user may have written. */
  private used = 0;
  constructor(private readonly make: (n: number) => T) {
    this.buf = make(1024);
  }

  /** A zeroed array for `n` entries (see the file's comment). */
  take(n: number): T {
    if (n > this.buf.length) {
      if (n > MAX_KEPT) return this.make(n);
      this.buf = this.make(Math.max(n, this.buf.length * 2));
    } else this.buf.fill(0, 0, Math.max(n, this.used));
    this.used = n;
    return this.buf;
  }
}
