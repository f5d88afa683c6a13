/** Stage 2: tokens (words, numbers, punctuation) with UTF-16 offsets, assigned to sentences. */
import type { Sentence, Token } from '../types';
import { lastTokenIsJoined, lastTokenIsOwnLower, lastTokenIsPlain, nextTokenStart, tokenEnd } from './token-scan';
import { figureWordAt } from './quantities';
import { type Lexeme, lexemeOf, lowerOf } from '../text/intern';

const LETTER = /\p{L}/u;
const POSSESSIVE = /^(.+?)(['’]s)$/u;
/** A capitalised name with a descriptive suffix: "Busan-based", "Oslo-born", "Navy-led", "Tokyo-listed". */
const NAME_COMPOUND = /^(\p{Lu}[\p{L}\p{M}]+)[-‐](based|born|led|backed|owned|run|bound|made|funded|controlled|registered|flagged|headquartered|listed|quoted|traded)$/u;

/**
 * A token with the per-token caches (token-fold.ts) present from the start: every token then has
 * one object shape, so the later stages' property reads stay monomorphic (adding the fields on
 * first use gave tokens of several shapes).
 *
 * Made by `new`, not an object literal: V8 tracks a literal's allocation site and, once the tokens
 * of one document outlived a young-generation collection (warm-up, an early small young
 * generation), allocated every later token directly in the old space (pretenuring), where ~75 KB
 * of tokens a document became garbage only a full mark-compact frees. `new` of a class is always
 * allocated young.
 */
class TokenRecord {
  declare start: number;
  declare text: string;
  declare kind: Token['kind'];
  declare sentence: number;
  declare lower: string | undefined;
  declare lex: Lexeme | undefined;
  constructor(start: number, text: string, kind: Token['kind'], sentence: number, lower: string | undefined, lex: Lexeme | undefined) {
    this.start = start;
    this.text = text;
    this.kind = kind;
    this.sentence = sentence;
    this.lower = lower;
    this.lex = lex;
  }

  /**
   * Every token's text is the text's slice from its start: its end is not stored (s34: 8 bytes less a
   * token, tokenize's allocation per 1,000 docs 54.6 -> 49.3 MB, abis gm 0.994, 0.999).
   * Tried (s34): kind and sentence packed in one field behind getters as well: abis gm 1.031 (slower).
   */
  get end(): number {
    return this.start + this.text.length;
  }
}

/** A token whose lower case is worked out when first asked (token-fold.ts, token-table.ts). */
function token(start: number, text: string, kind: Token['kind'], sentence: number): Token {
  return new TokenRecord(start, text, kind, sentence, undefined, undefined);
}

/**
 * A word that is not its own lower case (a capitalised word, mostly): the entity stage looks up
 * every such word's lexeme anyway, so it is looked up here, and its lower case comes from the
 * lexeme (once per spelling) instead of a toLowerCase per token.
 * Counted (s24), per 1,000 docs: every word's lexeme here (to read tokenTable's flags from it) would be
 * ~593k lookups against ~109k; the ~490k lower-case ASCII words are almost never asked for theirs.
 */
function casedWord(start: number, text: string, sentence: number): Token {
  const lex = lexemeOf(text);
  return new TokenRecord(start, text, 'word', sentence, lowerOf(lex), lex);
}

/** Does text[from, to) hold a hyphen (- or ‐)? */
function hasHyphen(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 45 || c === 0x2010) return true;
  }
  return false;
}

/**
 * Where tokenize collects a document's tokens: grown once to the longest document, so a document's
 * tokens are copied out once at their count instead of pushed into an array reallocated as it grows
 * (s22: 282.5 -> 268.8 KB allocated a document, 57 -> 55 scavenges per 3,000 documents). Not
 * cleared (a fill cost more than it saved): it keeps earlier documents' tokens until overwritten,
 * up to SCRATCH_KEPT of them.
 */
const scratch: Token[] = [];
/** Tokens the scratch array may keep between documents (~a 300 KB article's). */
const SCRATCH_KEPT = 65536;

/**
 * May the word `start`..`next` (the token tokenEnd found last) hold what the figure scan of a sentence
 * looks for (quantities.ts `firstFigureWord`): an ASCII digit, 'ſ' or the Kelvin sign anywhere, or one
 * of its words at the start of a run of ASCII letters? A superset: a word of anything but ASCII letters
 * and joiners is a maybe; in the others the runs start at the word's start and after each joiner.
 */
function wordMayHoldFigure(text: string, start: number, next: number): boolean {
  if (!lastTokenIsPlain()) return true;
  if (figureWordAt(text, next, start)) return true;
  if (!lastTokenIsJoined()) return false;
  for (let i = start + 1; i + 1 < next; i++) {
    const c = text.charCodeAt(i);
    if ((c === 39 || c === 45 || c === 0x2019 || c === 0x2010) && figureWordAt(text, next, i + 1)) return true;
  }
  return false;
}

