/** Stage 2: tokens (words, numbers, punctuation) with UTF-16 offsets, assigned to sentences. */
import type { Sentence, Token } from '../types';
import { nextTokenStart, tokenEnd } from './token-scan';

const LETTER = /\p{L}/u;
const POSSESSIVE = /^(.+?)(['’]s)$/u;
/** A capitalised name with a descriptive suffix: "Busan-based", "Oslo-born", "Navy-led". */
const NAME_COMPOUND = /^(\p{Lu}[\p{L}\p{M}]+)[-‐](based|born|led|backed|owned|run|bound|made|funded|controlled|registered|flagged|headquartered)$/u;

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
  declare end: number;
  declare text: string;
  declare kind: Token['kind'];
  declare sentence: number;
  declare lower: string | undefined;
  declare lex: undefined;
  constructor(start: number, end: number, text: string, kind: Token['kind'], sentence: number) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.kind = kind;
    this.sentence = sentence;
    this.lower = undefined;
    this.lex = undefined;
  }
}

function token(start: number, end: number, text: string, kind: Token['kind'], sentence: number): Token {
  return new TokenRecord(start, end, text, kind, sentence);
}

export function tokenize(text: string, sentences: Sentence[]): Token[] {
  const tokens: Token[] = [];
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    // Dotted abbreviations (U.S.), numbers (1,234.5), words with inner apostrophes or hyphens
    // (Ji-hoon, O'Brien, don't), any other single character: see token-scan.ts.
    for (let start = nextTokenStart(text, s.start, s.end), next = 0; start < s.end; start = nextTokenStart(text, next, s.end)) {
      next = tokenEnd(text, start);
      const t = text.slice(start, next);
      const c = t.charCodeAt(0);
      if (c >= 48 && c <= 57) {
        tokens.push(token(start, start + t.length, t, 'number', si));
        continue;
      }
      if (t.length === 1 || (t.length === 2 && c >= 0xd800 && c <= 0xdbff)) {
        const word = c < 128 ? (c | 0x20) >= 97 && (c | 0x20) <= 122 : LETTER.test(t);
        tokens.push(token(start, start + t.length, t, word ? 'word' : 'punct', si));
        continue;
      }
      // Only a token that starts with a capital (ASCII or not) can be a name compound.
      const h = (c >= 65 && c <= 90) || c >= 128 ? (t.includes('-') || t.includes('‐') ? NAME_COMPOUND.exec(t) : null) : null;
      if (h) {
        // "Busan-based", "Lisbon-born": the name, the hyphen and the suffix are separate tokens.
        const n = h[1].length;
        tokens.push(token(start, start + n, h[1], 'word', si));
        tokens.push(token(start + n, start + n + 1, t[n], 'punct', si));
        tokens.push(token(start + n + 1, start + t.length, h[2], 'word', si));
        continue;
      }
      const e = t.charCodeAt(t.length - 1), a = t.charCodeAt(t.length - 2);
      const p = e === 115 && (a === 39 || a === 0x2019) ? POSSESSIVE.exec(t) : null; // ends in 's or ’s
      if (p && !/^(it|that|there|he|she|what|who|let)$/i.test(p[1])) {
        tokens.push(token(start, start + p[1].length, p[1], 'word', si));
        tokens.push(token(start + p[1].length, start + t.length, p[2], 'punct', si));
        continue;
      }
      tokens.push(token(start, start + t.length, t, 'word', si));
    }
  }
  return tokens;
}

/** True when the token starts with a capital letter (or is a dotted abbreviation). */
export function isCap(t: Token): boolean {
  return t.kind === 'word' && /^\p{Lu}/u.test(t.text);
}

export function isAllCaps(t: Token): boolean {
  return t.kind === 'word' && /^[\p{Lu}.\-]+$/u.test(t.text) && /\p{Lu}.*\p{Lu}/u.test(t.text);
}
