/**
 * Word-level difference between two versions of a quotation, rendered as escaped Markdown: words
 * only in the first version ~~struck through~~, words only in the second in **bold**. Words are
 * compared without case, punctuation or apostrophe style, so "We’re" and "we're," are the same word.
 */
import { escapeMarkdown as esc } from './markdown';

export type DiffOp = 'same' | 'del' | 'add';

export interface DiffPart {
  op: DiffOp;
  /** The words of this run, as written (from the second version for `same` and `add`). */
  words: string[];
}

/** Above this many word pairs the diff is not computed (the DP table would be too large for a hover). */
const MAX_CELLS = 250_000;
/** A run of unchanged words longer than this is shortened to its ends around "…". */
const KEEP_SAME = 4;

const key = (w: string) => w.toLowerCase().replace(/[’‘]/g, "'").replace(/[^\p{L}\p{N}']+/gu, '');

/** The longest-common-subsequence diff of `a` → `b`, or null when the texts are too long to compare. */
export function wordDiff(a: string, b: string): DiffPart[] | null {
  const wa = a.split(/\s+/).filter(Boolean);
  const wb = b.split(/\s+/).filter(Boolean);
  const n = wa.length, m = wb.length;
  if ((n + 1) * (m + 1) > MAX_CELLS) return null;
  const ka = wa.map(key), kb = wb.map(key);
  // lcs[i][j]: length of the LCS of wa[i..] and wb[j..], in one flat array.
  const w = m + 1;
  const lcs = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * w + j] = ka[i] === kb[j] ? lcs[(i + 1) * w + j + 1] + 1 : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
    }
  }
  const parts: DiffPart[] = [];
  const push = (op: DiffOp, word: string) => {
    const last = parts[parts.length - 1];
    if (last?.op === op) last.words.push(word); else parts.push({ op, words: [word] });
  };
  let i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && ka[i] === kb[j]) { push('same', wb[j]); i++; j++; }
    else if (i < n && (j >= m || lcs[(i + 1) * w + j] >= lcs[i * w + j + 1])) { push('del', wa[i]); i++; }
    else { push('add', wb[j]); j++; }
  }
  return parts;
}

/** Escaped Markdown of a diff; long unchanged runs are shortened around "…". */
export function renderDiff(parts: DiffPart[]): string {
  return parts.map((p, k) => {
    let words = p.words;
    if (p.op === 'same' && words.length > 2 * KEEP_SAME + 1) {
      const head = k === 0 ? [] : words.slice(0, KEEP_SAME);
      const tail = k === parts.length - 1 ? [] : words.slice(-KEEP_SAME);
      return [...head.map(esc), '…', ...tail.map(esc)].join(' ');
    }
    const text = words.map(esc).join(' ');
    return p.op === 'same' ? text : p.op === 'del' ? `~~${text}~~` : `**${text}**`;
  }).join(' ');
}