/**
 * The tokens of the sentences. With `figures` (one entry a sentence, zeros), also marks with 1 each
 * sentence that may hold a figure: the claim stage's figure scan (quantities.ts `quantityMatchesIn`)
 * then passes over the others without reading their characters again.
 * (Counted per 1,000 cold docs: 25.7k of the 37.7k sentences it scanned held none, 2.03M characters,
 * each token's start read here instead)
 */
export function tokenize(text: string, sentences: Sentence[], figures?: Uint8Array): Token[] {
  const tokens = scratch;
  let count = 0;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    // Dotted abbreviations (U.S.), numbers (1,234.5), words with inner apostrophes or hyphens
    // (Ji-hoon, O'Brien, don't), any other single character: see token-scan.ts.
    for (let start = nextTokenStart(text, s.start, s.end), next = 0; start < s.end; start = nextTokenStart(text, next, s.end)) {
      next = tokenEnd(text, start);
      // Tried (s17): slicing the tokens without a character beyond Latin-1 from a one-byte copy of a
      // two-byte text (V8 keeps every slice of a two-byte text in two bytes, and such strings hash
      // and compare slower against the word lists'): abi 0.92 against the base's 0.995, the copy
      // (a pass over the text and String.fromCharCode over chunks) costing more than it saved.
      // Tried (s22): sharing token strings across documents, to allocate less: a hashed table of texts
      // up to 12 characters (-10 KB a document) made tokenize 1.9x slower; a table of the 2–3 letter
      // a–z words keyed by their letters (-4.5 KB a document) ran 1.04x slower in abis, both orders.
      // Tried (s32): no slice for a cased word found in the lexeme front cache (its characters compared with
      // the text's, the lexeme's string as the token's): abis both orders 1.011, 1.012, 1.015, 1.006 (slower).
      const t = text.slice(start, next);
      // A token that is its own lower case keeps its text as that (one string, no second pass).
      const lower = lastTokenIsOwnLower() ? t : undefined;
      // Characters read from the text, not from the token's fresh string (a slice of the text).
      const c = text.charCodeAt(start);
      const n = next - start;
      if (c >= 48 && c <= 57) {
        if (figures !== undefined) figures[si] = 1;
        tokens[count++] = new TokenRecord(start, t, 'number', si, lower, undefined);
        continue;
      }
      if (n === 1 || (n === 2 && c >= 0xd800 && c <= 0xdbff)) {
        const word = c < 128 ? (c | 0x20) >= 97 && (c | 0x20) <= 122 : LETTER.test(t);
        // (one ASCII letter starts no figure word; a letter beyond ASCII may be 'ſ' or the Kelvin sign)
        if (figures !== undefined && word && c >= 128) figures[si] = 1;
        // General punctuation (curly quotes, dashes) has no case: its own lower case, not a toLowerCase later.
        tokens[count++] = word && lower === undefined ? casedWord(start, t, si)
          : new TokenRecord(start, t, word ? 'word' : 'punct', si, c >= 0x2000 && c <= 0x206f ? t : lower, undefined);
        continue;
      }
      if (figures !== undefined && figures[si] === 0 && wordMayHoldFigure(text, start, next)) figures[si] = 1;
      // Only a token that starts with a capital (ASCII or not) can be a name compound.
      const h = (c >= 65 && c <= 90) || c >= 128 ? (hasHyphen(text, start, next) ? NAME_COMPOUND.exec(t) : null) : null;
      if (h) {
        // "Busan-based", "Lisbon-born": the name, the hyphen and the suffix are separate tokens.
        const k = h[1].length;
        tokens[count++] = token(start, h[1], 'word', si);
        tokens[count++] = token(start + k, t[k], 'punct', si);
        tokens[count++] = token(start + k + 1, h[2], 'word', si);
        continue;
      }
      const e = text.charCodeAt(next - 1), a = text.charCodeAt(next - 2);
      const p = e === 115 && (a === 39 || a === 0x2019) ? POSSESSIVE.exec(t) : null; // ends in 's or ’s
      if (p && !/^(it|that|there|he|she|what|who|let)$/i.test(p[1])) {
        tokens[count++] = c >= 65 && c <= 90 ? casedWord(start, p[1], si) : token(start, p[1], 'word', si);
        tokens[count++] = token(start + p[1].length, p[2], 'punct', si);
        continue;
      }
      tokens[count++] = lower === undefined ? casedWord(start, t, si) : new TokenRecord(start, t, 'word', si, lower, undefined);
    }
  }
  const out = tokens.slice(0, count);
  if (count > SCRATCH_KEPT) tokens.length = 0; // a very long document's tokens (and its text) are not kept after it
  return out;
}

/** True when the token starts with a capital letter (or is a dotted abbreviation). */
export function isCap(t: Token): boolean {
  return t.kind === 'word' && /^\p{Lu}/u.test(t.text);
}

export function isAllCaps(t: Token): boolean {
  return t.kind === 'word' && /^[\p{Lu}.\-]+$/u.test(t.text) && /\p{Lu}.*\p{Lu}/u.test(t.text);
}
