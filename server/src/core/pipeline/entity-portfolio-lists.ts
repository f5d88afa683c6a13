/**
 * A government body named after a list of portfolios is one name (pure, token indices): "the Ministry of Economy,
 * Trade and Industry", "the Department of Public Works and Highways", "the Ministry of Health and Welfare",
 * "the Ministry of Housing and Local Government". The run of capitalised words (03-entities.ts extendRun) ends at
 * a comma, and "and" goes on only before a body's head word, so such a name fell into two or three bodies
 * ("Ministry of Economy", "Trade", "Industry"). Only after a ministry's, department's, office's or bureau's head
 * and "of", and only when every word of the list is an ordinary capitalised word that names no one and no place,
 * the list closes with "and", and no capitalised word follows it: "the Ministry of Health and Oxfam" (a name after
 * "and") and "the Department of Trade and Industry Minister Ola Brekke" (a title and a name after the list) stay
 * as they were.
 */
import type { Token } from '../types';
import { isKnownName, isTitleHead } from './word-class';
import { isCommonToken, lowerCase } from './token-fold';
import { LOC_HEADS, ORG_HEADS } from '../model/words';

/** The heads of a government body named after its portfolios. */
const PORTFOLIO_HEADS: ReadonlySet<string> = new Set(['ministry', 'department', 'office', 'bureau', 'secretariat', 'ministries']);

/** An ordinary capitalised word that may name a portfolio: "Trade", "Public", "Highways"; "Government" as in "Local Government". */
function portfolioWord(t: Token | undefined, cap: Uint8Array, k: number): boolean {
  if (t === undefined || !cap[k] || t.kind !== 'word' || !isCommonToken(t)) return false;
  const l = lowerCase(t);
  if (l === 'government') return true;
  return !isKnownName(l) && !isTitleHead(l) && !ORG_HEADS.has(l) && !LOC_HEADS.has(l);
}

/**
 * At the comma or "and" at `k` in a run of capitalised words that starts at `i`, the index of the last word of a
 * portfolio list that goes on from there ("…of Economy, Trade and Industry"), or -1 when none does.
 */
export function portfolioListEnd(tokens: readonly Token[], cap: Uint8Array, i: number, k: number): number {
  const c = tokens[k].text;
  if (c !== ',' && c !== 'and') return -1;
  // the head and "of", then portfolio words only, up to k
  let of = -1;
  for (let j = i + 1; j < k; j++) if (tokens[j].text === 'of' && PORTFOLIO_HEADS.has(lowerCase(tokens[j - 1]))) { of = j; break; }
  if (of < 0 || of + 1 >= k) return -1;
  for (let j = of + 1; j < k; j++) if (!portfolioWord(tokens[j], cap, j)) return -1;
  const sentence = tokens[k].sentence;
  let j = k;
  let closed = false;
  for (;;) {
    const sep = tokens[j];
    if (sep === undefined || sep.sentence !== sentence) return -1;
    if (sep.text === ',' && tokens[j + 1]?.text === 'and') j++; // ", and"
    else if (sep.text !== ',' && sep.text !== 'and') return -1;
    closed = tokens[j].text === 'and';
    // one or two portfolio words after the separator
    let e = j + 1;
    if (!portfolioWord(tokens[e], cap, e)) return -1;
    if (portfolioWord(tokens[e + 1], cap, e + 1) && tokens[e + 1].sentence === sentence) e++;
    const after = tokens[e + 1];
    if (closed) return after !== undefined && after.sentence === sentence && cap[e + 1] ? -1 : e;
    j = e + 1;
  }
}
