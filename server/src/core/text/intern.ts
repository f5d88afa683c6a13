/**
 * Words as records: the entity stage asks many questions of the same capitalised word (its fold,
 * its word class, is it an ordinary English word), each of which was a lookup by the string in a
 * cache of its own. A token's `Lexeme` is found by one lookup of its text and holds every answer,
 * each worked out on first ask and then read as a property.
 *
 * Bounded: the table is emptied when full. Lexemes already handed out stay valid (they are records,
 * not indices into the table).
 */

// Tried (s8): a smaller table, because a Map.get on 50k string keys costs ~0.5 us on this 2-vCPU
// machine against ~0.04 us on 1k keys (memory latency). 8,192 words: abi 1.05, coldab 5x3000 1.045
// (worse); 16,384: coldab 0.935, inside the ±15% noise (base as a variant 0.983); with the memo()
// maps at 8,192 too: abi 1.00. No reliable gain, so the size stays.
const MAX_WORDS = 50000;

let lexemes = 0;

export class Lexeme {
  /** A number of its own (never reused), for keys built of lexemes (pipeline/chunk-trie.ts). */
  readonly id = ++lexemes;
  /** `fold(text)` (text/normalize.ts). */
  folded: string | undefined = undefined;
  /** word-class.ts `wordClass(folded)`, -1 until asked. */
  cls = -1;
  /** Bits of per-word answers, each with a bit saying it is known (token-fold.ts). */
  bits = 0;
  /**
   * The word's name-key parts (pipeline/chunk-name-key.ts), worked out on first ask: `tokenSkeleton`,
   * that without its first letter as a given name keys it, and the surname key.
   */
  skeleton: string | undefined = undefined;
  given: string | undefined = undefined;
  surname: string | undefined = undefined;
  /** Its key as a one-word place's or organisation's name (normalize.ts `letterKeyUncached`), on first ask. */
  letters: string | undefined = undefined;
  /** What the word adds to the entity model's score of a name it is in (pipeline/word-name-weights.ts). */
  nameParts: unknown = undefined;
  /** `text.toLowerCase()`, worked out on first ask ({@link lowerOf}). */
  lower: string | undefined = undefined;
  constructor(readonly text: string) {}
}

/** The lower case of a lexeme's text, once per spelling instead of once per token. */
export function lowerOf(lex: Lexeme): string {
  return lex.lower ?? (lex.lower = lex.text.toLowerCase());
}

let table = new Map<string, Lexeme>();

/**
 * A small direct-mapped cache in front of the table, slot by a cheap hash of the word's length and
 * three of its characters: a hit costs a compare of the word with the slot's text, where the
 * table's lookup of 50k words mostly waits on memory. Emptied with the table, so a word never has
 * two lexemes (chunk-trie.ts keys by their ids).
 *
 * Tried (s17): 16,384 slots by an FNV-1a hash of all the characters. The hash here takes few
 * distinct values (a larger table alone gains nothing); FNV cut the steady state's table lookups
 * per 2,500 novel docs from 51.5k to 15.9k of 283k asks, yet asking every capitalised token of
 * 6,000 docs in turn ran 0.85x as fast (the hash loop and a 128 KB slot array cost more).
 */
// Measured (s17) by replaying the 279k asks of 2,500 novel docs: the 50.6k misses at 4,096 slots are
// capacity misses, not this hash's clustering (a multiplicative hash of the same four values misses
// as often); 16,384 slots with that hash miss 32.0k times, worth ~10 ms per 2,500 docs at most.
// Tried (s23): each slot's text in a parallel array, so a hit compares without first reading the
// lexeme: abis both orders on 3,000 novel docs 0.982, 0.990, 1.013, 1.000 (noise); not kept.
const SLOTS = 4096;
let slots: (Lexeme | undefined)[] = new Array<Lexeme | undefined>(SLOTS).fill(undefined);

const slotOf = (s: string): number => {
  const n = s.length;
  return n === 0 ? 0 : (n * 977 + s.charCodeAt(0) * 31 + s.charCodeAt(n >> 1) * 7 + s.charCodeAt(n - 1)) & (SLOTS - 1);
};

/** The lexeme of a word. */
export function lexemeOf(s: string): Lexeme {
  const k = slotOf(s);
  let lex = slots[k];
  if (lex !== undefined && lex.text === s) return lex;
  lex = table.get(s);
  if (lex === undefined) {
    if (table.size >= MAX_WORDS) {
      table = new Map();
      slots = new Array<Lexeme | undefined>(SLOTS).fill(undefined);
    }
    lex = new Lexeme(ownCopy(s));
    table.set(lex.text, lex);
  }
  slots[k] = lex;
  return lex;
}

/**
 * A string of its own: V8 makes a slice of 13 or more characters a view that keeps the whole text
 * alive, and this table (and any cache across documents) keeps its strings longer than the document
 * they came from.
 */
export function ownCopy(s: string): string {
  if (s.length < 13) return s;
  return s.length > 1000 ? s : Array.from(s).join('');
}
