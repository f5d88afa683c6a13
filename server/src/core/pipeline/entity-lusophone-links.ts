/**
 * Two Portuguese words that link the parts of a name and are no particles elsewhere: "do" ("of the": "Vila Nova do Sertão",
 * "Ministério do Trabalho", "Maria do Carmo Leal") and "e" ("and": "Fernanda de Souza e Castro", "Secretaria de Ciência e
 * Tecnologia"). In lower case between two capitalised words of a name (the first of two letters or more, not in capitals:
 * "I do Pilates" and "USA do Better" stay apart), the run of capitalised words goes on over them. Pure, token indices.
 */
import type { Token } from '../types';

/** Is the token at `k` a lower-case "do" or "e" between a capitalised word of a name and another capitalised word (`cap` marks those)? */
export function lusophoneLink(tokens: readonly Token[], cap: Uint8Array, k: number): boolean {
  const w = tokens[k].text;
  if (w !== 'do' && w !== 'e') return false;
  const p = tokens[k - 1], n = tokens[k + 1];
  if (p === undefined || n === undefined || !cap[k - 1] || !cap[k + 1] || n.sentence !== tokens[k].sentence) return false;
  // (a word led by a capital and lower-case after it: "Nova", "Souza", not "I" or "USA")
  return p.text.length >= 2 && /^\p{Lu}\p{Ll}/u.test(p.text) && /^\p{Lu}\p{Ll}/u.test(n.text);
}
