/** Stage 2: tokens (words, numbers, punctuation) with UTF-16 offsets, assigned to sentences. */
import type { Sentence, Token } from '../types';

// Alternatives, in order: dotted abbreviations (U.S., U.N.), numbers (1,234.5  5%  3:40),
// words with inner apostrophes/hyphens (Ji-hoon, O'Brien, don't), any other single code point.
const TOKEN = /(?:\p{Lu}\.){2,}|\d+(?:[.,:]\d+)*|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’\-‐][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const LETTER = /\p{L}/u;
const POSSESSIVE = /^(.+?)(['’]s)$/u;
/** A capitalised name with a descriptive suffix: "Busan-based", "Oslo-born", "Navy-led". */
const NAME_COMPOUND = /^(\p{Lu}[\p{L}\p{M}]+)[-‐](based|born|led|backed|owned|run|bound|made|funded|controlled|registered|flagged|headquartered)$/u;

export function tokenize(text: string, sentences: Sentence[]): Token[] {
  const tokens: Token[] = [];
  sentences.forEach((s, si) => {
    TOKEN.lastIndex = s.start;
    for (let m = TOKEN.exec(text); m && m.index < s.end; m = TOKEN.exec(text)) {
      const t = m[0];
      const start = m.index;
      const c = t.charCodeAt(0);
      if (c >= 48 && c <= 57) {
        tokens.push({ start, end: start + t.length, text: t, kind: 'number', sentence: si });
        continue;
      }
      if (t.length === 1 || (t.length === 2 && c >= 0xd800 && c <= 0xdbff)) {
        const word = c < 128 ? (c | 0x20) >= 97 && (c | 0x20) <= 122 : LETTER.test(t);
        tokens.push({ start, end: start + t.length, text: t, kind: word ? 'word' : 'punct', sentence: si });
        continue;
      }
      const h = t.includes('-') || t.includes('‐') ? NAME_COMPOUND.exec(t) : null;
      if (h) {
        // "Busan-based", "Lisbon-born": the name, the hyphen and the suffix are separate tokens.
        const n = h[1].length;
        tokens.push({ start, end: start + n, text: h[1], kind: 'word', sentence: si });
        tokens.push({ start: start + n, end: start + n + 1, text: t[n], kind: 'punct', sentence: si });
        tokens.push({ start: start + n + 1, end: start + t.length, text: h[2], kind: 'word', sentence: si });
        continue;
      }
      const e = t.charCodeAt(t.length - 1), a = t.charCodeAt(t.length - 2);
      const p = e === 115 && (a === 39 || a === 0x2019) ? POSSESSIVE.exec(t) : null; // ends in 's or ’s
      if (p && !/^(it|that|there|he|she|what|who|let)$/i.test(p[1])) {
        tokens.push({ start, end: start + p[1].length, text: p[1], kind: 'word', sentence: si });
        tokens.push({ start: start + p[1].length, end: start + t.length, text: p[2], kind: 'punct', sentence: si });
        continue;
      }
      tokens.push({ start, end: start + t.length, text: t, kind: 'word', sentence: si });
    }
  });
  return tokens;
}

/** True when the token starts with a capital letter (or is a dotted abbreviation). */
export function isCap(t: Token): boolean {
  return t.kind === 'word' && /^\p{Lu}/u.test(t.text);
}

export function isAllCaps(t: Token): boolean {
  return t.kind === 'word' && /^[\p{Lu}.\-]+$/u.test(t.text) && /\p{Lu}.*\p{Lu}/u.test(t.text);
}
