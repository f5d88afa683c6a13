/**
 * Whether a plain object has exactly the keys a codec knows (head-codec.ts, detail-codec.ts), read
 * with a for-in loop that stops at the first difference: no key array or joined string is built per
 * item, as `Object.keys(o).join()` did for every block, sentence, mention, quote, attribution,
 * entity and claim a worker writes (~1% of an analysis worker's CPU over novel articles).
 *
 * for-in lists an object's own enumerable string keys in the order Object.keys does, then any
 * inherited enumerable ones: an object with such inherited keys never matches, and is then written
 * as itself (the codecs' safe path). Analyses are plain data, so this does not happen.
 */

/**
 * -1 unless `o`'s keys are `base` in that order followed by some of `extras` in their order; else a
 * mask of the extras it has (bit i: `extras[i]`), 0 for `base` alone.
 */
export function shapeMask(o: object, base: readonly string[], extras: readonly string[] = NONE): number {
  let i = 0, mask = 0, x = 0;
  for (const k in o) {
    if (i < base.length) {
      if (k !== base[i++]) return -1;
      continue;
    }
    while (x < extras.length && extras[x] !== k) x++;
    if (x === extras.length) return -1;
    mask |= 1 << x++;
  }
  return i === base.length ? mask : -1;
}

/** True when `o`'s keys are exactly `keys`, in that order. */
export const hasKeys = (o: object, keys: readonly string[]): boolean => shapeMask(o, keys) === 0;

const NONE: readonly string[] = [];
